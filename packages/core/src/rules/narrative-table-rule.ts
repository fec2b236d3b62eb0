import type { Diagnostic, Locale } from '../diagnostics/types.js';
import type { NarrativeFigure } from '../forms/narrative-check-types.js';
import type { CustomRule, FormDefinition, LocalizedText } from '../forms/types.js';
import { cellKey, getCell, type CellRef, type Report } from '../model/report.js';
import { findFigureStatements, type FigureStatement } from '../narrative/figure-statements.js';
import { hasNarrativeText, paragraphLocation, paragraphScope, reportParagraphs } from '../narrative/report-paragraphs.js';
import { shortenText } from '../limits.js';
import { formatNumber, sumExact } from '../numbers.js';
import { hasCell } from './engine.js';
import { columnLabel, rowLabel, tableName } from './labels.js';

/** The sum of cells in the report, or `null` when the form lacks one or one is not filled. */
export function cellsValue(report: Report, form: FormDefinition, cells: readonly CellRef[]): number | null {
  const values: number[] = [];
  for (const ref of cells) {
    const table = form.tables.find((t) => t.id === ref.table);
    if (!table || !hasCell(table, ref.row, ref.column)) return null;
    const value = getCell(report, ref);
    if (value === null) return null;
    values.push(value);
  }
  return values.length > 0 ? sumExact(values) : null;
}

/** The category several rows or columns share (`（三）不予公开`, `行政诉讼`, `法人或其他组织`), if one. */
function sharedParent(paths: ReadonlyArray<readonly string[] | undefined>): string | undefined {
  const parents = paths.map((path) => path?.at(-1));
  return parents[0] !== undefined && parents.every((parent) => parent === parents[0]) ? parents[0] : undefined;
}

/**
 * The official label of one cell or of a sum of cells: `表三 / 一、本年新收政府信息公开申请数量 / 总计`,
 * `表三 / （三）不予公开（各项合计） / 总计`, `表四 / 行政诉讼（合计） / 总计`.
 */
export function cellsLabel(form: FormDefinition, cells: readonly CellRef[], locale: Locale): string {
  const table = form.tables.find((t) => t.id === cells[0].table)!;
  const rows = [...new Set(cells.map((ref) => ref.row))];
  const columns = [...new Set(cells.map((ref) => ref.column))];
  const sum = locale === 'en' ? ' (sum)' : '（合计）';
  const rowText =
    rows.length === 1
      ? rowLabel(table, rows[0])
      : `${sharedParent(rows.map((id) => table.rows.find((r) => r.id === id)?.labelPath)) ?? rows.map((id) => rowLabel(table, id)).join('+')}${sum}`;
  const columnText =
    columns.length === 1
      ? columnLabel(table, columns[0])
      : `${sharedParent(columns.map((id) => table.columns.find((c) => c.id === id)?.headerPath)) ?? columns.map((id) => columnLabel(table, id)).join('+')}${sum}`;
  return [tableName(form, table, locale), rowText, columnText].join(' / ');
}

const bilingualCells = (form: FormDefinition, cells: readonly CellRef[]): LocalizedText => ({ zh: cellsLabel(form, cells, 'zh-CN'), en: cellsLabel(form, cells, 'en') });

function amountText(figure: NarrativeFigure, value: number): string {
  return figure.kind === 'amount' ? `${formatNumber(value)}万元` : formatNumber(value);
}

/** Allowed difference for a stated value: half a unit of the last digit written (exact for counts). */
function tolerance(decimals: number): number {
  return 0.5 * 10 ** -decimals + 1e-9;
}

interface Finding {
  cells: CellRef[];
  stated: string | LocalizedText;
  table: string | LocalizedText;
}

const inLocale = (value: string | LocalizedText, locale: Locale) => (typeof value === 'string' ? value : locale === 'en' ? value.en : value.zh);

/** What is wrong with one statement, compared with the tables, if anything. */
function statementFinding(statement: FigureStatement, report: Report, form: FormDefinition, figures: readonly NarrativeFigure[]): Finding | undefined {
  const { figure } = statement;
  const figureValue = cellsValue(report, form, figure.cells);
  if (statement.kind === 'value') {
    const cells = statement.part?.cells ?? figure.cells;
    const actual = statement.part ? cellsValue(report, form, cells) : figureValue;
    if (actual === null || Math.abs(actual - statement.value) <= tolerance(statement.decimals)) return undefined;
    return { cells, stated: amountText(figure, statement.value), table: amountText(figure, actual) };
  }
  if (statement.kind === 'share') {
    const whole = figures.find((other) => other.id === figure.shareOf);
    const wholeValue = whole ? cellsValue(report, form, whole.cells) : null;
    if (figureValue === null || !wholeValue) return undefined;
    const share = (100 * figureValue) / wholeValue;
    if (Math.abs(share - statement.share) < 10 ** -statement.decimals) return undefined;
    const digits = Math.max(statement.decimals, 1);
    return {
      cells: figure.cells,
      stated: `${formatNumber(statement.share)}%`,
      table: `${share.toFixed(digits)}%（${formatNumber(figureValue)}/${formatNumber(wholeValue)}）`,
    };
  }
  const partValue = cellsValue(report, form, statement.part.cells);
  const total = figureValue;
  if (partValue === null || total === null || partValue === total) return undefined;
  const all = statement.value ?? total;
  return {
    cells: statement.part.cells,
    stated: { zh: `全部 ${formatNumber(all)}`, en: `all ${formatNumber(all)}` },
    table: { zh: `${formatNumber(partValue)}（共 ${formatNumber(total)}）`, en: `${formatNumber(partValue)} (of ${formatNumber(total)})` },
  };
}

/**
 * Numbers in the text against the tables (`narrative-table-mismatch`): a figure the text states
 * (`本年度新收政府信息公开申请258件`, `予以公开…占30.8%`, `行政复议3件，均获维持`) that the table's cells
 * contradict. The phrases are the form's (`narrativeChecks.figures`); a figure whose cells the form
 * lacks or the report left blank is not compared. One warning per sentence and cell, naming both values.
 */
export const narrativeTableRule: CustomRule = {
  id: 'narrative-table-mismatch',
  kind: 'custom',
  severity: 'warning',
  description: { zh: '正文所述数字与表格一致', en: 'Figures stated in the text agree with the tables' },
  check(context) {
    const { report, form, locale } = context;
    const figures = form.narrativeChecks?.figures ?? [];
    if (figures.length === 0 || !hasNarrativeText(report)) return [];
    const diagnostics: Diagnostic[] = [];
    const reported = new Set<string>();
    for (const paragraph of reportParagraphs(report)) {
      for (const statement of findFigureStatements(paragraph.text, figures, { year: report.year, organ: report.organ.name })) {
        const finding = statementFinding(statement, report, form, figures);
        if (!finding) continue;
        const key = `${paragraph.path}|${statement.sentence}|${finding.cells.map(cellKey).join('+')}`;
        if (reported.has(key)) continue;
        reported.add(key);
        const sentence = shortenText(statement.sentence, 80);
        diagnostics.push(
          context.diagnostic({
            code: 'narrative-table-mismatch',
            params: { scope: paragraphScope(paragraph), sentence, cell: bilingualCells(form, finding.cells), stated: finding.stated, table: finding.table },
            location: paragraphLocation(report, paragraph, locale),
            expected: inLocale(finding.table, locale),
            actual: inLocale(finding.stated, locale),
          }),
        );
      }
    }
    return diagnostics;
  },
};
