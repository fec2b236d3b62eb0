import type { SectionDefinition } from './types.js';

/** The six sections of the 2019-trial and 2021 formats (spec §2.4). */
export const governmentSections: SectionDefinition[] = [
  {
    id: 'overview',
    number: '一',
    title: '一、总体情况',
    required: true,
    titleVariants: ['概述', '基本情况', '概况', '总体工作情况'],
    hint: '主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障等方面的总体情况。',
  },
  {
    id: 'active',
    number: '二',
    title: '二、主动公开政府信息情况',
    tableId: 'active',
    required: true,
    titleVariants: ['主动公开政府信息的情况', '主动公开情况'],
  },
  {
    id: 'applications',
    number: '三',
    title: '三、收到和处理政府信息公开申请情况',
    tableId: 'applications',
    required: true,
    titleVariants: ['收到和处理政府信息公开申请的情况', '依申请公开政府信息情况', '依申请公开情况'],
  },
  {
    id: 'reviewLitigation',
    number: '四',
    title: '四、政府信息公开行政复议、行政诉讼情况',
    tableId: 'reviewLitigation',
    required: true,
    titleVariants: [
      '政府信息公开行政复议和行政诉讼情况',
      '行政复议和行政诉讼情况',
      '行政复议、行政诉讼情况',
      '因政府信息公开工作被申请行政复议和提起行政诉讼情况',
      '因政府信息公开工作被申请行政复议提起行政诉讼情况',
    ],
  },
  {
    id: 'problems',
    number: '五',
    title: '五、存在的主要问题及改进情况',
    required: true,
    titleVariants: ['政府信息公开工作存在的主要问题及改进情况', '存在问题及改进情况', '存在的主要问题及改进措施', '存在问题及改进措施'],
    hint: '存在的主要问题、改进情况及上年问题整改情况。',
  },
  {
    id: 'other',
    number: '六',
    title: '六、其他需要报告的事项',
    required: true,
    hint: '信息处理费收取情况（发出收费通知的件数和总金额、实际收取的总金额）及其他需要报告的事项。',
  },
];
