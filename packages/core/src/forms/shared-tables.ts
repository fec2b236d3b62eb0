import type { ColumnDefinition, RowDefinition, RuleDefinition, TableDefinition } from './types.js';

const RESULTS = '三、本年度办理结果';
const DENIED = '（三）不予公开';
const UNAVAILABLE = '（四）无法提供';
const NOT_PROCESSED = '（五）不予处理';
export const OTHER_HANDLING = '（六）其他处理';

const APPLICANT = '申请人情况';
const ORGANIZATION = '法人或其他组织';

/** Table 三 columns, identical in both formats (spec §4.1). */
export const applicationColumns: ColumnDefinition[] = [
  { id: 'naturalPerson', label: '自然人', labelEn: 'natural persons', kind: 'count', headerPath: [APPLICANT], groups: ['applicant'] },
  { id: 'business', label: '商业企业', labelEn: 'businesses', kind: 'count', headerPath: [APPLICANT, ORGANIZATION], groups: ['applicant'] },
  { id: 'research', label: '科研机构', labelEn: 'research institutions', kind: 'count', headerPath: [APPLICANT, ORGANIZATION], groups: ['applicant'] },
  { id: 'publicInterest', label: '社会公益组织', labelEn: 'public-interest organizations', kind: 'count', headerPath: [APPLICANT, ORGANIZATION], groups: ['applicant'] },
  { id: 'legalService', label: '法律服务机构', labelEn: 'legal service institutions', kind: 'count', headerPath: [APPLICANT, ORGANIZATION], groups: ['applicant'] },
  { id: 'otherOrganization', label: '其他', labelEn: 'other organizations', kind: 'count', headerPath: [APPLICANT, ORGANIZATION], shortLabel: '法人或其他组织/其他', groups: ['applicant'] },
  { id: 'total', label: '总计', labelEn: 'total', kind: 'count', headerPath: [APPLICANT] },
];

const result = (id: string, label: string, labelEn: string, path: string[], shortLabel?: string): RowDefinition => ({
  id,
  label,
  labelEn,
  labelPath: [RESULTS, ...path],
  groups: ['result'],
  ...(shortLabel ? { shortLabel } : {}),
});

