/**
 * Bundles a benchmark's TypeScript entry with esbuild: this repository's packages from source
 * (the `@report/source` condition), every other package left to Node. The bundle is written inside
 * the package (git-ignored `.tmp/`), so its external packages resolve as the sources' do.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDirectory = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A fresh directory under the package's `.tmp/` (the caller removes it). */
export function scratchDirectory() {
  mkdirSync(join(packageDirectory, '.tmp'), { recursive: true });
  return mkdtempSync(join(packageDirectory, '.tmp', 'bench-'));
}

/** Bundles `entry` into `directory`; returns the bundle's path. */
export async function bundleSources(entry, directory) {
  const { build } = await import('esbuild');
  const outfile = join(directory, basename(entry).replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    conditions: ['@report/source'],
    logLevel: 'warning',
    plugins: [
      {
        name: 'sources-of-this-repository',
        setup(context) {
          context.onResolve({ filter: /^[^./]/ }, (resolved) => (resolved.path.startsWith('@report/') ? undefined : { path: resolved.path, external: true }));
        },
      },
    ],
  });
  return outfile;
}
