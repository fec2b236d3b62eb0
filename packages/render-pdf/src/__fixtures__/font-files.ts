import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const fontsourceDirectory = join(dirname(require.resolve('@fontsource/noto-serif-sc/LICENSE')), 'files');

/** A WOFF (or WOFF2) file of `@fontsource/noto-serif-sc`'s Simplified Chinese subset. */
export function fontsourceFile(weight: 400 | 700, format: 'woff' | 'woff2' = 'woff'): string {
  return join(fontsourceDirectory, `noto-serif-sc-chinese-simplified-${weight}-normal.${format}`);
}

export function fontsourceBytes(weight: 400 | 700, format: 'woff' | 'woff2' = 'woff'): Uint8Array {
  return new Uint8Array(readFileSync(fontsourceFile(weight, format)));
}

/** Debian's `fonts-noto-cjk` collection, when installed. */
export const notoSerifCollection = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';
export const hasNotoSerifCollection = existsSync(notoSerifCollection);
