// An example province plugin for gov-report (某省). Copy this folder to start your own: it is plain
// JavaScript, so `gov-report --plugin ./index.mjs` loads it with no build step.
//
// What it adds, on a new form `gov-2021-xm` extended from the national `gov-2021` format:
// - a table 七、政务新媒体情况 (accounts at the start of the year, opened, closed, in operation);
// - a row 4.转送其他机关办理 under 表三（六）其他处理, counted by the national rules (it is in group `result`);
// - two rules with Chinese and English messages: XM-1 (the new-media accounts balance) and XM-2
//   (townships file by the province's own deadline);
// - a cross-year rule XM-3 (this year's accounts at the start = last year's in operation).
import { definePlugin } from '@report/core/plugin';

const RESULTS = '三、本年度办理结果';
const OTHER_HANDLING = '（六）其他处理';

/** Accounts at the start + opened − closed = in operation, in every row of table 七. */
const balanceRule = {
  id: 'XM-1',
  kind: 'equation',
  severity: 'error',
  table: 'newMedia',
  each: 'row',
  left: ['existing', 'opened', { id: 'closed', sign: -1 }],
  op: '=',
  right: ['operating'],
  leftText: { zh: '上年末账号数+本年新开设−本年关停', en: 'at the start + opened − closed' },
  rightText: { zh: '年末运营账号数', en: 'in operation at the end' },
  description: { zh: '政务新媒体账号：上年末账号数+本年新开设−本年关停=年末运营账号数', en: 'New-media accounts: at the start + opened − closed = in operation at the end' },
  basis: '某省政务新媒体管理办法',
};

/** This year's accounts at the start = last year's in operation at the end, in every row of table 七 (a warning: reorganisations break it). */
const carryOverRule = {
  id: 'XM-3',
  severity: 'warning',
  description: { zh: '本年“上年末账号数”等于上一年度“年末运营账号数”', en: 'This year’s accounts at the start equal last year’s in operation at the end' },
  table: 'newMedia',
  each: 'row',
  left: [{ year: 'current', id: 'existing' }],
  op: '=',
  right: [{ year: 'previous', id: 'operating' }],
  leftText: { zh: '{year}年“上年末账号数”', en: '{year} accounts at the start' },
  rightText: { zh: '{previousYear}年“年末运营账号数”', en: '{previousYear} in operation at the end' },
};

/** The catalog entries of the plugin's codes: message (zh and en with the same {params}), cause and fix. */
const catalog = {
  'XM-1': {
    severity: 'error',
    title: { zh: '政务新媒体账号数不平衡', en: 'New-media accounts do not balance' },
    message: { zh: '{scope}：{leftText} = {left}，{rightText} = {right}，{relation}', en: '{scope}: {leftText} = {left}, {rightText} = {right}; {relation}' },
    cause: { zh: '上年末账号数加本年新开设、减本年关停，应等于年末运营账号数。', en: 'Accounts at the start plus opened minus closed equal those in operation at the end.' },
    fix: { zh: '核对表七四个数字，改正填错的一项。', en: 'Check the four figures of table VII and correct the wrong one.' },
  },
  'XM-2': {
    severity: 'warning',
    title: { zh: '乡镇逾期报送（省规定）', en: 'Township filed late (province rule)' },
    message: {
      zh: '{organ}于 {submitted} 报送，晚于本省规定的乡镇报送期限 {deadline}',
      en: '{organ} filed on {submitted}, after the province’s deadline for townships, {deadline}',
    },
    cause: { zh: '本省规定乡镇（街道）须在次年{date}前把年度报告报送县级人民政府办公室。', en: 'The province requires townships to file their annual report with the county by {date} of the following year.' },
    fix: { zh: '在汇总说明中注明逾期原因；今后按期报送。', en: 'Note the reason in the county’s remarks; file on time in future.' },
  },
  'XM-3': {
    severity: 'warning',
    title: { zh: '政务新媒体账号数与上年不衔接', en: 'New-media accounts do not carry over' },
    message: { zh: '{scope}：{leftText} = {left}，{rightText} = {right}，{relation}', en: '{scope}: {leftText} = {left}, {rightText} = {right}; {relation}' },
    cause: { zh: '本年“上年末账号数”应等于上一年度报告的“年末运营账号数”。', en: 'This year’s accounts at the start equal last year’s accounts in operation at the end.' },
    fix: { zh: '核对两年的表七；账号确有调整的，在报告中说明。', en: 'Check table VII of both years; explain any reorganisation in the report.' },
  },
};

