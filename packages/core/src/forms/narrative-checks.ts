import type { CellRef } from '../model/report.js';
import type { AccountabilityCheck, FeeNoticeCheck, NarrativeFigure, NarrativeFigurePart } from './narrative-check-types.js';

/*
 * The phrases of the 2019-trial and 2021 formats' texts: how a report's prose states the figures of
 * tables 三 and 四 (the same in both formats) and of table 二 (per format), the Art. 50（四）results a
 * government's report mentions (R1-1), and the 信息处理费 words (R6-1). See `narrative-check-types.ts`.
 */

const APPLICATION = '(?:政府信息公开|信息公开|依申请公开)?(?:的)?申请';
const APPLICATION_OPTIONAL = `(?:${APPLICATION})?`;
const applications = (row: string, column = 'total'): CellRef => ({ table: 'applications', row, column });
const reviewLitigation = (row: string, column: string): CellRef => ({ table: 'reviewLitigation', row, column });

const ORGANIZATIONS = ['business', 'research', 'publicInterest', 'legalService', 'otherOrganization'];

/** `其中自然人申请22件，法人或其他组织申请5件`, after the new applications. */
const applicantParts = (row: string): NarrativeFigurePart[] => [
  { id: 'naturalPerson', cues: ['(?:来自)?自然人(?:提出(?:的)?)?(?:申请)?'], cells: [applications(row, 'naturalPerson')] },
  { id: 'organizations', cues: ['(?:来自)?法人(?:或|和|及)其他组织(?:提出(?:的)?)?(?:申请)?'], cells: ORGANIZATIONS.map((column) => applications(row, column)) },
];

/** The rows of one result category of table 三 (their 总计 column). */
const resultRows = (...rows: string[]): CellRef[] => rows.map((row) => applications(row));

const OUTCOMES: Array<{ id: string; cues: string[]; all: string[] }> = [
  { id: 'upheld', cues: ['(?:结果)?(?:为)?(?:被|获|予以)?维持(?:原(?:行政)?行为)?'], all: ['(?:均|全部|结果均为|结果为)(?:被|获|予以)?维持'] },
  { id: 'corrected', cues: ['(?:结果)?(?:为)?(?:被)?(?:纠正|纠错|撤销)'], all: ['(?:均|全部)(?:被)?(?:纠正|纠错|撤销)'] },
  { id: 'other', cues: ['其他结果'], all: [] },
  { id: 'pending', cues: ['(?:尚未审结|未审结|尚在审理(?:中)?|正在审理(?:中)?|审理中)'], all: ['(?:均|全部)(?:尚未审结|未审结|在审理中|尚在审理)'] },
];

/** `维持2件、纠正1件`, `均获维持` after a count of reconsiderations or lawsuits (`rows` summed). */
const outcomeParts = (rows: string[]): NarrativeFigurePart[] =>
  OUTCOMES.map(({ id, cues, all }) => ({
    id,
    cues,
    cells: rows.map((row) => reviewLitigation(row, id)),
    cueAfter: true,
    ...(all.length > 0 ? { all } : {}),
  }));

const LITIGATION_ROWS = ['litigationDirect', 'litigationAfterReview'];

/** Tables 三 and 四: the same rows in both formats (table 三's （六） differs, given by `otherHandling`). */
export function applicationFigures(otherHandling: string[]): NarrativeFigure[] {
  return [
    {
      id: 'newReceived',
      cues: [`新收(?:到)?(?:各类)?${APPLICATION_OPTIONAL}`, `(?:收到|接到|受理)(?:各类)?${APPLICATION}`],
      cells: [applications('newReceived')],
      kind: 'count',
      negatable: true,
      parts: applicantParts('newReceived'),
    },
    {
      id: 'carriedOver',
      cues: [`上(?:一)?年(?:度)?结转(?:的)?${APPLICATION}`, `上(?:一)?年(?:度)?结转`, `结转上(?:一)?年(?:度)?(?:的)?${APPLICATION}`],
      cells: [applications('carriedOver')],
      kind: 'count',
      negatable: true,
    },
    { id: 'totalHandled', cues: [`办结${APPLICATION}`, '办结', `办理完(?:毕|结)${APPLICATION}`, '办理完(?:毕|结)'], cells: [applications('totalHandled')], kind: 'count' },
    {
      id: 'carriedForward',
      cues: ['结转(?:至|到|入)?下(?:一)?年(?:度)?(?:继续)?(?:办理)?', '转入下(?:一)?年(?:度)?(?:继续)?办理'],
      cells: [applications('carriedForward')],
      kind: 'count',
      negatable: true,
    },
    { id: 'granted', cues: ['(?:予以|同意|准予)公开'], cells: [applications('granted')], kind: 'count', shareOf: 'totalHandled' },
    { id: 'partiallyGranted', cues: ['部分公开'], cells: [applications('partiallyGranted')], kind: 'count', shareOf: 'totalHandled' },
    {
      id: 'denied',
      cues: ['不予公开'],
      cells: resultRows(
        'denied.stateSecret',
        'denied.prohibitedByLaw',
        'denied.securityStability',
        'denied.thirdPartyRights',
        'denied.internalAffairs',
        'denied.processInformation',
        'denied.enforcementFiles',
        'denied.inquiryMatters',
      ),
      kind: 'count',
      shareOf: 'totalHandled',
    },
    { id: 'unavailable', cues: ['无法提供'], cells: resultRows('unavailable.notHeld', 'unavailable.needsCreation', 'unavailable.stillUnclear'), kind: 'count', shareOf: 'totalHandled' },
    {
      id: 'notProcessed',
      cues: ['不予处理'],
      cells: resultRows('notProcessed.complaint', 'notProcessed.duplicate', 'notProcessed.publication', 'notProcessed.excessive', 'notProcessed.confirmation'),
      kind: 'count',
      shareOf: 'totalHandled',
    },
    { id: 'otherHandling', cues: ['其他处理'], cells: resultRows(...otherHandling), kind: 'count', shareOf: 'totalHandled' },
    {
      id: 'review',
      cues: ['(?:被)?(?:申请)?行政复议(?:案件)?'],
      cells: [reviewLitigation('review', 'total')],
      kind: 'count',
      negatable: true,
      parts: outcomeParts(['review']),
    },
    {
      id: 'litigation',
      cues: ['(?:被)?(?:提起)?行政诉讼(?:案件)?'],
      cells: LITIGATION_ROWS.map((row) => reviewLitigation(row, 'total')),
      kind: 'count',
      negatable: true,
      parts: outcomeParts(LITIGATION_ROWS),
    },
  ];
}

