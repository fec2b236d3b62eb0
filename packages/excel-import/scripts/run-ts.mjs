#!/usr/bin/env node
/**
 * Runs a TypeScript script of this package from source: bundles it with esbuild (our own
 * packages from their `src/` through the `@report/source` condition, every other package left
 * external) into .tmp/ and imports it. Node 20 cannot run TypeScript itself.
 *
 *   node scripts/run-ts.mjs scripts/make-fixtures.ts [args…]
 */
import { build } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const entry = resolve(process.cwd(), process.argv[2] ?? '');
if (!process.argv[2]) {
  console.error('usage: node scripts/run-ts.mjs <script.ts> [args…]');
  process.exit(2);
}
const outDirectory = resolve(packageRoot, '.tmp');
await mkdir(outDirectory, { recursive: true });
const outfile = resolve(outDirectory, `${basename(entry, '.ts')}.mjs`);
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  conditions: ['@report/source'],
  logLevel: 'error',
  plugins: [
    {
      name: 'external-dependencies',
      setup(pluginBuild) {
        pluginBuild.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@report/') ? undefined : { path: args.path, external: true }));
      },
    },
  ],
});
process.argv.splice(1, 2, outfile);
await import(pathToFileURL(outfile).href);
