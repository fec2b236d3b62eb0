import { createRandom } from '../../example-report.js';
import { getForm, tableCells } from '../../forms/registry.js';
import type { FormDefinition } from '../../forms/types.js';
import { calendarYearPeriod } from '../../calendar.js';
import { setCell, type Organ, type Report } from '../../model/report.js';
import type { Submission } from '../types.js';

export interface Figures {
  /** New applications from natural persons (all granted). */
  natural?: number;
  /** New applications from businesses (all granted). */
  business?: number;
  carriedOver?: number;
  carriedForward?: number;
  /** 行政事业性收费, 万元. */
  fee?: number;
  licensing?: number;
  normativeIssued?: number;
  /** Reconsideration cases, all upheld. */
  review?: number;
}

/** A gov-2021 report where every cell is 0 but the given figures, and every rule holds. */
export function balancedReport(organ: Organ, figures: Figures = {}, year = 2024): Report {
  const form = getForm('gov-2021');
  const report: Report = { schema: 'report/v1', format: 'gov-2021', year, organ, period: calendarYearPeriod(year), tables: {}, sections: [] };
  for (const table of form.tables) for (const { row, column } of tableCells(table)) setCell(report, { table: table.id, row, column }, 0);
  const a = (row: string, column: string, value: number) => setCell(report, { table: 'applications', row, column }, value);
  const natural = figures.natural ?? 0;
  const business = figures.business ?? 0;
  const carriedOver = figures.carriedOver ?? 0;
  const carriedForward = figures.carriedForward ?? 0;
  const handledNatural = natural + carriedOver - carriedForward;
  a('newReceived', 'naturalPerson', natural);
  a('newReceived', 'business', business);
  a('newReceived', 'total', natural + business);
  a('carriedOver', 'naturalPerson', carriedOver);
  a('carriedOver', 'total', carriedOver);
  a('granted', 'naturalPerson', handledNatural);
  a('granted', 'business', business);
  a('granted', 'total', handledNatural + business);
  a('totalHandled', 'naturalPerson', handledNatural);
  a('totalHandled', 'business', business);
  a('totalHandled', 'total', handledNatural + business);
  a('carriedForward', 'naturalPerson', carriedForward);
  a('carriedForward', 'total', carriedForward);
  setCell(report, { table: 'active', row: 'fees', column: 'amount' }, figures.fee ?? 0);
  setCell(report, { table: 'active', row: 'licensing', column: 'decisions' }, figures.licensing ?? 0);
  setCell(report, { table: 'active', row: 'normativeDocuments', column: 'issued' }, figures.normativeIssued ?? 0);
  setCell(report, { table: 'active', row: 'normativeDocuments', column: 'inForce' }, figures.normativeIssued ?? 0);
  setCell(report, { table: 'reviewLitigation', row: 'review', column: 'upheld' }, figures.review ?? 0);
  setCell(report, { table: 'reviewLitigation', row: 'review', column: 'total' }, figures.review ?? 0);
  return report;
}

/** A submission with a file name and a made-up hash (the same content gives the same hash). */
export function submit(report: Report, file: string, extra: Partial<Submission> = {}): Submission {
  return { report, file, sha256: fakeHash(JSON.stringify(report.tables) + report.organ.name), ...extra };
}

/** A stable 64-hex-digit stand-in for a SHA-256 (tests only). */
export function fakeHash(text: string): string {
  let parts = '';
  for (let seed = 0; parts.length < 64; seed++) {
    let h = 2166136261 ^ seed;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    parts += (h >>> 0).toString(16).padStart(8, '0');
  }
  return parts.slice(0, 64);
}

/**
 * A report with arbitrary cell values (not balanced): counts 0–500, signed changes −50…50,
 * amounts with two decimals, and about one cell in ten left blank. For sum properties.
 */
export function arbitraryReport(organ: Organ, seed: number, form: FormDefinition = getForm('gov-2021'), year = 2024): Report {
  const random = createRandom(seed);
  const report: Report = { schema: 'report/v1', format: form.id, year, organ, period: calendarYearPeriod(year), tables: {}, sections: [] };
  for (const table of form.tables) {
    for (const { row, column } of tableCells(table)) {
      const kind = table.columns.find((c) => c.id === column)!.kind;
      let value: number | null;
      if (random() < 0.1) value = null;
      else if (kind === 'amount') value = Math.floor(random() * 100_000) / 100;
      else if (kind === 'signedCount') value = Math.floor(random() * 101) - 50;
      else value = Math.floor(random() * 501);
      setCell(report, { table: table.id, row, column }, value);
    }
  }
  return report;
}
