import type { Catalog } from './types.js';

/** Codes of narrative (text) reports and the legacy form's checks. */
export const narrativeCodes: Catalog = {};
