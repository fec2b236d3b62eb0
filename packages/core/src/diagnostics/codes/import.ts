import type { Catalog } from './types.js';

/** Codes of @report/excel-import (reading workbooks). */
export const importCodes: Catalog = {};
