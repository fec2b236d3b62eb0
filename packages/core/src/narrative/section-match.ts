import type { FormDefinition, SectionDefinition } from '../forms/types.js';
import { normalizeLabel } from '../text/normalize.js';
import { headingText } from './headings.js';
import { bigramSimilarity } from './text-similarity.js';

const namesOf = new WeakMap<SectionDefinition, readonly string[]>();

/** The names a form section is known by, normalised: its title without the ordinal, and its variants (made once per section). */
function sectionNames(section: SectionDefinition): readonly string[] {
  let names = namesOf.get(section);
  if (!names) namesOf.set(section, (names = [headingText(section.title), ...(section.titleVariants ?? [])].map(normalizeLabel)));
  return names;
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

/** Character-bigram similarity (Dice coefficient) of two labels, 0…1, compared as `normalizeLabel` makes them. */
export function labelSimilarity(a: string, b: string): number {
  return bigramSimilarity(normalizeLabel(a), normalizeLabel(b));
}
