import type { Catalog } from './types.js';

/** Codes of aggregation: rosters, matching, completeness. */
export const aggregateCodes: Catalog = {};
