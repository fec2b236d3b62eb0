import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aggregate, cellContributions, getCell, parseRosterCsv, setCell, validateReport, type Organ, type Submission } from '../index.js';
import { balancedReport, submit, type Figures } from './__fixtures__/reports.js';

/**
 * A realistic county: 示例县, 12 townships and 8 departments on a CSV roster (title row, BOM, CRLF,
 * Chinese headers). Two organs do not file, 黄溪镇 files two different versions, 长乐乡 files late,
 * 县教育局's table 三 does not balance, 城关镇 sends the same file twice, and 县气象局 (not on the
 * roster) sends one too. Totals below were added up by hand from the figures table.
 */
const rosterText = readFileSync(new URL('./__fixtures__/county-roster.csv', import.meta.url), 'utf8');

const township = (name: string, divisionCode?: string): Organ => ({ name, level: 'township', ...(divisionCode ? { divisionCode } : {}) });
const department = (name: string, creditCode?: string): Organ => ({ name, level: 'department', ...(creditCode ? { creditCode } : {}) });

// organ as written in its report, figures: natural, business, fee (万元), licensing decisions, reconsideration cases
const filings: Array<[Organ, Figures, string, string?]> = [
  [township('城关镇人民政府'), { natural: 12, business: 3, fee: 0.35, licensing: 120, review: 1 }, '城关镇.xlsx'],
  [township('龙潭镇', '431299101'), { natural: 8, business: 1, fee: 0.12, licensing: 85 }, '龙潭镇.xlsx'],
  [township('鹅公镇人民政府'), { natural: 3, fee: 0.05, licensing: 40 }, '鹅公镇.xlsx'],
  [township('黄溪镇人民政府'), { natural: 5, business: 1, fee: 0.2, licensing: 30 }, '黄溪镇.xlsx'],
  [township('黄溪镇人民政府'), { natural: 6, business: 1, fee: 0.2, licensing: 30 }, '黄溪镇（修改版）.xlsx'],
  [township('长乐乡人民政府'), { natural: 2, fee: 0.01, licensing: 15 }, '长乐乡.xlsx', '2025-02-25'],
  [township('桥江镇'), { natural: 9, business: 2, fee: 0.3, licensing: 60, review: 1 }, '桥江镇.xlsx'],
  [township('马田坪乡'), { natural: 1, licensing: 12 }, '马田坪乡.xlsx'],
  [township('卢峰镇 人民政府'), { natural: 20, business: 5, fee: 1.1, licensing: 200, review: 2 }, '卢峰镇.xlsx'],
  [township('北斗溪镇人民政府'), { natural: 4, fee: 0.07, licensing: 25 }, '北斗溪镇.xlsx'],
  [township('均坪镇人民政府'), { natural: 6, business: 1, fee: 0.13, licensing: 33 }, '均坪镇.xlsx'],
  [township('小龙门乡人民政府'), { licensing: 8 }, '小龙门乡.xlsx'],
  [department('示例县财政局', '11431299MB1000101B'), { natural: 7, business: 4, fee: 12.5, review: 1 }, '财政局.xlsx'],
  [department('示例县教育局', '11431299MB10001384'), { natural: 30, business: 2, fee: 3.3, licensing: 10, review: 1 }, '教育局.xlsx'],
  [department('县自然资源局'), { natural: 15, business: 9, fee: 25.75, licensing: 340, review: 3 }, '自然资源局.xlsx'],
  [department('县住建局', '11431299MB1000249X'), { natural: 11, business: 6, fee: 8.6, licensing: 150, review: 1 }, '住建局.xlsx'],
  [department('示例县市场监督管理局'), { natural: 10, business: 8, fee: 2.2, licensing: 410, review: 2 }, '市场监管局.xlsx'],
  [department('示例县人力资源和社会保障局'), { natural: 5, business: 2, fee: 0.9, licensing: 90 }, '人社局.xlsx'],
  [department('示例县人民政府办公室', '11431299MB1000360R'), { natural: 25, business: 3, licensing: 5, review: 2 }, '县政府办.xlsx'],
  [department('示例县气象局'), { natural: 1, business: 1, fee: 0.5, licensing: 3 }, '气象局.xlsx'],
];

function countySubmissions(): Submission[] {
  const submissions = filings.map(([organ, figures, file, submittedOn]) => {
    const report = balancedReport(organ, figures);
    if (file === '教育局.xlsx') setCell(report, { table: 'applications', row: 'newReceived', column: 'total' }, 33); // 30 + 2 ≠ 33
    return submit(report, file, { submittedOn: submittedOn ?? '2025-01-20' });
  });
  // 城关镇 sends the very same file again.
  return [...submissions, { ...submissions[0], file: '城关镇（再次发送）.xlsx' }];
}

