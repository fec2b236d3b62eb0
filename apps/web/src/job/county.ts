import {
  aggregatingOrgan,
  countyAggregateOptions,
  countyOutputs,
  countyRunRecord,
  CountyJobStop,
  createLoadPool,
  runCountyJob,
  skipReasonOf,
  skipReasonText,
  type CountyFile,
  type CountyJobOptions,
  type LoadChannel,
  type Locale,
  type Pipeline,
  type SkippedFile,
} from '@report/core';
import { strToU8, zipSync } from 'fflate';
import type { CountyRequest, CountyResult, InputBytes, OutputFile } from '../protocol.js';
import { pdfOptions } from './pipeline.js';
import { readRoster } from './roster.js';
import { JobStop, textFor } from './text.js';
import packageJson from '../../package.json' with { type: 'json' };

/**
 * `gov-report aggregate` in the browser: core's county job (`runCountyJob`, `countyOutputs`), the
 * very code the CLI runs, over the files the page was given; here only the bytes come from the page
 * and the outputs go back to it (and into one zip).
 */

export type Progress = (done: number, total: number, label: string) => void;

const collator = new Intl.Collator('zh-CN', { numeric: true });

/**
 * The CLI walks a folder in pinyin order, folder by folder; the same order here by path. Files that
 * are never submissions (lock files, hidden files) are skipped with the reason, as the CLI skips them.
 */
export function orderInputs(files: readonly InputBytes[]): { files: InputBytes[]; skipped: SkippedFile[] } {
  const seen = new Set<string>();
  const skipped: SkippedFile[] = [];
  const kept = files.filter((file) => {
    if (seen.has(file.path)) return false;
    seen.add(file.path);
    const reason = file.path.split('/').map(skipReasonOf).find(Boolean);
    if (reason) skipped.push({ path: file.path, reason });
    return !reason;
  });
  kept.sort((a, b) => {
    const left = a.path.split('/');
    const right = b.path.split('/');
    for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
      const order = collator.compare(left[i], right[i]);
      if (order !== 0) return order;
    }
    return left.length - right.length;
  });
  return { files: kept, skipped };
}

const countyFile = (input: InputBytes): CountyFile => ({ name: input.name, path: input.path, read: async () => input.bytes });

/** The page's reader workers, each behind a message port, as core's load pool talks to them. */
function readerChannels(ports: readonly MessagePort[]): LoadChannel[] {
  return ports.map((port) => ({
    post: (message) => port.postMessage(message),
    listen: (handler) => {
      port.onmessage = (event) => handler(event.data);
    },
  }));
}

/**
 * The county job; with `readers` (ports to reader workers the page started), the files are read and
 * checked in those, as `gov-report aggregate --jobs` does in threads, and the results are the same.
 */
export async function aggregateCounty(pipeline: Pipeline, request: CountyRequest & { locale: Locale; font?: Uint8Array }, progress: Progress, readers: readonly MessagePort[] = []): Promise<CountyResult> {
  const { locale } = request;
  const text = textFor(locale);
  const { files, skipped } = orderInputs(request.files);
  const total = files.length + 2;
  const startedAt = new Date();
  try {
    progress(0, total, text('读取名册', 'Reading the roster'));
    const rosterLoaded = await readRoster(request.roster, locale, text);
    const roster = rosterLoaded.roster;
    if (roster.entries.length === 0) {
      throw new JobStop(text(`名册 ${request.roster.name} 里没有可用的单位，无法汇总`, `the roster ${request.roster.name} lists no usable organ; nothing to aggregate`), text('名册第一行应为表头（如“名称”“层级”），其后每行一个单位。', 'The first row of the roster is a header (e.g. name, level), then one organ per row.'));
    }
    const { organ } = aggregatingOrgan(roster, request.organ, { locale });
    const jobOptions: CountyJobOptions = {
      pipeline,
      locale,
      organ,
      ...(request.year ? { year: request.year } : {}),
      roster,
      rosterDiagnostics: rosterLoaded.diagnostics,
      files: files.map(countyFile),
      skipped,
      ...(request.received ? { received: countyFile(request.received) } : {}),
      ...(request.narrative ? { narrative: countyFile(request.narrative) } : {}),
      progress: (event) => progress(event.phase === 'read' ? event.done : files.length + 1, total, event.label),
    };
    // The readers check too when the year is known (the same aggregate options as the job's); else they only read.
    const pool = readers.length > 0 ? createLoadPool(readerChannels(readers), { locale, ...(request.year ? { aggregate: countyAggregateOptions(jobOptions, request.year) } : {}) }) : undefined;
    const job = await runCountyJob({ ...jobOptions, ...(pool ? { load: pool.load, concurrency: pool.concurrency } : {}) });
    progress(files.length + 2, total, text('正在生成汇总年报、汇总表和审核报告…', 'Writing the county report, summary workbook and checking report…'));
    // checking.json records the run as the CLI's does: tool, version, times, every input with its hash.
    const run = await countyRunRecord(job, {
      tool: 'gov-report-web',
      version: packageJson.version,
      startedAt,
      command: ['county'],
      sources: { roster: countyFile(request.roster), received: request.received && countyFile(request.received), narrative: request.narrative && countyFile(request.narrative) },
      plugins: pipeline.plugins.map((plugin) => plugin.name),
      locale,
    });
    const outputs: OutputFile[] = [];
    const options = { locale, pdf: request.pdf, rendererOptions: { pdf: pdfOptions(request.font) }, run: () => ({ ...run, finishedAt: new Date().toISOString() }) };
    for await (const output of countyOutputs(pipeline, job, options)) {
      outputs.push({ kind: output.kind, label: output.label, name: output.name, mediaType: output.mediaType, bytes: typeof output.content === 'string' ? strToU8(output.content) : output.content });
    }
    const zip = zipSync(Object.fromEntries(outputs.map((o) => [o.name, o.bytes])));
    const decoder = new TextDecoder();
    const html = (kind: string) => decoder.decode(outputs.find((o) => o.kind === kind)!.bytes);
    outputs.push({ kind: 'zip', label: text('全部文件（zip）', 'Everything (zip)'), name: `${job.organ.name}${job.year}汇总.zip`, mediaType: 'application/zip', bytes: zip });
    return {
      kind: 'county',
      organ: job.organ.name,
      year: job.year,
      summary: job.summary,
      missing: job.missing,
      accounts: job.accounts,
      skipped: job.skipped.map((file) => ({ ...file, why: skipReasonText(file.reason, locale) })),
      diagnostics: job.diagnostics,
      notes: job.notes,
      readers: readers.length,
      outputs,
      previewHtml: html('report-html'),
      checkingHtml: html('checking-html'),
    };
  } catch (error) {
    if (CountyJobStop.isInstance(error)) throw new JobStop(error.message, error.hint);
    throw error;
  }
}
