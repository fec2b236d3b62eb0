/**
 * The official tables as a web page has them, typed out label by label (not drawn from the form
 * definitions): HTML tables with rowspan and colspan, and — `stacked` — the labels wrapped the way
 * a page or a clerk wraps them, each line in a cell of its own (`商业` over `企业`, `本年新` spanning
 * `制作数量` and `公开数量`), row labels split over two cells side by side or one above the other.
 * Saved as .html and opened by LibreOffice Calc (see `convertWithLibreOffice`), they become the
 * workbooks a township sends after pasting a table from a web page.
 */

/** The value of a report cell, by table/row/column id (`null`: left blank). */
export type HtmlValueFor = (table: string, row: string, column: string) => string | number | null;

export interface HtmlTableStyle {
  /** Wrap headers and some row labels over stacked or adjacent cells. */
  stacked: boolean;
  /** Table 三 columns left out (a column a clerk deleted), by id. */
  omitColumns?: string[];
}

interface HtmlCell {
  text: string | number | null;
  rowspan?: number;
  colspan?: number;
}

type HtmlRow = HtmlCell[];

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function cell(text: string | number | null, rowspan = 1, colspan = 1): HtmlCell {
  return { text, rowspan, colspan };
}

function tableHtml(caption: string, rows: HtmlRow[]): string {
  const body = rows
    .map((row) => `<tr>${row.map((c) => `<td${c.rowspan && c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}${c.colspan && c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}>${c.text === null ? '' : escapeHtml(String(c.text))}</td>`).join('')}</tr>`)
    .join('\n');
  return `<p>${escapeHtml(caption)}</p>\n<table border="1">\n${body}\n</table>`;
}

