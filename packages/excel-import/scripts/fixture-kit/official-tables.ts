/**
 * The official tables typed out by hand, label by label, as a clerk or a web page has them —
 * deliberately not drawn from the form definitions, so the fixtures test that reading finds the
 * real labels. Painters write a table at any position, merged (as printed) or not, through a
 * label transform that can introduce the variants real files have.
 */
import type { SheetSpec, SpecValue } from './sheet-spec.js';

/** The value to write in a cell of the report, by table/row/column id. */
export type ValueFor = (table: string, row: string, column: string, at: { row: number; column: number }) => SpecValue;

export interface PaintStyle {
  /** Merge headers and category labels as printed (otherwise each text once, in its first cell). */
  merged: boolean;
  /** Rewrites every label as written (line breaks, half-width brackets, 其它…). */
  label?: (text: string) => string;
}

const RESULTS = '三、本年度办理结果';
const APPLICATION_ROWS_HEAD: Array<[string, string[]]> = [
  ['newReceived', ['一、本年新收政府信息公开申请数量']],
  ['carriedOver', ['二、上年结转政府信息公开申请数量']],
  ['granted', [RESULTS, '（一）予以公开']],
  ['partiallyGranted', [RESULTS, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）']],
  ['denied.stateSecret', [RESULTS, '（三）不予公开', '1.属于国家秘密']],
  ['denied.prohibitedByLaw', [RESULTS, '（三）不予公开', '2.其他法律行政法规禁止公开']],
  ['denied.securityStability', [RESULTS, '（三）不予公开', '3.危及“三安全一稳定”']],
  ['denied.thirdPartyRights', [RESULTS, '（三）不予公开', '4.保护第三方合法权益']],
  ['denied.internalAffairs', [RESULTS, '（三）不予公开', '5.属于三类内部事务信息']],
  ['denied.processInformation', [RESULTS, '（三）不予公开', '6.属于四类过程性信息']],
  ['denied.enforcementFiles', [RESULTS, '（三）不予公开', '7.属于行政执法案卷']],
  ['denied.inquiryMatters', [RESULTS, '（三）不予公开', '8.属于行政查询事项']],
  ['unavailable.notHeld', [RESULTS, '（四）无法提供', '1.本机关不掌握相关政府信息']],
  ['unavailable.needsCreation', [RESULTS, '（四）无法提供', '2.没有现成信息需要另行制作']],
  ['unavailable.stillUnclear', [RESULTS, '（四）无法提供', '3.补正后申请内容仍不明确']],
  ['notProcessed.complaint', [RESULTS, '（五）不予处理', '1.信访举报投诉类申请']],
  ['notProcessed.duplicate', [RESULTS, '（五）不予处理', '2.重复申请']],
  ['notProcessed.publication', [RESULTS, '（五）不予处理', '3.要求提供公开出版物']],
  ['notProcessed.excessive', [RESULTS, '（五）不予处理', '4.无正当理由大量反复申请']],
  ['notProcessed.confirmation', [RESULTS, '（五）不予处理', '5.要求行政机关确认或重新出具已获取信息']],
];
const OTHER_2021: Array<[string, string[]]> = [
  ['otherHandling.noCorrection', [RESULTS, '（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请']],
  ['otherHandling.feeUnpaid', [RESULTS, '（六）其他处理', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请']],
  ['otherHandling.other', [RESULTS, '（六）其他处理', '3.其他']],
];
const OTHER_2019: Array<[string, string[]]> = [['otherHandling', [RESULTS, '（六）其他处理']]];
const APPLICATION_ROWS_TAIL: Array<[string, string[]]> = [
  ['totalHandled', [RESULTS, '（七）总计']],
  ['carriedForward', ['四、结转下年度继续办理']],
];
const APPLICANT_COLUMNS = ['naturalPerson', 'business', 'research', 'publicInterest', 'legalService', 'otherOrganization', 'total'];

export function applicationRows(format: '2021' | '2019'): Array<[string, string[]]> {
  return [...APPLICATION_ROWS_HEAD, ...(format === '2021' ? OTHER_2021 : OTHER_2019), ...APPLICATION_ROWS_TAIL];
}

/**
 * Table 三 with its corner note and three header rows, at (top, left). `skipRows` leaves rows out
 * (a row a clerk deleted). Returns the first row below the table.
 */
export function paintApplications(
  sheet: SheetSpec,
  top: number,
  left: number,
  format: '2021' | '2019',
  style: PaintStyle,
  value: ValueFor,
  options: { skipRows?: string[] } = {},
): number {
  const label = style.label ?? ((text: string) => text);
  const put = (row: number, column: number, text: string, rowSpan = 1, colSpan = 1) => {
    sheet.set(row, column, label(text));
    if (style.merged) sheet.merge(row, column, row + rowSpan - 1, column + colSpan - 1);
  };
  put(top, left, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3);
  put(top, left + 3, '申请人情况', 1, 7);
  put(top + 1, left + 3, '自然人', 2, 1);
  put(top + 1, left + 4, '法人或其他组织', 1, 5);
  put(top + 1, left + 9, '总计', 2, 1);
  ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].forEach((text, i) => put(top + 2, left + 4 + i, text));
  const rows = applicationRows(format).filter(([id]) => !options.skipRows?.includes(id));
  const first = top + 3;
  rows.forEach(([id, path], i) => {
    const row = first + i;
    for (let level = 0; level < path.length; level++) {
      const isLeaf = level === path.length - 1;
      const prefix = path.slice(0, level + 1).join('|');
      const same = (j: number) => j >= 0 && j < rows.length && rows[j][1].length > level + 1 && rows[j][1].slice(0, level + 1).join('|') === prefix;
      if (!isLeaf) {
        if (same(i - 1)) continue;
        let span = 1;
        while (same(i + span)) span += 1;
        put(row, left + level, path[level], span, 1);
      } else {
        put(row, left + level, path[level], 1, 3 - level);
      }
    }
    APPLICANT_COLUMNS.forEach((column, j) => sheet.set(row, left + 3 + j, value('applications', id, column, { row, column: left + 3 + j })));
  });
  return first + rows.length;
}

const OUTCOMES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const OUTCOME_IDS = ['upheld', 'corrected', 'other', 'pending', 'total'];

/** Table 四: 行政复议 and 行政诉讼 over 15 columns, one data row. Returns the row below it. */
export function paintReviewLitigation(sheet: SheetSpec, top: number, left: number, style: PaintStyle, value: ValueFor): number {
  const label = style.label ?? ((text: string) => text);
  const put = (row: number, column: number, text: string, rowSpan = 1, colSpan = 1) => {
    sheet.set(row, column, label(text));
    if (style.merged) sheet.merge(row, column, row + rowSpan - 1, column + colSpan - 1);
  };
  put(top, left, '行政复议', 1, 5);
  put(top, left + 5, '行政诉讼', 1, 10);
  OUTCOMES.forEach((text, i) => put(top + 1, left + i, text, 2, 1));
  put(top + 1, left + 5, '未经复议直接起诉', 1, 5);
  put(top + 1, left + 10, '复议后起诉', 1, 5);
  OUTCOMES.forEach((text, i) => {
    put(top + 2, left + 5 + i, text);
    put(top + 2, left + 10 + i, text);
  });
  OUTCOME_IDS.forEach((column, i) => {
    sheet.set(top + 3, left + i, value('reviewLitigation', 'review', column, { row: top + 3, column: left + i }));
    sheet.set(top + 3, left + 5 + i, value('reviewLitigation', 'litigationDirect', column, { row: top + 3, column: left + 5 + i }));
    sheet.set(top + 3, left + 10 + i, value('reviewLitigation', 'litigationAfterReview', column, { row: top + 3, column: left + 10 + i }));
  });
  return top + 4;
}

interface Block {
  caption: string;
  headers: string[];
  columns: string[];
  rows: Array<[string, string]>;
}

const BLOCKS_2021: Block[] = [
  { caption: '第二十条第（一）项', headers: ['本年制发件数', '本年废止件数', '现行有效件数'], columns: ['issued', 'repealed', 'inForce'], rows: [['regulations', '规章'], ['normativeDocuments', '行政规范性文件']] },
  { caption: '第二十条第（五）项', headers: ['本年处理决定数量'], columns: ['decisions'], rows: [['licensing', '行政许可']] },
  { caption: '第二十条第（六）项', headers: ['本年处理决定数量'], columns: ['decisions'], rows: [['penalty', '行政处罚'], ['coercion', '行政强制']] },
  { caption: '第二十条第（八）项', headers: ['本年收费金额（单位：万元）'], columns: ['amount'], rows: [['fees', '行政事业性收费']] },
];

const COUNTED = ['previousCount', 'change', 'decisions'];
const BLOCKS_2019: Block[] = [
  { caption: '第二十条第（一）项', headers: ['本年新制作数量', '本年新公开数量', '对外公开总数量'], columns: ['made', 'published', 'totalPublished'], rows: [['regulations', '规章'], ['normativeDocuments', '规范性文件']] },
  { caption: '第二十条第（五）项', headers: ['上一年项目数量', '本年增/减', '处理决定数量'], columns: COUNTED, rows: [['licensing', '行政许可'], ['otherServices', '其他对外管理服务事项']] },
  { caption: '第二十条第（六）项', headers: ['上一年项目数量', '本年增/减', '处理决定数量'], columns: COUNTED, rows: [['penalty', '行政处罚'], ['coercion', '行政强制']] },
  { caption: '第二十条第（八）项', headers: ['上一年项目数量', '本年增/减'], columns: ['previousCount', 'change'], rows: [['fees', '行政事业性收费']] },
  { caption: '第二十条第（九）项', headers: ['采购项目数量', '采购总金额'], columns: ['projects', 'amount'], rows: [['procurement', '政府集中采购']] },
];

/**
 * Table 二 as stacked blocks, each a caption row, a header row (`信息内容` + columns) and its
 * rows. `extraRows` adds local rows after a block's rows (湖北's `其他主动公开文件`); `rename`
 * rewrites single labels (湖北's annotated `规章（设区的市…）`). Returns the row below it.
 */
export function paintActive(
  sheet: SheetSpec,
  top: number,
  left: number,
  format: '2021' | '2019',
  style: PaintStyle,
  value: ValueFor,
  options: { rename?: Record<string, string>; extraRows?: Record<string, Array<[string, SpecValue[]]>> } = {},
): number {
  const label = (text: string) => (style.label ?? ((t: string) => t))(options.rename?.[text] ?? text);
  let row = top;
  for (const block of format === '2021' ? BLOCKS_2021 : BLOCKS_2019) {
    sheet.set(row, left, label(block.caption));
    if (style.merged) sheet.merge(row, left, row, left + 3);
    row += 1;
    sheet.set(row, left, label('信息内容'));
    const span = block.headers.length === 1 ? 3 : 1;
    block.headers.forEach((header, i) => {
      sheet.set(row, left + 1 + i, label(header));
      if (style.merged && span > 1) sheet.merge(row, left + 1 + i, row, left + 3);
    });
    row += 1;
    for (const [id, text] of block.rows) {
      sheet.set(row, left, label(text));
      block.columns.forEach((column, i) => {
        sheet.set(row, left + 1 + i, value('active', id, column, { row, column: left + 1 + i }));
        if (style.merged && span > 1) sheet.merge(row, left + 1 + i, row, left + 3);
      });
      row += 1;
    }
    for (const [text, values] of options.extraRows?.[block.caption] ?? []) {
      sheet.set(row, left, text);
      values.forEach((v, i) => sheet.set(row, left + 1 + i, v));
      row += 1;
    }
  }
  return row;
}
