import { describe, expect, it } from 'vitest';
import { availableForms, compareYears, formForYear, forms, getCell, setCell, validateReport, type Organ, type Report } from '@report/core';
import { applicableMemberFigures, extendForm, tableCells } from '@report/core/plugin';
import { createExampleReport, exampleTransferredRow } from '@report/core/testing';
import { createTemplate, fillTemplate, readWorkbook } from './index.js';

/*
 * The claim of docs/decisions/0004: a new national format — here a made-up `gov-2025` that adds one
 * row to table 三 — is one new form file plus a registry entry. The "file" is built in this test
 * alone; nothing else in the toolkit knows about it, and every stage handles it.
 */

/** The registry entry's other half: the previous format's years are closed. */
const gov2021 = extendForm(forms['gov-2021'], { years: { from: 2021, to: 2024 } });

/** The new form file: gov-2021 plus one row of table 三, from 2025. */
const gov2025 = extendForm(gov2021, {
  id: 'gov-2025',
  name: '中华人民共和国政府信息公开工作年度报告格式（2025年示例）',
  source: '（示例文件）',
  years: { from: 2025 },
  tables: {
    applications: {
      addRows: [exampleTransferredRow()],
    },
  },
});

const pluginForms = [gov2021, gov2025];
const TRANSFERRED = { table: 'applications', row: 'otherHandling.transferred', column: 'naturalPerson' };
const organ: Organ = { name: '青山镇人民政府', level: 'township' };

describe('adding gov-2025 is one form file plus a registry entry', () => {
  it('formForYear picks it for 2025 and the previous format up to 2024', () => {
    const all = availableForms(pluginForms);
    expect(all.map((form) => form.id)).toEqual(['gov-2021', 'gov-2019', 'legacy', 'gov-2025']);
    expect(formForYear(2025, all)).toBe('gov-2025');
    expect(formForYear(2030, all)).toBe('gov-2025');
    expect(formForYear(2024, all)).toBe('gov-2021');
    expect(formForYear(2020, all)).toBe('gov-2019');
    // Even next to the open-ended built-in gov-2021, the form that extends it wins for its years.
    expect(formForYear(2025, availableForms([gov2025]))).toBe('gov-2025');
    expect(formForYear(2024, availableForms([gov2025]))).toBe('gov-2021');
  });

  it('the template and the reader round-trip the extra row', async () => {
    const report = createExampleReport({ year: 2025, seed: 7, organ, form: gov2025, scale: 20 });
    expect(getCell(report, TRANSFERRED)).not.toBeNull();
    expect(validateReport(report, { forms: pluginForms })).toEqual([]);
    const template = await createTemplate(gov2025, { year: 2025 });
    const { report: read, diagnostics } = await readWorkbook(fillTemplate(template, report, { forms: [gov2025] }), { fileName: '青山镇.xlsx', forms: [gov2025] });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(read!.format).toBe('gov-2025');
    const applications = gov2025.tables.find((table) => table.id === 'applications')!;
    for (const { row, column } of tableCells(applications)) {
      const ref = { table: 'applications', row, column };
      expect(getCell(read!, ref), `${row}/${column}`).toBe(getCell(report, ref));
    }
    expect(read!.cellSources?.['applications/otherHandling.transferred/naturalPerson']).toBeDefined();
  });

  it('validation’s R3-3 counts the extra row', () => {
    const report = createExampleReport({ year: 2025, seed: 8, organ, form: gov2025, scale: 20 });
    setCell(report, TRANSFERRED, (getCell(report, TRANSFERRED) ?? 0) + 1);
    const r33 = validateReport(report, { forms: pluginForms }).filter((d) => d.code === 'R3-3');
    expect(r33.map((d) => d.location.column)).toEqual(['naturalPerson']);
    expect(r33[0].message).toContain('（一）至（六）各项之和');
  });

  it('the cross-year rules, member figures, draft phrases and plausibility checks carry over', () => {
    expect(gov2025.crossYearRules!.map((rule) => rule.id)).toEqual(['R3-7', 'R2-2', 'R2-3']);
    expect(applicableMemberFigures(gov2025).map((figure) => figure.label)).toEqual(applicableMemberFigures(forms['gov-2021']).map((figure) => figure.label));
    expect(gov2025.narrativeDraft).toEqual(forms['gov-2021'].narrativeDraft);
    expect(gov2025.plausibility!.map((entry) => entry.id)).toEqual(['plausibility-regulations']);
    expect(gov2025.extends).toBe('gov-2021');
  });

  it('compares a 2024 gov-2021 report with a 2025 gov-2025 report', () => {
    const previous = createExampleReport({ year: 2024, seed: 9, organ, form: gov2021, scale: 20 });
    const current: Report = createExampleReport({ year: 2025, seed: 10, organ, form: gov2025, scale: 20 });
    for (const column of gov2025.tables.find((table) => table.id === 'applications')!.columns.map((c) => c.id)) {
      setCell(current, { table: 'applications', row: 'carriedOver', column }, getCell(previous, { table: 'applications', row: 'carriedForward', column }));
    }
    for (const row of ['regulations', 'normativeDocuments']) {
      const inForce = getCell(previous, { table: 'active', row, column: 'inForce' })!;
      setCell(current, { table: 'active', row, column: 'issued' }, 1);
      setCell(current, { table: 'active', row, column: 'repealed' }, 0);
      setCell(current, { table: 'active', row, column: 'inForce' }, inForce + 1);
    }
    const result = compareYears(previous, current, { forms: pluginForms });
    // The extra row is named as not comparable; every cross-year rule holds.
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([['compare-rows-not-comparable', 'info']]);
    expect(result.diagnostics[0].message).toContain('4.转送其他机关办理');
    expect(result.notComparable).toEqual([]);
    expect(result.changes.some((change) => change.row === 'otherHandling.transferred')).toBe(false);
    expect(result.changes.length).toBe(10 + 25 * 7 + 15);

    const broken = structuredClone(current);
    setCell(broken, { table: 'applications', row: 'carriedOver', column: 'business' }, getCell(current, { table: 'applications', row: 'carriedOver', column: 'business' })! + 2);
    setCell(broken, { table: 'active', row: 'regulations', column: 'inForce' }, 0);
    const codes = compareYears(previous, broken, { forms: pluginForms }).diagnostics.filter((d) => d.severity === 'warning');
    expect(codes.map((d) => `${d.code}@${d.location.row}/${d.location.column}`)).toEqual(['R3-7@carriedOver/business', 'R2-2@regulations/inForce']);
  });
});
