import { applicationRules, applicationsTable, otherHandling2021, reviewLitigationTable } from './shared-tables.js';
import { governmentSections } from './sections.js';
import type { FormDefinition, RuleDefinition, TableDefinition } from './types.js';

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

export const gov2021: FormDefinition = {
  id: 'gov-2021',
  name: '中华人民共和国政府信息公开工作年度报告格式',
  source: '国办公开办函〔2021〕30号',
  years: { from: 2021 },
  sections: governmentSections,
  tables: [active2021, applicationsTable(otherHandling2021), reviewLitigationTable],
  rules: [...activeRules2021, ...applicationRules],
};
