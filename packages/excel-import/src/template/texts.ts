import type { FormDefinition, Locale } from '@report/core';
import { pick } from '../locale.js';

/** The texts of the template a clerk reads (cover, instructions, sheet names), in the chosen language. */
export function templateTexts(locale: Locale | undefined, form: FormDefinition, year: number) {
  const t = (zh: string, en: string) => pick(locale, zh, en);
  return {
    coverSheet: t('封面', 'Cover'),
    narrativeSheet: t('文字部分', 'Narrative'),
    title: t(`${year}年政府信息公开工作年度报告填报表`, `Government information disclosure annual report ${year}: data workbook`),
    fields: {
      name: t('机关名称', 'Organ name'),
      level: t('机关层级', 'Organ level'),
      creditCode: t('统一社会信用代码', 'Unified social credit code'),
      divisionCode: t('行政区划代码', 'Administrative division code'),
      contactPerson: t('联系人', 'Contact person'),
      contactPhone: t('联系电话', 'Contact phone'),
      year: t('报告年度', 'Report year'),
      format: t('报告格式', 'Report format'),
    },
    fieldHints: {
      name: t('填写机关全称，如“某某镇人民政府”', 'Full name, e.g. “某某镇人民政府”'),
      level: t('从下拉列表中选择', 'Choose from the list'),
      creditCode: t('18位，可不填', '18 characters; optional'),
      divisionCode: t('6、9或12位数字，可不填', '6, 9 or 12 digits; optional'),
      contactPerson: t('', ''),
      contactPhone: t('', ''),
    },
    instructionsTitle: t('填写说明', 'How to fill in'),
    instructions: [
      t(
        `本表依据《${form.name}》（${form.source}）制作，适用于${year}年度报告。请只在黄色单元格中填写，其余单元格已锁定。`,
        `This workbook follows 《${form.name}》 (${form.source}) for the ${year} report. Fill in the yellow cells only; the rest is locked.`,
      ),
      t(
        '表格中只填阿拉伯数字。没有发生的事项填 0，不要留空，也不要填“无”“/”“—”。',
        'Enter Arabic numerals only. Enter 0 where nothing happened; do not leave cells blank or write 无, / or —.',
      ),
      t('灰色的“总计”单元格由公式自动计算，无需填写。', 'Grey 总计 (total) cells are formulas and fill themselves.'),
      t(
        '金额以万元为单位，可保留小数（如 0.25）；“本年增/减”减少用负数表示（如 -8）。',
        'Amounts are in 万元 (10,000 yuan) and may have decimals (e.g. 0.25); write a decrease in 本年增/减 as a negative number (e.g. -8).',
      ),
      t('文字内容填在“文字部分”工作表，段落之间按 Alt+Enter 换行。', 'Write the text on the Narrative sheet; press Alt+Enter between paragraphs.'),
      t(
        '请勿插入或删除行列，勿修改表格名称和工作表名称。填好后保存为 .xlsx 格式提交。',
        'Do not insert or delete rows or columns, or rename tables or sheets. Save as .xlsx when done and submit it.',
      ),
    ],
    tableNote: t('请在黄色单元格中填写数字；灰色“总计”单元格自动计算。', 'Enter numbers in the yellow cells; grey totals are computed.'),
    narrativeHeader: [t('部分', 'Section'), t('内容', 'Text'), t('填写提示', 'Hint')],
    tableSectionHint: t('表格见对应工作表；此处可填写表格前后的说明文字（可不填）。', 'The table is on its own sheet; any text around it goes here (optional).'),
    validation: {
      countTitle: t('请填写整数', 'Whole number required'),
      count: t('请填写不小于 0 的整数（没有的填 0）。', 'Enter a whole number, 0 or more (0 where there is none).'),
      signedTitle: t('请填写整数', 'Whole number required'),
      signed: t('请填写整数，减少用负数表示（如 -8）。', 'Enter a whole number; a decrease is negative (e.g. -8).'),
      amountTitle: t('请填写金额', 'Amount required'),
      amount: t('请填写不小于 0 的数字，单位为万元（如 0.25）。', 'Enter a number, 0 or more, in 万元 (e.g. 0.25).'),
      levelTitle: t('请选择机关层级', 'Choose a level'),
      level: t('请从下拉列表中选择。', 'Choose from the list.'),
      creditCodeTitle: t('统一社会信用代码', 'Credit code'),
      creditCode: t('统一社会信用代码为18位。', 'The code has 18 characters.'),
      divisionCodeTitle: t('行政区划代码', 'Division code'),
      divisionCode: t('行政区划代码为6到12位数字。', 'The code has 6 to 12 digits.'),
    },
  };
}
