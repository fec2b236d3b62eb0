/**
 * Imports a TypeScript module of @report/core from source: bundles it with esbuild in memory and
 * imports it from a data: URL (Node 20 cannot run TypeScript; no build, never a stale dist).
 * Used by the scripts of this folder.
 */
import { build } from 'esbuild';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `entry` is relative to the package root, e.g. `src/index.ts`. */
export async function importSource(entry) {
  const bundle = await build({
    entryPoints: [resolve(packageRoot, entry)],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
}
