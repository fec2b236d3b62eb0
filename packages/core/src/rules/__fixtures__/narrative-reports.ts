import { readFileSync } from 'node:fs';
import { getForm } from '../../forms/registry.js';
import type { FormDefinition } from '../../forms/types.js';
import { getCell, setCell, type Report } from '../../model/report.js';
import { importNarrativeText } from '../../narrative/import-narrative-text.js';
import { tableCells } from '../../forms/registry.js';
import { APPLICANT_COLUMNS } from './reports.js';

type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number];
type Outcome = 'upheld' | 'corrected' | 'other' | 'pending';

/**
 * The tables of a test report, given as its figures: table 三 by applicant column (the rows named;
 * （七）总计, 四、结转下年度 and the 总计 column are worked out, so the table balances), table 四 by
 * outcome (总计 worked out), table 二 by cell. Every other cell is 0.
 */
export interface TableFigures {
  applications: Partial<Record<ApplicantColumn, Record<string, number>>>;
  reviewLitigation?: Partial<Record<'review' | 'litigationDirect' | 'litigationAfterReview', Partial<Record<Outcome, number>>>>;
  active?: Record<string, Record<string, number>>;
}

function fillTables(report: Report, form: FormDefinition, figures: TableFigures): void {
  for (const table of form.tables) for (const { row, column } of tableCells(table)) setCell(report, { table: table.id, row, column }, 0);
  const applications = form.tables.find((t) => t.id === 'applications')!;
  const results = applications.rows.filter((row) => row.groups?.includes('result')).map((row) => row.id);
  for (const [column, rows] of Object.entries(figures.applications)) {
    for (const [row, value] of Object.entries(rows)) setCell(report, { table: 'applications', row, column }, value);
    const handled = results.reduce((sum, row) => sum + (rows[row] ?? 0), 0);
    setCell(report, { table: 'applications', row: 'totalHandled', column }, handled);
    setCell(report, { table: 'applications', row: 'carriedForward', column }, (rows.newReceived ?? 0) + (rows.carriedOver ?? 0) - handled);
  }
  for (const row of applications.rows) {
    const total = APPLICANT_COLUMNS.reduce((sum, column) => sum + (getCell(report, { table: 'applications', row: row.id, column }) ?? 0), 0);
    setCell(report, { table: 'applications', row: row.id, column: 'total' }, total);
  }
  for (const [row, outcomes] of Object.entries(figures.reviewLitigation ?? {})) {
    for (const [column, value] of Object.entries(outcomes)) setCell(report, { table: 'reviewLitigation', row, column }, value);
    setCell(report, { table: 'reviewLitigation', row, column: 'total' }, Object.values(outcomes).reduce((sum, value) => sum + value, 0));
  }
  for (const [row, columns] of Object.entries(figures.active ?? {})) {
    for (const [column, value] of Object.entries(columns)) setCell(report, { table: 'active', row, column }, value);
  }
}

/** A report read from a text of `__fixtures__/narrative/` (with its lines) and given tables. */
export function narrativeReport(file: string, formId: 'gov-2021' | 'gov-2019', figures: TableFigures): Report {
  const text = readFileSync(new URL(`./narrative/${file}`, import.meta.url), 'utf8');
  const form = getForm(formId);
  const { report, diagnostics } = importNarrativeText(text, { form, file });
  if (!report || diagnostics.length > 0) throw new Error(`${file}: ${diagnostics.map((d) => d.message).join('; ')}`);
  fillTables(report, form, figures);
  return report;
}

