import type { AggregateResult, Diagnostic, FormDefinition, Locale } from '@report/core';
import { cellLabel } from '@report/core/plugin';
import { pick } from '../locale.js';
import { inputText } from './input-text.js';
import { landscapePage } from './page-layout.js';
import { rowHeight } from './text-layout.js';
import type { StreamingWorkbook } from './xlsx/streaming-workbook.js';
import { cellStyle } from './xlsx/styles.js';

function severityLabel(severity: Diagnostic['severity'], locale: Locale | undefined): string {
  return severity === 'error' ? pick(locale, '错误', 'error') : severity === 'warning' ? pick(locale, '警告', 'warning') : pick(locale, '提示', 'info');
}

/** Where a problem is, as a person reads it: the diagnostic's label, else the cell's official label, else its ids. */
function placeText(diagnostic: Diagnostic, form: FormDefinition, locale: Locale | undefined): string {
  const { label, table, row, column } = diagnostic.location;
  if (label) return label;
  const definition = form.tables.find((candidate) => candidate.id === table);
  if (definition) return cellLabel(form, definition, row, column, locale ?? 'zh-CN');
  return [table, row, column].filter(Boolean).join('/');
}

/** 问题清单: every diagnostic of the run (file, organ, sheet, cell, severity, code, place, message, fix), with filters. */
export async function writeProblemsSheet(workbook: StreamingWorkbook, name: string, result: AggregateResult, options: { form: FormDefinition; locale?: Locale; footer: string }): Promise<void> {
  const { locale, form } = options;
  const t = (zh: string, en: string) => pick(locale, zh, en);
  const headers = [t('文件', 'File'), t('机关', 'Organ'), t('工作表', 'Sheet'), t('单元格', 'Cell'), t('级别', 'Severity'), t('代码', 'Code'), t('位置', 'Where'), t('说明', 'Message'), t('处理建议', 'How to fix')];
  const widths = [22, 18, 10, 8, 7, 20, 30, 50, 40];
  const sheet = await workbook.addSheet({
    name,
    columnWidths: widths,
    frozen: { rows: 1, columns: 0 },
    autoFilter: { top: 0, left: 0, bottom: result.diagnostics.length, right: headers.length - 1 },
    page: landscapePage(widths, Number.POSITIVE_INFINITY, { titleRows: [1, 1], footer: options.footer }),
  });
  sheet.startRow(20);
  headers.forEach((header, column) => sheet.string(column, header, cellStyle.header));
  await sheet.endRow();
  for (const diagnostic of result.diagnostics) {
    const { location } = diagnostic;
    const texts = [location.file, location.organ, location.sheet, location.cell, severityLabel(diagnostic.severity, locale), diagnostic.code, placeText(diagnostic, form, locale), diagnostic.message, diagnostic.help].map(inputText);
    sheet.startRow(rowHeight(texts, widths));
    texts.forEach((text, column) => sheet.string(column, text, column === 4 && diagnostic.severity === 'error' ? cellStyle.error : cellStyle.wrapped));
    await sheet.endRow();
  }
}
