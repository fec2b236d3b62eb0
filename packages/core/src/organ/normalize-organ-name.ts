import { compactOrganText } from './compact-organ-text.js';

/**
 * Suffixes that name the government of a place rather than a different organ: `鹅公镇人民政府` is
 * `鹅公镇`, `城南街道办事处` is `城南街道`. `人民政府办公室` is not among them: the general office is a
 * working body of the government, another organ.
 */
const GOVERNMENT_SUFFIXES = ['人民政府', '政府', '办事处'] as const;

/**
 * Normalises an organ name for matching: full-width and half-width forms (NFKC), every kind of
 * space, case, and a trailing 人民政府 / 政府 / 办事处 (so `鹅公镇` ≡ `鹅公镇人民政府` ≡ `鹅公镇 人民政府`,
 * `城南街道办事处` ≡ `城南街道`). Other suffixes are kept: `某县人民政府办公室` is a different organ
 * from `某县人民政府`.
 */
export function normalizeOrganName(name: string): string {
  let text = compactOrganText(name);
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of GOVERNMENT_SUFFIXES) {
      if (text.length > suffix.length && text.endsWith(suffix)) {
        text = text.slice(0, -suffix.length);
        changed = true;
      }
    }
  }
  return text;
}
