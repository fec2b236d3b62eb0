import { getForm, type FormDefinition } from '@report/core';
import { extendForm } from '@report/core/plugin';

/**
 * A province's extension of gov-2021, made with core's `extendForm` as a plugin would: an extra
 * row in table 三's （五）不予处理 category, an extra row in table 二's 第二十条第（五）项 block, and
 * a table of its own in a new section 七.
 */
export function extendedForm(): FormDefinition {
  return extendForm(getForm('gov-2021'), {
    id: 'gov-2021-province',
    tables: {
      applications: {
        addRows: [
          {
            id: 'notProcessed.provincial',
            label: '6.省级扩展：咨询类申请',
            after: 'notProcessed.confirmation',
            labelPath: ['三、本年度办理结果', '（五）不予处理'],
            groups: ['result'],
          },
        ],
      },
      active: {
        addRows: [{ id: 'otherServices', label: '其他对外管理服务事项', after: 'licensing' }],
      },
    },
    addTables: [
      {
        table: {
          id: 'processingFees',
          sectionId: 'processingFees',
          title: '七、信息处理费收取情况',
          columns: [
            { id: 'notices', label: '发出收费通知件数', kind: 'count' },
            { id: 'noticed', label: '收费通知总金额（万元）', kind: 'amount', unit: '万元' },
            { id: 'collected', label: '实际收取总金额（万元）', kind: 'amount', unit: '万元' },
          ],
          rows: [{ id: 'fees', label: '信息处理费' }],
          layout: { type: 'flat' },
        },
        section: { id: 'processingFees', number: '七', title: '七、信息处理费收取情况' },
      },
    ],
  });
}
