import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate, cellContributions, cellKey, contributedCells, createAggregator, getCell, getForm, setCell, validateReport, type Report, type Roster, type Submission } from '../index.js';
import { sumReports, tableCells } from '../plugin.js';
import { createExampleReport } from '../testing.js';
import { arbitraryReport, submit } from './__fixtures__/reports.js';

const RUNS = { numRuns: 20 };
const county = { name: '某县人民政府', level: 'county' as const };
const names = Array.from({ length: 12 }, (_, i) => `第${i + 1}镇`);
const roster: Roster = { entries: names.map((name) => ({ id: name, name, level: 'township' as const })) };
const township = (i: number) => ({ name: names[i], level: 'township' as const });

/** Members: distinct townships, each with a seed for its figures. */
const membersArbitrary = fc.uniqueArray(fc.record({ organ: fc.integer({ min: 0, max: names.length - 1 }), seed: fc.integer() }), {
  minLength: 1,
  maxLength: 6,
  selector: (m) => m.organ,
});

/** A valid example report with some cells left blank (blank cells are warnings, not errors). */
function validMember(organ: number, seed: number, year = 2024): Report {
  const report = createExampleReport({ year, seed, organ: township(organ), scale: 1 + (Math.abs(seed) % 40) });
  const form = getForm(report.format);
  const cells = form.tables.flatMap((table) => tableCells(table).map((cell) => ({ table: table.id, ...cell })));
  for (let i = Math.abs(seed) % 7; i < cells.length; i += 23) setCell(report, cells[i], null);
  return report;
}

/** Every cell: integers exactly; amounts in hundredths, added as integers. */
function expectedSum(reports: Report[], ref: { table: string; row: string; column: string }): number | null {
  const values = reports.map((r) => getCell(r, ref)).filter((v): v is number => v !== null);
  if (values.length === 0) return null;
  return values.reduce((sum, v) => sum + Math.round(v * 100), 0) / 100;
}

