import type { CommandSpec } from '../command.js';

export const aggregateCommand: CommandSpec = {
  name: 'aggregate',
  summary: { zh: '汇总全县：核对名册、检查每份报表、合计成县级年报并生成 HTML、PDF、Word 和汇总表', en: 'aggregate a county: roster, checks, the county report as HTML, PDF, Word and a summary workbook' },
  usage: {
    zh: ['<文件或文件夹...> --roster <名册.xlsx> --organ <汇总机关> --year <年份> -o <输出文件夹/> [--received <收文登记.csv>] [--narrative <本级年报文字.txt>]'],
    en: ['<files or folders...> --roster <roster.xlsx> --organ <aggregating organ> --year <year> -o <output folder/> [--received <register.csv>] [--narrative <text.txt>]'],
  },
  description: {
    zh: [
      '读取各乡镇、部门报来的报表，按名册核对谁已报、谁未报，逐份检查，把没有错误的报表逐格相加，写出：',
      '  report.json      汇总年报数据（report/v1，含各单位的构成）',
      '  report.html      汇总年报网页（国家规定的表格样式，附报送情况）',
      '  report.pdf       汇总年报 PDF（A4，嵌入中文字体）',
      '  report.docx      汇总年报 Word 文档（供在 Word、WPS 中修改定稿，汇总文字草稿标有【草稿】）',
      '  summary.xlsx     汇总表（各单位数字和合计）',
      '  checking.html    审核报告：每个文件的全部问题，按文件分组',
      '  checking.json    审核报告数据（报送情况、每个文件的去向、全部问题）',
      '有错误的报表不计入（加 --include-errors 则计入并提示），同一单位报来两份不同的报表时均不计入，直到删除作废的一份。',
      '迟报按名册中的“报送截止日期”和 --received 收文登记表中的收到日期判断。',
      '退出码：0 已写出汇总结果（退回、缺报等见打印的报送情况）；1 无法汇总或加了 --strict 且有退回、缺报、重复；2 用法错误。',
    ].join('\n'),
    en: [
      'Reads the reports townships and departments sent, checks them against the roster (who filed, who did not), checks each one, adds the sound ones cell by cell, and writes:',
      '  report.json      the county report (report/v1, with what each member contributed)',
      '  report.html      the county report as a web page (official tables, with the filing status)',
      '  report.pdf       the county report as PDF (A4, Chinese fonts embedded)',
      '  report.docx      the county report as a Word document to finish in Word or WPS (the generated draft marked 【草稿】)',
      '  summary.xlsx     the summary workbook (each member and the totals)',
      '  checking.html    the checking report: every problem of every file',
      '  checking.json    the same as data (completeness, where every file went, all problems)',
      'Reports with errors are left out (--include-errors adds them with a warning); two different reports of one organ are both left out until the superseded one is removed.',
      'Lateness uses the roster\'s deadline column and the received dates of --received.',
      'Exit codes: 0 the county report was written (see the printed completeness); 1 nothing could be aggregated, or --strict and something was rejected, missing or duplicated; 2 usage error.',
    ].join('\n'),
  },
  options: {
    roster: { type: 'string', value: { zh: '名册', en: 'roster' }, description: { zh: '应报送单位名册（.xlsx、.csv 或 .json），必填', en: 'roster of organs expected to file (.xlsx, .csv or .json), required' } },
    organ: { type: 'string', value: { zh: '机关名称', en: 'organ' }, description: { zh: '汇总机关，如 某某县人民政府，必填', en: 'the aggregating organ, e.g. a county government, required' } },
    year: { type: 'string', value: { zh: '年份', en: 'year' }, description: { zh: '报告年度，如 2024，必填', en: 'report year, e.g. 2024, required' } },
    output: { type: 'string', short: 'o', value: { zh: '文件夹', en: 'folder' }, description: { zh: '输出文件夹，必填', en: 'output folder, required' } },
    level: {
      type: 'string',
      value: { zh: '层级', en: 'level' },
      description: { zh: '汇总机关层级：county（默认）、city、province…；名册中有该机关时以名册为准', en: 'level of the aggregating organ: county (default), city, province…; the roster wins when it lists the organ' },
    },
    received: { type: 'string', value: { zh: '登记表', en: 'register' }, description: { zh: '收文登记表 CSV：“文件”和“收到日期”两列，用于判断迟报', en: 'received-date register (CSV with columns file and received), for lateness' } },
    deadline: { type: 'string', value: { zh: '日期', en: 'date' }, description: { zh: '报送截止日期，名册未写明时使用，如 2025-01-20', en: 'deadline where the roster gives none, e.g. 2025-01-20' } },
    'include-errors': { type: 'boolean', description: { zh: '有错误的报表也计入汇总（会加以提示）', en: 'add reports with errors too (with a warning)' } },
    narrative: {
      type: 'string',
      value: { zh: '文件', en: 'file' },
      description: { zh: '本级年报文字（.txt），作为汇总年报的总体情况、存在的主要问题等部分', en: "the county's own text (.txt) for the overview, problems and other sections of the county report" },
    },
    'no-pdf': { type: 'boolean', description: { zh: '不生成 PDF', en: 'do not write the PDF' } },
    'no-docx': { type: 'boolean', description: { zh: '不生成 Word 文档', en: 'do not write the Word document' } },
    jobs: {
      type: 'string',
      value: { zh: '数量', en: 'count' },
      description: { zh: '同时读取和检查的线程数，默认为本机处理器核数；结果与单线程完全相同', en: 'files read and checked in parallel (worker threads); default: the cores available; the results are identical to one job' },
    },
    strict: { type: 'boolean', description: { zh: '有退回、缺报、重复或名册外的报表时退出码为 1', en: 'exit 1 when anything is rejected, missing, duplicated or unexpected' } },
  },
  positionals: { min: 1, name: { zh: '收到的报表（文件或文件夹）', en: 'the reports received (files or folders)' } },
  examples: [
    {
      command: 'aggregate 收到的报表/ --roster 名册.xlsx --organ 某某县人民政府 --year 2024 -o 汇总结果/',
      explanation: { zh: '汇总一个文件夹里的全部报表', en: 'aggregate every report in a folder' },
    },
    {
      command: 'aggregate examples/demo-county/submissions --roster examples/demo-county/roster.xlsx --received examples/demo-county/received.csv --narrative examples/demo-county/青山县年报文字.txt --organ 青山县人民政府 --year 2024 -o out/',
      explanation: { zh: '示例县（npm run demo 运行的就是这条）', en: 'the example county (what npm run demo runs)' },
    },
  ],
  load: () => import('./aggregate-run.js'),
};
