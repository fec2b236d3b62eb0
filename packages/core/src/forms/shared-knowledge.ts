import type { CrossYearRule, CrossYearTerm, MemberFigure, PlausibilityRule, TableDetection } from './types.js';

/*
 * What the 2019-trial and 2021 formats know alike beyond their tables: R3-7 (table 三 is the same in
 * both), the members table's key figures (tables 三 and 四), the labels the reader also accepts for
 * table 三, and the 规章 plausibility check. Each form lists these in its own definition.
 */

export const current = (id: string, sign: 1 | -1 = 1): CrossYearTerm => ({ year: 'current', id, sign });
export const previous = (id: string, sign: 1 | -1 = 1): CrossYearTerm => ({ year: 'previous', id, sign });

/** R3-7: this year's 二、上年结转 equals last year's 四、结转下年度继续办理 (a warning, like every cross-year rule). */
export const carryOverRule: CrossYearRule = {
  id: 'R3-7',
  severity: 'warning',
  description: {
    zh: '本年度“二、上年结转”等于上一年度“四、结转下年度继续办理”（每一列）',
    en: 'This year’s II (carried over) equals last year’s IV (carried forward), in every column',
  },
  table: 'applications',
  each: 'column',
  left: [current('carriedOver')],
  op: '=',
  right: [previous('carriedForward')],
  leftText: { zh: '{year}年度“二、上年结转”', en: '{year} II (carried over)' },
  rightText: { zh: '{previousYear}年度“四、结转下年度继续办理”', en: '{previousYear} IV (carried forward)' },
};

const applications = (row: string) => ({ table: 'applications', row, column: 'total' });
const reviewLitigation = (row: string) => ({ table: 'reviewLitigation', row, column: 'total' });

/** The members table's key figures: 新收申请, 上年结转, 办理结果总计, 结转下年度, 行政复议总计, 行政诉讼总计. */
export const governmentMemberFigures: MemberFigure[] = [
  { label: 'figureNewReceived', cells: [applications('newReceived')] },
  { label: 'figureCarriedOver', cells: [applications('carriedOver')] },
  { label: 'figureTotalHandled', cells: [applications('totalHandled')] },
  { label: 'figureCarriedForward', cells: [applications('carriedForward')] },
  { label: 'figureReview', cells: [reviewLitigation('review')] },
  { label: 'figureLitigation', cells: [reviewLitigation('litigationDirect'), reviewLitigation('litigationAfterReview')] },
];

/** Table 三 labels seen in real workbooks beyond the official ones. */
export const applicationsDetection: TableDetection = {
  rows: { carriedForward: ['四、结转下年度继续办理数量'] },
};

/**
 * 规章 are made only by the governments of provinces, autonomous regions and municipalities, of
 * 设区的市 and 自治州, and by 国务院部门 (立法法 Arts. 91, 93). A township, a county, a 县级市 or a
 * department reporting them has usually typed its normative documents into the wrong row. A
 * department is warned unless its name is a 国务院部门's (`organKinds`); a `city` whose division code
 * is a county's is a 县级市 and is warned; `other` (level not known) is not judged.
 */
export const regulationsPlausibility: PlausibilityRule = {
  id: 'plausibility-regulations',
  severity: 'warning',
  description: { zh: '乡镇、县级政府及部门一般不制定规章', en: 'Townships, counties and departments do not normally make 规章' },
  table: 'active',
  row: 'regulations',
  levels: ['province', 'city', 'other'],
  alsoAllowed: ['stateCouncilDepartment'],
  notAllowed: ['countyLevelCity'],
};
