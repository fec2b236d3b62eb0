import { resolve } from 'node:path';
import { sortDiagnostics, type Diagnostic, type Report } from '@report/core';
import type { CommandSpec } from '../command.js';
import { formatOption, inputFiles, stringOption, yearOption } from '../command-helpers.js';
import { exitCodes, UsageError } from '../errors.js';
import { countDiagnostics, diagnosticLines } from '../format-diagnostics.js';
import { loadFile, type LoadedFile } from '../load-file.js';
import { combineReports, withImportProblems } from '../import/combine-reports.js';
import { terminalSafe } from '../terminal-text.js';
import { writeOutput } from '../write-file.js';

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
  run: async (context) => {
    const { text, output, io } = context;
    const year = yearOption(context, 'year', 'import');
    const format = formatOption(context, 'import');
    const organ = stringOption(context, 'organ');
    const files = await inputFiles(context, context.positionals, 'import');
    if (files.length !== context.positionals.length) {
      throw new UsageError(text('import 一次导入一个文件（或一个工作簿加一个文字文件），不接受文件夹', 'import takes one file (or a workbook and a text), not folders'), { command: 'import' });
    }
    const loaded: LoadedFile[] = [];
    for (const file of files) loaded.push(await loadFile(file, { pipeline: context.pipeline, locale: context.locale, year, format, organ }));
    if (loaded.length === 2) {
      const narrativeIndex = loaded.findIndex((l) => l.importer === 'narrative-text');
      if (narrativeIndex < 0 || loaded[1 - narrativeIndex].importer === 'narrative-text') {
        throw new UsageError(text('给两个文件时，应为一个工作簿（或 JSON）加一个年报文字（.txt）', 'with two files, give one workbook (or JSON) and one narrative text (.txt)'), { command: 'import' });
      }
      // Read the text again with the workbook's form, year and organ, so its headings map to the same sections.
      const tabular = loaded[1 - narrativeIndex].report;
      if (tabular) {
        loaded[narrativeIndex] = await loadFile(files[narrativeIndex], {
          pipeline: context.pipeline,
          locale: context.locale,
          year: year ?? tabular.year,
          format: format ?? tabular.format,
          organ: organ ?? tabular.organ.name,
        });
      }
    }
    const diagnostics: Diagnostic[] = sortDiagnostics(loaded.flatMap((l) => l.diagnostics));
    const reports = loaded.map((l) => l.report);
    let report: Report | undefined;
    if (reports.every((r): r is Report => r !== undefined)) {
      if (reports.length === 1) report = reports[0];
      else {
        const tabularIndex = loaded.findIndex((l) => l.importer !== 'narrative-text');
        report = combineReports(reports[tabularIndex], reports[1 - tabularIndex]);
      }
    }
    // The import's errors go with the report, so checking its JSON later still fails on them.
    if (report) report = withImportProblems(report, diagnostics);
    const counts = countDiagnostics(diagnostics);
    const target = stringOption(context, 'output');
    const targetPath = target ? resolve(io.cwd, target) : undefined;
    if (report && targetPath) await writeOutput(targetPath, `${JSON.stringify(report, null, 2)}\n`, text, output.path(targetPath));

    if (context.json) {
      output.json({ command: 'import', ok: Boolean(report) && counts.errors === 0, file: targetPath ? output.path(targetPath) : null, report: targetPath ? undefined : (report ?? null), ...counts, diagnostics });
    } else {
      for (const diagnostic of diagnostics) for (const line of diagnosticLines(output, text, diagnostic, { withFile: loaded.length > 1 })) io.stderr(`${terminalSafe(line)}\n`);
      if (report && !targetPath) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
      if (report) {
        const where = targetPath ? text(`，已写入 ${output.path(targetPath)}`, `, written to ${output.path(targetPath)}`) : '';
        io.stderr(
          text(
            `已导入 ${report.organ.name} ${report.year} 年度报告（${report.format}）${where}。读取时发现 ${counts.errors} 个错误，${counts.warnings} 个警告；全面检查请运行 gov-report validate。\n`,
            `Imported the ${report.year} report of ${report.organ.name} (${report.format})${where}. ${counts.errors} errors and ${counts.warnings} warnings while reading; run gov-report validate for the full checks.\n`,
          ),
        );
      } else {
        io.stderr(text(`未能导入：${loaded.map((l) => l.input.name).join('、')}，原因见上。\n`, `Could not import ${loaded.map((l) => l.input.name).join(', ')}; see above.\n`));
      }
    }
    return report && counts.errors === 0 ? exitCodes.ok : exitCodes.problems;
  },
};