/** A page holding the tables, as a government site publishes them. */
export function htmlDocument(title: string, tables: string[]): string {
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>\n<body>\n<h1>${escapeHtml(title)}</h1>\n${tables.join('\n')}\n</body></html>\n`;
}

// ── Table 三 ─────────────────────────────────────────────────────────────────────────────────

const APPLICANTS: Array<{ id: string; lines: string[] }> = [
  { id: 'business', lines: ['商业', '企业'] },
  { id: 'research', lines: ['科研', '机构'] },
  { id: 'publicInterest', lines: ['社会公益', '组织'] },
  { id: 'legalService', lines: ['法律服务', '机构'] },
  { id: 'otherOrganization', lines: ['其他'] },
];

const RESULTS = '三、本年度办理结果';
/** Rows of table 三 below （二）, grouped as printed: category label and its leaves. */
const GROUPS_2021: Array<[string, Array<[string, string]>]> = [
  ['（三）不予公开', [
    ['denied.stateSecret', '1.属于国家秘密'],
    ['denied.prohibitedByLaw', '2.其他法律行政法规禁止公开'],
    ['denied.securityStability', '3.危及“三安全一稳定”'],
    ['denied.thirdPartyRights', '4.保护第三方合法权益'],
    ['denied.internalAffairs', '5.属于三类内部事务信息'],
    ['denied.processInformation', '6.属于四类过程性信息'],
    ['denied.enforcementFiles', '7.属于行政执法案卷'],
    ['denied.inquiryMatters', '8.属于行政查询事项'],
  ]],
  ['（四）无法提供', [
    ['unavailable.notHeld', '1.本机关不掌握相关政府信息'],
    ['unavailable.needsCreation', '2.没有现成信息需要另行制作'],
    ['unavailable.stillUnclear', '3.补正后申请内容仍不明确'],
  ]],
  ['（五）不予处理', [
    ['notProcessed.complaint', '1.信访举报投诉类申请'],
    ['notProcessed.duplicate', '2.重复申请'],
    ['notProcessed.publication', '3.要求提供公开出版物'],
    ['notProcessed.excessive', '4.无正当理由大量反复申请'],
    ['notProcessed.confirmation', '5.要求行政机关确认或重新出具已获取信息'],
  ]],
];
const OTHER_2021: Array<[string, string]> = [
  ['otherHandling.noCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  ['otherHandling.feeUnpaid', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  ['otherHandling.other', '3.其他'],
];

/**
 * Table 三 in either format. Stacked: four header rows (the applicant types wrapped over two
 * cells under the merged `法人或其他组织`), `一、…申请数量` and `四、…继续办理` split over two cells
 * side by side, and `（二）部分公开（…）` wrapped over two rows with its figures merged over both.
 */
export function htmlApplications(format: '2021' | '2019', value: HtmlValueFor, style: HtmlTableStyle): string {
  const omitted = new Set(style.omitColumns ?? []);
  const applicants = APPLICANTS.filter((a) => !omitted.has(a.id));
  const columns = ['naturalPerson', ...applicants.map((a) => a.id), 'total'].filter((id) => !omitted.has(id));
  const headerRows = style.stacked ? 4 : 3;
  const rows: HtmlRow[] = [
    [cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', headerRows, 3), cell('申请人情况', 1, columns.length)],
    [cell('自然人', headerRows - 1), cell('法人或其他组织', 1, applicants.length), cell('总计', headerRows - 1)],
  ];
  if (style.stacked) {
    rows.push(applicants.map((a) => cell(a.lines[0], a.lines.length === 1 ? 2 : 1)));
    rows.push(applicants.filter((a) => a.lines.length > 1).map((a) => cell(a.lines[1])));
  } else {
    rows.push(applicants.map((a) => cell(a.lines.join(''))));
  }
  const figures = (row: string, rowspan = 1) => columns.map((column) => cell(value('applications', row, column), rowspan));
  const split = (text: string, at: number): HtmlCell[] => (style.stacked ? [cell(text.slice(0, at), 1, 2), cell(text.slice(at))] : [cell(text, 1, 3)]);

  rows.push([...split('一、本年新收政府信息公开申请数量', 10), ...figures('newReceived')]);
  rows.push([cell('二、上年结转政府信息公开申请数量', 1, 3), ...figures('carriedOver')]);
  const groups = format === '2021' ? [...GROUPS_2021, ['（六）其他处理', OTHER_2021] as [string, Array<[string, string]>]] : GROUPS_2021;
  const resultRows = 2 + (style.stacked ? 1 : 0) + groups.reduce((n, [, leaves]) => n + leaves.length, 0) + (format === '2019' ? 1 : 0) + 1;
  rows.push([cell(RESULTS, resultRows), cell('（一）予以公开', 1, 2), ...figures('granted')]);
  if (style.stacked) {
    rows.push([cell('（二）部分公开（区分处理的，', 1, 2), ...figures('partiallyGranted', 2)]);
    rows.push([cell('只计这一情形，不计其他情形）', 1, 2)]);
  } else {
    rows.push([cell('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 1, 2), ...figures('partiallyGranted')]);
  }
  for (const [category, leaves] of groups) {
    leaves.forEach(([id, label], i) => rows.push([...(i === 0 ? [cell(category, leaves.length)] : []), cell(label), ...figures(id)]));
  }
  if (format === '2019') rows.push([cell('（六）其他处理', 1, 2), ...figures('otherHandling')]);
  rows.push([cell('（七）总计', 1, 2), ...figures('totalHandled')]);
  rows.push([...split('四、结转下年度继续办理', 6), ...figures('carriedForward')]);
  return tableHtml('三、收到和处理政府信息公开申请情况', rows);
}

// ── Table 四 ─────────────────────────────────────────────────────────────────────────────────

const OUTCOMES: Array<[string, string[]]> = [
  ['upheld', ['结果', '维持']],
  ['corrected', ['结果', '纠正']],
  ['other', ['其他', '结果']],
  ['pending', ['尚未', '审结']],
  ['total', ['总计']],
];

/** Table 四. Stacked: 行政复议's outcomes wrapped over two cells, `未经复议` over `直接起诉`, `复议后` over `起诉`. */
export function htmlReviewLitigation(value: HtmlValueFor, style: HtmlTableStyle): string {
  const rows: HtmlRow[] = [[cell('行政复议', 1, 5), cell('行政诉讼', 1, 10)]];
  const litigation = OUTCOMES.map(([, lines]) => cell(lines.join('')));
  if (style.stacked) {
    rows.push([...OUTCOMES.map(([, lines]) => cell(lines[0], lines.length === 1 ? 3 : 1)), cell('未经复议', 1, 5), cell('复议后', 1, 5)]);
    rows.push([...OUTCOMES.filter(([, lines]) => lines.length > 1).map(([, lines]) => cell(lines[1], 2)), cell('直接起诉', 1, 5), cell('起诉', 1, 5)]);
    rows.push([...litigation, ...litigation]);
  } else {
    rows.push([...OUTCOMES.map(([, lines]) => cell(lines.join(''), 2)), cell('未经复议直接起诉', 1, 5), cell('复议后起诉', 1, 5)]);
    rows.push([...litigation, ...litigation]);
  }
  rows.push(['review', 'litigationDirect', 'litigationAfterReview'].flatMap((row) => OUTCOMES.map(([column]) => cell(value('reviewLitigation', row, column)))));
  return tableHtml('四、政府信息公开行政复议、行政诉讼情况', rows);
}

// ── Table 二 ─────────────────────────────────────────────────────────────────────────────────

interface ActiveBlock {
  caption: string;
  /** Header lines of each column: one line, or two stacked (the first may span several columns). */
  headers: Array<{ id: string; lines: string[] }>;
  rows: Array<[string, string]>;
}

const BLOCKS_2021: ActiveBlock[] = [
  { caption: '第二十条第（一）项', headers: [{ id: 'issued', lines: ['本年', '制发件数'] }, { id: 'repealed', lines: ['本年', '废止件数'] }, { id: 'inForce', lines: ['现行有效', '件数'] }], rows: [['regulations', '规章'], ['normativeDocuments', '行政规范性文件']] },
  { caption: '第二十条第（五）项', headers: [{ id: 'decisions', lines: ['本年处理', '决定数量'] }], rows: [['licensing', '行政许可']] },
  { caption: '第二十条第（六）项', headers: [{ id: 'decisions', lines: ['本年处理', '决定数量'] }], rows: [['penalty', '行政处罚'], ['coercion', '行政强制']] },
  { caption: '第二十条第（八）项', headers: [{ id: 'amount', lines: ['本年收费金额', '（单位：万元）'] }], rows: [['fees', '行政事业性收费']] },
];

const COUNTED = [{ id: 'previousCount', lines: ['上一年', '项目数量'] }, { id: 'change', lines: ['本年', '增/减'] }, { id: 'decisions', lines: ['处理决定', '数量'] }];
const BLOCKS_2019: ActiveBlock[] = [
  { caption: '第二十条第（一）项', headers: [{ id: 'made', lines: ['本年新', '制作数量'] }, { id: 'published', lines: ['本年新', '公开数量'] }, { id: 'totalPublished', lines: ['对外公开', '总数量'] }], rows: [['regulations', '规章'], ['normativeDocuments', '规范性文件']] },
  { caption: '第二十条第（五）项', headers: COUNTED, rows: [['licensing', '行政许可'], ['otherServices', '其他对外管理服务事项']] },
  { caption: '第二十条第（六）项', headers: COUNTED, rows: [['penalty', '行政处罚'], ['coercion', '行政强制']] },
  { caption: '第二十条第（八）项', headers: COUNTED.slice(0, 2), rows: [['fees', '行政事业性收费']] },
  { caption: '第二十条第（九）项', headers: [{ id: 'projects', lines: ['采购项目', '数量'] }, { id: 'amount', lines: ['采购总', '金额'] }], rows: [['procurement', '政府集中采购']] },
];

/** The first header line of each column, a line shared by neighbours merged into one cell over them (`本年新` over two columns). */
function spannedFirstLines(headers: ActiveBlock['headers'], span: number): HtmlCell[] {
  const cells: HtmlCell[] = [];
  for (const header of headers) {
    const previous = cells.at(-1);
    if (previous && previous.text === header.lines[0]) previous.colspan = (previous.colspan ?? 1) + 1;
    else cells.push(cell(header.lines[0], 1, span));
  }
  return cells;
}

/** Table 二 as stacked blocks on a 4-column grid. Stacked: each header wrapped over two rows, a first line shared by two columns merged over both. */
export function htmlActive(format: '2021' | '2019', value: HtmlValueFor, style: HtmlTableStyle): string {
  const rows: HtmlRow[] = [];
  for (const block of format === '2021' ? BLOCKS_2021 : BLOCKS_2019) {
    const span = block.headers.length === 1 ? 3 : 1;
    rows.push([cell(block.caption, 1, 4)]);
    if (style.stacked) {
      rows.push([cell('信息内容', 2), ...spannedFirstLines(block.headers, span)]);
      rows.push(block.headers.map((header) => cell(header.lines[1], 1, span)));
    } else {
      rows.push([cell('信息内容'), ...block.headers.map((header) => cell(header.lines.join(''), 1, span))]);
    }
    for (const [id, label] of block.rows) rows.push([cell(label), ...block.headers.map((header) => cell(value('active', id, header.id), 1, span))]);
  }
  return tableHtml('二、主动公开政府信息情况', rows);
}
