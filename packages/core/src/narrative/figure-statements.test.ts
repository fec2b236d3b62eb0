import { describe, expect, it } from 'vitest';
import { forms } from '../forms/registry.js';
import { findFigureStatements, type FigureStatement } from './figure-statements.js';
import { findTextNumbers, parseChineseNumber } from './text-numbers.js';

const figures = forms['gov-2021'].narrativeChecks!.figures!;
const context = { year: 2024, organ: '青山镇人民政府' };

/** `figure[.part] kind value` for each statement, e.g. `newReceived value 27`. */
const read = (paragraph: string, organ = context.organ): string[] =>
  findFigureStatements(paragraph, figures, { ...context, organ }).map((statement: FigureStatement) => {
    const name = statement.kind !== 'share' && statement.part ? `${statement.figure.id}.${statement.part.id}` : statement.figure.id;
    if (statement.kind === 'value') return `${name} = ${statement.value}`;
    if (statement.kind === 'share') return `${name} share ${statement.share}%`;
    return `${name} all`;
  });

describe('numbers in a text', () => {
  it('reads Chinese numerals', () => {
    expect(['三', '十二', '二十', '两', '一百零五', '一千二百', '三万', '十'].map(parseChineseNumber)).toEqual([3, 12, 20, 2, 105, 1200, 30000, 10]);
    expect(parseChineseNumber('三四')).toBeUndefined();
    expect(parseChineseNumber('件')).toBeUndefined();
  });

  it('finds numbers with their unit only, Arabic, full-width and Chinese, and marks approximations', () => {
    const found = findTextNumbers('受理申请两件、１２件和1,200条，约30项，12.5万元，30.8%，百分之百，2024年，一是加强');
    expect(found.map((n) => [n.value, n.unit, n.approximate])).toEqual([
      [2, '件', false],
      [1200, '条', false],
      [30, '项', true],
      [12.5, '万元', false],
      [30.8, '%', false],
      [100, '%', false],
    ]);
  });
});

describe('statements of the tables’ figures', () => {
  it('reads each figure after its phrase, with filler words only between', () => {
    expect(read('依申请公开方面，全年新收政府信息公开申请27件，上年结转1件，办结26件，其中予以公开8件，结转下年度继续办理2件。')).toEqual([
      'newReceived = 27',
      'carriedOver = 1',
      'totalHandled = 26',
      'granted = 8',
      'carriedForward = 2',
    ]);
    expect(read('全年共收到政府信息公开申请共计三十件。')).toEqual(['newReceived = 30']);
    expect(read('作出行政许可决定5,218件、行政处罚决定1,436件，收取行政事业性收费356.82万元，另收取行政事业性收费125000元。')).toEqual([
      'licensing = 5218',
      'penalty = 1436',
      'fees = 356.82',
    ]);
    expect(read('收取行政事业性收费125000元。')).toEqual(['fees = 12.5']);
  });

  it('reads parts, shares and “all” after a figure in the same sentence', () => {
    expect(read('本年度新收申请14件，其中自然人申请13件、法人或其他组织申请1件。')).toEqual([
      'newReceived = 14',
      'newReceived.naturalPerson = 13',
      'newReceived.organizations = 1',
    ]);
    expect(read('办结62件，其中予以公开32件，占办结总数的51.6%。')).toEqual(['totalHandled = 62', 'granted = 32', 'granted share 51.6%']);
    expect(read('被申请行政复议3件，均获维持；被提起行政诉讼2件，其中1件维持，1件尚未审结。')).toEqual([
      'review = 3',
      'review.upheld all',
      'litigation = 2',
      'litigation.upheld = 1',
      'litigation.pending = 1',
    ]);
    expect(read('制发行政规范性文件3件、废止1件，现行有效22件。')).toEqual([
      'normativeDocuments.issued = 3',
      'normativeDocuments.issued.repealed = 1',
      'normativeDocuments.issued.inForce = 22',
    ]);
  });

  it('reads a negated figure as 0', () => {
    expect(read('全年未收到政府信息公开申请。')).toEqual(['newReceived = 0']);
    expect(read('全年未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。')).toEqual(['review = 0', 'litigation = 0']);
    expect(read('本年度无行政复议和行政诉讼案件，未收取行政事业性收费。')).toEqual(['review = 0', 'litigation = 0', 'fees = 0']);
  });

  it('does not read what is no statement of this year’s figure for this organ', () => {
    for (const text of [
      '较上年增加28件。', // a change
      '新收政府信息公开申请较2023年的230件有所增加。', // another year
      '同比新收申请增加12件。',
      '其中，县公安局新收申请62件，县自然资源局新收申请61件，各乡镇（街道）共收到申请58件。', // other organs
      '行政复议和行政诉讼3件。', // two figures together
      '行政复议、行政诉讼各1件。',
      '新收政府信息公开申请约30件。', // approximate
      '新收申请20余件。',
      '全县共收到政府信息公开申请275件（含上年结转的申请）。', // qualified by what follows
      '主动公开政府信息1200条，其中政策文件18件。', // no figure of the tables
      '组织业务培训2次，参训160人次。',
      '未发生行政复议被纠错的情况。', // a negation of something else
      '未收到申请人的补正材料。',
      '通过信用网站公示行政处罚信息128条。', // penalty information, not decisions
      '按时答复率达100%，办结率100%。', // shares of nothing the tables hold
      '依据《条例》第五十条编制。',
    ]) {
      expect(read(text), text).toEqual([]);
    }
    // A share after two figures is a share of which?
    expect(read('其中予以公开80件、部分公开20件，占办结总数的40%。')).toEqual(['granted = 80', 'partiallyGranted = 20']);
    // The report's own organ named before the phrase is fine.
    expect(read('青山县公安局全年新收申请62件。', '青山县公安局')).toEqual(['newReceived = 62']);
    expect(read('本局全年新收申请62件。', '青山县公安局')).toEqual(['newReceived = 62']);
  });
});