const headRows: RowDefinition[] = [
  { id: 'newReceived', label: '一、本年新收政府信息公开申请数量', labelEn: 'I. new applications received this year', shortLabel: '一' },
  { id: 'carriedOver', label: '二、上年结转政府信息公开申请数量', labelEn: 'II. applications carried over from last year', shortLabel: '二' },
  result('granted', '（一）予以公开', 'granted', [], '（一）'),
  result('partiallyGranted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 'partially granted', [], '（二）'),
  result('denied.stateSecret', '1.属于国家秘密', 'denied: state secret', [DENIED], '（三）1'),
  result('denied.prohibitedByLaw', '2.其他法律行政法规禁止公开', 'denied: prohibited by other laws', [DENIED], '（三）2'),
  result('denied.securityStability', '3.危及“三安全一稳定”', 'denied: endangers security or stability', [DENIED], '（三）3'),
  result('denied.thirdPartyRights', '4.保护第三方合法权益', 'denied: third-party rights', [DENIED], '（三）4'),
  result('denied.internalAffairs', '5.属于三类内部事务信息', 'denied: internal affairs', [DENIED], '（三）5'),
  result('denied.processInformation', '6.属于四类过程性信息', 'denied: process information', [DENIED], '（三）6'),
  result('denied.enforcementFiles', '7.属于行政执法案卷', 'denied: enforcement files', [DENIED], '（三）7'),
  result('denied.inquiryMatters', '8.属于行政查询事项', 'denied: administrative inquiry matters', [DENIED], '（三）8'),
  result('unavailable.notHeld', '1.本机关不掌握相关政府信息', 'unavailable: not held', [UNAVAILABLE], '（四）1'),
  result('unavailable.needsCreation', '2.没有现成信息需要另行制作', 'unavailable: would need creating', [UNAVAILABLE], '（四）2'),
  result('unavailable.stillUnclear', '3.补正后申请内容仍不明确', 'unavailable: still unclear after correction', [UNAVAILABLE], '（四）3'),
  result('notProcessed.complaint', '1.信访举报投诉类申请', 'not processed: petitions and complaints', [NOT_PROCESSED], '（五）1'),
  result('notProcessed.duplicate', '2.重复申请', 'not processed: duplicate', [NOT_PROCESSED], '（五）2'),
  result('notProcessed.publication', '3.要求提供公开出版物', 'not processed: publications', [NOT_PROCESSED], '（五）3'),
  result('notProcessed.excessive', '4.无正当理由大量反复申请', 'not processed: excessive', [NOT_PROCESSED], '（五）4'),
  result('notProcessed.confirmation', '5.要求行政机关确认或重新出具已获取信息', 'not processed: confirmation of obtained information', [NOT_PROCESSED], '（五）5'),
];

const tailRows: RowDefinition[] = [
  { id: 'totalHandled', label: '（七）总计', labelEn: 'total handled', labelPath: [RESULTS], shortLabel: '三（七）' },
  { id: 'carriedForward', label: '四、结转下年度继续办理', labelEn: 'IV. carried forward to next year', shortLabel: '四' },
];

export const CORNER_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
export const APPLICATIONS_TITLE = '三、收到和处理政府信息公开申请情况';

export function applicationsTable(otherHandlingRows: RowDefinition[]): TableDefinition {
  return {
    id: 'applications',
    sectionId: 'applications',
    title: APPLICATIONS_TITLE,
    columns: applicationColumns,
    rows: [...headRows, ...otherHandlingRows, ...tailRows],
    layout: { type: 'matrix', labelColumns: 3, corner: CORNER_NOTE },
  };
}

export const otherHandling2021: RowDefinition[] = [
  result('otherHandling.noCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'other: no correction in time', [OTHER_HANDLING], '（六）1'),
  result('otherHandling.feeUnpaid', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 'other: fee not paid', [OTHER_HANDLING], '（六）2'),
  result('otherHandling.other', '3.其他', 'other: other', [OTHER_HANDLING], '（六）3'),
];

export const otherHandling2019: RowDefinition[] = [result('otherHandling', OTHER_HANDLING, 'other handling', [], '（六）')];

/** Table 四, identical in both formats (spec §5). */
export const reviewLitigationTable: TableDefinition = {
  id: 'reviewLitigation',
  sectionId: 'reviewLitigation',
  title: '四、政府信息公开行政复议、行政诉讼情况',
  columns: [
    { id: 'upheld', label: '结果维持', labelEn: 'upheld', kind: 'count', groups: ['outcome'] },
    { id: 'corrected', label: '结果纠正', labelEn: 'corrected', kind: 'count', groups: ['outcome'] },
    { id: 'other', label: '其他结果', labelEn: 'other outcome', kind: 'count', groups: ['outcome'] },
    { id: 'pending', label: '尚未审结', labelEn: 'pending', kind: 'count', groups: ['outcome'] },
    { id: 'total', label: '总计', labelEn: 'total', kind: 'count' },
  ],
  rows: [
    { id: 'review', label: '行政复议', labelEn: 'administrative reconsideration' },
    { id: 'litigationDirect', label: '未经复议直接起诉', labelEn: 'litigation without prior reconsideration', labelPath: ['行政诉讼'] },
    { id: 'litigationAfterReview', label: '复议后起诉', labelEn: 'litigation after reconsideration', labelPath: ['行政诉讼'] },
  ],
  layout: { type: 'flat' },
};

/** Rules of tables 三 and 四 (spec §6), the same in both formats. */
export const applicationRules: RuleDefinition[] = [
  {
    id: 'R3-1',
    kind: 'equation',
    severity: 'error',
    table: 'applications',
    each: 'column',
    left: ['newReceived', 'carriedOver'],
    op: '=',
    right: ['totalHandled', 'carriedForward'],
    leftText: { zh: '一+二', en: 'I+II' },
    rightText: { zh: '三（七）+四', en: 'III(7)+IV' },
    description: {
      zh: '本列数据的勾稽关系：第一项加第二项之和，等于第三项加第四项之和',
      en: 'In every column: new applications plus those carried over equal those handled plus those carried forward',
    },
    basis: '表三勾稽关系注',
  },
  {
    id: 'R3-2',
    kind: 'equation',
    severity: 'error',
    table: 'applications',
    each: 'row',
    left: ['total'],
    op: '=',
    right: [{ group: 'applicant' }],
    leftText: { zh: '总计', en: 'total' },
    rightText: { zh: '自然人+法人或其他组织各列', en: 'natural persons + all organization columns' },
    description: { zh: '每一行的总计等于自然人与法人或其他组织各列之和', en: 'In every row the total equals the sum of the applicant columns' },
  },
  {
    id: 'R3-3',
    kind: 'equation',
    severity: 'error',
    table: 'applications',
    each: 'column',
    left: ['totalHandled'],
    op: '=',
    right: [{ group: 'result' }],
    leftText: { zh: '三（七）总计', en: 'III(7) total' },
    rightText: { zh: '（一）至（六）各项之和', en: 'sum of results (1)–(6)' },
    description: { zh: '本年度办理结果的总计等于（一）至（六）各项之和', en: 'Total handled equals the sum of every result row' },
  },
  {
    id: 'R3-4',
    kind: 'cells',
    severity: 'error',
    table: 'applications',
    kinds: ['count'],
    description: { zh: '表三各单元格均为非负整数', en: 'Every cell of table III is a non-negative whole number' },
  },
  {
    id: 'R3-8',
    kind: 'equation',
    severity: 'error',
    table: 'applications',
    each: 'column',
    left: ['carriedForward'],
    op: '<=',
    right: ['newReceived', 'carriedOver'],
    leftText: { zh: '四', en: 'IV' },
    rightText: { zh: '一+二', en: 'I+II' },
    description: { zh: '结转下年度继续办理的数量不超过本年新收与上年结转之和', en: 'Carried forward cannot exceed new plus carried-over applications' },
  },
  ...(['review', 'litigationDirect', 'litigationAfterReview'] as const).map(
    (row, index): RuleDefinition => ({
      id: `R4-${index + 1}`,
      kind: 'equation',
      severity: 'error',
      table: 'reviewLitigation',
      each: 'row',
      over: [row],
      left: ['total'],
      op: '=',
      right: [{ group: 'outcome' }],
      leftText: { zh: '总计', en: 'total' },
      rightText: { zh: '结果维持+结果纠正+其他结果+尚未审结', en: 'upheld+corrected+other+pending' },
      description: {
        zh: `${['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'][index]}：总计等于结果维持、结果纠正、其他结果、尚未审结之和`,
        en: `${['Reconsideration', 'Direct litigation', 'Litigation after reconsideration'][index]}: total equals upheld + corrected + other + pending`,
      },
    }),
  ),
  {
    id: 'R4-4',
    kind: 'cells',
    severity: 'error',
    table: 'reviewLitigation',
    kinds: ['count'],
    description: { zh: '表四各单元格均为非负整数', en: 'Every cell of table IV is a non-negative whole number' },
  },
];
