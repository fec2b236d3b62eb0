import { createDiagnostic, sortDiagnostics, validateReport, type Diagnostic, type Report } from '@report/core';
import type { CommandContext, CommandSpec } from '../command.js';
import { formatOption, inputFiles, yearOption } from '../command-helpers.js';
import { exitCodes } from '../errors.js';
import { countDiagnostics, diagnosticLines } from '../format-diagnostics.js';
import { loadFile, type LoadedFile } from '../load-file.js';
import { createProgress } from '../progress.js';

export interface CheckedFile {
  loaded: LoadedFile;
  /** Reading problems followed by the checks of the report, errors first. */
  diagnostics: Diagnostic[];
}

/** Reads and checks one file; the report's own checks run only when it could be read. */
export function checkLoaded(loaded: LoadedFile, context: CommandContext, options: { blankAsZero: boolean }): CheckedFile {
  const checks: Diagnostic[] = [];
  if (loaded.report) {
    try {
      checks.push(...validateReport(loaded.report, { locale: context.locale, blankAsZero: options.blankAsZero, knownProblems: loaded.diagnostics }));
    } catch (error) {
      // A report the checks cannot handle (e.g. a plugin form that is not installed) is still accounted for.
      checks.push(
        createDiagnostic({ code: 'file-unreadable', params: { file: loaded.input.name, reason: (error as Error).message }, location: { file: loaded.input.name } }, { locale: context.locale }),
      );
    }
  }
  const located = checks.map((d) => (d.location.file ? d : { ...d, location: { ...d.location, file: loaded.input.name } }));
  return { loaded, diagnostics: sortDiagnostics([...loaded.diagnostics, ...located]) };
}

function fileSummary(report: Report | undefined) {
  return report ? { organ: report.organ.name, year: report.year, format: report.format } : {};
}

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
    format: { type: 'string', value: { zh: '格式', en: 'format' }, description: { zh: '年报文字（.txt）的报告格式：gov-2021、gov-2019、legacy', en: 'format of narrative text (.txt) files: gov-2021, gov-2019, legacy' } },
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
      const loaded = await loadFile(file, { locale: context.locale, year, format });
      checked.push(checkLoaded(loaded, context, { blankAsZero }));
    }
    progress.done();

    const failing = (c: CheckedFile) => c.diagnostics.some((d) => d.severity === 'error' || (strict && d.severity === 'warning'));
    const all = checked.flatMap((c) => c.diagnostics);
    const counts = countDiagnostics(all);
    const failed = checked.filter(failing).length;
    const summary = { files: checked.length, passed: checked.length - failed, failed, ...counts };

    if (context.json) {
      output.json({
        command: 'validate',
        ok: failed === 0,
        summary,
        files: checked.map((c) => ({
          file: output.path(c.loaded.input.path),
          kind: c.loaded.kind,
          sha256: c.loaded.sha256,
          ...fileSummary(c.loaded.report),
          ok: !failing(c),
          ...countDiagnostics(c.diagnostics),
          diagnostics: c.diagnostics,
        })),
      });
    } else {
      for (const c of checked) {
        const fileCounts = countDiagnostics(c.diagnostics);
        const organ = c.loaded.report ? `  ${output.style('dim', `${c.loaded.report.organ.name} ${c.loaded.report.year}`)}` : '';
        if (c.diagnostics.length === 0) {
          output.line(`${output.style('green', text('✓ 通过', '✓ ok'))}  ${output.path(c.loaded.input.path)}${organ}`);
          continue;
        }
        const status = failing(c)
          ? output.style('red', text(`✗ ${fileCounts.errors} 个错误`, `✗ ${fileCounts.errors} error${fileCounts.errors === 1 ? '' : 's'}`))
          : output.style('green', text('✓ 通过', '✓ ok'));
        const extra = [
          fileCounts.warnings > 0 ? text(`${fileCounts.warnings} 个警告`, `${fileCounts.warnings} warning${fileCounts.warnings === 1 ? '' : 's'}`) : '',
          fileCounts.infos > 0 ? text(`${fileCounts.infos} 个提示`, `${fileCounts.infos} note${fileCounts.infos === 1 ? '' : 's'}`) : '',
        ].filter(Boolean);
        output.line(`${status}${extra.length ? output.style('dim', text(`（${extra.join('，')}）`, ` (${extra.join(', ')})`)) : ''}  ${output.path(c.loaded.input.path)}${organ}`);
        for (const diagnostic of c.diagnostics) for (const line of diagnosticLines(output, text, diagnostic)) output.line(line);
        output.line();
      }
      output.line(summaryLine(context, summary));
    }
    return failed > 0 ? exitCodes.problems : exitCodes.ok;
  },
};

export function summaryLine(
  context: CommandContext,
  summary: { files: number; passed: number; failed: number; errors: number; warnings: number; infos: number },
): string {
  const { text, output } = context;
  const line = text(
    `共检查 ${summary.files} 个文件：${summary.passed} 个通过，${summary.failed} 个有错误；共 ${summary.errors} 个错误，${summary.warnings} 个警告，${summary.infos} 个提示。`,
    `Checked ${summary.files} file${summary.files === 1 ? '' : 's'}: ${summary.passed} passed, ${summary.failed} with errors; ${summary.errors} error${summary.errors === 1 ? '' : 's'}, ${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}, ${summary.infos} note${summary.infos === 1 ? '' : 's'} in all.`,
  );
  return output.style('bold', line);
}
