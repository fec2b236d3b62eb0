import { getForm, type FormDefinition, type TableDefinition } from '@report/core';

/**
 * A province's extension of gov-2021, as a plugin would ship it: an extra row in table 三's
 * （五）不予处理 category, an extra block in table 二, and a table of its own in section 六.
 */
export function extendedForm(): FormDefinition {
  const base = getForm('gov-2021');
  const tables = base.tables.map((table): TableDefinition => {
    if (table.id === 'applications') {
      const rows = [...table.rows];
      const after = rows.findIndex((row) => row.id === 'notProcessed.confirmation');
      rows.splice(after + 1, 0, {
        id: 'notProcessed.provincial',
        label: '6.省级扩展：咨询类申请',
        labelPath: ['三、本年度办理结果', '（五）不予处理'],
        groups: ['result'],
      });
      return { ...table, rows };
    }
    if (table.id === 'active' && table.layout.type === 'blocks') {
      return {
        ...table,
        columns: [...table.columns, { id: 'catalogued', label: '目录编制条数', kind: 'count' }],
        rows: [...table.rows, { id: 'catalogue', label: '政府信息公开目录', columns: ['catalogued', 'decisions'], block: 'province.1' }],
        layout: {
          ...table.layout,
          blocks: [...table.layout.blocks, { id: 'province.1', caption: '省级扩展项目', labelHeader: '信息内容', columns: ['catalogued', 'decisions', 'inForce'] }],
        },
      };
    }
    return table;
  });
  const feesTable: TableDefinition = {
    id: 'provincialFees',
    sectionId: 'other',
    title: '六、信息处理费收取情况',
    columns: [
      { id: 'notices', label: '发出收费通知件数', kind: 'count' },
      { id: 'noticed', label: '收费通知总金额（万元）', kind: 'amount', unit: '万元' },
      { id: 'collected', label: '实际收取总金额（万元）', kind: 'amount', unit: '万元' },
    ],
    rows: [{ id: 'fees', label: '信息处理费', labelPath: [] }],
    layout: { type: 'flat' },
  };
  return { ...base, id: 'gov-2021-province', extends: 'gov-2021', tables: [...tables, feesTable] };
}
