import { describe, expect, it } from 'vitest';
import { localizeDiagnostics } from '../diagnostics/create.js';
import { forms } from '../forms/registry.js';
import type { EquationRule } from '../forms/types.js';
import { getCell, setCell, type CellRef, type Report } from '../model/report.js';
import { planEquation } from '../rules/engine.js';
import { createExampleReport } from '../testing.js';
import { aggregate } from './aggregate.js';
import { blankCellCulprits, type MemberFigures } from './culprit.js';
import type { Roster } from './types.js';

const form = forms['gov-2021'];
const rule = (id: string) => form.rules.find((r) => r.id === id) as EquationRule;
const applications = form.tables.find((t) => t.id === 'applications')!;
const cell = (row: string, column: string): CellRef => ({ table: 'applications', row, column });

describe('blankCellCulprits (pure)', () => {
  // R3-2 in the row （一）予以公开: 总计 = the six applicant columns.
  const plan = planEquation(rule('R3-2'), applications).find((p) => p.scope === 'granted')!;
  const member = (organ: string, values: Record<string, number | null>): MemberFigures => ({
    organ,
    file: `${organ}.xlsx`,
    value: (ref) => (ref.column in values ? values[ref.column] : 0),
  });

  it('names the member that filled the columns but left 总计 blank, with the cell and the difference', () => {
    const members = [
      member('甲镇人民政府', { naturalPerson: 4, total: 4 }),
      member('乙镇人民政府', { naturalPerson: 3, total: null }),
      member('丙镇人民政府', { naturalPerson: null, business: null, research: null, publicInterest: null, legalService: null, otherOrganization: null, total: null }),
    ];
    const found = blankCellCulprits(form, { rule: rule('R3-2'), table: applications, scope: 'granted', left: plan.left, right: plan.right, total: { left: 4, right: 7 } }, members);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      code: 'aggregate-blank-unbalanced',
      severity: 'warning',
      message:
        '汇总后表三“（一）予以公开”行不平衡（总计 = 4，自然人+法人或其他组织各列 = 7）：乙镇人民政府未填写表三 / （一）予以公开 / 总计，而同一关系中的其他单元格已填写，使两边相差 3',
      location: { organ: '乙镇人民政府', file: '乙镇人民政府.xlsx', table: 'applications', row: 'granted', column: 'total' },
    });
    expect(localizeDiagnostics(found, { locale: 'en' })[0].message).toBe(
      'After adding up, Table III, row "（一）予以公开" does not balance (total = 4, natural persons + all organization columns = 7): 乙镇人民政府 left Table III / （一）予以公开 / 总计 blank but filled the other cells of the relation, a difference of 3',
    );
  });

  it('names no one whose blanks leave its two sides equal, or who left the whole relation blank', () => {
    const members = [member('甲镇人民政府', { naturalPerson: 0, total: null })];
    expect(blankCellCulprits(form, { rule: rule('R3-2'), table: applications, scope: 'granted', left: plan.left, right: plan.right, total: { left: 1, right: 2 } }, members)).toEqual([]);
  });
});

describe('aggregate names the members whose blank cells unbalance the county total', () => {
  const towns = ['甲镇人民政府', '乙镇人民政府', '丙镇人民政府'];
  const roster: Roster = { entries: towns.map((name, i) => ({ id: `t${i}`, name, level: 'township' as const })) };
  const reports = () => towns.map((name, i) => createExampleReport({ year: 2024, seed: 90 + i, organ: { name, level: 'township' }, scale: 10 }));
  const run = (members: Report[]) =>
    aggregate(
      members.map((report) => ({ report, file: `${report.organ.name}.xlsx` })),
      // A blank 总计 or part is an error of the member's own report, so it counts only when the county includes reports with errors.
      { roster, organ: { name: '某县人民政府', level: 'county' }, year: 2024, includeReportsWithErrors: true },
    );
  const culprits = (members: Report[]) => run(members).diagnostics.filter((d) => d.code === 'aggregate-blank-unbalanced');

  it('R3-2: a member left a row’s 总计 blank', () => {
    const members = reports();
    expect(getCell(members[1], cell('partiallyGranted', 'naturalPerson'))).toBeGreaterThan(0);
    setCell(members[1], cell('partiallyGranted', 'total'), null);
    const found = culprits(members);
    // R3-2 in that row, and R3-3 in the 总计 column (its （七）总计 counts the blank cell).
    expect(found.map((d) => [d.location.organ, d.location.row, d.location.column, d.location.file, d.params?.scope])).toEqual([
      ['乙镇人民政府', 'partiallyGranted', 'total', '乙镇人民政府.xlsx', { zh: '表三“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”行', en: 'Table III, row "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"' }],
      ['乙镇人民政府', 'partiallyGranted', 'total', '乙镇人民政府.xlsx', { zh: '表三“总计”列', en: 'Table III, column "总计"' }],
    ]);
    expect(found[0].message).toMatch(/^汇总后表三“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”行不平衡（总计 = \d+，自然人\+法人或其他组织各列 = \d+）：乙镇人民政府未填写/);
    // The member itself was accepted: a blank is a warning, not an error.
    expect(run(members).completeness.accepted.map((o) => o.organ)).toEqual(towns);
  });

  it('R3-3: a member left a result row of one column blank while filling （七）总计', () => {
    const members = reports();
    const value = getCell(members[2], cell('unavailable.notHeld', 'naturalPerson'))!;
    expect(value).toBeGreaterThan(0);
    setCell(members[2], cell('unavailable.notHeld', 'naturalPerson'), null);
    const found = culprits(members);
    // R3-3 in the 自然人 column, and R3-2 in that row (its 总计 counts the blank cell).
    expect(found.map((d) => [d.location.organ, d.params?.scope])).toEqual([
      ['丙镇人民政府', { zh: '表三“（四）无法提供 1.本机关不掌握相关政府信息”行', en: 'Table III, row "（四）无法提供 1.本机关不掌握相关政府信息"' }],
      ['丙镇人民政府', { zh: '表三“自然人”列', en: 'Table III, column "自然人"' }],
    ]);
    expect(found[1].params?.difference).toBe(String(value));
  });

  it('says nothing when every member filled every cell, or when the blank is in every member', () => {
    expect(culprits(reports())).toEqual([]);
    const members = reports();
    for (const report of members) setCell(report, cell('granted', 'total'), null);
    expect(culprits(members)).toEqual([]);
  });
});
