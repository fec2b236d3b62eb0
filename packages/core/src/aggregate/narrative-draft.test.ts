import { describe, expect, it } from 'vitest';
import { aggregate, setCell, type Roster } from '../index.js';
import { createExampleReport } from '../testing.js';
import { balancedReport, submit } from './__fixtures__/reports.js';

const roster: Roster = {
  entries: [
    { id: 'a', name: '甲镇人民政府', level: 'township' },
    { id: 'b', name: '乙镇人民政府', level: 'township' },
    { id: 'c', name: '丙镇人民政府', level: 'township' },
  ],
};

describe('narrative draft', () => {
  const a = balancedReport(
    { name: '甲镇', level: 'township' },
    { natural: 5, business: 2, carriedOver: 1, carriedForward: 2, fee: 1.25, licensing: 7, normativeIssued: 2 }
  );
  const b = balancedReport({ name: '乙镇', level: 'township' }, { natural: 3, fee: 0.5, licensing: 1, review: 1 });
  setCell(b, { table: 'applications', row: 'granted', column: 'naturalPerson' }, 2);
  setCell(b, { table: 'applications', row: 'granted', column: 'total' }, 2);
  setCell(b, { table: 'applications', row: 'denied.stateSecret', column: 'naturalPerson' }, 1);
  setCell(b, { table: 'applications', row: 'denied.stateSecret', column: 'total' }, 1);
  setCell(b, { table: 'reviewLitigation', row: 'litigationDirect', column: 'pending' }, 2);
  setCell(b, { table: 'reviewLitigation', row: 'litigationDirect', column: 'total' }, 2);
  const options = { roster, organ: { name: '某某区人民政府', level: 'county' as const }, year: 2024 };
  const submissions = [submit(a, 'a.xlsx'), submit(b, 'b.xlsx')];

  it('writes factual Chinese sentences from the sums', () => {
    const draft = aggregate(submissions, options).narrativeDraft;
    expect(draft.draft).toBe(true);
    expect(draft.sections.map((s) => s.id)).toEqual(['overview', 'active', 'applications', 'reviewLitigation']);
    expect(draft.paragraphs).toEqual([
      '全区应报送2024年度政府信息公开工作年度报告的单位3家，实际报送2家，其中2家的数据计入本汇总。未报送1家：丙镇人民政府。',
      '主动公开方面，全区本年制发行政规范性文件2件、废止0件，现行有效2件；作出行政许可处理决定8件、行政处罚处理决定0件、行政强制处理决定0件；收取行政事业性收费1.75万元。',
      '全区共收到政府信息公开申请10件，其中自然人申请8件，法人或其他组织申请2件（商业企业2件）；上年结转申请1件。',
      '办理结果：予以公开8件，部分公开0件，不予公开1件，无法提供0件，不予处理0件，其他处理0件，合计办结9件；结转下年度继续办理2件。',
      '全区本年度因政府信息公开被申请行政复议1件，其中结果维持1件、结果纠正0件、其他结果0件、尚未审结0件；被提起行政诉讼2件（未经复议直接起诉2件、复议后起诉0件），其中结果维持0件、结果纠正0件、其他结果0件、尚未审结2件。',
    ]);
    expect(draft.note).toContain('草稿');
  });

  it('says so when there was no reconsideration or litigation', () => {
    const quiet = balancedReport({ name: '丙镇', level: 'township' }, { natural: 1 });
    const draft = aggregate([submit(quiet, 'c.xlsx')], options).narrativeDraft;
    expect(draft.sections.find((s) => s.id === 'reviewLitigation')!.paragraphs).toEqual(['全区本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。']);
  });

  it('writes English with locale en', () => {
    const draft = aggregate(submissions, { ...options, locale: 'en' }).narrativeDraft;
    expect(draft.paragraphs[0]).toBe(
      'Across 某某区人民政府, 3 organ(s) were due to submit a 2024 annual report on government information disclosure; 2 submitted, and the figures of 2 are included in this aggregate. 1 did not submit: 丙镇人民政府.'
    );
    expect(draft.paragraphs[2]).toBe(
      'Across 某某区人民政府, 10 applications for government information were received: 8 from natural persons and 2 from legal persons or other organizations (2 from businesses); carried over from last year: 1.'
    );
    expect(draft.paragraphs.join(' ')).not.toMatch(/[件家]/);
  });

  it('drafts the trial format’s table 二 (procurement in 万元)', () => {
    const trial = createExampleReport({ year: 2020, seed: 5, organ: { name: '甲镇', level: 'township' } });
    setCell(trial, { table: 'active', row: 'procurement', column: 'amount' }, 12.3);
    setCell(trial, { table: 'active', row: 'procurement', column: 'projects' }, 4);
    const draft = aggregate([submit(trial, 'a.xlsx')], { ...options, year: 2020 }).narrativeDraft;
    const active = draft.sections.find((s) => s.id === 'active')!.paragraphs[0];
    expect(active).toMatch(/^主动公开方面，全区本年新制作规范性文件\d+件、新公开\d+件，对外公开规范性文件总数\d+件；/);
    expect(active).toContain('其他对外管理服务事项处理决定');
    expect(active).toContain('政府集中采购项目4个，采购总金额12.3万元');
  });
});
