import { aggregateCodes } from './codes/aggregate.js';
import { cliCodes } from './codes/cli.js';
import { importCodes } from './codes/import.js';
import { narrativeCodes } from './codes/narrative.js';
import { reportCodes } from './codes/report.js';
import { renderCodes } from './codes/render.js';
import { ruleCodes } from './codes/rules.js';
import type { Catalog } from './codes/types.js';

export type { Catalog, CatalogEntry } from './codes/types.js';

/** Every diagnostic code of the toolkit, with its messages (zh-CN, en), cause and fix. */
export const diagnosticCatalog: Readonly<Catalog> = Object.freeze({
  ...reportCodes,
  ...ruleCodes,
  ...narrativeCodes,
  ...importCodes,
  ...aggregateCodes,
  ...renderCodes,
  ...cliCodes,
});
