import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createExampleReport } from '../example-report.js';
import { getForm } from '../forms/registry.js';
import { localizeDiagnostics } from '../diagnostics/create.js';
import { getCell, setCell, type Report } from '../model/report.js';
import { parseReport } from '../model/parse.js';
import { importNarrativeText } from '../narrative/import-narrative-text.js';
import { validateReport } from '../validate.js';
import { narrativeFixtures } from './__fixtures__/narrative-reports.js';

/** Moves table 三（六）2 into（六）3, then `unpaid` natural persons' applications back: the table still balances. */
function setUnpaid(report: Report, unpaid: number): void {
  const cell = (row: string, column: string) => ({ table: 'applications', row, column });
  for (const column of ['naturalPerson', 'business', 'research', 'publicInterest', 'legalService', 'otherOrganization', 'total']) {
    const moved = getCell(report, cell('otherHandling.feeUnpaid', column))! - (column === 'naturalPerson' || column === 'total' ? unpaid : 0);
    setCell(report, cell('otherHandling.feeUnpaid', column), getCell(report, cell('otherHandling.feeUnpaid', column))! - moved);
    setCell(report, cell('otherHandling.other', column), getCell(report, cell('otherHandling.other', column))! + moved);
  }
}

/** `[code, message, line]` of each diagnostic. */
const summary = (report: Report) => validateReport(report).map((d) => [d.code, d.message, d.location.line]);

const TEXT_CODES = /^(?:narrative-|R1-1|R6-1)/;
const textChecks = (report: Report) => validateReport(report).filter((d) => TEXT_CODES.test(d.code));

describe('ACCEPTANCE: five realistic reports give exactly their findings', () => {
  it('a township: the overview says 12 new applications, table 三 has 14', () => {
    expect(summary(narrativeFixtures.town())).toEqual([
      [
        'narrative-table-mismatch',
        '一、总体情况 / （二）依申请公开：“严格落实依申请公开登记、审核、答复等工作流程，全年新收政府信息公开申请12件，较上年增加3件，均在法定期限内答复”与表三 / 一、本年新收政府信息公开申请数量 / 总计不符：正文为 12，表中为 14',
        10,
      ],
    ]);
  });

  it('a county department: “行政复议4件，均获维持” while table 四 has 2 upheld, 1 corrected, 1 pending', () => {
    const [finding, ...others] = validateReport(narrativeFixtures.bureau());
    expect(others).toEqual([]);
    expect(finding).toMatchObject({
      code: 'narrative-table-mismatch',
      severity: 'warning',
      message: '四、政府信息公开行政复议、行政诉讼情况：“本年度因政府信息公开工作被申请行政复议4件，均获维持”与表四 / 行政复议 / 结果维持不符：正文为 全部 4，表中为 2（共 4）',
      location: { section: 'reviewLitigation', line: 25, file: 'natural-resources-bureau-2024.txt', path: 'sections[3].paragraphs[0]' },
      expected: '2（共 4）',
      actual: '全部 4',
    });
  });

  it('a county government: R1-1 (no word on 考核、评议、责任追究) and a share the table contradicts (45% for 120 of 258)', () => {
    expect(summary(narrativeFixtures.county())).toEqual([
      ['R1-1', '青山县人民政府的年度报告没有提及工作考核、社会评议和责任追究结果情况（《条例》第五十条第（四）项）', 5],
      [
        'narrative-table-mismatch',
        '三、收到和处理政府信息公开申请情况：“全县本年度新收政府信息公开申请266件，上年结转9件，办结258件，其中予以公开120件，占办结总数的45%”与表三 / （一）予以公开 / 总计不符：正文为 45%，表中为 46.5%（120/258）',
        22,
      ],
    ]);
  });

  it('a 街道: parts 五 and 六 swapped, and 400元 of 信息处理费 collected with no fee notice (R6-1)', () => {
    expect(summary(narrativeFixtures.street())).toEqual([
      [
        'narrative-section-order',
        '“六、存在的主要问题及改进情况”排在“五、其他需要报告的事项”之后；各部分应依次为：一、总体情况、二、主动公开政府信息情况、三、收到和处理政府信息公开申请情况、四、政府信息公开行政复议、行政诉讼情况、五、存在的主要问题及改进情况、六、其他需要报告的事项',
        20,
      ],
      ['R6-1', '五、其他需要报告的事项：“本年度街道实际收取信息处理费共计400元”（收取信息处理费 400 元），但正文没有说明发出收费通知的情况', 18],
    ]);
  });

  it('a department in the 2019-trial format: 2 reconsiderations (1 upheld, 1 corrected) in the text, 1 upheld in table 四, and no section 六', () => {
    expect(summary(narrativeFixtures.education())).toEqual([
      ['narrative-section-missing', '报告缺少格式规定的1个部分（或该部分没有文字）：六、其他需要报告的事项', undefined],
      [
        'narrative-table-mismatch',
        '四、政府信息公开行政复议、行政诉讼情况：“本年度被申请行政复议2件，其中维持1件、纠正1件”与表四 / 行政复议 / 总计不符：正文为 2，表中为 1',
        25,
      ],
      [
        'narrative-table-mismatch',
        '四、政府信息公开行政复议、行政诉讼情况：“本年度被申请行政复议2件，其中维持1件、纠正1件”与表四 / 行政复议 / 结果纠正不符：正文为 1，表中为 0',
        25,
      ],
    ]);
  });

  it('the findings go when the text or the table is corrected', () => {
    const town = narrativeFixtures.town();
    town.sections[0].children[1].paragraphs[0] = town.sections[0].children[1].paragraphs[0].replace('申请12件', '申请14件');
    expect(validateReport(town)).toEqual([]);
    const bureau = narrativeFixtures.bureau();
    setCell(bureau, { table: 'reviewLitigation', row: 'review', column: 'upheld' }, 4);
    setCell(bureau, { table: 'reviewLitigation', row: 'review', column: 'corrected' }, 0);
    setCell(bureau, { table: 'reviewLitigation', row: 'review', column: 'pending' }, 0);
    expect(validateReport(bureau)).toEqual([]);
    const county = narrativeFixtures.county();
    county.sections[2].paragraphs[0] = county.sections[2].paragraphs[0].replace('45%', '46.5%');
    county.sections[0].children[4].paragraphs[0] += '将政务公开工作纳入全县绩效考核，全年未发生责任追究情况。';
    expect(validateReport(county)).toEqual([]);
  });

  it('words the findings in English', () => {
    const messages = localizeDiagnostics(validateReport(narrativeFixtures.county()), { locale: 'en' }).map((d) => d.message);
    expect(messages).toEqual([
      'The report of 青山县人民政府 does not mention the results of work assessment, public evaluation and accountability (条例 Art. 50(4))',
      '三、收到和处理政府信息公开申请情况: "全县本年度新收政府信息公开申请266件，上年结转9件，办结258件，其中予以公开120件，占办结总数的45%" disagrees with Table III / （一）予以公开 / 总计: the text says 45%, the table has 46.5%（120/258）',
    ]);
  });
});

