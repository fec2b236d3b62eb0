import { compactOrganText } from './compact-organ-text.js';

/** A 统一社会信用代码 or 行政区划代码 as compared: NFKC, no spaces or hyphens, upper case; `''` when absent. */
export function normalizeOrganCode(code: string | undefined): string {
  return compactOrganText(code ?? '')
    .replace(/-+/g, '')
    .toUpperCase();
}

/**
 * The place a 行政区划代码 names, in its shortest form: the 12-digit statistical code and the 9-digit
 * township code of a county end in zeros (`431299000000` and `431299000` are `431299`,
 * `431299102000` is `431299102`).
 */
export function divisionPlaceCode(code: string | undefined): string {
  let value = normalizeOrganCode(code);
  while ((value.length === 12 || value.length === 9) && value.endsWith('000')) value = value.slice(0, -3);
  return value;
}

/**
 * Whether a 行政区划代码 is a county's (or a city's or a province's) six digits, which its
 * departments share: such a code alone does not tell one organ from another.
 */
export function isSharedDivisionCode(code: string | undefined): boolean {
  return divisionPlaceCode(code).length <= 6;
}
