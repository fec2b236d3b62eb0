import type { CommandSpec } from '../command.js';
import { formatOption, inputFiles, yearOption } from '../command-helpers.js';
import { exitCodes } from '../errors.js';
import { loadFile } from '../load-file.js';
import { createProgress } from '../progress.js';
import { checkLoaded, type CheckedFile } from '../validate/check-file.js';
import { printValidation, validationJson, validationSummary } from '../validate/print-validation.js';

export const validateCommand: CommandSpec = {
  name: 'validate',
  summary: { zh: '检查报表：逐个文件列出问题（工作表、单元格）', en: 'check reports: every problem by file, sheet and cell' },
  usage: { zh: ['<文件或文件夹...> [--blank-as-zero] [--strict]'], en: ['<files or folders...> [--blank-as-zero] [--strict]'] },
  description: {
    zh: '检查每个工作簿（.xlsx）、报告 JSON 和年报文字（.txt）：表内勾稽关系、未填写的单元格、年度与格式等。\n文件夹会逐层查找；一个文件读不了不影响其他文件。所有文件检查完后打印汇总行。\n退出码：0 所有文件都没有错误；1 有文件存在错误；2 命令用法错误（如路径不存在）。',
    en: 'Checks every workbook (.xlsx), report JSON and narrative text (.txt): table relations, cells not filled, year and format.\nFolders are searched recursively; a file that cannot be read does not stop the others. A summary line follows.\nExit codes: 0 no file has an error; 1 some file has errors; 2 the command was called wrongly (e.g. a path that does not exist).',
  },
  options: {
    'blank-as-zero': { type: 'boolean', description: { zh: '把空白单元格当作 0（不再提示未填写）', en: 'treat blank cells as 0 (no "not filled" warnings)' } },
    strict: { type: 'boolean', description: { zh: '有警告也按错误处理（退出码 1）', en: 'treat warnings as errors (exit code 1)' } },
    year: { type: 'string', value: { zh: '年份', en: 'year' }, description: { zh: '年报文字（.txt）的年度，文中写明时可省略', en: 'year of narrative text (.txt) files, when the text does not say' } },
    format: { type: 'string', value: { zh: '格式', en: 'format' }, description: { zh: '年报文字（.txt）的报告格式：gov-2021、gov-2019、legacy 或插件的格式（gov-report formats 列出全部）', en: "format of narrative text (.txt) files: gov-2021, gov-2019, legacy or a plugin's (gov-report formats lists them)" } },
  },
  positionals: { min: 1, name: { zh: '要检查的文件或文件夹', en: 'files or folders to check' } },
  examples: [
    { command: 'validate 收到的报表/', explanation: { zh: '检查一个文件夹里的所有报表', en: 'check every report in a folder' } },
    { command: 'validate 青山镇.xlsx 白云乡.xlsx', explanation: { zh: '检查两个工作簿', en: 'check two workbooks' } },
    { command: 'validate submissions/ --json > checks.json', explanation: { zh: '结果存为 JSON，供其他程序使用', en: 'save the result as JSON for other programs' } },
  ],
  run: async (context) => {
    const { text, output } = context;
    const year = yearOption(context, 'year', 'validate');
    const format = formatOption(context, 'validate');
    const blankAsZero = context.values['blank-as-zero'] === true;
    const strict = context.values.strict === true;
    const files = await inputFiles(context, context.positionals, 'validate');
    const progress = createProgress(context.io, { total: files.length, label: text('检查', 'Checking'), enabled: !context.json });
    const checked: CheckedFile[] = [];
    for (const file of files) {
      progress.tick(file.name);
      const loaded = await loadFile(file, { pipeline: context.pipeline, locale: context.locale, year, format });
      checked.push(checkLoaded(loaded, context, { blankAsZero }));
    }
    progress.done();

    const summary = validationSummary(checked, strict);
    if (context.json) output.json(validationJson(context, checked, summary, strict));
    else printValidation(context, checked, summary, strict);
    // Nothing checked is no pass: a folder of links or lock files must not look like a clean county.
    return summary.failed > 0 || files.length === 0 ? exitCodes.problems : exitCodes.ok;
  },
};
