import { applicationRules, applicationsTable, otherHandling2019, reviewLitigationTable } from './shared-tables.js';
import { accountabilityCheck, activeFigures2019, applicationFigures, feeNoticeCheck } from './narrative-checks.js';
import { blankCellRules } from '../rules/blank-cells.js';
import { governmentSections } from './sections.js';
import { applicationsDetection, carryOverRule, current, governmentMemberFigures, previous, regulationsPlausibility } from './shared-knowledge.js';
import type { CrossYearRule, FormDefinition, NarrativeDraftPhrase, RuleDefinition, TableDefinition } from './types.js';

const INFO = '信息内容';
const COUNTED = ['previousCount', 'change', 'decisions'];

/** Table 二 in the 2019 trial format (spec §3.2): five blocks, 22 cells, 本年增/减 signed. */
export const active2019: TableDefinition = {
  id: 'active',
  sectionId: 'active',
  title: '二、主动公开政府信息情况',
  columns: [
    { id: 'made', label: '本年新制作数量', labelEn: 'made this year', kind: 'count' },
    { id: 'published', label: '本年新公开数量', labelEn: 'published this year', kind: 'count' },
    { id: 'totalPublished', label: '对外公开总数量', labelEn: 'total published', kind: 'count' },
    { id: 'previousCount', label: '上一年项目数量', labelEn: 'items last year', kind: 'count' },
    { id: 'change', label: '本年增/减', labelEn: 'change this year', kind: 'signedCount' },
    { id: 'decisions', label: '处理决定数量', labelEn: 'decisions', kind: 'count' },
    { id: 'projects', label: '采购项目数量', labelEn: 'procurement projects', kind: 'count' },
    { id: 'amount', label: '采购总金额', labelEn: 'procurement amount', kind: 'amount', unit: '万元' },
  ],
  rows: [
    { id: 'regulations', label: '规章', labelEn: 'rules (规章)', columns: ['made', 'published', 'totalPublished'], block: 'article20.1' },
    { id: 'normativeDocuments', label: '规范性文件', labelEn: 'normative documents', columns: ['made', 'published', 'totalPublished'], block: 'article20.1' },
    { id: 'licensing', label: '行政许可', labelEn: 'licensing', columns: COUNTED, block: 'article20.5' },
    { id: 'otherServices', label: '其他对外管理服务事项', labelEn: 'other external services', columns: COUNTED, block: 'article20.5' },
    { id: 'penalty', label: '行政处罚', labelEn: 'penalties', columns: COUNTED, block: 'article20.6' },
    { id: 'coercion', label: '行政强制', labelEn: 'coercive measures', columns: COUNTED, block: 'article20.6' },
    { id: 'fees', label: '行政事业性收费', labelEn: 'administrative fees', columns: ['previousCount', 'change'], block: 'article20.8' },
    { id: 'procurement', label: '政府集中采购', labelEn: 'central government procurement', columns: ['projects', 'amount'], block: 'article20.9' },
  ],
  layout: {
    type: 'blocks',
    valueColumns: 3,
    blocks: [
      { id: 'article20.1', caption: '第二十条第（一）项', labelHeader: INFO, columns: ['made', 'published', 'totalPublished'] },
      { id: 'article20.5', caption: '第二十条第（五）项', labelHeader: INFO, columns: COUNTED },
      { id: 'article20.6', caption: '第二十条第（六）项', labelHeader: INFO, columns: COUNTED },
      { id: 'article20.8', caption: '第二十条第（八）项', labelHeader: INFO, columns: ['previousCount', 'change'] },
      { id: 'article20.9', caption: '第二十条第（九）项', labelHeader: INFO, columns: ['projects', 'amount'] },
    ],
  },
};

const activeRules2019: RuleDefinition[] = [
  {
    id: 'R2-1',
    kind: 'cells',
    severity: 'error',
    table: 'active',
    kinds: ['count', 'amount'],
    description: {
      zh: '表二的数量为非负整数，采购总金额为非负数',
      en: 'Counts in table II are non-negative whole numbers; the procurement amount is non-negative',
    },
  },
  {
    id: 'R2-6',
    kind: 'cells',
    severity: 'error',
    table: 'active',
    kinds: ['signedCount'],
    description: { zh: '本年增/减为整数，可以为负数（减少用负数表示）', en: 'The yearly change is a whole number and may be negative' },
  },
  {
    id: 'R2-5',
    kind: 'equation',
    severity: 'error',
    table: 'active',
    each: 'row',
    left: ['previousCount', 'change'],
    op: '>=',
    right: [],
    leftText: { zh: '上一年项目数量+本年增/减', en: 'items last year + change' },
    rightText: { zh: '0', en: '0' },
    description: { zh: '上一年项目数量加本年增/减不能为负数', en: 'Items last year plus the change cannot be negative' },
  },
  {
    id: 'R2-7',
    kind: 'equation',
    severity: 'warning',
    table: 'active',
    each: 'row',
    left: ['totalPublished'],
    op: '>=',
    right: ['published'],
    leftText: { zh: '对外公开总数量', en: 'total published' },
    rightText: { zh: '本年新公开数量', en: 'published this year' },
    description: { zh: '对外公开总数量通常不少于本年新公开数量', en: 'Total published is normally at least the number published this year' },
  },
];