describe('the example county’s data', () => {
  const county = new URL('../../../../examples/demo-county/', import.meta.url);
  const json = (path: string) => parseReport(readFileSync(new URL(path, county), 'utf8')).report!;

  it('the county’s own text gives no finding, alone or in the county report', () => {
    const text = readFileSync(new URL('青山县年报文字.txt', county), 'utf8');
    const { report } = importNarrativeText(text, { form: getForm('gov-2021'), year: 2024 });
    expect(textChecks(report!)).toEqual([]);
    // In the county report the tables fill sections 二、三、四 (as `gov-report aggregate --narrative` does).
    const combined = createExampleReport({ year: 2024, seed: 3, organ: { name: '青山县人民政府', level: 'county' } });
    combined.preface = report!.preface;
    combined.sections = combined.sections.map((section) => report!.sections.find((s) => s.id === section.id) ?? section);
    setUnpaid(combined, 0);
    expect(validateReport(combined)).toEqual([]);
    // With applications closed for an unpaid fee in its tables, the text should name the fee notices.
    setUnpaid(combined, 1);
    expect(validateReport(combined).map((d) => d.code)).toEqual(['R6-1']);
  });

  it('last year’s reports and this year’s JSON give only the true finding: a fee notice (六)2 implies but the text leaves out', () => {
    const found = [...readdirSync(new URL('2023/', county)).map((file) => `2023/${file}`), 'submissions/县政府办.json'].flatMap((path) =>
      textChecks(json(path)).map((d) => `${path}: ${d.code}`),
    );
    expect(found).toEqual(['2023/白云镇.json: R6-1']);
    const baiyun = json('2023/白云镇.json');
    expect(getCell(baiyun, { table: 'applications', row: 'otherHandling.feeUnpaid', column: 'total' })).toBe(1);
    expect(baiyun.sections.find((s) => s.id === 'other')!.paragraphs.join('')).not.toContain('收费通知');
  });
});

