import { applicationRules, applicationsTable, otherHandling2019, reviewLitigationTable } from './shared-tables.js';
import { governmentSections } from './sections.js';
import type { FormDefinition, RuleDefinition, TableDefinition } from './types.js';

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

export const gov2019: FormDefinition = {
  id: 'gov-2019',
  name: '中华人民共和国政府信息公开工作年度报告格式（试行）',
  source: '国办公开办函〔2019〕60号',
  years: { from: 2019, to: 2020 },
  sections: governmentSections,
  tables: [active2019, applicationsTable(otherHandling2019), reviewLitigationTable],
  rules: [...activeRules2019, ...applicationRules],
};
