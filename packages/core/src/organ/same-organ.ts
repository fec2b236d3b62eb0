import { normalizeOrganName } from './normalize-organ-name.js';
import { divisionPlaceCode, isSharedDivisionCode, normalizeOrganCode } from './organ-codes.js';

/** An organ as two sources name it: its name alone, or its name with its codes. */
export type OrganReference = string | { name: string; creditCode?: string; divisionCode?: string };

/** What decided whether two organs are the same. */
export type OrganEvidence = 'creditCode' | 'divisionCode' | 'name';

export interface OrganIdentity {
  same: boolean;
  by: OrganEvidence;
}

function fields(organ: OrganReference): { name: string; creditCode?: string; divisionCode?: string } {
  return typeof organ === 'string' ? { name: organ } : organ;
}

/**
 * Whether two references name the same organ, and what decided it: the 统一社会信用代码 when both
 * have one; else the 行政区划代码 when both have one (different codes are different places; the
 * same code of a township or a smaller place is the same place; a county's six digits, which its
 * departments share, leave it to the names); else the normalised names (`鹅公镇` ≡ `鹅公镇人民政府`,
 * `某县人民政府办公室` ≠ `某县人民政府`).
 */
export function identifyOrgan(a: OrganReference, b: OrganReference): OrganIdentity {
  const left = fields(a);
  const right = fields(b);
  const leftCredit = normalizeOrganCode(left.creditCode);
  const rightCredit = normalizeOrganCode(right.creditCode);
  if (leftCredit && rightCredit) return { same: leftCredit === rightCredit, by: 'creditCode' };
  const leftDivision = divisionPlaceCode(left.divisionCode);
  const rightDivision = divisionPlaceCode(right.divisionCode);
  if (leftDivision && rightDivision) {
    if (leftDivision !== rightDivision) return { same: false, by: 'divisionCode' };
    if (!isSharedDivisionCode(leftDivision)) return { same: true, by: 'divisionCode' };
  }
  const leftName = normalizeOrganName(left.name);
  return { same: leftName !== '' && leftName === normalizeOrganName(right.name), by: 'name' };
}

/**
 * Whether two organs are the same: by 统一社会信用代码 when both have one, then by 行政区划代码, then
 * by normalised name. `sameOrgan('鹅公镇', '鹅公镇人民政府')` is true;
 * `sameOrgan('某县人民政府办公室', '某县人民政府')` is false.
 */
export function sameOrgan(a: OrganReference, b: OrganReference): boolean {
  return identifyOrgan(a, b).same;
}