const active = (row: string, column: string): CellRef => ({ table: 'active', row, column });
const NORMATIVE = '(?:行政)?规范性文件';

/** Licensing, penalty and coercion decisions: the same cells in both formats (`decisions`). */
const decisionFigures: NarrativeFigure[] = [
  {
    id: 'licensing',
    cues: ['(?:作出|办理|办结|受理)(?:了)?行政许可(?:处理)?(?:决定)?', '行政许可(?:处理)?决定'],
    cells: [active('licensing', 'decisions')],
    kind: 'count',
    negatable: true,
  },
  {
    id: 'penalty',
    cues: ['(?:作出|办理|实施)(?:了)?行政处罚(?:处理)?(?:决定)?(?:案件)?', '行政处罚(?:处理)?决定'],
    cells: [active('penalty', 'decisions')],
    kind: 'count',
    negatable: true,
  },
  {
    id: 'coercion',
    cues: ['(?:作出|实施|采取)(?:了)?行政强制(?:措施)?(?:处理)?(?:决定)?', '行政强制(?:措施)?(?:处理)?决定'],
    cells: [active('coercion', 'decisions')],
    kind: 'count',
    negatable: true,
  },
];

/** Table 二 in the 2021 columns. */
export const activeFigures2021: NarrativeFigure[] = [
  {
    id: 'normativeDocuments.issued',
    cues: [`(?:制发|印发|出台)(?:了)?${NORMATIVE}`],
    cells: [active('normativeDocuments', 'issued')],
    kind: 'count',
    parts: [
      { id: 'repealed', cues: ['废止'], cells: [active('normativeDocuments', 'repealed')] },
      { id: 'inForce', cues: ['现行有效'], cells: [active('normativeDocuments', 'inForce')] },
    ],
  },
  { id: 'normativeDocuments.repealed', cues: [`废止(?:了)?${NORMATIVE}`], cells: [active('normativeDocuments', 'repealed')], kind: 'count' },
  { id: 'normativeDocuments.inForce', cues: [`现行有效(?:的)?${NORMATIVE}`], cells: [active('normativeDocuments', 'inForce')], kind: 'count' },
  { id: 'regulations.issued', cues: ['(?:制发|制定|出台)(?:了)?(?:政府)?规章'], cells: [active('regulations', 'issued')], kind: 'count' },
  ...decisionFigures,
  {
    id: 'fees',
    cues: ['(?:收取)?行政事业性收费(?:金额)?'],
    cells: [active('fees', 'amount')],
    kind: 'amount',
    negatable: true,
  },
];

/** Table 二 in the 2019-trial columns: documents made (`本年新制作数量`) and the decisions. */
export const activeFigures2019: NarrativeFigure[] = [
  { id: 'normativeDocuments.made', cues: [`(?:制发|制作|印发|出台)(?:了)?${NORMATIVE}`], cells: [active('normativeDocuments', 'made')], kind: 'count' },
  ...decisionFigures,
];

/** R1-1: 条例 Art. 50（四）— 各级人民政府 report 工作考核、社会评议和责任追究结果. */
export const accountabilityCheck: AccountabilityCheck = {
  levels: ['township', 'county', 'city', 'province'],
  item: { zh: '工作考核、社会评议和责任追究结果情况', en: 'the results of work assessment, public evaluation and accountability' },
  phrases: ['考核', '考评', '评议', '测评', '满意度', '责任追究', '追责', '问责'],
};

/** R6-1: the 信息处理费 collected and the fee notices issued (国办函〔2020〕109号). */
export const feeNoticeCheck: FeeNoticeCheck = {
  collected: ['收取(?:了)?(?:政府信息公开)?信息处理费(?:共计|合计|共)?', '信息处理费(?:收入|收取金额)'],
  notices: ['(?:发出|发放|送达|出具|开具|制发)(?:了)?(?:信息处理费)?(?:缴费|收费)通知(?:书)?'],
};

export const feeNoticeCheck2021: FeeNoticeCheck = { ...feeNoticeCheck, unpaidCell: applications('otherHandling.feeUnpaid') };
