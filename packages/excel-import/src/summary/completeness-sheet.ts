import type { AggregateResult, Locale, Roster, SubmissionOutcome } from '@report/core';
import { entryDisplayName } from '@report/core/plugin';
import { pick } from '../locale.js';
import { inputText } from './input-text.js';
import { landscapePage } from './page-layout.js';
import { rowHeight } from './text-layout.js';
import type { SheetWriter } from './xlsx/sheet-writer.js';
import type { StreamingWorkbook } from './xlsx/streaming-workbook.js';
import { cellStyle } from './xlsx/styles.js';

const TITLE_HEIGHT = 24;
const HEADER_HEIGHT = 20;

function statusLabel(status: string, locale: Locale | undefined): string {
  const labels: Record<string, [string, string]> = {
    accepted: ['已采用', 'accepted'],
    rejected: ['退回', 'rejected'],
    duplicate: ['重复', 'duplicate'],
    unexpected: ['不在名册', 'not on the roster'],
    excluded: ['未计入', 'excluded'],
    missing: ['未报送', 'missing'],
  };
  const [zh, en] = labels[status] ?? [status, status];
  return pick(locale, zh, en);
}

type ListCells = [string, string, string, string, number | null, number | null, string];

/** One line of the submissions list: organ, status, file, late, errors, warnings, reasons. */
function listRow(sheet: SheetWriter, height: number, cells: ListCells): Promise<void> {
  sheet.startRow(height);
  cells.forEach((value, column) => {
    if (typeof value === 'number') sheet.number(column, value, cellStyle.number);
    else if (value === null) sheet.blank(column, cellStyle.wrapped);
    else sheet.string(column, value, cellStyle.wrapped);
  });
  return sheet.endRow();
}

/**
 * 报送情况: the counts (expected, received, missing, accepted, rejected, duplicate, late, not on
 * the roster, excluded), then every submission with its status and reasons and every missing
 * organ, with filters.
 */
export async function writeCompletenessSheet(workbook: StreamingWorkbook, name: string, result: AggregateResult, options: { locale?: Locale; roster?: Roster; footer: string }): Promise<void> {
  const { locale } = options;
  const t = (zh: string, en: string) => pick(locale, zh, en);
  const { report, completeness } = result;
  const counts: Array<[string, number]> = [
    [t('应报单位', 'Expected'), completeness.expected.length],
    [t('已报送', 'Received'), completeness.received.length],
    [t('未报送', 'Missing'), completeness.missing.length],
    [t('已采用', 'Accepted'), completeness.accepted.length],
    [t('退回', 'Rejected'), completeness.rejected.length],
    [t('重复', 'Duplicate'), completeness.duplicate.length],
    [t('逾期', 'Late'), completeness.late.length],
    [t('不在名册', 'Not on the roster'), completeness.unexpected.length],
    [t('未计入', 'Excluded'), completeness.excluded.length],
  ];
  const outcomeCells = (outcome: SubmissionOutcome): ListCells => [
    inputText(outcome.organ),
    statusLabel(outcome.status, locale),
    inputText(outcome.file),
    outcome.late ? t('是', 'yes') : '',
    outcome.errorCount,
    outcome.warningCount,
    inputText(outcome.reasons.join(t('；', '; '))),
  ];
  const list = [
    ...result.outcomes.map(outcomeCells),
    ...completeness.missing.map((id): ListCells => [inputText(entryDisplayName(id, result, options.roster)), statusLabel('missing', locale), '', '', null, null, '']),
  ];
  const widths = [26, 12, 30, 8, 8, 8, 70];
  const heights = list.map((cells) => rowHeight(cells.map((value) => (typeof value === 'string' ? value : '')), widths));
  const listTop = 2 + counts.length;
  const height = TITLE_HEIGHT + 15 * (counts.length + 1) + HEADER_HEIGHT + heights.reduce((sum, row) => sum + row, 0);
  const sheet = await workbook.addSheet({
    name,
    columnWidths: widths,
    frozen: { rows: listTop + 1, columns: 0 },
    autoFilter: { top: listTop, left: 0, bottom: listTop + list.length, right: widths.length - 1 },
    page: landscapePage(widths, height, { titleRows: [listTop + 1, listTop + 1], footer: options.footer }),
  });
  sheet.startRow(TITLE_HEIGHT);
  sheet.string(0, `${inputText(report.organ.name)}${report.year}${t('年度报告报送情况', ' submissions')}`, cellStyle.title);
  await sheet.endRow();
  for (const [label, count] of counts) {
    sheet.startRow();
    sheet.string(0, label, cellStyle.label);
    sheet.number(1, count, cellStyle.number);
    await sheet.endRow();
  }
  sheet.startRow();
  await sheet.endRow();
  sheet.startRow(HEADER_HEIGHT);
  [t('机关', 'Organ'), t('状态', 'Status'), t('文件', 'File'), t('逾期', 'Late'), t('错误', 'Errors'), t('警告', 'Warnings'), t('原因', 'Reasons')].forEach((label, column) => sheet.string(column, label, cellStyle.header));
  await sheet.endRow();
  for (const [index, cells] of list.entries()) await listRow(sheet, heights[index], cells);
}
