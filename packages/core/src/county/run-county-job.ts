import type { Aggregator } from '../aggregate/aggregate.js';
import { parseReceivedRegister, type ReceivedRegister } from '../aggregate/received-register.js';
import type { Submission } from '../aggregate/types.js';
import { createDiagnostic, sortDiagnostics } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Report } from '../model/report.js';
import { accountFiles, completenessSummary, type SubmittedFile, type UnreadableFile } from './account-files.js';
import { CountyJobStop, textFor, type Text } from './job-stop.js';
import { withNarrative } from './narrative.js';
import type { PipelineAggregateOptions } from '../plugins/types.js';
import type { CountyFile, CountyJob, CountyJobOptions, LoadedFile, LoadRequest, RecordedFile } from './types.js';

/** Reads one file through the pipeline; a file whose bytes cannot be read is a diagnostic, never a throw. */
export async function loadCountyFile(options: Pick<CountyJobOptions, 'pipeline' | 'locale'>, file: CountyFile, request: { year?: number; format?: string; organ?: string } = {}): Promise<LoadedFile> {
  const { pipeline } = options;
  const locale = options.locale ?? 'zh-CN';
  let bytes: Uint8Array;
  try {
    bytes = await file.read();
  } catch (error) {
    const reason = (error as { code?: string }).code ?? (error as Error).message;
    const diagnostic = createDiagnostic({ code: 'file-unreadable', params: { file: file.name, reason }, location: { file: file.name } }, { locale, catalog: pipeline.catalog, messages: pipeline.messages });
    return { size: 0, diagnostics: [diagnostic] };
  }
  const result = await pipeline.import(bytes, {
    file: file.name,
    locale,
    ...(request.year !== undefined ? { year: request.year } : {}),
    ...(request.format ? { format: request.format } : {}),
    ...(request.organ ? { organ: request.organ } : {}),
  });
  return {
    size: bytes.length,
    diagnostics: result.diagnostics,
    ...(result.importer ? { importer: result.importer } : {}),
    ...(result.sha256 ? { sha256: result.sha256 } : {}),
    ...(result.report ? { report: result.report } : {}),
  };
}

/** The options of the job's aggregate for a year: what a loader that checks files (`LoadRequest.check`) makes its aggregator with. */
export function countyAggregateOptions(options: Pick<CountyJobOptions, 'roster' | 'organ' | 'includeReportsWithErrors' | 'locale'>, year: number): PipelineAggregateOptions {
  return { roster: options.roster, organ: options.organ, year, includeReportsWithErrors: options.includeReportsWithErrors === true, locale: options.locale ?? 'zh-CN' };
}

/** A read file as the job submits it to aggregation. */
function submissionOf(file: Pick<CountyFile, 'name'>, loaded: LoadedFile & { report: Report }, submittedOn: string | undefined): Submission {
  return { report: loaded.report, file: file.name, diagnostics: loaded.diagnostics, ...(loaded.sha256 ? { sha256: loaded.sha256 } : {}), ...(submittedOn ? { submittedOn } : {}) };
}

/**
 * A read file with its report checked by `aggregator` (made with `countyAggregateOptions` of the
 * job) and let go: what a loader returns for `LoadRequest.check`, so the job only adds the result.
 * A file with no report is returned as it is.
 */
export function checkLoadedFile(aggregator: Aggregator, file: Pick<CountyFile, 'name'>, loaded: LoadedFile, request: LoadRequest = {}): LoadedFile {
  if (!loaded.report) return loaded;
  const { report, ...rest } = loaded;
  return { ...rest, checked: aggregator.check(submissionOf(file, { ...loaded, report }, request.submittedOn)) };
}

/** Reads the files `concurrency` at a time and yields them in input order. */
async function* readInOrder(files: readonly CountyFile[], read: (file: CountyFile) => Promise<LoadedFile>, concurrency: number): AsyncGenerator<LoadedFile> {
  const pending: Array<Promise<LoadedFile>> = [];
  let next = 0;
  const start = () => {
    const promise = read(files[next++]);
    // A rejection is taken where it is awaited; this keeps an early one from being "unhandled".
    promise.catch(() => undefined);
    pending.push(promise);
  };
  while (next < files.length && pending.length < concurrency) start();
  while (pending.length > 0) {
    const loaded = await pending.shift()!;
    if (next < files.length) start();
    yield loaded;
  }
}

