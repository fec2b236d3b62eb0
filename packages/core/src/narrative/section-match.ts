import type { FormDefinition, SectionDefinition } from '../forms/types.js';
import { normalizeLabel } from '../text/normalize.js';
import { headingText } from './headings.js';

/** The names a form section is known by, normalised: its title without the ordinal, and its variants. */
function sectionNames(section: SectionDefinition): string[] {
  return [headingText(section.title), ...(section.titleVariants ?? [])].map(normalizeLabel);
}

/**
 * The form section a heading or a named part refers to (`六、信息公开工作存在的主要问题及改进措施` →
 * `problems`), by its title or title variants compared with `normalizeLabel`. The ordinal is ignored.
 */
export function matchFormSection(form: FormDefinition, title: string): SectionDefinition | undefined {
  const name = normalizeLabel(headingText(title));
  if (name === '') return undefined;
  return form.sections.find((section) => sectionNames(section).includes(name));
}

/** Character-bigram similarity (Dice coefficient) of two labels, 0…1. */
export function labelSimilarity(a: string, b: string): number {
  const bigrams = (text: string) => {
    const normal = normalizeLabel(text);
    const list: string[] = [];
    for (let i = 0; i < normal.length - 1; i++) list.push(normal.slice(i, i + 2));
    return list;
  };
  const left = bigrams(a);
  const right = bigrams(b);
  if (left.length === 0 || right.length === 0) return normalizeLabel(a) === normalizeLabel(b) ? 1 : 0;
  const pool = [...right];
  let shared = 0;
  for (const gram of left) {
    const index = pool.indexOf(gram);
    if (index >= 0) {
      shared += 1;
      pool.splice(index, 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}
