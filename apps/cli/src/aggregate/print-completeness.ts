import type { CommandContext } from '../command.js';
import { padDisplay as pad } from '../display-width.js';
import { count } from '../text.js';
import { entryName, type AggregateRun } from './aggregate-run.js';
import type { FileAccount } from '@report/core';

/** `青山县人民政府 2024 年度汇总`, the counts, and what else there was (unreadable, not on the roster, not used). */
function printHeadline(context: CommandContext, run: AggregateRun): void {
  const { text, output } = context;
  const { summary } = run;
  output.line(output.style('bold', text(`${run.job.organName} ${run.job.year} 年度汇总`, `${run.job.organName}: aggregate for ${run.job.year}`)));
  output.line(
    text(
      `  应报 ${summary.expected} 个单位：已收 ${summary.received}，缺报 ${summary.missing}，退回 ${summary.rejected}，重复 ${summary.duplicate}，逾期 ${summary.late}；计入汇总 ${summary.accepted} 份。`,
      `  ${summary.expected} organs expected: ${summary.received} received, ${summary.missing} missing, ${summary.rejected} rejected, ${summary.duplicate} duplicate, ${summary.late} late; ${summary.accepted} added into the county report.`,
    ),
  );
  const others = [
    summary.unreadable > 0 ? text(`${summary.unreadable} 个文件无法读取`, `${count(text, summary.unreadable, '', 'file')} could not be read`) : '',
    summary.skipped > 0 ? text(`${summary.skipped} 个文件跳过（原因见上）`, `${count(text, summary.skipped, '', 'file')} skipped (see above)`) : '',
    summary.unexpected > 0 ? text(`名册外 ${summary.unexpected} 份`, `${summary.unexpected} not on the roster`) : '',
    summary.excluded > 0 ? text(`未采用 ${summary.excluded} 份`, `${summary.excluded} not used`) : '',
  ].filter(Boolean);
  if (others.length > 0) output.line(text(`  另有 ${others.join('，')}。`, `  Also ${others.join(', ')}.`));
}

/**
 * The completeness as people read it: the counts, then who is missing, rejected (with the first
 * error), unreadable, duplicate, late, not on the roster and not used, each file named.
 */
export function printCompleteness(context: CommandContext, run: AggregateRun): void {
  const { text, output } = context;
  const { summary, accounts } = run;
  printHeadline(context, run);
  const section = (title: string, items: string[]) => {
    if (items.length === 0) return;
    output.line();
    output.line(title);
    for (const item of items) output.line(`  ${item}`);
  };
  const byStatus = (status: FileAccount['status']) => accounts.filter((a) => a.status === status);
  const accountLines = (a: FileAccount) => {
    const reason = a.reasons[0] ? text(`：${a.reasons[0]}`, `: ${a.reasons[0]}`) : '';
    const lines = [`${pad(a.organ ?? text('（未识别机关）', '(organ unknown)'), 22)} ${output.style('dim', a.file)}${reason}`];
    if (a.firstError) lines.push(`${' '.repeat(24)}${output.style('dim', text(`首个错误：${a.firstError}`, `first error: ${a.firstError}`))}`);
    return lines;
  };
  const unreadableByOrgan = new Map(byStatus('unreadable').filter((a) => a.entryId).map((a) => [a.entryId!, a]));
  section(
    output.style('yellow', text(`缺报（${summary.missing}）：`, `Missing (${summary.missing}):`)),
    run.result.completeness.missing.map((id) => {
      const file = unreadableByOrgan.get(id);
      return file ? `${entryName(run, id)}${text(`（收到的 ${file.file} 无法读取）`, ` (${file.file} was received but cannot be read)`)}` : entryName(run, id);
    }),
  );
  section(output.style('red', text(`退回（${summary.rejected}）——有错误，未计入：`, `Rejected (${summary.rejected}) — errors, not added:`)), byStatus('rejected').flatMap(accountLines));
  section(output.style('red', text(`无法读取（${summary.unreadable}）：`, `Cannot be read (${summary.unreadable}):`)), byStatus('unreadable').flatMap(accountLines));
  section(output.style('yellow', text(`重复（${summary.duplicate}）：`, `Duplicate (${summary.duplicate}):`)), byStatus('duplicate').flatMap(accountLines));
  section(
    output.style('yellow', text(`逾期（${summary.late}）：`, `Late (${summary.late}):`)),
    accounts.filter((a) => a.late).map((a) => `${pad(a.organ ?? '', 22)} ${output.style('dim', a.file)}${a.submittedOn ? text(`，${a.submittedOn} 收到`, `, received ${a.submittedOn}`) : ''}`),
  );
  section(output.style('yellow', text(`名册外（${summary.unexpected}）：`, `Not on the roster (${summary.unexpected}):`)), byStatus('unexpected').flatMap(accountLines));
  section(text(`未采用（${summary.excluded}）：`, `Not used (${summary.excluded}):`), byStatus('excluded').flatMap(accountLines));
}
