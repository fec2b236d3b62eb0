import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extendForm } from '../forms/extend.js';
import { getForm } from '../forms/registry.js';
import { createExampleReport, exampleFeeNoticesTable } from '../testing.js';
import { setCell, type Report } from '../model/report.js';
import { importNarrativeText } from '../narrative/import-narrative-text.js';
import { documentOutline } from './document-outline.js';
import type { DocumentOutline, OutlineSection } from './types.js';

const sectionsOf = (outline: DocumentOutline) => outline.sections.map((section) => [section.id, section.source, section.tables.map((table) => table.id)]);
const valueCell = (outline: DocumentOutline, table: string, row: string, column: string) =>
  outline.sections.flatMap((section) => section.tables).find((candidate) => candidate.id === table)?.cells.find((cell) => cell.ref?.row === row && cell.ref.column === column);

function egong(): Report {
  const { report } = importNarrativeText(readFileSync(new URL('../narrative/__fixtures__/egong-2019-narrative.txt', import.meta.url)), { file: 'egong.txt' });
  return report!;
}

const feeNoticesTable = exampleFeeNoticesTable();
const feeNotices = extendForm(getForm('gov-2021'), {
  id: 'gov-2021-province',
  addTables: [{ ...feeNoticesTable, table: { ...feeNoticesTable.table, notes: ['注：按省政府办公厅要求填报。'] } }],
});