describe('R1-1', () => {
  const withText = (level: Report['organ']['level'], text: string) => {
    const report = createExampleReport({ year: 2024, seed: 2, organ: { name: '某某', level } });
    report.sections[0].paragraphs = [text];
    return validateReport(report).filter((d) => d.code === 'R1-1');
  };

  it('warns a government whose text never mentions the Art. 50（四） results, at section 一', () => {
    for (const level of ['township', 'county', 'city', 'province'] as const) expect(withText(level, '全年工作平稳有序。'), level).toHaveLength(1);
    expect(withText('county', '全年工作平稳有序。')[0].location).toMatchObject({ section: 'overview', label: '一、总体情况' });
  });

  it('is satisfied by any of the three, and does not apply to departments or to reports without text', () => {
    for (const text of ['将政务公开纳入绩效考核。', '开展社会评议。', '未发生责任追究情况。', '组织群众满意度测评。']) expect(withText('township', text), text).toEqual([]);
    expect(withText('department', '全年工作平稳有序。')).toEqual([]);
    const tablesOnly = createExampleReport({ year: 2024, seed: 2, organ: { name: '某某镇', level: 'township' } });
    for (const section of tablesOnly.sections) section.paragraphs = [];
    expect(validateReport(tablesOnly)).toEqual([]);
  });
});

describe('R6-1', () => {
  /** An example report whose (六)2 is `unpaid` (moved from and to (六)3, so table 三 still balances) and whose section 六 says `text`. */
  const withFees = (text: string, unpaid: number) => {
    const report = createExampleReport({ year: 2024, seed: 2 });
    report.sections.find((s) => s.id === 'other')!.paragraphs = [text];
    setUnpaid(report, unpaid);
    return validateReport(report).filter((d) => d.code === 'R6-1');
  };

  it('warns when (六)2 > 0 and the text states no fee notice, or says none was issued', () => {
    const [missing] = withFees('本年度未收取信息处理费。', 2);
    expect(missing.message).toBe(
      '六、其他需要报告的事项：表三 / （六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 / 总计为 2，但正文没有说明发出收费通知的情况',
    );
    expect(missing.location).toMatchObject({ table: 'applications', row: 'otherHandling.feeUnpaid', column: 'total', section: 'other' });
    expect(withFees('本年度未发出收费通知。', 1)[0].message).toMatch(/但正文称未发出收费通知$/);
  });

  it('is satisfied by a fee notice stated, and says nothing when nothing was charged', () => {
    expect(withFees('本年度发出收费通知2件，金额300元，申请人均未缴纳。', 2)).toEqual([]);
    expect(withFees('本年度实际收取信息处理费380元，共发出收费通知1件。', 0)).toEqual([]);
    expect(withFees('本年度未收取信息处理费。', 0)).toEqual([]);
    expect(withFees('有1件政府信息公开申请收取信息处理费380元。', 0)[0].message).toBe(
      '六、其他需要报告的事项：“有1件政府信息公开申请收取信息处理费380元”（收取信息处理费 380 元），但正文没有说明发出收费通知的情况',
    );
  });
});

describe('the parts the preface announces', () => {
  const town = (preface: string) => {
    const report = narrativeFixtures.town();
    report.preface = [preface];
    return validateReport(report).filter((d) => d.code.startsWith('narrative-part'));
  };

  it('warns when the number stated is not the number of parts named', () => {
    const [found] = town('本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项五个部分组成。');
    expect(found).toMatchObject({ code: 'narrative-part-names-count', expected: 6, actual: 5 });
    expect(found.message).toMatch(/^前言称报告由5个部分组成，但列举了6个：总体情况、/);
    // Together with the headings when those disagree too.
    expect(town('本报告由总体情况、主动公开政府信息情况等五部分组成。').map((d) => d.code)).toEqual(['narrative-part-names-count', 'narrative-part-count-mismatch']);
    // One name with 等 is a short form.
    expect(town('本报告由总体情况等六部分组成。')).toEqual([]);
  });

  it('warns when the numbers agree but a named part is not a heading', () => {
    const found = town('本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、政务新媒体建设情况、其他需要报告的事项六个部分组成。');
    expect(found.map((d) => [d.code, d.message])).toEqual([
      ['narrative-part-names-mismatch', '前言所列的“政务新媒体建设情况”在正文中没有对应的一级标题，正文的“五、存在的主要问题及改进情况”前言未提及'],
    ]);
  });
});

describe('the required parts', () => {
  it('are not asked of a report with no text of its own, and a table part is never missing', () => {
    const tablesOnly = createExampleReport({ year: 2024, seed: 4 });
    tablesOnly.sections = [];
    expect(validateReport(tablesOnly)).toEqual([]);
    const report = createExampleReport({ year: 2024, seed: 4 });
    report.sections = report.sections.filter((section) => !getForm('gov-2021').sections.find((s) => s.id === section.id)?.tableId);
    expect(validateReport(report)).toEqual([]);
    report.sections = report.sections.filter((section) => section.id !== 'problems');
    expect(validateReport(report).map((d) => [d.code, d.message])).toEqual([['narrative-section-missing', '报告缺少格式规定的1个部分（或该部分没有文字）：五、存在的主要问题及改进情况']]);
  });
});
