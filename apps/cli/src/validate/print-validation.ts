import type { Report } from '@report/core';
import type { CommandContext } from '../command.js';
import { countDiagnostics, diagnosticLines, type DiagnosticCounts } from '../format-diagnostics.js';
import type { AnnotatedFile } from './annotate-files.js';
import { isFailing, type CheckedFile } from './check-file.js';

export interface ValidationSummary extends DiagnosticCounts {
  files: number;
  passed: number;
  failed: number;
}

export function validationSummary(checked: readonly CheckedFile[], strict: boolean): ValidationSummary {
  const failed = checked.filter((c) => isFailing(c, strict)).length;
  return { files: checked.length, passed: checked.length - failed, failed, ...countDiagnostics(checked.flatMap((c) => c.diagnostics)) };
}

function fileSummary(report: Report | undefined) {
  return report ? { organ: report.organ.name, year: report.year, format: report.format } : {};
}

/** The `--json` document of `validate`. */
export function validationJson(context: CommandContext, checked: readonly CheckedFile[], summary: ValidationSummary, strict: boolean) {
  const { output } = context;
  return {
    command: 'validate',
    ok: summary.failed === 0 && checked.length > 0,
    summary,
    skipped: context.skipped.map((file) => ({ file: output.path(file.path), reason: file.reason })),
    files: checked.map((c) => ({
      file: output.path(c.loaded.input.path),
      ...(c.loaded.importer ? { importer: c.loaded.importer } : {}),
      sha256: c.loaded.sha256,
      ...fileSummary(c.loaded.report),
      ok: !isFailing(c, strict),
      ...countDiagnostics(c.diagnostics),
      diagnostics: c.diagnostics,
    })),
  };
}

/** `annotated` of the `--json` document: each failing file and its copy (or why there is none). */
export function annotatedJson(context: CommandContext, annotated: readonly AnnotatedFile[]) {
  return annotated.map(({ input, output, diagnostics }) => ({ file: context.output.path(input.path), ...(output ? { output: context.output.path(output) } : {}), diagnostics }));
}

/** One file's head line (`✗ 2 个错误  白云镇.xlsx  白云镇人民政府 2024`) and its problems. */
function printFile(context: CommandContext, c: CheckedFile, strict: boolean): void {
  const { text, output } = context;
  const fileCounts = countDiagnostics(c.diagnostics);
  const organ = c.loaded.report ? `  ${output.style('dim', `${c.loaded.report.organ.name} ${c.loaded.report.year}`)}` : '';
  if (c.diagnostics.length === 0) {
    output.line(`${output.style('green', text('✓ 通过', '✓ ok'))}  ${output.path(c.loaded.input.path)}${organ}`);
    return;
  }
  const status = isFailing(c, strict)
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

/** The people's output of `validate`: every file with its problems, then the summary line. */
export function printValidation(context: CommandContext, checked: readonly CheckedFile[], summary: ValidationSummary, strict: boolean): void {
  for (const c of checked) printFile(context, c, strict);
  context.output.line(summaryLine(context, summary));
  if (checked.length === 0) {
    context.output.line(context.text(`没有可检查的文件${context.skipped.length > 0 ? `（跳过了 ${context.skipped.length} 个，原因见上）` : ''}：请给出报表文件或存放报表的文件夹。`, `No file to check${context.skipped.length > 0 ? ` (${context.skipped.length} skipped, see above)` : ''}: give the report files or the folder holding them.`));
  }
}

export function summaryLine(context: CommandContext, summary: ValidationSummary): string {
  const { text, output } = context;
  const line = text(
    `共检查 ${summary.files} 个文件：${summary.passed} 个通过，${summary.failed} 个有错误；共 ${summary.errors} 个错误，${summary.warnings} 个警告，${summary.infos} 个提示。`,
    `Checked ${summary.files} file${summary.files === 1 ? '' : 's'}: ${summary.passed} passed, ${summary.failed} with errors; ${summary.errors} error${summary.errors === 1 ? '' : 's'}, ${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}, ${summary.infos} note${summary.infos === 1 ? '' : 's'} in all.`,
  );
  return output.style('bold', line);
}
