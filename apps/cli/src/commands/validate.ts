import type { CommandSpec } from '../command.js';

export const validateCommand: CommandSpec = {
  name: 'validate',
  summary: { zh: '检查报表：逐个文件列出问题（工作表、单元格）', en: 'check reports: every problem by file, sheet and cell' },
  usage: { zh: ['<文件或文件夹...> [--blank-as-zero] [--strict] [--annotate <文件夹>]'], en: ['<files or folders...> [--blank-as-zero] [--strict] [--annotate <folder>]'] },
  description: {
    zh: '检查每个工作簿（.xlsx）、报告 JSON 和年报文字（.txt）：表内勾稽关系、未填写的单元格、年度与格式等。\n文件夹会逐层查找；一个文件读不了不影响其他文件。所有文件检查完后打印汇总行。\n加 --annotate <文件夹> 时，每个有错误的工作簿另存一份标注副本到该文件夹（文件名不变）：问题单元格标色并附批注（问题和修改方法），第一张工作表“问题清单”列出全部问题并可点击跳到单元格；原文件不会被改动。该文件夹不能是报表所在或要检查的文件夹。\n退出码：0 所有文件都没有错误；1 有文件存在错误；2 命令用法错误（如路径不存在）。',
    en: 'Checks every workbook (.xlsx), report JSON and narrative text (.txt): table relations, cells not filled, year and format.\nFolders are searched recursively; a file that cannot be read does not stop the others. A summary line follows.\nWith --annotate <folder>, an annotated copy of each workbook with errors is written there under its own name: problem cells coloured with a comment (the problem and how to fix it), and a first sheet listing every problem with a link to its cell; the original is never changed. The folder may not be one holding or searched for the reports.\nExit codes: 0 no file has an error; 1 some file has errors; 2 the command was called wrongly (e.g. a path that does not exist).',
  },
  options: {
    'blank-as-zero': { type: 'boolean', description: { zh: '把空白单元格当作 0（不再提示未填写）', en: 'treat blank cells as 0 (no "not filled" warnings)' } },
    strict: { type: 'boolean', description: { zh: '有警告也按错误处理（退出码 1）', en: 'treat warnings as errors (exit code 1)' } },
    year: { type: 'string', value: { zh: '年份', en: 'year' }, description: { zh: '年报文字（.txt）的年度，文中写明时可省略', en: 'year of narrative text (.txt) files, when the text does not say' } },
    annotate: {
      type: 'string',
      value: { zh: '文件夹', en: 'folder' },
      description: { zh: '把每个有错误的工作簿另存一份标注副本（问题批注、标色、问题清单）到该文件夹，供退回乡镇修改', en: 'write an annotated copy of each workbook with errors (comments, colours, a problem list) into the folder, to send back for correction' },
    },
    format: { type: 'string', value: { zh: '格式', en: 'format' }, description: { zh: '年报文字（.txt）的报告格式：gov-2021、gov-2019、legacy 或插件的格式（gov-report formats 列出全部）', en: "format of narrative text (.txt) files: gov-2021, gov-2019, legacy or a plugin's (gov-report formats lists them)" } },
  },
  positionals: { min: 1, name: { zh: '要检查的文件或文件夹', en: 'files or folders to check' } },
  examples: [
    { command: 'validate 收到的报表/', explanation: { zh: '检查一个文件夹里的所有报表', en: 'check every report in a folder' } },
    { command: 'validate 青山镇.xlsx 白云乡.xlsx', explanation: { zh: '检查两个工作簿', en: 'check two workbooks' } },
    { command: 'validate 收到的报表/ --annotate 退回/', explanation: { zh: '检查并把有错误的工作簿标注后存入 退回/', en: 'check, and write annotated copies of the workbooks with errors into 退回/' } },
    { command: 'validate submissions/ --json > checks.json', explanation: { zh: '结果存为 JSON，供其他程序使用', en: 'save the result as JSON for other programs' } },
  ],
  load: () => import('./validate-run.js'),
};