describe('aggregation properties', () => {
  it('every aggregated cell equals the sum of the members’ cells (and of its contributions)', () => {
    fc.assert(
      fc.property(membersArbitrary, fc.constantFrom('gov-2021', 'gov-2019'), (members, formId) => {
        const form = getForm(formId);
        const year = formId === 'gov-2021' ? 2024 : 2020;
        const reports = members.map((m) => arbitraryReport(township(m.organ), m.seed, form, year));
        const result = aggregate(
          reports.map((r, i) => submit(r, `${i}.xlsx`)),
          { roster, organ: county, year, includeReportsWithErrors: true }
        );
        expect(result.completeness.accepted).toHaveLength(reports.length);
        for (const table of form.tables) {
          for (const { row, column } of tableCells(table)) {
            const ref = { table: table.id, row, column };
            const value = getCell(result.report, ref);
            expect(value, cellKey(ref)).toBe(expectedSum(reports, ref));
            const parts = cellContributions(result.report, cellKey(ref));
            expect(parts.length === 0 ? null : parts.reduce((s, p) => s + Math.round(p.value * 100), 0) / 100).toBe(value);
          }
        }
      }),
      RUNS
    );
  });

  it('does not depend on input order (duplicates and identical copies included)', () => {
    fc.assert(
      fc.property(membersArbitrary, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (members, shuffleSeed) => {
        const submissions: Submission[] = members.map((m, i) => submit(validMember(m.organ, m.seed), `${i}.xlsx`));
        // A second, different version from the first member, and an identical copy of the last one.
        submissions.push(submit(validMember(members[0].organ, members[0].seed + 1), 'second-version.xlsx'));
        submissions.push({ ...submissions[members.length - 1], file: 'copy.xlsx' });
        const shuffled = fc.sample(fc.shuffledSubarray(submissions, { minLength: submissions.length }), { seed: shuffleSeed, numRuns: 1 })[0];
        const a = aggregate(submissions, { roster, organ: county, year: 2024 });
        const b = aggregate(shuffled, { roster, organ: county, year: 2024 });
        expect(b.report.tables).toEqual(a.report.tables);
        expect(b.report.members).toEqual(a.report.members);
        expect(b.report.memberFigures).toEqual(a.report.memberFigures);
        const byFile = (r: typeof a) => Object.fromEntries(r.outcomes.map((o) => [o.file, o.status]));
        expect(byFile(b)).toEqual(byFile(a));
        expect(b.completeness.missing).toEqual(a.completeness.missing);
        expect(b.narrativeDraft).toEqual(a.narrativeDraft);
      }),
      RUNS
    );
  });

  it('aggregating two halves and then their aggregates gives the same as aggregating all', () => {
    fc.assert(
      fc.property(
        membersArbitrary.filter((m) => m.length >= 2),
        fc.nat(),
        (members, cut) => {
          const split = 1 + (cut % (members.length - 1));
          const submissions = members.map((m, i) => submit(validMember(m.organ, m.seed), `${i}.xlsx`));
          const halves: Roster = {
            entries: [
              { id: 'east', name: '东片区', level: 'other' },
              { id: 'west', name: '西片区', level: 'other' },
            ],
          };
          const east = aggregate(submissions.slice(0, split), { roster, organ: { name: '东片区', level: 'other' }, year: 2024 });
          const west = aggregate(submissions.slice(split), { roster, organ: { name: '西片区', level: 'other' }, year: 2024 });
          const all = aggregate(submissions, { roster, organ: county, year: 2024 });
          // Members' blank cells can unbalance a partial sum (blank is not 0), so the halves are added whatever their checks say.
          const twoStep = aggregate([submit(east.report, 'east.json'), submit(west.report, 'west.json')], {
            roster: halves,
            organ: county,
            year: 2024,
            includeReportsWithErrors: true,
          });
          expect(twoStep.completeness.accepted).toHaveLength(2);
          expect(twoStep.report.tables).toEqual(all.report.tables);
        }
      ),
      RUNS
    );
  });

  it('aggregating valid reports gives a report that passes every arithmetic rule', () => {
    fc.assert(
      fc.property(membersArbitrary, fc.constantFrom(2024, 2020), (members, year) => {
        const reports = members.map((m) => createExampleReport({ year, seed: m.seed, organ: township(m.organ), scale: 1 + (Math.abs(m.seed) % 60) }));
        for (const report of reports) expect(validateReport(report).filter((d) => d.severity === 'error')).toEqual([]);
        const result = aggregate(
          reports.map((r, i) => submit(r, `${i}.xlsx`)),
          { roster, organ: county, year }
        );
        expect(result.report.members).toHaveLength(reports.length);
        const form = getForm(result.report.format);
        const ruleIds = new Set(form.rules.map((rule) => rule.id));
        const broken = validateReport(result.report).filter((d) => d.severity === 'error' || ruleIds.has(d.code));
        expect(broken).toEqual([]);
      }),
      RUNS
    );
  });
});

/** Overwrites everything a submission holds, as a caller that releases or reuses it after `add` would. */
function scramble(submission: Submission): void {
  const { report } = submission;
  for (const rows of Object.values(report.tables)) for (const row of Object.values(rows)) for (const column of Object.keys(row)) row[column] = 987654;
  report.organ.name = '（已释放）';
  report.year = 1999;
  report.sections = [];
  report.cellSources = {};
  submission.file = 'released.xlsx';
  submission.diagnostics?.splice(0);
}

