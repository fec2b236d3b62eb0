import type { RowAddition, TableAddition } from '../forms/extend.js';

/**
 * The row a province adds most often in examples and tests: 4.转送其他机关办理 under 表三（六）其他处理,
 * in the `result` group (so R3-3 counts it), after 3.其他. A fresh object each call.
 */
export function exampleTransferredRow(overrides: Partial<RowAddition> = {}): RowAddition {
  return {
    id: 'otherHandling.transferred',
    label: '4.转送其他机关办理',
    labelEn: 'other: transferred to another organ',
    labelPath: ['三、本年度办理结果', '（六）其他处理'],
    groups: ['result'],
    shortLabel: '（六）4',
    after: 'otherHandling.other',
    ...overrides,
  };
}

/**
 * A province's own table in a new section 七: 七、信息处理费收取情况 (a count and an amount in 万元),
 * placed after the section `other`. A fresh object each call.
 */
export function exampleFeeNoticesTable(): TableAddition {
  return {
    table: {
      id: 'feeNotices',
      sectionId: 'feeNotices',
      title: '七、信息处理费收取情况',
      columns: [
        { id: 'notices', label: '发出收费通知件数', kind: 'count' },
        { id: 'amount', label: '实际收取金额（单位：万元）', kind: 'amount', unit: '万元' },
      ],
      rows: [{ id: 'fees', label: '信息处理费' }],
      layout: { type: 'matrix', labelColumns: 1 },
    },
    section: { id: 'feeNotices', number: '七', title: '七、信息处理费收取情况' },
    after: 'other',
  };
}