function mostCommonYear(years: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const year of years) counts.set(year, (counts.get(year) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}

async function readRegister(options: CountyJobOptions, text: Text): Promise<{ register?: ReceivedRegister; notes: string[] }> {
  const file = options.received;
  if (!file) return { notes: [] };
  let register: ReceivedRegister;
  try {
    register = parseReceivedRegister(await file.read(), text);
  } catch {
    throw new CountyJobStop(text(`无法读取收文登记表：${file.path}`, `cannot read the received-date register: ${file.path}`), { usage: true });
  }
  if (register.problems.length > 0 && register.dates.size === 0) {
    throw new CountyJobStop(text(`收文登记表 ${file.path} 无法使用：${register.problems.join('；')}`, `cannot use the register ${file.path}: ${register.problems.join('; ')}`));
  }
  return { register, notes: register.problems.map((problem) => text(`收文登记表 ${file.name}：${problem}`, `register ${file.name}: ${problem}`)) };
}

/** The county's own text, read with the sections of the year's form; anything but a readable text stops the job. */
async function readNarrative(options: CountyJobOptions, year: number, text: Text): Promise<{ report: Report; diagnostics: Diagnostic[] } | undefined> {
  const file = options.narrative;
  if (!file) return undefined;
  const format = options.pipeline.formForYear(year)?.id;
  const loaded = await loadCountyFile(options, file, { year, ...(format ? { format } : {}) });
  if (loaded.importer !== 'narrative-text') {
    throw new CountyJobStop(text(`年报文字应为文本文件（.txt），${file.name} 不是`, `the county's text is a text file (.txt); ${file.name} is not one`), { usage: true });
  }
  if (!loaded.report) {
    const reason = loaded.diagnostics.find((d) => d.severity === 'error')?.message ?? '';
    throw new CountyJobStop(text(`无法读取年报文字 ${file.path}：${reason}`, `cannot read the county's text ${file.path}: ${reason}`));
  }
  return { report: loaded.report, diagnostics: loaded.diagnostics };
}

/**
 * The county's job, as `gov-report aggregate` and the browser app both run it: read every file
 * (one at a time, or `concurrency` at once, used in input order), check and add each into a
 * streaming aggregate and let its report go, account for every file (accepted, rejected with its
 * reasons, duplicate, not on the roster, not used, unreadable, skipped), and put the county's own
 * text in place of the draft. Rendering the outputs is `countyOutputs`.
 */
export async function runCountyJob(options: CountyJobOptions): Promise<CountyJob> {
  const { pipeline, files } = options;
  const locale = options.locale ?? 'zh-CN';
  const text = textFor(locale);
  const messageOptions = { locale, catalog: pipeline.catalog, messages: pipeline.messages };
  const { register, notes } = await readRegister(options, text);
  let narrative = options.year !== undefined ? await readNarrative(options, options.year, text) : undefined;

  const aggregatorFor = (year: number): Aggregator => pipeline.aggregator(countyAggregateOptions(options, year));
  let aggregator = options.year !== undefined ? aggregatorFor(options.year) : undefined;
  /** Submissions read before the year is known (no year given): held until every file is read. */
  const held: Submission[] = [];
  const inputs: RecordedFile[] = [];
  const submitted: SubmittedFile[] = [];
  const submittedFiles: Array<{ file: CountyFile; importer?: string }> = [];
  const unreadable: Array<UnreadableFile & { file: CountyFile; importer?: string }> = [];
  const inputDiagnostics: Diagnostic[] = [...(options.rosterDiagnostics ?? [])];
  const load = options.load ?? ((file: CountyFile, request: LoadRequest) => loadCountyFile(options, file, request));
  const requestFor = (file: CountyFile): LoadRequest => {
    const submittedOn = register?.dates.get(file.name);
    return { ...(options.year !== undefined ? { year: options.year, check: true } : {}), ...(submittedOn ? { submittedOn } : {}) };
  };

  let index = 0;
  for await (const loaded of readInOrder(files, (file) => load(file, requestFor(file)), Math.max(1, options.concurrency ?? 2))) {
    const file = files[index++];
    if (options.signal?.aborted) throw new CountyJobStop(text('已取消', 'Cancelled'));
    options.progress?.({ phase: 'read', done: index, total: files.length, label: file.name });
    inputs.push({ file: file.path, size: loaded.size, ...(loaded.sha256 ? { sha256: loaded.sha256 } : {}) });
    const submittedOn = register?.dates.get(file.name);
    if (register && !submittedOn) {
      inputDiagnostics.push(createDiagnostic({ code: 'received-date-missing', params: { manifest: options.received!.name, file: file.name }, location: { file: file.name } }, messageOptions));
    }
    if (!loaded.report && !loaded.checked) {
      unreadable.push({ path: file.path, name: file.name, diagnostics: loaded.diagnostics, file, ...(loaded.importer ? { importer: loaded.importer } : {}) });
      continue;
    }
    submitted.push({ path: file.path, file: file.name, ...(submittedOn ? { submittedOn } : {}) });
    submittedFiles.push({ file, ...(loaded.importer ? { importer: loaded.importer } : {}) });
    if (loaded.checked) {
      // Checked by the loader (a thread) with an aggregator of the same options: only added here.
      if (!aggregator) throw new Error('runCountyJob: a loader returned a checked file before the year was known');
      aggregator.addChecked(loaded.checked, loaded.checkedBy ?? 'load');
      continue;
    }
    const submission = submissionOf(file, { ...loaded, report: loaded.report! }, submittedOn);
    if (aggregator) aggregator.add(submission);
    else held.push(submission);
  }

  const year = options.year ?? mostCommonYear(held.map((s) => s.report.year));
  if (year === undefined) throw new CountyJobStop(text('无法确定年度：请填写报告年度', 'Cannot tell the year: give the report year'), { usage: true });
  if (!aggregator) {
    aggregator = aggregatorFor(year);
    for (const submission of held.splice(0)) aggregator.add(submission);
    narrative = await readNarrative(options, year, text);
  }
  options.progress?.({ phase: 'aggregate', done: files.length, total: files.length, label: text('正在汇总…', 'Aggregating…') });
  const result = aggregator.finish();
  if (narrative) result.report = withNarrative(result.report, narrative.report);

  const { completeness } = result;
  const expected = new Set(completeness.expected);
  const expectedEntries = options.roster.entries.filter((entry) => expected.has(entry.id));
  const { accounts, unreadableDiagnostics } = accountFiles(result, submitted, unreadable, { expectedEntries, receivedOn: (name) => register?.dates.get(name), text, locale: locale === 'en' ? 'en' : 'zh-CN' });
  const skipped = [...(options.skipped ?? [])];
  const summary = completenessSummary(completeness, { unreadable: unreadable.length, skipped: skipped.length, files: files.length });
  const names = new Map(options.roster.entries.map((entry) => [entry.id, entry.name]));
  const byFile = new Map<string, Diagnostic[]>();
  const rejected = result.outcomes.filter((o) => o.status === 'rejected');
  if (rejected.length > 0) for (const d of result.diagnostics) if (d.location.file && !d.code.startsWith('aggregate-')) (byFile.get(d.location.file) ?? byFile.set(d.location.file, []).get(d.location.file)!).push(d);
  const returns = [
    ...rejected.map((o) => ({ ...submittedFiles[o.index], diagnostics: byFile.get(submitted[o.index].file) ?? [] })),
    ...unreadable.filter((u) => u.diagnostics.some((d) => d.severity === 'error')).map((u) => ({ file: u.file, ...(u.importer ? { importer: u.importer } : {}), diagnostics: u.diagnostics, unreadable: true })),
  ];
  return {
    organ: result.report.organ,
    year,
    roster: options.roster,
    result,
    summary,
    accounts,
    missing: completeness.missing.map((id) => ({ id, name: names.get(id) ?? id })),
    diagnostics: sortDiagnostics([...inputDiagnostics, ...(narrative?.diagnostics ?? []), ...unreadableDiagnostics, ...result.diagnostics]),
    notes,
    inputs,
    skipped,
    returns,
  };
}