describe('aggregating a realistic county', () => {
  const { roster, diagnostics: rosterDiagnostics } = parseRosterCsv(rosterText, { file: 'county-roster.csv' });
  const result = aggregate(countySubmissions(), {
    roster,
    organ: { name: '示例县人民政府', level: 'county', creditCode: '11431299MB1000397J' },
    year: 2024,
  });
  const byFile = (file: string) => result.outcomes.find((o) => o.file === file)!;

  it('reads the roster: 21 organs, the county with 20 members, without a diagnostic (序号 and 备注 are known to be unused)', () => {
    expect(roster.entries).toHaveLength(21);
    expect(rosterDiagnostics.map((d) => d.code)).toEqual([]);
    expect(result.completeness.expected).toHaveLength(20);
  });

  it('lists who filed and who did not', () => {
    const c = result.completeness;
    const name = (id: string) => roster.entries.find((e) => e.id === id)!.name;
    expect(c.missing.map(name)).toEqual(['舒溶溪乡人民政府', '示例县公安局']);
    expect(c.received).toHaveLength(18);
    expect(c.accepted).toHaveLength(16);
    expect(c.rejected.map((o) => o.file)).toEqual(['教育局.xlsx']);
    expect(c.duplicate.map((o) => o.file).sort()).toEqual(['城关镇（再次发送）.xlsx', '黄溪镇.xlsx', '黄溪镇（修改版）.xlsx']);
    expect(c.unexpected.map((o) => o.file)).toEqual(['气象局.xlsx']);
    expect(c.late.map((o) => o.file)).toEqual(['长乐乡.xlsx']);
    expect(byFile('城关镇（再次发送）.xlsx').identicalTo).toBe(0);
    expect(byFile('城关镇.xlsx').status).toBe('accepted');
    expect(byFile('长乐乡.xlsx').status).toBe('accepted');
    expect(byFile('自然资源局.xlsx').matchedBy).toBe('alias');
    expect(byFile('住建局.xlsx').matchedBy).toBe('creditCode');
    expect(byFile('龙潭镇.xlsx').matchedBy).toBe('divisionCode');
    expect(byFile('鹅公镇.xlsx').matchedBy).toBe('name');
  });

  it('puts every submission in exactly one list', () => {
    const c = result.completeness;
    const listed = [...c.accepted, ...c.rejected, ...c.duplicate, ...c.unexpected, ...c.excluded].map((o) => o.index).sort((a, b) => a - b);
    expect(listed).toEqual(countySubmissions().map((_, index) => index));
  });

  it('adds the 16 sound filings: hand-computed totals', () => {
    const r = result.report;
    const cell = (table: string, row: string, column: string) => getCell(r, { table, row, column });
    // natural: 12+8+3+2+9+1+20+4+6+0+7+15+11+10+5+25
    expect(cell('applications', 'newReceived', 'naturalPerson')).toBe(138);
    // business: 3+1+0+0+2+0+5+0+1+0+4+9+6+8+2+3
    expect(cell('applications', 'newReceived', 'business')).toBe(44);
    expect(cell('applications', 'newReceived', 'total')).toBe(182);
    expect(cell('applications', 'granted', 'total')).toBe(182);
    // fees: 0.35+0.12+0.05+0.01+0.3+0+1.1+0.07+0.13+0+12.5+25.75+8.6+2.2+0.9+0
    expect(cell('active', 'fees', 'amount')).toBe(52.08);
    // licensing: 120+85+40+15+60+12+200+25+33+8+0+340+150+410+90+5
    expect(cell('active', 'licensing', 'decisions')).toBe(1593);
    expect(cell('reviewLitigation', 'review', 'total')).toBe(13);
    expect(cell('applications', 'carriedForward', 'total')).toBe(0);
    expect(r.members).toHaveLength(16);
    expect(validateReport(r).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('records where each figure came from', () => {
    const fees = cellContributions(result.report, 'active/fees/amount');
    expect(fees).toHaveLength(16);
    const members = result.report.members!;
    const finance = fees.find((c) => members[c.member].organ.name === '示例县财政局')!;
    expect(finance).toMatchObject({ value: 12.5, source: { file: '财政局.xlsx' } });
    expect(members[finance.member]).toMatchObject({ organ: { creditCode: '11431299MB1000101B', level: 'department' }, file: '财政局.xlsx' });
  });

  it('explains itself: errors and warnings located at the organ and file', () => {
    const codes = result.diagnostics.map((d) => d.code);
    expect(codes.filter((c) => c === 'aggregate-member-missing')).toHaveLength(2);
    expect(codes.filter((c) => c === 'aggregate-duplicate-submission')).toHaveLength(1);
    expect(codes).toContain('aggregate-identical-copy');
    expect(codes).toContain('aggregate-member-rejected');
    expect(codes).toContain('roster-no-match');
    expect(codes).toContain('submission-late');
    expect(codes).not.toContain('roster-match-conflict');
    const late = result.diagnostics.find((d) => d.code === 'submission-late')!;
    expect(late.location).toMatchObject({ organ: '长乐乡人民政府', file: '长乐乡.xlsx' });
    expect(late.message).toContain('2025-02-20');
    const balance = result.diagnostics.find((d) => d.code === 'R3-2' && d.location.file === '教育局.xlsx');
    expect(balance?.severity).toBe('error');
    for (const d of result.diagnostics) expect(d.location.organ, d.code).toBeTruthy();
  });

  it('drafts the narrative from the numbers', () => {
    expect(result.narrativeDraft.draft).toBe(true);
    const text = result.narrativeDraft.paragraphs.join('\n');
    expect(text).toContain('全县应报送2024年度政府信息公开工作年度报告的单位20家，实际报送18家，其中16家的数据计入本汇总。');
    expect(text).toContain('逾期报送1家：长乐乡人民政府。');
    expect(text).toContain('未报送2家：舒溶溪乡人民政府、示例县公安局。');
    expect(text).toContain('因报告有错误暂未计入1家：示例县教育局。');
    expect(text).toContain('重复报送不同版本、待核实后计入1家：黄溪镇人民政府。');
    expect(text).toContain('全县共收到政府信息公开申请182件，其中自然人申请138件，法人或其他组织申请44件（商业企业44件）；上年结转申请0件。');
    expect(text).toContain('收取行政事业性收费52.08万元');
    expect(text).toContain('行政许可处理决定1593件');
    expect(text).toContain('被申请行政复议13件，其中结果维持13件');
  });
});
