import type { CommandContext } from '../command.js';
import { displayWidth, padDisplay as pad } from '../display-width.js';
import { countDiagnostics } from '../format-diagnostics.js';
import { count } from '../text.js';
import type { AggregateRun } from './aggregate-run.js';

/** The files written, where the checking report is, what to do next, and rendering notes. */
export function printWrittenOutputs(context: CommandContext, run: AggregateRun): void {
  const { text, output } = context;
  const { written } = run;
  output.line();
  if (run.kept) {
    output.line(
      output.style('red', text(`没有一份报表可以计入汇总，未写出结果：${output.path(run.job.folder)} 中上次的结果保持不变。请先按上面列出的问题修正后重新运行。`, `No report could be added, so nothing was written: the earlier outputs in ${output.path(run.job.folder)} are unchanged. Fix the problems listed above and run again.`)),
    );
    return;
  }
  output.line(output.style('bold', text(`输出文件（${output.path(run.job.folder)}）：`, `Written (${output.path(run.job.folder)}):`)));
  const outputs = written.filter((w) => w.kind !== 'returned');
  const returned = written.filter((w) => w.kind === 'returned');
  const labelWidth = Math.max(...outputs.map((w) => displayWidth(w.label)));
  for (const w of outputs) output.line(`  ${pad(w.label, labelWidth)}  ${w.file}`);
  if (returned.length > 0) {
    const folder = returned[0].file.slice(0, returned[0].file.lastIndexOf('/') + 1);
    output.line(
      text(
        `  退回的报表（${returned.length} 份，问题已标在原表的单元格上，并列在第一张工作表“问题清单”中）：${folder}`,
        `  Files sent back (${returned.length}, each problem marked at its cell and listed on the first sheet 问题清单): ${folder}`,
      ),
    );
  }
  const counts = countDiagnostics(run.diagnostics);
  output.line();
  output.line(
    text(
      `审核报告列出了全部 ${counts.errors} 个错误、${counts.warnings} 个警告，每个问题都注明文件、工作表和单元格：${written.find((w) => w.kind === 'checking-html')?.file ?? ''}`,
      `The checking report lists all ${count(text, counts.errors, '', 'error')} and ${count(text, counts.warnings, '', 'warning')}, each with file, sheet and cell: ${written.find((w) => w.kind === 'checking-html')?.file ?? ''}`,
    ),
  );
  const html = written.find((w) => w.kind === 'report-html')?.file;
  if (html) {
    output.line(
      text(
        `下一步：用浏览器打开 ${html} 查看汇总年报；把审核报告中的问题告知退回、缺报和重复报送的单位，收到更正后重新运行本命令。`,
        `Next: open ${html} in a browser; send the problems in the checking report to the organs rejected, missing or duplicated, and run this command again with their corrections.`,
      ),
    );
  }
  const sectionsEmpty = run.result.report.sections.every((section) => section.paragraphs.length === 0 && section.children.length === 0);
  if (sectionsEmpty) {
    output.line(
      text(
        '汇总年报的文字部分（总体情况、存在的主要问题等）为空：请用 --narrative 指定本级年报文字（.txt）；按汇总数字生成的文字草稿见汇总年报附件。',
        'The narrative of the county report (overview, problems…) is empty: give the county’s text with --narrative (.txt); a draft generated from the figures is in the report’s appendix.',
      ),
    );
  }
  for (const diagnostic of run.renderDiagnostics.filter((d) => d.severity !== 'info')) output.note(`${text('输出：', 'Outputs: ')}${diagnostic.message}`);
  if (run.summary.accepted === 0) {
    output.line(output.style('red', text('没有一份报表可以计入汇总，请先按审核报告修正后重新运行。', 'No report could be added; fix them as the checking report says and run again.')));
  }
}
