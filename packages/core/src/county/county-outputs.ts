import type { Locale } from '../diagnostics/types.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Pipeline, RenderInput } from '../plugins/types.js';
import { distinctFileName, safeFileName } from '../text/file-names.js';
import { CountyJobStop, textFor } from './job-stop.js';
import type { CountyJob } from './types.js';

export type CountyOutputKind = 'report-html' | 'report-pdf' | 'report-docx' | 'summary-workbook' | 'report-json' | 'checking-html' | 'checking-json' | 'returned';

/** One file of the county's output set. */
export interface CountyOutput {
  kind: CountyOutputKind;
  /** What it is, for people (`汇总年报（PDF）`). */
  label: string;
  /** Its fixed name in the output folder, so scripts can rely on it. */
  name: string;
  mediaType: string;
  content: string | Uint8Array;
}

/** The schema id of `checking.json`. */
export const CHECKING_SCHEMA = 'gov-report/checking/v1';

/** Fixed file names in the output folder. */
export const countyOutputNames: Record<Exclude<CountyOutputKind, 'returned'>, string> = {
  'report-html': 'report.html',
  'report-pdf': 'report.pdf',
  'report-docx': 'report.docx',
  'summary-workbook': 'summary.xlsx',
  'report-json': 'report.json',
  'checking-html': 'checking.html',
  'checking-json': 'checking.json',
};

/** The folder of the output set that holds the annotated copies of the files sent back. */
export const RETURNED_FOLDER = '退回';

const mediaTypes: Record<Exclude<CountyOutputKind, 'returned'>, string> = {
  'report-html': 'text/html',
  'report-pdf': 'application/pdf',
  'report-docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'summary-workbook': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'report-json': 'application/json',
  'checking-html': 'text/html',
  'checking-json': 'application/json',
};

export interface CountyOutputOptions {
  locale?: Locale;
  /** The PDF (default true) and the Word document (default true). */
  pdf?: boolean;
  docx?: boolean;
  /** What `checking.json` records of the run (tool, version, times, inputs with hashes…), asked for when it is written. */
  run?: () => Record<string, unknown>;
  /** Options for a renderer, by renderer name (e.g. the PDF's font in the browser). */
  rendererOptions?: Record<string, Record<string, unknown>>;
  /**
   * The annotated copies of the files sent back (rejected, or unreadable with errors), in `退回/`,
   * each with its problems written into it where the importer has an annotator (default true).
   */
  returns?: boolean;
  /** What rendering said (fonts substituted, glyphs missing): about the outputs, not the submissions. */
  onDiagnostics?: (diagnostics: readonly Diagnostic[]) => void;
}

/** The report JSON as written: compact (one line), so a province's report stays small. */
export function reportJsonText(report: unknown): string {
  return `${JSON.stringify(report)}\n`;
}

/**
 * Every output of a county job, one at a time, in the order written: the county report (HTML, PDF,
 * Word), the summary workbook, the report JSON and the checking report (HTML, JSON). An output that
 * cannot be made stops the job with its reason (`CountyJobStop`), never a file left out silently.
 */
