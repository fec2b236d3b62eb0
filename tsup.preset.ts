import type { Options } from 'tsup';

/**
 * The one tsup preset every package uses: ESM with declarations, one explicit entry.
 * Packages pass only what differs (extra entries, a banner for a bin).
 */
export function packageConfig(overrides: Partial<Options> = {}): Options {
  return {
    entry: ['src/index.ts'],
    format: ['esm'],
    target: 'node20',
    platform: 'neutral',
    dts: true,
    sourcemap: true,
    clean: true,
    splitting: false,
    treeshake: true,
    outDir: 'dist',
    ...overrides,
  };
}