/** The five realistic reports the text checks are tried on, each with the tables its organ filed. */
export const narrativeFixtures = {
  /** A township: its overview says 12 new applications, its table and section 三 say 14. */
  town: () =>
    narrativeReport('qingshan-town-2024.txt', 'gov-2021', {
      applications: {
        naturalPerson: { newReceived: 13, carriedOver: 1, granted: 5, partiallyGranted: 2, 'unavailable.notHeld': 3, 'notProcessed.duplicate': 1, 'otherHandling.other': 1 },
        business: { newReceived: 1, granted: 1 },
      },
      active: { normativeDocuments: { issued: 2, repealed: 1, inForce: 9 }, penalty: { decisions: 6 } },
    }),
  /** A county department: "行政复议4件，均获维持" while one is corrected and one pending. */
  bureau: () =>
    narrativeReport('natural-resources-bureau-2024.txt', 'gov-2021', {
      applications: {
        naturalPerson: {
          newReceived: 52,
          carriedOver: 3,
          granted: 27,
          partiallyGranted: 4,
          'denied.thirdPartyRights': 3,
          'unavailable.notHeld': 12,
          'notProcessed.complaint': 4,
          'otherHandling.feeUnpaid': 1,
          'otherHandling.other': 2,
        },
        business: { newReceived: 6, granted: 3, partiallyGranted: 1, 'denied.processInformation': 1, 'unavailable.notHeld': 1 },
        legalService: { newReceived: 3, granted: 2, 'notProcessed.duplicate': 1 },
      },
      reviewLitigation: { review: { upheld: 2, corrected: 1, pending: 1 }, litigationDirect: { upheld: 1 } },
      active: { normativeDocuments: { issued: 3, repealed: 2, inForce: 18 }, licensing: { decisions: 215 }, penalty: { decisions: 37 }, coercion: { decisions: 2 } },
    }),
  /** A county government: no word on 考核/评议/责任追究 (R1-1), and 予以公开 is 46.5% of 办结, not 45%. */
  county: () =>
    narrativeReport('qingshan-county-2024.txt', 'gov-2021', {
      applications: {
        naturalPerson: {
          newReceived: 233,
          carriedOver: 8,
          granted: 101,
          partiallyGranted: 20,
          'denied.thirdPartyRights': 6,
          'denied.processInformation': 3,
          'unavailable.notHeld': 60,
          'unavailable.needsCreation': 5,
          'notProcessed.complaint': 12,
          'notProcessed.duplicate': 6,
          'otherHandling.noCorrection': 5,
          'otherHandling.other': 8,
        },
        business: { newReceived: 25, carriedOver: 1, granted: 15, partiallyGranted: 2, 'denied.internalAffairs': 2, 'unavailable.notHeld': 4, 'notProcessed.excessive': 1 },
        legalService: { newReceived: 8, granted: 4, partiallyGranted: 1, 'unavailable.notHeld': 3 },
      },
      reviewLitigation: { review: { upheld: 7, corrected: 2, pending: 2 }, litigationDirect: { upheld: 2, pending: 1 }, litigationAfterReview: { upheld: 1 } },
      active: {
        normativeDocuments: { issued: 28, repealed: 7, inForce: 186 },
        licensing: { decisions: 5218 },
        penalty: { decisions: 1436 },
        coercion: { decisions: 52 },
        fees: { amount: 356.82 },
      },
    }),
  /** A 街道: sections 五 and 六 swapped, and 400元 of 信息处理费 collected with no fee notice stated (R6-1). */
  street: () =>
    narrativeReport('chengnan-street-2024.txt', 'gov-2021', {
      applications: {
        naturalPerson: { newReceived: 16, carriedOver: 2, granted: 5, partiallyGranted: 3, 'unavailable.notHeld': 7, 'notProcessed.duplicate': 2 },
        otherOrganization: { newReceived: 1, granted: 1 },
      },
      reviewLitigation: { review: { pending: 1 } },
      active: { normativeDocuments: { inForce: 3 } },
    }),
  /** A county department in the 2019-trial format: 2 reconsiderations in the text, 1 in table 四; no section 六. */
  education: () =>
    narrativeReport('education-bureau-2020.txt', 'gov-2019', {
      applications: { naturalPerson: { newReceived: 2, granted: 2 } },
      reviewLitigation: { review: { upheld: 1 } },
      active: { normativeDocuments: { made: 2, published: 2, totalPublished: 10 }, penalty: { decisions: 3 } },
    }),
};