describe('the streaming form of aggregate', () => {
  const yearOf = (formId: string) => (formId === 'gov-2021' ? 2024 : 2020);
  /** Submissions of every kind: valid, with errors, another year, duplicates, identical copies, off the roster. */
  const submissionsArbitrary = fc.tuple(membersArbitrary, fc.constantFrom('gov-2021', 'gov-2019'), fc.array(fc.constantFrom('error', 'other-year', 'second', 'copy', 'stranger'), { maxLength: 4 }));
  const build = ([members, formId, extras]: [Array<{ organ: number; seed: number }>, string, string[]]): Submission[] => {
    const year = yearOf(formId);
    const form = getForm(formId);
    const list = members.map((m, i) => {
      const report = arbitraryReport(township(m.organ), m.seed, form, year);
      report.cellSources = { [cellKey({ table: 'applications', row: 'newReceived', column: 'total' })]: { sheet: '表三', cell: `J${4 + (i % 2)}` } };
      return submit(report, `${i}.xlsx`);
    });
    extras.forEach((kind, i) => {
      const m = members[i % members.length];
      const report = arbitraryReport(township(m.organ), m.seed + 7 + i, form, year);
      if (kind === 'error') setCell(report, { table: 'applications', row: 'newReceived', column: 'total' }, 123456);
      if (kind === 'other-year') report.year = year - 1;
      if (kind === 'stranger') report.organ = { name: '不在名册镇', level: 'township' };
      if (kind === 'copy') list.push({ ...structuredClone(list[i % members.length]), file: `copy-${i}.xlsx` });
      else list.push(submit(report, `extra-${i}.xlsx`));
    });
    return list;
  };

  it('gives the result of the array form on random inputs, though each submission is released right after add', () => {
    fc.assert(
      fc.property(submissionsArbitrary, (input) => {
        const year = yearOf(input[1]);
        const options = { roster, organ: county, year };
        const expected = aggregate(build(input), options);
        const aggregator = createAggregator(options);
        for (const submission of build(input)) {
          aggregator.add(submission);
          scramble(submission);
        }
        expect(aggregator.count).toBe(expected.outcomes.length);
        expect(aggregator.finish()).toEqual(expected);
      }),
      RUNS
    );
  });

  it('gives the same result when submissions are checked by other aggregators (threads) and added with addChecked', () => {
    fc.assert(
      fc.property(submissionsArbitrary, fc.integer({ min: 1, max: 4 }), fc.boolean(), (input, threads, twoLayouts) => {
        const year = yearOf(input[1]);
        // With errors included, so that members (and their layouts) reach the report.
        const options = { roster, organ: county, year, includeReportsWithErrors: true };
        const submissions = () => {
          const list = build(input);
          // Two sheets' worth of places, so layouts are met, numbered and re-met in several checkers.
          if (twoLayouts) list.forEach((s, i) => (s.report.cellSources = { ...s.report.cellSources, [cellKey({ table: 'applications', row: 'newReceived', column: 'natural' })]: { sheet: i % 3 === 0 ? '表三' : '表3', cell: 'C4' } }));
          return list;
        };
        const expected = aggregate(submissions(), options);
        // Each "thread" has its own aggregator and checks every threads-th file; what it returns crosses as a structured clone.
        const checkers = Array.from({ length: threads }, () => createAggregator(options));
        const checked = submissions().map((submission, i) => structuredClone(checkers[i % threads].check(submission)));
        const aggregator = createAggregator(options);
        checked.forEach((c, i) => aggregator.addChecked(c, checkers[i % threads]));
        expect(aggregator.finish()).toEqual(expected);
      }),
      RUNS
    );
  });

  it('refuses a checked submission whose layout number it was never told', () => {
    const options = { roster, organ: county, year: 2024 };
    const checker = createAggregator(options);
    const report = createExampleReport({ year: 2024, seed: 1, organ: township(0) });
    report.cellSources = { [cellKey({ table: 'applications', row: 'newReceived', column: 'total' })]: { sheet: '表三', cell: 'J4' } };
    const first = checker.check(submit(report, 'a.xlsx'));
    const second = checker.check(submit(structuredClone(report), 'b.xlsx'));
    expect(first.layout?.sources).toBeDefined();
    expect(second.layout).toEqual({ id: first.layout!.id });
    expect(() => createAggregator(options).addChecked(second, checker)).toThrow(/layout/);
  });

  it('keeps each member’s figures and sources as whole-report summation has them', () => {
    fc.assert(
      fc.property(submissionsArbitrary, (input) => {
        const form = getForm(input[1]);
        const submissions = build(input);
        const result = aggregate(submissions, { roster, organ: county, year: yearOf(input[1]) });
        // The reference: the accepted reports summed whole, in the order of the aggregate's members.
        const accepted = result.completeness.accepted.map((o) => submissions[o.index]);
        const order = result.report.members!.map((member) => accepted.find((s) => s.file === member.file)!);
        const reference = sumReports(form, order.map((s) => ({ report: s.report, file: s.file })));
        expect(result.report.tables).toEqual(reference.tables);
        for (const key of Object.keys(reference.contributions)) expect(cellContributions(result.report, key), key).toEqual(reference.contributions[key]);
        expect(contributedCells(result.report).sort()).toEqual(Object.keys(reference.contributions).sort());
      }),
      RUNS
    );
  });
});
