import { createDiagnostic, matchSubmission, parseReceivedRegister, sortDiagnostics, type ReceivedRegister, type Diagnostic, type Locale, type Pipeline, type RenderInput, type Report } from '@report/core';
import { type AggregateResult, type Roster, type RosterEntry, type Submission } from '@report/core/plugin';
import { strToU8, zipSync } from 'fflate';
import type { CompletenessSummary, CountyRequest, CountyResult, FileAccount, InputBytes, OutputFile } from '../protocol.js';
import { pdfOptions } from './pipeline.js';
import { readRoster } from './roster.js';
import { JobStop, textFor, type Text } from './text.js';

/**
 * `gov-report aggregate` in the browser: the same pipeline stages in the same order as the CLI's
 * `apps/cli/src/aggregate/*` (read every file, aggregate, account for every file, render every output).
 * The orchestration is replicated, not shared, because the CLI's copy is tied to its command context
 * and the file system; keep the two in step (follow-up: move it to one shared module).
 */

export type Progress = (done: number, total: number, label: string) => void;

interface LoadedFile {
  input: InputBytes;
  importer?: string;
  sha256?: string;
  report?: Report;
  diagnostics: Diagnostic[];
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Files that are never submissions: Office lock files, hidden files, OS thumbnails (as the CLI skips them). */
export function isIgnoredFile(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$') || /^(thumbs\.db|desktop\.ini)$/i.test(name);
}

/** The CLI walks a folder in pinyin order, folder by folder; the same order here by path. */
export function orderInputs(files: readonly InputBytes[]): InputBytes[] {
  const kept = files.filter((file) => !file.path.split('/').some(isIgnoredFile));
  const seen = new Set<string>();
  return kept
    .filter((file) => (seen.has(file.path) ? false : (seen.add(file.path), true)))
    .sort((a, b) => {
      const left = a.path.split('/');
      const right = b.path.split('/');
      for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
        const order = collator.compare(left[i], right[i]);
        if (order !== 0) return order;
      }
      return left.length - right.length;
    });
}

async function loadFile(pipeline: Pipeline, input: InputBytes, options: { locale: Locale; year?: number; format?: string }): Promise<LoadedFile> {
  const result = await pipeline.import(input.bytes, {
    file: input.name,
    locale: options.locale,
    ...(options.year !== undefined ? { year: options.year } : {}),
    ...(options.format ? { format: options.format } : {}),
  });
  return {
    input,
    diagnostics: result.diagnostics,
    ...(result.importer ? { importer: result.importer } : {}),
    ...(result.sha256 ? { sha256: result.sha256 } : {}),
    ...(result.report ? { report: result.report } : {}),
  };
}

function countDiagnostics(diagnostics: readonly Diagnostic[]) {
  return {
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    infos: diagnostics.filter((d) => d.severity === 'info').length,
  };
}

/** The county report with the narrative sections taken from the county's own text (CLI `county-narrative.ts`). */
function withNarrative(report: Report, narrative: Report): Report {
  const sections = report.sections.map((section) => {
    const fromText = narrative.sections.find((s) => s.id === section.id);
    return fromText && (fromText.paragraphs.length > 0 || fromText.children.length > 0) ? { ...section, paragraphs: fromText.paragraphs, children: fromText.children } : section;
  });
  return { ...report, sections, ...(narrative.preface?.length ? { preface: narrative.preface } : {}) };
}

/** The organ the roster aggregates when none is named: its one top-level organ with members. */
function defaultOrgan(roster: Roster, text: Text): string {
  const parents = roster.entries.filter((entry) => !entry.parent && roster.entries.some((other) => other.parent === entry.id));
  if (parents.length === 1) return parents[0].name;
  throw new JobStop(text('请填写汇总机关名称', 'Give the name of the aggregating organ'), text('名册中看不出由哪个机关汇总：请在“汇总机关”中填写，如“某某县人民政府”。', 'The roster does not say which organ aggregates: fill in the organ, e.g. 某某县人民政府.'));
}

/** The roster entry of the organ; one a roster with 上级 links does not list is almost always a typo (CLI `aggregate-job.ts`). */
function aggregatingEntry(roster: Roster, organName: string, locale: Locale, text: Text): RosterEntry | undefined {
  const rootEntry = matchSubmission({ organ: { name: organName, level: 'county' } }, roster, { locale }).entry;
  const parents = roster.entries.filter((entry) => roster.entries.some((other) => other.parent === entry.id));
  if (!rootEntry && parents.length > 0) {
    throw new JobStop(
      text(`名册中没有“${organName}”`, `the roster does not list "${organName}"`),
      text(`名册中的汇总机关（“上级”）有：${parents.map((e) => e.name).join('、')}。`, `The roster's aggregating organs (parents) are: ${parents.map((e) => e.name).join(', ')}.`),
    );
  }
  return rootEntry;
}

