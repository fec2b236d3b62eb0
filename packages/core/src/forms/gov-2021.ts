import { applicationRules, applicationsTable, otherHandling2021, reviewLitigationTable } from './shared-tables.js';
import { accountabilityCheck, activeFigures2021, applicationFigures, feeNoticeCheck2021 } from './narrative-checks.js';
import { blankCellRules } from '../rules/blank-cells.js';
import { governmentSections } from './sections.js';
import { applicationsDetection, carryOverRule, current, governmentMemberFigures, previous, regulationsPlausibility } from './shared-knowledge.js';
import type { CrossYearRule, FormDefinition, NarrativeDraftPhrase, RuleDefinition, TableDefinition } from './types.js';

const INFO = '信息内容';

/** Table 二 in the 2021 format (spec §3.1): four stacked blocks on a 4-column grid, 10 cells. */
export const active2021: TableDefinition = {
  id: 'active',
  sectionId: 'active',
  title: '二、主动公开政府信息情况',
  columns: [
    { id: 'issued', label: '本年制发件数', labelEn: 'issued this year', kind: 'count' },
    { id: 'repealed', label: '本年废止件数', labelEn: 'repealed this year', kind: 'count' },
    { id: 'inForce', label: '现行有效件数', labelEn: 'in force', kind: 'count' },
    { id: 'decisions', label: '本年处理决定数量', labelEn: 'decisions this year', kind: 'count' },
    { id: 'amount', label: '本年收费金额（单位：万元）', labelEn: 'fees collected this year (10,000 yuan)', kind: 'amount', unit: '万元', shortLabel: '本年收费金额' },
  ],
  rows: [
    { id: 'regulations', label: '规章', labelEn: 'rules (规章)', columns: ['issued', 'repealed', 'inForce'], block: 'article20.1' },
    { id: 'normativeDocuments', label: '行政规范性文件', labelEn: 'normative documents', columns: ['issued', 'repealed', 'inForce'], block: 'article20.1' },
    { id: 'licensing', label: '行政许可', labelEn: 'licensing', columns: ['decisions'], block: 'article20.5' },
    { id: 'penalty', label: '行政处罚', labelEn: 'penalties', columns: ['decisions'], block: 'article20.6' },
    { id: 'coercion', label: '行政强制', labelEn: 'coercive measures', columns: ['decisions'], block: 'article20.6' },
    { id: 'fees', label: '行政事业性收费', labelEn: 'administrative fees', columns: ['amount'], block: 'article20.8' },
  ],
  layout: {
    type: 'blocks',
    valueColumns: 3,
    blocks: [
      { id: 'article20.1', caption: '第二十条第（一）项', labelHeader: INFO, columns: ['issued', 'repealed', 'inForce'] },
      { id: 'article20.5', caption: '第二十条第（五）项', labelHeader: INFO, columns: ['decisions'] },
      { id: 'article20.6', caption: '第二十条第（六）项', labelHeader: INFO, columns: ['decisions'] },
      { id: 'article20.8', caption: '第二十条第（八）项', labelHeader: INFO, columns: ['amount'] },
    ],
  },
};

const activeRules2021: RuleDefinition[] = [
  {
    id: 'R2-1',
    kind: 'cells',
    severity: 'error',
    table: 'active',
    kinds: ['count', 'amount'],
    description: {
      zh: '表二的件数和处理决定数量为非负整数，收费金额（万元）为非负数',
      en: 'Counts in table II are non-negative whole numbers; the fee amount (10,000 yuan) is non-negative',
    },
  },
];

/** R2-2 and R2-3: documents in force carry over from last year (2021 columns only). */
const crossYearRules2021: CrossYearRule[] = [
  carryOverRule,
  {
    id: 'R2-2',
    severity: 'warning',
    description: {
      zh: '现行有效件数 ≈ 上年现行有效件数 + 本年制发件数 − 本年废止件数（2021年格式）',
      en: 'In force ≈ last year’s in force + issued − repealed (2021 format)',
    },
    table: 'active',
    each: 'row',
    left: [current('inForce')],
    op: '=',
    right: [previous('inForce'), current('issued'), current('repealed', -1)],
    leftText: { zh: '{year}年现行有效件数', en: '{year} in force' },
    rightText: { zh: '{previousYear}年现行有效件数+{year}年制发件数−{year}年废止件数', en: '{previousYear} in force + {year} issued − {year} repealed' },
  },
  {
    id: 'R2-3',
    severity: 'warning',
    description: {
      zh: '本年废止件数不超过上年现行有效件数与本年制发件数之和（2021年格式）',
      en: 'Repealed does not exceed last year’s in force plus issued (2021 format)',
    },
    table: 'active',
    each: 'row',
    left: [current('repealed')],
    op: '<=',
    right: [previous('inForce'), current('issued')],
    leftText: { zh: '{year}年废止件数', en: '{year} repealed' },
    rightText: { zh: '{previousYear}年现行有效件数+{year}年制发件数', en: '{previousYear} in force + {year} issued' },
  },
];

const cell = (row: string, column: string) => ({ table: 'active', row, column });

/** The narrative draft's sentences about table 二 in the 2021 columns. */
const activePhrases2021: NarrativeDraftPhrase[] = [
  {
    text: {
      zh: '本年制发行政规范性文件{issued}件、废止{repealed}件，现行有效{inForce}件',
      en: '{issued} normative documents were issued and {repealed} repealed this year, with {inForce} in force',
    },
    cells: { issued: cell('normativeDocuments', 'issued'), repealed: cell('normativeDocuments', 'repealed'), inForce: cell('normativeDocuments', 'inForce') },
  },
  {
    text: { zh: '制发规章{issued}件、废止{repealed}件，现行有效{inForce}件', en: '{issued} rules (规章) were made and {repealed} repealed, with {inForce} in force' },
    cells: { issued: cell('regulations', 'issued'), repealed: cell('regulations', 'repealed'), inForce: cell('regulations', 'inForce') },
    when: 'nonZero',
  },
  {
    text: {
      zh: '作出行政许可处理决定{licensing}件、行政处罚处理决定{penalty}件、行政强制处理决定{coercion}件',
      en: 'decisions were made on {licensing} licensing, {penalty} penalty, {coercion} coercive measure matters',
    },
    cells: { licensing: cell('licensing', 'decisions'), penalty: cell('penalty', 'decisions'), coercion: cell('coercion', 'decisions') },
  },
  {
    text: { zh: '收取行政事业性收费{amount}万元', en: 'administrative fees of {amount} × 10,000 yuan were collected' },
    cells: { amount: cell('fees', 'amount') },
  },
];

export const gov2021: FormDefinition = {
  id: 'gov-2021',
  name: '中华人民共和国政府信息公开工作年度报告格式',
  source: '国办公开办函〔2021〕30号',
  years: { from: 2021 },
  sections: governmentSections,
  tables: [active2021, applicationsTable(otherHandling2021), reviewLitigationTable],
  rules: [...activeRules2021, ...applicationRules, ...blankCellRules],
  crossYearRules: crossYearRules2021,
  memberFigures: governmentMemberFigures,
  narrativeDraft: { active: activePhrases2021 },
  detection: {
    tables: {
      active: { rows: { normativeDocuments: ['规范性文件（行政）'] } },
      applications: applicationsDetection,
    },
  },
  plausibility: [regulationsPlausibility],
  narrativeChecks: {
    figures: [...activeFigures2021, ...applicationFigures(['otherHandling.noCorrection', 'otherHandling.feeUnpaid', 'otherHandling.other'])],
    accountability: accountabilityCheck,
    fees: feeNoticeCheck2021,
  },
};
