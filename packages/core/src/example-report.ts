import { calendarYearPeriod } from './calendar.js';
import { formForYear, getForm } from './forms/registry.js';
import type { FormDefinition, TableDefinition } from './forms/types.js';
import { getCell, setCell, type Organ, type Report } from './model/report.js';

export interface ExampleReportOptions {
  form?: FormDefinition;
  year?: number;
  organ?: Organ;
  /** Seed of the deterministic number generator. */
  seed?: number;
  /** Rough size of the organ: the scale of the numbers (default 10). */
  scale?: number;
}

/** A small deterministic generator (mulberry32), so examples are reproducible. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function columnsOf(table: TableDefinition, rowId: string): string[] {
  const row = table.rows.find((r) => r.id === rowId);
  return row?.columns ?? table.columns.map((c) => c.id);
}

/**
 * A complete, correct report: every cell filled, every rule of the built-in formats satisfied.
 * Built from the form definition (rows in the `result` group, columns in the `applicant` group…),
 * so rows added by a plugin in those groups are filled and balanced too. For examples, demos and tests.
 */
export function createExampleReport(options: ExampleReportOptions = {}): Report {
  const year = options.year ?? 2024;
  const form = options.form ?? getForm(formForYear(year) ?? (year > 2020 ? 'gov-2021' : 'gov-2019'));
  const random = createRandom(options.seed ?? 1);
  const scale = options.scale ?? 10;
  const int = (max: number) => Math.floor(random() * (max + 1));
  const organ: Organ = options.organ ?? { name: '示例镇人民政府', level: 'township' };
  const report: Report = {
    schema: 'report/v1',
    format: form.id,
    year,
    organ,
    period: calendarYearPeriod(year),
    tables: {},
    sections: form.sections.map((section, index) => ({
      id: section.id,
      title: section.title,
      paragraphs: section.tableId
        ? []
        : [`${organ.name}${year}年${section.title.replace(/^[一二三四五六七八九十]+、/, '')}的说明。${index === 0 ? ACCOUNTABILITY_SENTENCE : ''}`],
      children: [],
    })),
  };
  const rulesMaking = organ.level === 'province' || organ.level === 'city';

  for (const table of form.tables) {
    if (table.id === 'applications') {
      const applicant = table.columns.filter((c) => c.groups?.includes('applicant')).map((c) => c.id);
      const results = table.rows.filter((r) => r.groups?.includes('result')).map((r) => r.id);
      for (const column of applicant) {
        const weight = column === 'naturalPerson' ? scale : Math.max(1, Math.round(scale / 4));
        let handled = 0;
        for (const row of results) {
          const value = int(weight);
          handled += value;
          setCell(report, { table: table.id, row, column }, value);
        }
        const carriedForward = int(Math.max(1, Math.round(weight / 2)));
        const carriedOver = Math.min(int(Math.max(1, Math.round(weight / 2))), handled + carriedForward);
        setCell(report, { table: table.id, row: 'totalHandled', column }, handled);
        setCell(report, { table: table.id, row: 'carriedForward', column }, carriedForward);
        setCell(report, { table: table.id, row: 'carriedOver', column }, carriedOver);
        setCell(report, { table: table.id, row: 'newReceived', column }, handled + carriedForward - carriedOver);
      }
      for (const row of table.rows) {
        const columns = columnsOf(table, row.id);
        const sum = applicant.reduce((n, column) => n + (report.tables[table.id]?.[row.id]?.[column] ?? 0), 0);
        if (columns.includes('total')) setCell(report, { table: table.id, row: row.id, column: 'total' }, sum);
        for (const column of columns) {
          if (report.tables[table.id]?.[row.id]?.[column] === undefined) setCell(report, { table: table.id, row: row.id, column }, 0);
        }
      }
      continue;
    }
    for (const row of table.rows) {
      const columns = columnsOf(table, row.id);
      const values: Record<string, number> = {};
      for (const columnId of columns) {
        const column = table.columns.find((c) => c.id === columnId)!;
        if (column.kind === 'amount') values[columnId] = Math.round(random() * scale * 100) / 100;
        else if (column.kind === 'signedCount') values[columnId] = int(scale) - Math.floor(scale / 2);
        else values[columnId] = int(scale);
      }
      if (table.id === 'active') {
        if (row.id === 'regulations' && !rulesMaking) for (const c of columns) values[c] = 0;
        if ('previousCount' in values && 'change' in values) values.previousCount = Math.max(values.previousCount, -values.change);
        if ('totalPublished' in values && 'published' in values) values.totalPublished = Math.max(values.totalPublished, values.published);
        if ('inForce' in values && 'issued' in values) values.inForce = Math.max(values.inForce, values.issued);
      }
      if (columns.includes('total')) {
        const outcomes = table.columns.filter((c) => c.groups?.includes('outcome')).map((c) => c.id);
        if (outcomes.length > 0) values.total = outcomes.reduce((n, c) => n + (values[c] ?? 0), 0);
      }
      for (const column of columns) setCell(report, { table: table.id, row: row.id, column }, values[column]);
    }
  }
  stateFeeNotices(report, form);
  return report;
}

/** What a government's text says of 工作考核、社会评议和责任追究 (R1-1), in the first section. */
const ACCOUNTABILITY_SENTENCE = '监督保障方面，将政府信息公开工作纳入年度绩效考核。';

/**
 * Applications closed because a fee notice went unpaid (表三（六）2) mean notices were issued: the
 * example's section 六 says how many (R6-1), in the words the form's fee check reads.
 */
function stateFeeNotices(report: Report, form: FormDefinition): void {
  const unpaid = form.narrativeChecks?.fees?.unpaidCell;
  const count = unpaid ? getCell(report, unpaid) : null;
  const other = report.sections.find((section) => section.id === 'other');
  if (!count || !other) return;
  const sentence = `本年度发出收费通知${count}件。`;
  if (other.paragraphs.length === 0) other.paragraphs.push(sentence);
  else other.paragraphs[other.paragraphs.length - 1] += sentence;
}
