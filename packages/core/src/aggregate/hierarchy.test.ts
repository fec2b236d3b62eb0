import { describe, expect, it } from 'vitest';
import { aggregate, cellContributions, getCell, parseRosterJson, type AggregateResult, type Organ, type Submission } from '../index.js';
import { balancedReport, submit } from './__fixtures__/reports.js';

/**
 * 示例市 → 甲县, 乙县 → townships; 甲县 also has a department. The city's own office files for
 * the city itself. Figures are new applications from natural persons, so every total is easy to
 * add by hand.
 */
const { roster } = parseRosterJson(
  JSON.stringify({
    deadline: '2025-02-20',
    entries: [
      { id: 'city', name: '示例市人民政府', level: 'city' },
      { id: 'a', name: '甲县人民政府', level: 'county', parent: 'city' },
      { id: 'b', name: '乙县人民政府', level: 'county', parent: 'city' },
      { id: 'a1', name: '甲一镇', level: 'township', parent: 'a' },
      { id: 'a2', name: '甲二镇', level: 'township', parent: 'a' },
      { id: 'a3', name: '甲县财政局', level: 'department', parent: 'a' },
      { id: 'b1', name: '乙一镇', level: 'township', parent: 'b' },
      { id: 'b2', name: '乙二镇', level: 'township', parent: 'b' },
      { id: 'cityOffice', name: '示例市人民政府办公室', level: 'department', parent: 'city' },
    ],
  })
);
const organ = (name: string, level: Organ['level'] = 'township'): Organ => ({ name, level });
const filing = (name: string, natural: number, level: Organ['level'] = 'township') => submit(balancedReport(organ(name, level), { natural }), `${name}.xlsx`);
const total = (result: AggregateResult) => getCell(result.report, { table: 'applications', row: 'newReceived', column: 'total' });
const child = (result: AggregateResult, name: string) => result.children!.find((c) => c.report.organ.name === name)!;
const city = (submissions: Submission[]) => aggregate(submissions, { roster, organ: organ('示例市人民政府', 'city'), year: 2024 });

function everyListed(result: AggregateResult): number[] {
  const c = result.completeness;
  return [
    ...[...c.accepted, ...c.rejected, ...c.duplicate, ...c.unexpected, ...c.excluded].map((o) => o.index),
    ...(result.children ?? []).flatMap(everyListed),
  ].sort((x, y) => x - y);
}