export async function* countyOutputs(pipeline: Pipeline, job: CountyJob, options: CountyOutputOptions = {}): AsyncGenerator<CountyOutput> {
  const locale = options.locale ?? 'zh-CN';
  const text = textFor(locale);
  const { result } = job;
  const county: RenderInput = { aggregate: result, roster: job.roster, diagnostics: job.diagnostics };
  const labels: Record<Exclude<CountyOutputKind, 'returned'>, string> = {
    'report-html': text('汇总年报（网页）', 'County report (HTML)'),
    'report-pdf': text('汇总年报（PDF）', 'County report (PDF)'),
    'report-docx': text('汇总年报（Word）', 'County report (Word)'),
    'summary-workbook': text('汇总表（Excel）', 'Summary workbook (Excel)'),
    'report-json': text('汇总年报数据（JSON）', 'County report (JSON)'),
    'checking-html': text('审核报告（网页）', 'Checking report (HTML)'),
    'checking-json': text('审核报告数据（JSON）', 'Checking report (JSON)'),
  };
  const output = (kind: Exclude<CountyOutputKind, 'returned'>, content: string | Uint8Array): CountyOutput => ({ kind, label: labels[kind], name: countyOutputNames[kind], mediaType: mediaTypes[kind], content });
  const render = async (kind: Exclude<CountyOutputKind, 'returned'>, renderer: string, input: RenderInput = county): Promise<CountyOutput> => {
    const rendered = await pipeline.render(renderer, input, { locale, ...(options.rendererOptions?.[renderer] ? { options: options.rendererOptions[renderer] } : {}) });
    options.onDiagnostics?.(rendered.diagnostics.filter((d) => rendered.content !== undefined || d.severity !== 'error'));
    if (rendered.content === undefined) {
      const reason = rendered.diagnostics.find((d) => d.severity === 'error')?.message ?? renderer;
      throw new CountyJobStop(text(`无法生成${labels[kind]}：${reason}`, `cannot make the ${labels[kind]}: ${reason}`));
    }
    return output(kind, rendered.content);
  };
  const title = `${result.report.organ.name}${result.report.year}年政府信息公开工作年度报告`;

  yield await render('report-html', 'html');
  if (options.pdf !== false) yield await render('report-pdf', 'pdf');
  if (options.docx !== false) yield await render('report-docx', 'docx');
  // The workbook's problem list is the whole checking report: unreadable files and roster problems too.
  yield await render('summary-workbook', 'summary-xlsx');
  yield output('report-json', reportJsonText(result.report));
  yield await render('checking-html', 'checking-html', { ...county, title: text(`${title}——报表审核报告`, `Checking report — ${result.report.organ.name}, ${result.report.year}`) });
  yield output('checking-json', checkingJsonText(job, options.run));
  if (options.returns !== false) yield* returnedCopies(pipeline, job, { locale, ...(options.onDiagnostics ? { onDiagnostics: options.onDiagnostics } : {}) });
}

/**
 * The annotated copy of every file sent back, for the township to open: its own workbook with each
 * problem at its cell (`pipeline.annotate`). A file no annotator can write into (an .xls, a file too
 * damaged to open) gets no copy; what the annotator said goes to `onDiagnostics`.
 */
async function* returnedCopies(pipeline: Pipeline, job: CountyJob, options: { locale: Locale; onDiagnostics?: (diagnostics: readonly Diagnostic[]) => void }): AsyncGenerator<CountyOutput> {
  const text = textFor(options.locale);
  const used = new Set<string>();
  for (const returned of job.returns) {
    if (!returned.importer || !pipeline.annotators.some((annotator) => annotator.importer === returned.importer)) continue;
    let bytes: Uint8Array;
    try {
      bytes = await returned.file.read();
    } catch {
      continue;
    }
    const annotated = await pipeline.annotate(bytes, { importer: returned.importer, file: returned.file.name, diagnostics: returned.diagnostics, locale: options.locale });
    // A file that could not be read (an .xls, a damaged workbook) often cannot be annotated either: its problems are already reported.
    if (!returned.unreadable) options.onDiagnostics?.(annotated.diagnostics.filter((d) => d.severity === 'error'));
    if (!annotated.content) continue;
    yield {
      kind: 'returned',
      label: text(`退回 ${returned.file.name}（标出问题）`, `Returned ${returned.file.name} (problems marked)`),
      name: `${RETURNED_FOLDER}/${distinctFileName(safeFileName(returned.file.name).slice(0, 120), used)}`,
      mediaType: /\.xlsx$/i.test(returned.file.name) ? mediaTypes['summary-workbook'] : 'application/octet-stream',
      content: annotated.content,
    };
  }
}

/** `checking.json`: the run, the completeness, every file's account and every problem. */
export function checkingJsonText(job: CountyJob, run?: () => Record<string, unknown>): string {
  const { result } = job;
  const checking = {
    schema: CHECKING_SCHEMA,
    ...(run ? { run: run() } : {}),
    organ: result.report.organ.name,
    year: result.report.year,
    format: result.report.format,
    completeness: job.summary,
    missing: job.missing,
    files: job.accounts,
    narrativeDraft: result.narrativeDraft,
    diagnostics: job.diagnostics,
  };
  return `${JSON.stringify(checking, null, 2)}\n`;
}
