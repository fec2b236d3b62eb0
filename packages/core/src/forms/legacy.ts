import type { FormDefinition } from './types.js';

/**
 * Narrative reports in the pre-2019 structure (2007 条例 old Art. 32 practice), such as the
 * 鹅公镇 2019 report. No tables: the content is prose, with counts written in the text.
 * Its checks are narrative rules (see `rules/narrative-rules.ts`), added in `registry.ts`.
 */
export const legacyBase: FormDefinition = {
  id: 'legacy',
  name: '政府信息公开工作年度报告（2007年条例结构的叙述式报告）',
  source: '《中华人民共和国政府信息公开条例》（2007）第三十二条',
  years: {},
  sections: [
    { id: 'overview', number: '一', title: '一、概述', titleVariants: ['总体情况', '基本情况', '概况'] },
    { id: 'active', number: '二', title: '二、主动公开政府信息情况', titleVariants: ['主动公开政府信息的情况', '主动公开情况'] },
    {
      id: 'applications',
      number: '三',
      title: '三、依申请公开政府信息情况',
      titleVariants: ['政府信息依申请公开情况', '依申请公开政府信息和不予公开政府信息的情况', '依申请公开情况'],
    },
    { id: 'fees', number: '四', title: '四、政府信息公开的收费及减免情况', titleVariants: ['政府信息公开收费及减免情况', '收费及减免情况'] },
    {
      id: 'reviewLitigation',
      number: '五',
      title: '五、因政府信息公开申请行政复议、提起行政诉讼的情况',
      titleVariants: ['申请行政复议及提起行政诉讼情况', '行政复议和行政诉讼情况', '申请行政复议及提起行政诉讼和申诉情况'],
    },
    {
      id: 'problems',
      number: '六',
      title: '六、政府信息公开工作存在的主要问题及改进情况',
      titleVariants: ['信息公开工作存在的主要问题及改进措施', '存在问题及改进措施', '存在的主要问题及改进措施'],
    },
    { id: 'other', number: '七', title: '七、其他需要报告的事项', titleVariants: ['其他需要报告的事项'] },
  ],
  tables: [],
  rules: [],
};