describe('documentOutline', () => {
  it('gov-2021: the six sections in order, tables 二 三 四 in their sections, numbers formatted, no diagnostics', () => {
    const report = createExampleReport({ year: 2023, seed: 3 });
    report.preface = ['本报告根据《条例》编制。', '  '];
    setCell(report, { table: 'active', row: 'fees', column: 'amount' }, 0.1 + 0.2);
    const outline = documentOutline(report, getForm('gov-2021'));
    expect(outline.title).toBe(`${report.organ.name}2023年政府信息公开工作年度报告`);
    expect(outline.preface).toEqual(['本报告根据《条例》编制。']);
    expect(sectionsOf(outline)).toEqual([
      ['overview', 'form', []],
      ['active', 'form', ['active']],
      ['applications', 'form', ['applications']],
      ['reviewLitigation', 'form', ['reviewLitigation']],
      ['problems', 'form', []],
      ['other', 'form', []],
    ]);
    expect(outline.sections.map((section) => section.officialTitle)).toEqual(getForm('gov-2021').sections.map((section) => section.title));
    expect(valueCell(outline, 'active', 'fees', 'amount')).toMatchObject({ text: '0.3', value: 0.1 + 0.2 });
    const newReceived = valueCell(outline, 'applications', 'newReceived', 'total')!;
    expect(newReceived.text).toBe(String(report.tables.applications.newReceived.total));
    const applications = outline.sections[2].tables[0];
    expect(applications.notes).toEqual(getForm('gov-2021').tables.find((table) => table.id === 'applications')!.notes ?? []);
    expect(applications.grid.cells.length).toBe(applications.cells.length);
    expect(outline.diagnostics).toEqual([]);
  });

  it('gov-2019: the trial tables, an amount whose label lacks its unit printed with it, a negative 增/减', () => {
    const report = createExampleReport({ year: 2020, seed: 11 });
    setCell(report, { table: 'active', row: 'procurement', column: 'amount' }, 25.1);
    setCell(report, { table: 'active', row: 'licensing', column: 'change' }, -8);
    const outline = documentOutline(report, getForm('gov-2019'));
    expect(sectionsOf(outline).map(([id, , tables]) => [id, tables])).toEqual([
      ['overview', []],
      ['active', ['active']],
      ['applications', ['applications']],
      ['reviewLitigation', ['reviewLitigation']],
      ['problems', []],
      ['other', []],
    ]);
    expect(valueCell(outline, 'active', 'procurement', 'amount')!.text).toBe('25.1万元');
    expect(valueCell(outline, 'active', 'licensing', 'change')!.text).toBe('-8');
    expect(outline.diagnostics).toEqual([]);
  });

  it('a section without text and without table is left out; one with a table but no text keeps the official heading', () => {
    const report = createExampleReport({ year: 2023, seed: 3 });
    report.sections = report.sections.filter((section) => section.id === 'overview');
    const outline = documentOutline(report, getForm('gov-2021'));
    expect(outline.sections.map((section) => [section.id, section.title])).toEqual([
      ['overview', report.sections[0].title || '一、总体情况'],
      ['active', '二、主动公开政府信息情况'],
      ['applications', '三、收到和处理政府信息公开申请情况'],
      ['reviewLitigation', '四、政府信息公开行政复议、行政诉讼情况'],
    ]);
  });

  it('legacy: the narrative sections with their own titles and nested sub-sections, no tables', () => {
    const report = egong();
    const outline = documentOutline(report, getForm('legacy'));
    expect(outline.sections.every((section) => section.tables.length === 0)).toBe(true);
    const ids = outline.sections.map((section) => section.id);
    const order = getForm('legacy').sections.map((section) => section.id).filter((id) => ids.includes(id));
    expect(ids.slice(0, order.length)).toEqual(order);
    // Every paragraph of the report is in the outline, at the same depth.
    const paragraphs = (sections: readonly { paragraphs: string[]; children: readonly unknown[] }[]): string[] =>
      sections.flatMap((section) => [...section.paragraphs, ...paragraphs(section.children as typeof sections)]);
    expect(paragraphs(outline.sections)).toEqual(paragraphs(report.sections).filter((text) => text.trim() !== ''));
    const levels = (section: OutlineSection): number[] => [section.level, ...section.children.flatMap(levels)];
    expect(Math.max(...outline.sections.flatMap(levels))).toBeGreaterThanOrEqual(2);
    for (const section of outline.sections) for (const child of section.children) expect(child.level).toBe(2);
    expect(outline.diagnostics).toEqual([]);
  });

  it('a heading of level 3 or deeper that ends a sentence runs into its text', () => {
    const report = createExampleReport({ year: 2023, seed: 3 });
    report.sections[0].children = [
      { id: 'a', title: '（一）主动公开', paragraphs: [], children: [{ id: 'a.1', title: '1.政务活动情况。', paragraphs: ['全年发布32条。'], children: [] }] },
    ];
    const [child] = documentOutline(report, getForm('gov-2021')).sections[0].children;
    expect([child.level, child.runIn, child.children[0].level, child.children[0].runIn]).toEqual([2, false, 3, true]);
  });

  it('report sections the form does not know come after the form’s, with all their text', () => {
    const report = createExampleReport({ year: 2023, seed: 3 });
    report.sections.push({ id: 'appendix', title: '七、附件', paragraphs: ['附件说明。'], children: [] });
    const outline = documentOutline(report, getForm('gov-2021'));
    expect(outline.sections.at(-1)).toMatchObject({ id: 'appendix', source: 'report', level: 1, title: '七、附件', paragraphs: ['附件说明。'] });
    expect(outline.diagnostics).toEqual([]);
  });

  it('a form extended with a table: the new section and its table after 六, with the table’s notes', () => {
    const report = createExampleReport({ year: 2023, seed: 2, form: feeNotices });
    setCell(report, { table: 'feeNotices', row: 'fees', column: 'amount' }, 1.25);
    const outline = documentOutline(report, feeNotices);
    expect(sectionsOf(outline).slice(-2)).toEqual([
      ['other', 'form', []],
      ['feeNotices', 'form', ['feeNotices']],
    ]);
    expect(outline.sections.at(-1)!.title).toBe('七、信息处理费收取情况');
    expect(outline.sections.at(-1)!.tables[0].notes).toEqual(['注：按省政府办公厅要求填报。']);
    expect(valueCell(outline, 'feeNotices', 'fees', 'amount')!.text).toBe('1.25');
    expect(outline.diagnostics).toEqual([]);
  });

  it('a form table no section places is printed under its own title after the sections', () => {
    const form = { ...feeNotices, sections: feeNotices.sections.filter((section) => section.id !== 'feeNotices') };
    const outline = documentOutline(createExampleReport({ year: 2023, seed: 2, form: feeNotices }), form);
    expect(outline.sections.at(-1)).toMatchObject({ id: 'feeNotices', source: 'table', title: '七、信息处理费收取情况' });
    expect(outline.diagnostics).toEqual([]);
  });

  it('a table the form does not define is printed last with a notice and yields render-table-not-in-form', () => {
    const report = createExampleReport({ year: 2023, seed: 2, form: feeNotices });
    setCell(report, { table: 'feeNotices', row: 'fees', column: 'notices' }, 4321);
    const outline = documentOutline(report, getForm('gov-2021'));
    expect(outline.diagnostics).toHaveLength(1);
    const [diagnostic] = outline.diagnostics;
    expect(diagnostic).toMatchObject({ code: 'render-table-not-in-form', severity: 'warning', location: { table: 'feeNotices' }, params: { table: 'feeNotices', form: 'gov-2021' } });
    expect(diagnostic.message).toContain('feeNotices');
    const last = outline.sections.at(-1)!;
    expect(last).toMatchObject({ id: 'feeNotices', source: 'notInForm', title: '表格“feeNotices”（格式中没有定义）', notice: diagnostic.message });
    const [table] = last.tables;
    expect(table.definedByForm).toBe(false);
    expect(table.cells.filter((cell) => cell.kind === 'rowLabel').map((cell) => cell.text)).toEqual(['fees']);
    expect(table.cells.filter((cell) => cell.kind === 'header').map((cell) => cell.text)).toEqual(['notices', 'amount']);
    expect(valueCell(outline, 'feeNotices', 'fees', 'notices')!.text).toBe('4321');
    // The form's own sections come first, then the report's section 七 the form does not know (its text kept).
    expect(outline.sections.slice(0, -1).map((section) => section.source)).toEqual([...Array(6).fill('form'), 'report']);
  });

  it('English headings and diagnostics with locale en', () => {
    const report = createExampleReport({ year: 2023, seed: 2, form: feeNotices });
    const outline = documentOutline(report, getForm('gov-2021'), { locale: 'en', title: 'Custom' });
    expect(outline.title).toBe('Custom');
    expect(outline.sections.at(-1)!.title).toBe('Table "feeNotices" (not defined in the form)');
    expect(outline.diagnostics[0].message).toMatch(/^The report has a table "feeNotices"/);
  });

  it('filled cells of a known table that the form has no place for are printed apart, with the form’s labels', () => {
    const report = createExampleReport({ year: 2023, seed: 4 });
    setCell(report, { table: 'applications', row: 'notProcessed.province', column: 'total' }, 77);
    setCell(report, { table: 'applications', row: 'newReceived', column: 'foreign' }, 5);
    setCell(report, { table: 'applications', row: 'carriedOver', column: 'foreign' }, null);
    const outline = documentOutline(report, getForm('gov-2021'));
    expect(outline.diagnostics.map((d) => [d.code, d.params?.count, d.params?.cells])).toEqual([
      ['render-cells-not-in-form', 2, '一、本年新收政府信息公开申请数量 / “foreign”、“notProcessed.province” / 总计'],
    ]);
    const last = outline.sections.at(-1)!;
    expect(last).toMatchObject({ source: 'notInForm', title: '表格“applications”中格式没有定义的单元格' });
    const table = last.tables[0];
    expect(table.cells.filter((cell) => cell.kind === 'rowLabel').map((cell) => cell.text)).toEqual(['一、本年新收政府信息公开申请数量', 'notProcessed.province']);
    expect(table.cells.filter((cell) => cell.kind === 'header').map((cell) => cell.text)).toEqual(['foreign', '总计']);
    expect(table.cells.filter((cell) => cell.kind === 'value').map((cell) => cell.text)).toEqual(['5', '77']);
  });
});
