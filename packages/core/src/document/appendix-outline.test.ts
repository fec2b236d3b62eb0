import { describe, expect, it } from 'vitest';
import { aggregate } from '../aggregate/aggregate.js';
import { balancedReport, submit } from '../aggregate/__fixtures__/reports.js';
import type { AggregateResult, Roster, RosterEntry } from '../aggregate/types.js';
import { getForm } from '../forms/registry.js';
import { appendixOutline } from './appendix-outline.js';
import type { AppendixOutline, AppendixTable } from './appendix-types.js';

const form = getForm('gov-2021');

/** 示例省 → 2 cities → 2 counties each → 3 townships each (24 townships); one township per county files nothing, one is rejected. */
function province(): { result: AggregateResult; roster: Roster; townships: string[] } {
  const entries: RosterEntry[] = [];
  const townships: string[] = [];
  const submissions = [];
  for (const city of ['甲市', '乙市']) {
    entries.push({ id: city, name: `${city}人民政府`, level: 'city' });
    for (const county of ['东县', '西县']) {
      const countyId = `${city}${county}`;
      entries.push({ id: countyId, name: `${countyId}人民政府`, level: 'county', parent: city });
      for (const [index, town] of ['一镇', '二镇', '三镇'].entries()) {
        const name = `${countyId}${town}人民政府`;
        townships.push(name);
        entries.push({ id: `${countyId}${town}`, name, level: 'township', parent: countyId });
        if (index === 2) continue; // files nothing
        const report = balancedReport({ name, level: 'township' }, { natural: 3 + index });
        if (index === 1 && county === '西县') report.tables.applications.newReceived.total = 99; // table 三 does not balance: rejected
        submissions.push(submit(report, `${name}.xlsx`));
      }
    }
  }
  const roster: Roster = { entries, deadline: '2025-01-31' };
  return { result: aggregate(submissions, { roster, organ: { name: '示例省人民政府', level: 'province' }, year: 2024 }), roster, townships };
}

const table = (outline: AppendixOutline, id: AppendixTable['id']) =>
  outline.parts.flatMap((part) => part.blocks).find((block): block is Extract<typeof block, { kind: 'table' }> => block.kind === 'table' && block.table.id === id)?.table;
const texts = (rows: AppendixTable['rows']) => rows.map((row) => row.cells.map((cell) => cell.text));

describe('appendixOutline', () => {
  it('a county: 报送情况, 各单位主要数据, 图表, 汇总文字草稿 in order, with the draft marked and under the official titles', () => {
    const { result } = province();
    const county = result.children![0].children![0];
    const outline = appendixOutline(county, { form });
    expect(outline.title).toBe('附：汇总说明');
    expect(outline.parts.map((part) => part.heading)).toEqual(['（一）报送情况', '（二）各单位主要数据', '（三）图表', '（四）汇总文字草稿']);
    expect(texts(table(outline, 'members')!.rows)).toEqual([
      ['1', '甲市东县一镇人民政府', '3', '0', '3', '0', '0', '0'],
      ['2', '甲市东县二镇人民政府', '4', '0', '4', '0', '0', '0'],
      ['', '合计', '7', '0', '7', '0', '0', '0'],
    ]);
    const charts = outline.parts[2].blocks.map((block) => (block.kind === 'chart' ? [block.chart.kind, block.chart.description] : []));
    expect(charts[0]).toEqual(['bars', '各单位本年新收政府信息公开申请数量（件）：甲市东县二镇人民政府 4，甲市东县一镇人民政府 3']);
    expect(charts[1][1]).toMatch(/^本年度办理结果构成（件，占比）：（一）予以公开 7（100\.0%），.*合计 7$/);
    const [draft] = outline.parts[3].blocks;
    if (draft.kind !== 'draft') throw new Error('the fourth part is the draft');
    expect(draft.draft.badge).toBe('草稿');
    expect(draft.draft.note).toBe('以下文字根据汇总数据自动生成，是草稿，请核对、修改后使用。');
    expect(draft.draft.sections.map((section) => section.title)).toEqual(county.narrativeDraft.sections.map((section) => form.sections.find((s) => s.id === section.id)!.title));
    expect(draft.draft.sections.flatMap((section) => section.paragraphs)).toEqual(county.narrativeDraft.paragraphs);
  });

  it('draft: false leaves the draft out (a renderer that puts it in the sections)', () => {
    const county = province().result.children![0].children![0];
    expect(appendixOutline(county, { form, draft: false }).parts.map((part) => part.kind)).toEqual(['completeness', 'members', 'charts']);
  });

  it('a province lists its cities, not the townships below them: one line per lower level with its own counts', () => {
    const { result, roster, townships } = province();
    const outline = appendixOutline(result, { form, roster });
    expect(outline.parts.map((part) => part.heading)).toEqual(['（一）报送情况', '（二）各单位主要数据', '（三）图表', '（四）汇总文字草稿', '（五）下级汇总情况']);
    const printed = JSON.stringify(outline);
    for (const township of townships) expect(printed).not.toContain(township);
    expect(texts(table(outline, 'members')!.rows).map((row) => row[1])).toEqual(['甲市人民政府', '乙市人民政府', '合计']);
    expect(table(outline, 'completeness')!.rows.find((row) => row.key === 'expected')!.cells[2].items).toEqual(['甲市人民政府', '乙市人民政府']);
    // The rejected townships are listed where they were filed (their county), not again at the top.
    expect(table(outline, 'outcomes')).toBeUndefined();
    const lower = table(outline, 'lowerLevels')!;
    expect(lower.columns.map((column) => column.header)).toEqual(['下级汇总单位', '应报送单位', '已报送单位', '未报送单位', '纳入汇总', '退回（未纳入）', '重复报送', '逾期报送']);
    expect(texts(lower.rows)).toEqual([
      ['甲市人民政府', '2', '2', '0', '0', '0', '0', '0'],
      ['乙市人民政府', '2', '2', '0', '0', '0', '0', '0'],
    ]);
    // A city's own appendix lists its counties, each with its townships' counts.
    const city = appendixOutline(result.children![0], { form });
    expect(texts(table(city, 'lowerLevels')!.rows)).toEqual([
      ['甲市东县人民政府', '3', '2', '1', '2', '0', '0', '0'],
      ['甲市西县人民政府', '3', '2', '1', '1', '1', '0', '0'],
    ]);
    const county = appendixOutline(result.children![0].children![1], { form });
    expect(texts(table(county, 'outcomes')!.rows).map((row) => row.slice(0, 3))).toEqual([['甲市西县二镇人民政府.xlsx', '甲市西县二镇人民政府', '退回（未纳入）']]);
  });

  it('English words and ordinals with locale en', () => {
    const outline = appendixOutline(province().result, { form, locale: 'en' });
    expect(outline.title).toBe('Appendix: aggregation');
    expect(outline.parts.map((part) => part.heading)).toEqual(['1. Submissions', '2. Key figures by member', '3. Charts', '4. Narrative draft', '5. Lower-level aggregates']);
  });
});