function mostCommonYear(reports: readonly Report[]): number | undefined {
  const counts = new Map<number, number>();
  for (const report of reports) counts.set(report.year, (counts.get(report.year) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}

function entryForUnreadable(loaded: LoadedFile, entries: readonly RosterEntry[], locale: Locale): RosterEntry | undefined {
  const stem = loaded.input.name.replace(/\.[^.]*$/, '').replace(/[（(].*?[）)]/g, '').replace(/\d{4}年?.*$/, '').trim();
  if (!stem) return undefined;
  const match = matchSubmission({ organ: { name: stem, level: 'other' } }, { entries: [...entries] }, { locale });
  if (match.entry) return match.entry;
  const containing = entries.filter((entry) => [entry.name, ...(entry.aliases ?? [])].some((name) => stem.includes(name) || name.includes(stem)));
  return containing.length === 1 ? containing[0] : undefined;
}

function describeError(text: Text, diagnostic: Diagnostic): string {
  const { sheet, cell, label } = diagnostic.location;
  const where = sheet && cell && !(label ?? '').includes(cell) && !diagnostic.message.includes(cell) ? text(`（工作表“${sheet}”${cell}）`, ` (sheet "${sheet}" ${cell})`) : '';
  return `${diagnostic.message}${where}`;
}

/** Every input file accounted for (CLI `account-files.ts`). */
function accountFiles(
  text: Text,
  locale: Locale,
  result: AggregateResult,
  collected: { submissions: Submission[]; submissionFiles: LoadedFile[]; unreadable: LoadedFile[] },
  options: { expectedEntries: readonly RosterEntry[]; manifest?: ReceivedRegister },
): { accounts: FileAccount[]; unreadableDiagnostics: Diagnostic[] } {
  const { submissions, submissionFiles } = collected;
  const accounts: FileAccount[] = result.outcomes.map((outcome) => {
    const memberErrors = result.diagnostics.filter((d) => d.severity === 'error' && d.location.file === submissions[outcome.index].file && !d.code.startsWith('aggregate-'));
    const submittedOn = submissions[outcome.index].submittedOn;
    return {
      file: submissionFiles[outcome.index].input.path,
      organ: outcome.organ,
      ...(outcome.entryId ? { entryId: outcome.entryId } : {}),
      status: outcome.status,
      late: outcome.late,
      ...(submittedOn ? { submittedOn } : {}),
      reasons: outcome.reasons,
      ...(memberErrors.length > 0 ? { firstError: describeError(text, memberErrors[0]) } : {}),
      errorCount: outcome.errorCount,
      warningCount: outcome.warningCount,
    };
  });
  const unreadableDiagnostics: Diagnostic[] = [];
  for (const file of collected.unreadable) {
    const entry = entryForUnreadable(file, options.expectedEntries, locale);
    const counts = countDiagnostics(file.diagnostics);
    const submittedOn = options.manifest?.dates.get(file.input.name);
    unreadableDiagnostics.push(...file.diagnostics.map((d) => (entry && !d.location.organ ? { ...d, location: { ...d.location, organ: entry.name } } : d)));
    accounts.push({
      file: file.input.path,
      ...(entry ? { organ: entry.name, entryId: entry.id } : {}),
      status: 'unreadable',
      late: false,
      ...(submittedOn ? { submittedOn } : {}),
      reasons: file.diagnostics.filter((d) => d.severity === 'error').slice(0, 1).map((d) => d.message),
      errorCount: counts.errors,
      warningCount: counts.warnings,
    });
  }
  return { accounts, unreadableDiagnostics };
}

export async function aggregateCounty(pipeline: Pipeline, request: CountyRequest & { locale: Locale; font?: Uint8Array }, progress: Progress): Promise<CountyResult> {
  const { locale } = request;
  const text = textFor(locale);
  const messageOptions = { locale, catalog: pipeline.catalog, messages: pipeline.messages };
  const files = orderInputs(request.files);
  const total = files.length + 2;

  progress(0, total, text('读取名册', 'Reading the roster'));
  const rosterLoaded = await readRoster(request.roster, locale, text);
  const roster = rosterLoaded.roster;
  if (roster.entries.length === 0) {
    throw new JobStop(text(`名册 ${request.roster.name} 里没有可用的单位，无法汇总`, `the roster ${request.roster.name} lists no usable organ; nothing to aggregate`), text('名册第一行应为表头（如“名称”“层级”），其后每行一个单位。', 'The first row of the roster is a header (e.g. name, level), then one organ per row.'));
  }
  const notes: string[] = [];
  let manifest: ReceivedRegister | undefined;
  const manifestName = request.received?.name ?? '';
  if (request.received) {
    manifest = parseReceivedRegister(request.received.bytes, text);
    if (manifest.problems.length > 0 && manifest.dates.size === 0) {
      throw new JobStop(text(`收文登记表 ${manifestName} 无法使用：${manifest.problems.join('；')}`, `cannot use the register ${manifestName}: ${manifest.problems.join('; ')}`));
    }
    for (const problem of manifest.problems) notes.push(text(`收文登记表 ${manifestName}：${problem}`, `register ${manifestName}: ${problem}`));
  }
  const organName = (request.organ?.trim() || defaultOrgan(roster, text)).trim();
  const rootEntry = aggregatingEntry(roster, organName, locale, text);

  // Read every file with the pipeline (the year, when given, as the CLI passes --year).
  const loaded: LoadedFile[] = [];
  for (const [index, file] of files.entries()) {
    progress(index + 1, total, file.name);
    loaded.push(await loadFile(pipeline, file, { locale, ...(request.year ? { year: request.year } : {}) }));
  }
  const year = request.year ?? mostCommonYear(loaded.flatMap((file) => (file.report ? [file.report] : [])));
  if (!year) throw new JobStop(text('无法确定年度：请填写报告年度', 'Cannot tell the year: give the report year'));

  let narrative: LoadedFile | undefined;
  if (request.narrative) {
    const format = pipeline.formForYear(year)?.id;
    narrative = await loadFile(pipeline, request.narrative, { locale, year, ...(format ? { format } : {}) });
    if (narrative.importer !== 'narrative-text') {
      throw new JobStop(text(`年报文字应为文本文件（.txt），${request.narrative.name} 不是`, `the narrative is a text file (.txt); ${request.narrative.name} is not one`));
    }
    if (!narrative.report) {
      const reason = narrative.diagnostics.find((d) => d.severity === 'error')?.message ?? '';
      throw new JobStop(text(`无法读取年报文字 ${request.narrative.name}：${reason}`, `cannot read the narrative ${request.narrative.name}: ${reason}`));
    }
  }

  const submissions: Submission[] = [];
  const submissionFiles: LoadedFile[] = [];
  const unreadable: LoadedFile[] = [];
  const inputDiagnostics: Diagnostic[] = [...rosterLoaded.diagnostics];
  for (const file of loaded) {
    const submittedOn = manifest?.dates.get(file.input.name);
    if (manifest && !submittedOn) {
      inputDiagnostics.push(createDiagnostic({ code: 'received-date-missing', params: { manifest: manifestName, file: file.input.name }, location: { file: file.input.name } }, messageOptions));
    }
    if (!file.report) {
      unreadable.push(file);
      continue;
    }
    submissions.push({ report: file.report, file: file.input.name, ...(file.sha256 ? { sha256: file.sha256 } : {}), ...(submittedOn ? { submittedOn } : {}), diagnostics: file.diagnostics });
    submissionFiles.push(file);
  }

  progress(files.length + 1, total, text('正在汇总…', 'Aggregating…'));
  const level = rootEntry?.level ?? 'county';
  const result = pipeline.aggregate(submissions, {
    roster,
    organ: { name: organName, level, ...(rootEntry?.creditCode ? { creditCode: rootEntry.creditCode } : {}), ...(rootEntry?.divisionCode ? { divisionCode: rootEntry.divisionCode } : {}) },
    year,
    includeReportsWithErrors: false,
    locale,
  });
  if (narrative?.report) result.report = withNarrative(result.report, narrative.report);
  const { completeness } = result;
  const expectedEntries = roster.entries.filter((entry) => completeness.expected.includes(entry.id));
  const { accounts, unreadableDiagnostics } = accountFiles(text, locale, result, { submissions, submissionFiles, unreadable }, { expectedEntries, ...(manifest ? { manifest } : {}) });
  const summary: CompletenessSummary = {
    expected: completeness.expected.length,
    received: completeness.received.length,
    missing: completeness.missing.length,
    accepted: completeness.accepted.length,
    rejected: completeness.rejected.length,
    duplicate: completeness.duplicate.length,
    late: completeness.late.length,
    unexpected: completeness.unexpected.length,
    excluded: completeness.excluded.length,
    unreadable: unreadable.length,
    files: files.length,
  };
  const diagnostics = sortDiagnostics([...inputDiagnostics, ...(narrative?.diagnostics ?? []), ...unreadableDiagnostics, ...result.diagnostics]);
  const entryName = (id: string) => roster.entries.find((e) => e.id === id)?.name ?? id;
  const missing = completeness.missing.map((id) => ({ id, name: entryName(id) }));

  progress(files.length + 2, total, text('正在生成汇总年报、汇总表和审核报告…', 'Writing the county report, summary workbook and checking report…'));
  const outputs = await renderOutputs(pipeline, { result, roster, diagnostics, accounts, summary, missing, locale, text, pdf: request.pdf, font: request.font });
  const decoder = new TextDecoder();
  return {
    kind: 'county',
    organ: organName,
    year,
    summary,
    missing,
    accounts,
    diagnostics,
    notes,
    outputs,
    previewHtml: decoder.decode(outputs.find((o) => o.kind === 'report-html')!.bytes),
    checkingHtml: decoder.decode(outputs.find((o) => o.kind === 'checking-html')!.bytes),
  };
}

/** The CLI's output folder, file for file (CLI `render-outputs.ts`), and all of it as one zip. */
async function renderOutputs(
  pipeline: Pipeline,
  input: {
    result: AggregateResult;
    roster: Roster;
    diagnostics: Diagnostic[];
    accounts: FileAccount[];
    summary: CompletenessSummary;
    missing: Array<{ id: string; name: string }>;
    locale: Locale;
    text: Text;
    pdf: boolean;
    font?: Uint8Array;
  },
): Promise<OutputFile[]> {
  const { result, text, locale } = input;
  const outputs: OutputFile[] = [];
  const render = async (renderer: string, renderInput: RenderInput, options?: Record<string, unknown>) => {
    const rendered = await pipeline.render(renderer, renderInput, { locale, ...(options ? { options } : {}) });
    if (rendered.content === undefined) {
      const reason = rendered.diagnostics.find((d) => d.severity === 'error')?.message ?? renderer;
      throw new JobStop(text(`无法生成${renderer}输出：${reason}`, `cannot make the ${renderer} output: ${reason}`));
    }
    return typeof rendered.content === 'string' ? strToU8(rendered.content) : rendered.content;
  };
  const add = (kind: string, label: string, name: string, mediaType: string, bytes: Uint8Array) => outputs.push({ kind, label, name, mediaType, bytes });
  const title = `${result.report.organ.name}${result.report.year}年政府信息公开工作年度报告`;
  const county: RenderInput = { aggregate: result, roster: input.roster, diagnostics: input.diagnostics };

  add('report-html', text('汇总年报（网页）', 'County report (HTML)'), 'report.html', 'text/html', await render('html', county));
  if (input.pdf) add('report-pdf', text('汇总年报（PDF）', 'County report (PDF)'), 'report.pdf', 'application/pdf', await render('pdf', county, pdfOptions(input.font)));
  add('report-docx', text('汇总年报（Word）', 'County report (Word)'), 'report.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', await render('docx', county));
  add('summary-workbook', text('汇总表（Excel）', 'Summary workbook (Excel)'), 'summary.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', await render('summary-xlsx', county));
  add('report-json', text('汇总年报数据（JSON）', 'County report (JSON)'), 'report.json', 'application/json', strToU8(`${JSON.stringify(result.report, null, 2)}\n`));
  add(
    'checking-html',
    text('审核报告（网页）', 'Checking report (HTML)'),
    'checking.html',
    'text/html',
    await render('checking-html', { ...county, title: text(`${title}——报表审核报告`, `Checking report — ${result.report.organ.name}, ${result.report.year}`) }),
  );
  const checking = {
    schema: 'gov-report/checking/v1',
    organ: result.report.organ.name,
    year: result.report.year,
    format: result.report.format,
    completeness: input.summary,
    missing: input.missing,
    files: input.accounts,
    narrativeDraft: result.narrativeDraft,
    diagnostics: input.diagnostics,
  };
  add('checking-json', text('审核报告数据（JSON）', 'Checking report (JSON)'), 'checking.json', 'application/json', strToU8(`${JSON.stringify(checking, null, 2)}\n`));
  const zip = zipSync(Object.fromEntries(outputs.map((o) => [o.name, o.bytes])));
  add('zip', text('全部文件（zip）', 'Everything (zip)'), `${result.report.organ.name}${result.report.year}汇总.zip`, 'application/zip', zip);
  return outputs;
}
