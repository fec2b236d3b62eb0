import type { CommandSpec } from '../command.js';

export const templateCommand: CommandSpec = {
  name: 'template',
  summary: { zh: '制作 Excel 填报模板（可按名册给每个单位各做一份）', en: 'make the Excel template to fill (one per roster entry if asked)' },
  usage: {
    zh: ['--year <年份> [--format gov-2021] [--organ <机关名称>] [-o <模板.xlsx>]', '--year <年份> --roster <名册.xlsx> -o <文件夹/>'],
    en: ['--year <year> [--format gov-2021] [--organ <organ>] [-o <template.xlsx>]', '--year <year> --roster <roster.xlsx> -o <folder/>'],
  },
  description: {
    zh: '模板按国家规定的表格样式生成，填好后可直接用 validate、aggregate 读取。\n给了 --roster 时，为名册里的每个单位各生成一份模板（文件名为单位名称），放进 -o 指定的文件夹。\n已存在的文件不会被覆盖，除非加 --force。',
    en: 'The template follows the official tables; filled in, it is read back by validate and aggregate.\nWith --roster, one template per roster entry (named after the organ) goes into the folder given by -o.\nExisting files are not overwritten unless --force is given.',
  },
  options: {
    year: { type: 'string', value: { zh: '年份', en: 'year' }, description: { zh: '报告年度，如 2024（必填）', en: 'report year, e.g. 2024 (required)' } },
    format: { type: 'string', value: { zh: '格式', en: 'format' }, description: { zh: '报告格式，默认按年度：2021年起 gov-2021，2019—2020年 gov-2019；插件的格式见 gov-report formats', en: "report format; default by year: gov-2021 from 2021, gov-2019 for 2019–2020; gov-report formats lists plugins' formats too" } },
    organ: { type: 'string', value: { zh: '机关名称', en: 'organ' }, description: { zh: '填报机关名称，预先写入模板', en: 'name of the filing organ, written into the template' } },
    roster: { type: 'string', value: { zh: '名册', en: 'roster' }, description: { zh: '名册文件：为每个单位各做一份模板', en: 'roster file: one template per organ' } },
    output: { type: 'string', short: 'o', value: { zh: '路径', en: 'path' }, description: { zh: '输出文件（或用 --roster 时的输出文件夹）', en: 'output file (or folder, with --roster)' } },
    force: { type: 'boolean', description: { zh: '覆盖已存在的文件', en: 'overwrite existing files' } },
  },
  positionals: { min: 0, max: 0, name: { zh: '参数', en: 'arguments' } },
  examples: [
    { command: 'template --year 2024 --organ 某某镇人民政府 -o 某某镇2024年报模板.xlsx', explanation: { zh: '为一个乡镇制作 2024 年度模板', en: 'a 2024 template for one township' } },
    { command: 'template --year 2024 --roster 名册.xlsx -o 模板/', explanation: { zh: '为名册里的每个单位各做一份', en: 'one template per roster entry' } },
  ],
  load: () => import('./template-run.js'),
};