function townshipDeadlineRule(monthDay) {
  const [month, day] = monthDay.split('-').map(Number);
  return {
    id: 'XM-2',
    kind: 'custom',
    severity: 'warning',
    description: { zh: `乡镇（街道）须于次年${month}月${day}日前报送`, en: `Townships file by ${monthDay} of the following year` },
    check({ report, options, diagnostic }) {
      const submitted = options.submittedOn ?? report.submittedOn;
      if (!submitted || report.organ.level !== 'township') return [];
      const deadline = `${report.year + 1}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      if (submitted <= deadline) return [];
      return [
        diagnostic({
          code: 'XM-2',
          params: { organ: report.organ.name, submitted, deadline, date: { zh: `${month}月${day}日`, en: monthDay } },
          location: { organ: report.organ.name, path: 'submittedOn' },
          expected: `<= ${deadline}`,
          actual: submitted,
        }),
      ];
    },
  };
}

/**
 * The plugin factory. Options:
 * - `formId`: id of the province's form (default `gov-2021-xm`);
 * - `townshipDeadline`: the province's deadline for townships, `MM-DD` of the following year (default `01-10`).
 */
export const provincePlugin = definePlugin((options = {}) => {
  const formId = options.formId ?? 'gov-2021-xm';
  return {
    name: 'province-xm',
    extendForms: {
      'gov-2021': {
        id: formId,
        name: '某省政府信息公开工作年度报告格式（在国家格式基础上增加政务新媒体情况）',
        source: '某省政务公开办〔2024〕1号',
        tables: {
          applications: {
            addRows: [
              {
                id: 'otherHandling.transferred',
                label: '4.转送其他机关办理',
                labelEn: 'other handling: transferred to another organ',
                labelPath: [RESULTS, OTHER_HANDLING],
                groups: ['result'],
                shortLabel: '（六）4',
                after: 'otherHandling.other',
              },
            ],
          },
        },
        addTables: [
          {
            table: {
              id: 'newMedia',
              sectionId: 'newMedia',
              title: '七、政务新媒体情况',
              columns: [
                { id: 'existing', label: '上年末账号数', labelEn: 'accounts at the start', kind: 'count' },
                { id: 'opened', label: '本年新开设', labelEn: 'opened', kind: 'count' },
                { id: 'closed', label: '本年关停', labelEn: 'closed', kind: 'count' },
                { id: 'operating', label: '年末运营账号数', labelEn: 'in operation at the end', kind: 'count' },
              ],
              rows: [
                { id: 'weibo', label: '政务微博', labelEn: 'Weibo' },
                { id: 'wechat', label: '政务微信', labelEn: 'WeChat' },
                { id: 'other', label: '其他', labelEn: 'other' },
              ],
              layout: { type: 'matrix', labelColumns: 1, corner: '平台' },
            },
            section: { id: 'newMedia', number: '七', title: '七、政务新媒体情况', hint: '本年度政务新媒体账号的开设、关停和运营情况。' },
            after: 'other',
          },
        ],
        rules: { add: [balanceRule] },
        crossYearRules: { add: [carryOverRule] },
      },
    },
    rules: [{ ...townshipDeadlineRule(options.townshipDeadline ?? '01-10'), forms: [formId] }],
    catalog,
  };
});

export default provincePlugin;
