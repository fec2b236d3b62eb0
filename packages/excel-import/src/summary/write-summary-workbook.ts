import { getForm, type AggregateResult, type FormDefinition, type Locale, type Roster } from '@report/core';
import { pick } from '../locale.js';
import { uniqueSheetName } from '../template/sheet-names.js';
import { writeCompletenessSheet } from './completeness-sheet.js';
import { writeProblemsSheet } from './problems-sheet.js';
import { tableSheetPlans } from './table-sheets.js';
import { memberTexts, writeTableSheet } from './write-table-sheet.js';
import { StreamingWorkbook } from './xlsx/streaming-workbook.js';

export interface SummaryWorkbookOptions {
  locale?: Locale;
  /** The roster aggregated against, to name missing members (otherwise their ids are shown). */
  roster?: Roster;
  /** Forms besides the built-in ones (plugins). */
  forms?: readonly FormDefinition[];
}

/**
 * The county's summary workbook: the sheets of each table (a row per member organ, the totals as
 * live `SUM` formulas with their results; 表三 a sheet per applicant column, so each prints on one
 * page width), a completeness sheet (expected, received, missing, rejected, duplicate, late…) and a
 * problem list (file, sheet, cell, severity, message…), with filters, frozen headers and print
 * settings. Written as it goes (`StreamingWorkbook`), so memory stays flat however many members
 * there are. Text from townships' files is written as text, never as a formula.
 */
export async function writeSummaryWorkbook(result: AggregateResult, options: SummaryWorkbookOptions = {}): Promise<Uint8Array> {
  const { locale } = options;
  const t = (zh: string, en: string) => pick(locale, zh, en);
  const form = getForm(result.report.format, options.forms);
  const taken = new Set<string>();
  const plans = tableSheetPlans(form, locale, taken);
  const completenessName = uniqueSheetName(t('报送情况', 'Completeness'), taken);
  const problemsName = uniqueSheetName(t('问题清单', 'Diagnostics'), taken);
  const footer = t('&L&A&R第 &P 页，共 &N 页', '&L&A&RPage &P of &N');

  const workbook = new StreamingWorkbook({ creator: '@report/excel-import' });
  const members = memberTexts(result);
  for (const plan of plans) await writeTableSheet(workbook, plan, { result, locale, footer, members });
  await writeCompletenessSheet(workbook, completenessName, result, { locale, ...(options.roster ? { roster: options.roster } : {}), footer });
  await writeProblemsSheet(workbook, problemsName, result, { form, locale, footer });
  return workbook.finish();
}