/** R2-4: 上一年项目数量 carries over from last year's count plus its change (trial columns only). */
const crossYearRules2019: CrossYearRule[] = [
  carryOverRule,
  {
    id: 'R2-4',
    severity: 'warning',
    description: {
      zh: '本年“上一年项目数量”等于上年度“上一年项目数量”加“本年增/减”（2019年试行格式）',
      en: 'This year’s items last year equal last year’s items last year plus its change (2019 trial format)',
    },
    table: 'active',
    each: 'row',
    left: [current('previousCount')],
    op: '=',
    right: [previous('previousCount'), previous('change')],
    leftText: { zh: '{year}年度“上一年项目数量”', en: '{year} items last year' },
    rightText: { zh: '{previousYear}年度“上一年项目数量+本年增/减”', en: '{previousYear} items last year + change' },
  },
];

const cell = (row: string, column: string) => ({ table: 'active', row, column });

/** The narrative draft's sentences about table 二 in the trial columns. */
const activePhrases2019: NarrativeDraftPhrase[] = [
  {
    text: {
      zh: '本年新制作规范性文件{made}件、新公开{published}件，对外公开规范性文件总数{total}件',
      en: '{made} normative documents were made and {published} published this year, {total} published in total',
    },
    cells: { made: cell('normativeDocuments', 'made'), published: cell('normativeDocuments', 'published'), total: cell('normativeDocuments', 'totalPublished') },
  },
  {
    text: { zh: '新制作规章{made}件、新公开{published}件，对外公开规章总数{total}件', en: '{made} rules (规章) were made and {published} published, {total} in total' },
    cells: { made: cell('regulations', 'made'), published: cell('regulations', 'published'), total: cell('regulations', 'totalPublished') },
    when: 'nonZero',
  },
  {
    text: {
      zh: '作出行政许可处理决定{licensing}件、其他对外管理服务事项处理决定{otherServices}件、行政处罚处理决定{penalty}件、行政强制处理决定{coercion}件',
      en: 'decisions were made on {licensing} licensing, {otherServices} other external services, {penalty} penalty, {coercion} coercive measure matters',
    },
    cells: {
      licensing: cell('licensing', 'decisions'),
      otherServices: cell('otherServices', 'decisions'),
      penalty: cell('penalty', 'decisions'),
      coercion: cell('coercion', 'decisions'),
    },
  },
  {
    text: { zh: '行政事业性收费项目上一年{previousCount}项，{change}', en: 'administrative fee items: {previousCount} last year, {change}' },
    cells: { previousCount: cell('fees', 'previousCount'), change: cell('fees', 'change') },
    changes: {
      change: {
        up: { zh: '本年增加{n}项', en: 'up {n} this year' },
        down: { zh: '本年减少{n}项', en: 'down {n} this year' },
        none: { zh: '本年无增减', en: 'unchanged this year' },
        blank: { zh: '本年增减未填报', en: 'the change was not filled' },
      },
    },
  },
  {
    text: {
      zh: '政府集中采购项目{projects}个，采购总金额{amount}万元',
      en: '{projects} central procurement projects, {amount} × 10,000 yuan in total',
    },
    cells: { projects: cell('procurement', 'projects'), amount: cell('procurement', 'amount') },
  },
];

export const gov2019: FormDefinition = {
  id: 'gov-2019',
  name: '中华人民共和国政府信息公开工作年度报告格式（试行）',
  source: '国办公开办函〔2019〕60号',
  years: { from: 2019, to: 2020 },
  sections: governmentSections,
  tables: [active2019, applicationsTable(otherHandling2019), reviewLitigationTable],
  rules: [...activeRules2019, ...applicationRules, ...blankCellRules],
  crossYearRules: crossYearRules2019,
  memberFigures: governmentMemberFigures,
  narrativeDraft: { active: activePhrases2019 },
  detection: {
    tables: {
      active: { columns: { change: ['本年增减', '本年增（减）', '本年增/减数量', '增/减', '增减'] } },
      applications: applicationsDetection,
    },
  },
  plausibility: [regulationsPlausibility],
  narrativeChecks: {
    figures: [...activeFigures2019, ...applicationFigures(['otherHandling'])],
    accountability: accountabilityCheck,
    fees: feeNoticeCheck,
  },
};
