import { join } from 'node:path';
import type { AggregateResult, Diagnostic, RenderInput, Roster } from '@report/core';
import type { CommandContext } from '../command.js';
import { JobError } from '../errors.js';
import { CHECKING_SCHEMA, type OutputSet } from '../output-set/output-set.js';
import type { RunRecord } from '../output-set/run-record.js';
import { writeOutput } from '../write-file.js';
import type { FileAccount } from './file-account.js';

export type OutputKind = 'report-html' | 'report-pdf' | 'report-docx' | 'summary-workbook' | 'report-json' | 'checking-html' | 'checking-json';

export interface WrittenOutput {
  kind: OutputKind;
  /** What it is, for people (`汇总年报 PDF`). */
  label: string;
  /** Path as shown (relative to the working directory when inside it). */
  file: string;
}

/** Fixed file names in the output folder, so scripts can rely on them. */
export const outputFileNames: Record<OutputKind, string> = {
  'report-html': 'report.html',
  'report-pdf': 'report.pdf',
  'report-docx': 'report.docx',
  'summary-workbook': 'summary.xlsx',
  'report-json': 'report.json',
  'checking-html': 'checking.html',
  'checking-json': 'checking.json',
};

export interface AggregateOutputInput {
  /** Where the files go: the run's output set (written whole, or not at all). */
  set: OutputSet;
  /** What the run read, for `checking.json`'s record of the run. */
  run: RunRecord;
  result: AggregateResult;
  roster: Roster;
  /** Every problem: roster, unreadable files, members, aggregation. */
  diagnostics: Diagnostic[];
  accounts: FileAccount[];
  summary: Record<string, number>;
  missing: Array<{ id: string; name: string }>;
  pdf: boolean;
  /** The Word document (`--no-docx` leaves it out). */
  docx: boolean;
}

/** Writes the county report (JSON, HTML, PDF, Word), the summary workbook and the checking report (HTML, JSON). */
export async function renderAggregateOutputs(context: CommandContext, input: AggregateOutputInput): Promise<{ written: WrittenOutput[]; diagnostics: Diagnostic[] }> {
  const { text, output, locale } = context;
  const { result, set } = input;
  const written: WrittenOutput[] = [];
  /** What rendering said (fonts substituted, glyphs missing, tables the form lacks): about the outputs, not about the submissions. */
  const renderDiagnostics: Diagnostic[] = [];
  const write = async (kind: OutputKind, label: string, content: string | Uint8Array) => {
    const shown = output.path(join(set.target, outputFileNames[kind]));
    await writeOutput(set.path(outputFileNames[kind]), content, text, shown);
    written.push({ kind, label, file: shown });
  };
  /** One output through the pipeline's renderer; one that cannot be made stops the run with its reason (exit 1), never a file left out silently. */
  const render = async (renderer: string, renderInput: RenderInput, label: string) => {
    const rendered = await context.pipeline.render(renderer, renderInput, { locale });
    renderDiagnostics.push(...rendered.diagnostics.filter((d) => rendered.content !== undefined || d.severity !== 'error'));
    if (rendered.content === undefined) {
      const reason = rendered.diagnostics.find((d) => d.severity === 'error')?.message ?? renderer;
      throw new JobError(text(`无法生成${label}：${reason}；本次的输出均未写入，原有结果保持不变`, `cannot make the ${label}: ${reason}; none of this run's outputs were written, the earlier ones are unchanged`));
    }
    return rendered.content;
  };
  const title = `${result.report.organ.name}${result.report.year}年政府信息公开工作年度报告`;
  const county: RenderInput = { aggregate: result, roster: input.roster, diagnostics: input.diagnostics };

  const produce = async (kind: OutputKind, label: string, renderer: string, renderInput: RenderInput = county) => write(kind, label, await render(renderer, renderInput, label));
  await produce('report-html', text('汇总年报（网页）', 'County report (HTML)'), 'html');
  if (input.pdf) await produce('report-pdf', text('汇总年报（PDF）', 'County report (PDF)'), 'pdf');
  if (input.docx) await produce('report-docx', text('汇总年报（Word）', 'County report (Word)'), 'docx');
  // The workbook's problem list is the whole checking report: unreadable files and roster problems too, not only the aggregation's.
  await produce('summary-workbook', text('汇总表（Excel）', 'Summary workbook (Excel)'), 'summary-xlsx');
  await write('report-json', text('汇总年报数据（JSON）', 'County report (JSON)'), `${JSON.stringify(result.report, null, 2)}\n`);
  await produce('checking-html', text('审核报告（网页）', 'Checking report (HTML)'), 'checking-html', {
    ...county,
    title: text(`${title}——报表审核报告`, `Checking report — ${result.report.organ.name}, ${result.report.year}`),
  });
  const checking = {
    schema: CHECKING_SCHEMA,
    run: { ...input.run, finishedAt: new Date().toISOString() },
    organ: result.report.organ.name,
    year: result.report.year,
    format: result.report.format,
    completeness: input.summary,
    missing: input.missing,
    files: input.accounts,
    narrativeDraft: result.narrativeDraft,
    diagnostics: input.diagnostics,
  };
  await write('checking-json', text('审核报告数据（JSON）', 'Checking report (JSON)'), `${JSON.stringify(checking, null, 2)}\n`);
  return { written, diagnostics: renderDiagnostics };
}
