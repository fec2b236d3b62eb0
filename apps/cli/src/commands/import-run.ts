import { resolve } from 'node:path';
import { sortDiagnostics, type Diagnostic, type Report } from '@report/core';
import type { CommandContext } from '../command.js';
import { formatOption, inputFiles, stringOption, yearOption } from '../command-helpers.js';
import { exitCodes, UsageError } from '../errors.js';
import { countDiagnostics, diagnosticLines } from '../format-diagnostics.js';
import { loadFile, type LoadedFile } from '../load-file.js';
import { combineReports, withImportProblems } from '../import/combine-reports.js';
import { terminalSafe } from '../terminal-text.js';
import { writeOutput } from '../write-file.js';

/** What `gov-report import` does (its options and help are in `import.ts`). */
export async function run(context: CommandContext): Promise<number> {
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
}
