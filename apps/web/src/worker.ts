/// <reference lib="webworker" />
import { describeLocation, parseReport, serveLoads, type Diagnostic, type LoadMessage, type LoadSetup } from '@report/core';
import { aggregateCounty } from './job/county.js';
import { pdfOptions, webPipeline } from './job/pipeline.js';
import { JobStop, textFor } from './job/text.js';
import { checkTownship } from './job/township.js';
import type { JobRequest, JobResult, ReaderRequest, WorkerMessage } from './protocol.js';

/**
 * The whole job, off the main thread: one request in, progress out, one result back. Cancel is the
 * page terminating this worker. Nothing here touches the network: the font comes from the page.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(message: WorkerMessage): void {
  const transfer: Transferable[] = [];
  if (message.type === 'result') {
    const { result } = message;
    if (result.kind === 'county') for (const output of result.outputs) transfer.push(output.bytes.buffer);
    if (result.kind === 'file') transfer.push(result.file.bytes.buffer);
  }
  scope.postMessage(message, transfer);
}

/** Each problem's place in words (sheet, cell, official label, section title), never an id: the page shows it as is. */
function placed<T extends { diagnostics: Diagnostic[] }>(result: T, locale: JobRequest['locale']): T {
  const forms = webPipeline().forms;
  return { ...result, diagnostics: result.diagnostics.map((d) => ({ ...d, where: describeLocation(d.location, { locale, forms }).join(' · ') })) };
}

async function run(request: JobRequest, ports: readonly MessagePort[]): Promise<JobResult> {
  const pipeline = webPipeline();
  const text = textFor(request.locale);
  switch (request.kind) {
    case 'township':
      post({ type: 'progress', done: 0, total: 1, label: request.file.name });
      return placed(await checkTownship(pipeline, request.file, request.locale), request.locale);
    case 'county':
      return placed(await aggregateCounty(pipeline, request, (done, total, label) => post({ type: 'progress', done, total, label }), ports), request.locale);
    case 'render-pdf': {
      const { report } = parseReport(request.report);
      if (!report) throw new JobStop(text('报告数据无效', 'The report data is not valid'));
      const rendered = await pipeline.render('pdf', { report }, { locale: request.locale, options: pdfOptions(request.font) });
      if (!rendered.content) throw new JobStop(rendered.diagnostics.find((d) => d.severity === 'error')?.message ?? 'pdf');
      const bytes = typeof rendered.content === 'string' ? new TextEncoder().encode(rendered.content) : rendered.content;
      return { kind: 'file', file: { kind: 'report-pdf', label: 'PDF', name: `${report.organ.name}${report.year}年报.pdf`, mediaType: 'application/pdf', bytes } };
    }
    case 'template': {
      const made = await pipeline.template({ year: request.year, organ: { name: request.organ } }, { locale: request.locale });
      if (!made.content) throw new JobStop(made.diagnostics.find((d) => d.severity === 'error')?.message ?? text('无法生成模板', 'Cannot make the template'));
      return {
        kind: 'file',
        file: { kind: 'template', label: text('空白模板', 'Blank template'), name: `${request.organ}${request.year}年政府信息公开工作年度报告${made.extension ?? '.xlsx'}`, mediaType: made.mediaType ?? 'application/octet-stream', bytes: made.content },
      };
    }
  }
}

/** A reader: reads and checks the files a county job sends over its port, with the same pipeline. */
function serveReader(port: MessagePort): void {
  const serve = serveLoads({ pipeline: webPipeline() }, (reply) => port.postMessage(reply));
  port.onmessage = (event: MessageEvent<LoadSetup | LoadMessage>) => serve(event.data);
}

scope.onmessage = async (event: MessageEvent<JobRequest | ReaderRequest>) => {
  if (event.data.kind === 'reader') {
    serveReader(event.ports[0]);
    return;
  }
  try {
    post({ type: 'result', result: await run(event.data, event.ports) });
  } catch (error) {
    if (error instanceof JobStop) post({ type: 'result', result: { kind: 'failure', message: error.message, ...(error.hint ? { hint: error.hint } : {}) } });
    else post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
