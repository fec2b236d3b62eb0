import { sortDiagnostics } from '@report/core';
import type { CommandContext, CommandSpec } from '../command.js';
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

export const renderCommand: CommandSpec = {
  name: 'render',
  summary: { zh: '把报告生成为网页（HTML）、PDF 和 Word 文档，版式同国家规定的表格', en: 'render a report as HTML, PDF and Word in the official layout' },
  usage: {
    zh: ['<report.json | 工作簿.xlsx> [--html <输出.html>] [--pdf <输出.pdf>] [--docx <输出.docx>]'],
    en: ['<report.json | workbook.xlsx> [--html <out.html>] [--pdf <out.pdf>] [--docx <out.docx>]'],
  },
  description: {
    zh: '输入可以是报告 JSON（含 aggregate 生成的汇总报告）或填好的工作簿。至少给出 --html、--pdf、--docx 之一。\nPDF 为 A4，按党政机关公文格式（GB/T 9704）排版，嵌入中文字体。\nWord 文档（.docx）版式相同，供在 Word 或 WPS 中修改定稿。',
    en: 'The input is a report JSON (including the county report written by aggregate) or a filled workbook. Give --html, --pdf, --docx or several.\nThe PDF is A4, laid out after GB/T 9704, with Chinese fonts embedded.\nThe Word document (.docx) has the same layout, for finishing in Word or WPS.',
  },
  options: {
    'allow-errors': {
      type: 'boolean',
      description: { zh: '报告有错误时也生成（每页标注“未通过审核”）', en: 'render a report with errors too (every page marked as failing the checks)' },
    },
    html: { type: 'string', value: { zh: '文件', en: 'file' }, description: { zh: '输出的 HTML 文件', en: 'HTML file to write' } },
    pdf: { type: 'string', value: { zh: '文件', en: 'file' }, description: { zh: '输出的 PDF 文件', en: 'PDF file to write' } },
    docx: { type: 'string', value: { zh: '文件', en: 'file' }, description: { zh: '输出的 Word 文档（.docx）', en: 'Word document (.docx) to write' } },
  },
  positionals: { min: 1, max: 1, name: { zh: '报告文件', en: 'the report file' } },
  examples: [
    { command: 'render 青山镇.json --html 青山镇.html --pdf 青山镇.pdf', explanation: { zh: '生成网页和 PDF', en: 'HTML and PDF' } },
    { command: 'render out/report.json --pdf 青山县2024年报.pdf', explanation: { zh: '把汇总报告另存为 PDF', en: 'the county report as PDF' } },
    { command: 'render 青山镇.json --docx 青山镇.docx', explanation: { zh: '生成 Word 文档，在 Word 或 WPS 中修改', en: 'a Word document to edit in Word or WPS' } },
  ],
  run: async (context) => {
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
  },
};
