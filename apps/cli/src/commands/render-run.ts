import { sortDiagnostics } from '@report/core';
import type { CommandContext } from '../command.js';
import { inputFiles, stringOption } from '../command-helpers.js';
import { exitCodes, UsageError } from '../errors.js';
import { countDiagnostics, diagnosticLines } from '../format-diagnostics.js';
import { loadFile } from '../load-file.js';
import { terminalSafe } from '../terminal-text.js';
import { renderReport, type RenderTarget } from '../render/render-report.js';

function refusedText(context: CommandContext, errors: number): string {
  return context.text(
    `报告有 ${errors} 个错误，没有生成文件。请先改正；确需生成（如供内部核对），加 --allow-errors，每页将标注“未通过审核”。\n`,
    `The report has ${errors} error(s); nothing written. Fix them first; to render it anyway (e.g. for checking), add --allow-errors and every page is marked as failing the checks.\n`,
  );
}

/** What `gov-report render` does (its options and help are in `render.ts`). */
export async function run(context: CommandContext): Promise<number> {
  const { text, output, io } = context;
  const html = stringOption(context, 'html');
  const pdf = stringOption(context, 'pdf');
  const docx = stringOption(context, 'docx');
  if (!html && !pdf && !docx) {
    throw new UsageError(text('请用 --html、--pdf 或 --docx 指定要生成的文件', 'give the files to write with --html, --pdf and/or --docx'), { command: 'render' });
  }
  const [file] = await inputFiles(context, context.positionals, 'render');
  if (!file) throw new UsageError(text('render 需要一个报告文件，而不是文件夹', 'render takes one report file, not a folder'), { command: 'render' });
  const loaded = await loadFile(file, { pipeline: context.pipeline, locale: context.locale });
  const checks = loaded.report ? context.pipeline.validate(loaded.report, { locale: context.locale, knownProblems: loaded.diagnostics }) : [];
  const diagnostics = sortDiagnostics([...loaded.diagnostics, ...checks]);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const allowErrors = context.values['allow-errors'] === true;
  // A report that failed its checks is never published unmarked: it is refused, or marked on every page.
  const refused = Boolean(loaded.report) && errors > 0 && !allowErrors;
  const targets = [{ kind: 'html', target: html }, { kind: 'pdf', target: pdf }, { kind: 'docx', target: docx }].filter((t): t is RenderTarget => Boolean(t.target));
  const rendered = loaded.report && !refused ? await renderReport(context, loaded.report, targets, errors > 0 ? text('未通过审核', 'FAILED THE CHECKS') : undefined) : { diagnostics: [], written: [] };
  diagnostics.push(...rendered.diagnostics);
  const { written } = rendered;
  const counts = countDiagnostics(diagnostics);
  if (context.json) {
    output.json({ command: 'render', ok: Boolean(loaded.report) && !refused, refused, files: written, ...counts, diagnostics });
  } else {
    for (const diagnostic of diagnostics) for (const line of diagnosticLines(output, text, diagnostic)) io.stderr(`${terminalSafe(line)}\n`);
    if (!loaded.report) io.stderr(text(`未能读取 ${file.name}，没有生成文件。\n`, `Could not read ${file.name}; nothing written.\n`));
    if (refused) io.stderr(refusedText(context, errors));
    const labels: Record<string, string> = { html: text('网页', 'HTML'), pdf: 'PDF', docx: text('Word 文档', 'Word') };
    for (const w of written) output.line(text(`${labels[w.kind]}：${w.file}`, `${labels[w.kind]}: ${w.file}`));
  }
  return loaded.report && !refused && written.length === targets.length ? exitCodes.ok : exitCodes.problems;
}