describe('township → county → city', () => {
  const submissions = [
    filing('甲一镇', 1),
    filing('甲二镇', 2),
    filing('甲县财政局', 4, 'department'),
    filing('甲县人民政府', 8, 'county'), // 甲县's own-name report
    filing('乙一镇', 16),
    // 乙二镇 is missing
    filing('示例市人民政府办公室', 32, 'department'),
  ];
  const result = city(submissions);

  it('aggregates each county from its members, then the city from the counties', () => {
    expect(result.children!.map((c) => c.report.organ.name)).toEqual(['甲县人民政府', '乙县人民政府']);
    expect(total(child(result, '甲县人民政府'))).toBe(1 + 2 + 4 + 8);
    expect(total(child(result, '乙县人民政府'))).toBe(16);
    expect(total(result)).toBe(15 + 16 + 32);
  });

  it('counts a county government’s own report once, inside its county', () => {
    const a = child(result, '甲县人民政府');
    expect(a.report.members!.map((m) => m.organ.name)).toEqual(['甲县人民政府', '甲一镇', '甲二镇', '甲县财政局']);
    expect(result.report.members!.map((m) => m.organ.name)).toEqual(['甲县人民政府', '乙县人民政府', '示例市人民政府办公室']);
    expect(cellContributions(result.report, 'applications/newReceived/total').map((c) => c.value)).toEqual([15, 16, 32]);
  });

  it('keeps completeness at each level', () => {
    expect(result.completeness).toMatchObject({ expected: ['a', 'b', 'cityOffice'], received: ['a', 'b', 'cityOffice'], missing: [] });
    expect(child(result, '甲县人民政府').completeness).toMatchObject({ expected: ['a1', 'a2', 'a3'], received: ['a', 'a1', 'a2', 'a3'], missing: [] });
    expect(child(result, '乙县人民政府').completeness).toMatchObject({ expected: ['b1', 'b2'], received: ['b1'], missing: ['b2'] });
    expect(result.diagnostics.filter((d) => d.code === 'aggregate-child-incomplete').map((d) => d.location.organ)).toEqual(['乙县人民政府']);
    expect(result.diagnostics.filter((d) => d.code === 'aggregate-member-missing').map((d) => d.location.organ)).toEqual(['乙二镇']);
  });

  it('lists every submission once, across the levels; outcomes say where', () => {
    expect(everyListed(result)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(result.outcomes.map((o) => o.listedUnder)).toEqual(['a', 'a', 'a', 'a', 'b', undefined]);
    expect(child(result, '乙县人民政府').outcomes.map((o) => o.index)).toEqual([4]);
  });

  it('drafts a narrative at each level', () => {
    expect(result.narrativeDraft.paragraphs[0]).toContain('全市应报送2024年度政府信息公开工作年度报告的单位3家');
    expect(child(result, '乙县人民政府').narrativeDraft.paragraphs[0]).toContain('全县应报送2024年度政府信息公开工作年度报告的单位2家，实际报送1家');
  });

  it('aggregating one county from the same roster gives that county', () => {
    const county = aggregate(submissions, { roster, organ: organ('甲县人民政府', 'county'), year: 2024 });
    expect(total(county)).toBe(15);
    expect(county.completeness.expected).toEqual(['a1', 'a2', 'a3']);
    // Reports from outside 甲县 are listed as not belonging here.
    expect(county.completeness.unexpected.map((o) => o.reasonCode)).toEqual(['aggregate-outside-organ', 'aggregate-outside-organ']);
    expect(everyListed(county)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('a county that sends its aggregate', () => {
  const countyAggregate = (members: Submission[]) => aggregate(members, { roster, organ: organ('乙县人民政府', 'county'), year: 2024 }).report;

  it('stands in for its members when none of them was sent', () => {
    const b = countyAggregate([filing('乙一镇', 16), filing('乙二镇', 64)]);
    const result = city([filing('甲一镇', 1), submit(b, '乙县汇总.xlsx')]);
    expect(total(result)).toBe(1 + 80);
    expect(result.outcomes[1]).toMatchObject({ status: 'accepted', entryId: 'b' });
    expect(result.completeness.accepted.map((o) => o.file)).toEqual(['乙县汇总.xlsx']);
    expect(result.children!.map((c) => c.report.organ.name)).toEqual(['甲县人民政府']);
  });

  it('is replaced by its members when they were sent too: nothing counts twice', () => {
    const b = countyAggregate([filing('乙一镇', 16), filing('乙二镇', 64)]);
    const result = city([filing('甲一镇', 1), submit(b, '乙县汇总.xlsx'), filing('乙一镇', 16), filing('乙二镇', 64)]);
    expect(total(result)).toBe(1 + 80);
    expect(result.outcomes[1]).toMatchObject({ status: 'excluded', reasonCode: 'aggregate-superseded' });
    expect(total(child(result, '乙县人民政府'))).toBe(80);
    expect(everyListed(result)).toEqual([0, 1, 2, 3]);
  });

  it('keeps a rejected member listed, next to the aggregate that stands in', () => {
    const b = countyAggregate([filing('乙一镇', 16)]);
    const bad = balancedReport(organ('乙二镇'), { natural: 3 });
    bad.tables.applications.newReceived.total = 4;
    const result = city([submit(b, '乙县汇总.xlsx'), submit(bad, '乙二镇.xlsx')]);
    expect(total(result)).toBe(16);
    expect(result.completeness.rejected.map((o) => o.file)).toEqual(['乙二镇.xlsx']);
    expect(everyListed(result)).toEqual([0, 1]);
  });
});

describe('a roster without the aggregating organ', () => {
  it('takes the entries without a parent as members, and says so', () => {
    const { roster: flat } = parseRosterJson(JSON.stringify([{ name: '甲镇' }, { name: '乙镇' }]));
    const result = aggregate([filing('甲镇', 3)], { roster: flat, organ: organ('某县', 'county'), year: 2024 });
    expect(result.completeness).toMatchObject({ expected: ['甲镇', '乙镇'], missing: ['乙镇'] });
    expect(result.diagnostics.map((d) => d.code)).toContain('aggregate-organ-not-in-roster');
    expect(total(result)).toBe(3);
  });
});
