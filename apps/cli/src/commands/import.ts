import type { CommandSpec } from '../command.js';

export const importCommand: CommandSpec = {
  name: 'import',
  summary: { zh: '把工作簿或年报文字转成报告 JSON', en: 'turn a workbook or narrative text into the report JSON' },
  usage: {
    zh: ['<工作簿.xlsx | 年报.txt> [-o report.json]', '<工作簿.xlsx> <年报.txt> [-o report.json]'],
    en: ['<workbook.xlsx | report.txt> [-o report.json]', '<workbook.xlsx> <report.txt> [-o report.json]'],
  },
  description: {
    zh: '读取填好的工作簿（.xlsx）或年报全文（.txt，UTF-8 或 GB18030），输出报告 JSON（report/v1）。\n同时给出工作簿和文字时，表格取自工作簿，文字各部分以 .txt 为准。\n不加 -o 时 JSON 打印到标准输出。读取中发现的问题打印到标准错误；要全面检查请再运行 validate。',
    en: 'Reads a filled workbook (.xlsx) or the full text of a report (.txt, UTF-8 or GB18030) and writes the report JSON (report/v1).\nGiven a workbook and a text, the tables come from the workbook and the sections from the text (which wins).\nWithout -o the JSON goes to stdout. Problems met while reading go to stderr; run validate for the full checks.',
  },
  options: {
    output: { type: 'string', short: 'o', value: { zh: '文件', en: 'file' }, description: { zh: '输出的报告 JSON 文件', en: 'report JSON file to write' } },
    year: { type: 'string', value: { zh: '年份', en: 'year' }, description: { zh: '年报文字的年度（文中写明时可省略）', en: 'year of a narrative text (when the text does not say)' } },
    organ: { type: 'string', value: { zh: '机关名称', en: 'organ' }, description: { zh: '年报文字的机关名称（文中写明时可省略）', en: 'organ of a narrative text (when the text does not say)' } },
    format: { type: 'string', value: { zh: '格式', en: 'format' }, description: { zh: '年报文字的报告格式：gov-2021、gov-2019、legacy 或插件的格式（gov-report formats 列出全部）', en: "format of a narrative text: gov-2021, gov-2019, legacy or a plugin's (gov-report formats lists them)" } },
  },
  positionals: { min: 1, max: 2, name: { zh: '要导入的文件', en: 'the file to import' } },
  examples: [
    { command: 'import 青山镇.xlsx -o 青山镇.json', explanation: { zh: '工作簿转为报告 JSON', en: 'a workbook to the report JSON' } },
    { command: 'import 青山镇.xlsx 青山镇年报.txt -o 青山镇.json', explanation: { zh: '表格取自工作簿，文字取自 .txt', en: 'tables from the workbook, text from the .txt' } },
    { command: 'import 鹅公镇2019年报.txt --year 2019 --format legacy', explanation: { zh: '旧式文字年报，JSON 打印到屏幕', en: 'an old-style narrative report, JSON to stdout' } },
  ],
  load: () => import('./import-run.js'),
};
