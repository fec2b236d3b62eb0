import type { LocalizedText } from '../forms/types.js';
import { aggregateCodes } from './codes/aggregate.js';
import { cliCodes } from './codes/cli.js';
import { errorCodes } from './codes/errors.js';
import { importCodes } from './codes/import.js';
import { narrativeCodes } from './codes/narrative.js';
import { pipelineCodes } from './codes/pipeline.js';
import { renderCodes } from './codes/render.js';
import { reportCodes } from './codes/report.js';
import { ruleCodes } from './codes/rules.js';
import type { Catalog } from './codes/types.js';

export type { Catalog, CatalogEntry } from './codes/types.js';

/**
 * A code of the built-in catalog: the union of the literal keys of every part in `codes/*.ts`
 * (each written `{ … } satisfies Catalog`, so its keys stay literal). `createDiagnostic` with a
 * built-in code that is not one of these — a typo such as `'R3-1x'` — does not compile. A plugin's
 * own codes are not in it: see `createDiagnostic` and `PluginDiagnosticInput`.
 */
export type DiagnosticCode =
  | keyof typeof reportCodes
  | keyof typeof ruleCodes
  | keyof typeof narrativeCodes
  | keyof typeof pipelineCodes
  | keyof typeof importCodes
  | keyof typeof aggregateCodes
  | keyof typeof renderCodes
  | keyof typeof cliCodes
  | keyof typeof errorCodes;

/** One file of `codes/`: the codes of one part of the toolkit. */
export interface CatalogPart {
  id: string;
  title: LocalizedText;
  codes: Catalog;
}

/**
 * The parts of the catalog, in documentation order. To add codes, add them to a `codes/*.ts` file;
 * a new file gets a line here. `docs/diagnostics.md` is generated from this list
 * (`npm run docs:diagnostics -w @report/core`).
 */
export const catalogParts: readonly CatalogPart[] = [
  { id: 'report', title: { zh: '报告文件与报告整体', en: 'The report file and the report as a whole' }, codes: reportCodes },
  { id: 'rules', title: { zh: '表格勾稽规则（规范第6节）', en: 'Table rules (spec §6)' }, codes: ruleCodes },
  { id: 'narrative', title: { zh: '叙述式报告与插件', en: 'Narrative reports and plugins' }, codes: narrativeCodes },
  { id: 'pipeline', title: { zh: '流水线各环节', en: 'Pipeline stages' }, codes: pipelineCodes },
  { id: 'import', title: { zh: '读取 Excel 工作簿', en: 'Reading Excel workbooks' }, codes: importCodes },
  { id: 'aggregate', title: { zh: '汇总与名册', en: 'Aggregation and rosters' }, codes: aggregateCodes },
  { id: 'render', title: { zh: '生成 HTML 和 PDF', en: 'HTML and PDF output' }, codes: renderCodes },
  { id: 'cli', title: { zh: '命令行工具', en: 'The command line' }, codes: cliCodes },
  { id: 'errors', title: { zh: '异常（ReportError）', en: 'Errors thrown (ReportError)' }, codes: errorCodes },
];

/** Every diagnostic code of the toolkit, with its messages (zh-CN, en), cause and fix. */
export const diagnosticCatalog: Readonly<Catalog<DiagnosticCode>> & Readonly<Catalog> = Object.freeze(Object.assign({}, ...catalogParts.map((part) => part.codes)) as Catalog<DiagnosticCode>);
