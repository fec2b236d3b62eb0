import type { CellChange } from '@report/core';
import type { CommandContext } from '../command.js';
import { countDiagnostics, diagnosticLines, type DiagnosticCounts } from '../format-diagnostics.js';
import { count } from '../text.js';
import type { Pair } from './pair-reports.js';

/** The figures shown for each pair on screen (all changes are in --json). */
const keyFigures = [
  'applications/newReceived/total',
  'applications/totalHandled/total',
  'applications/granted/total',
  'applications/carriedForward/total',
  'active/normativeDocuments/inForce',
  'active/licensing/decisions',
  'active/penalty/decisions',
  'reviewLitigation/review/total',
];

function changeText(change: CellChange): string {
  const value = (v: number | null) => (v === null ? '—' : String(v));
  if (change.delta === null || change.delta === 0 || !change.previous) return `${value(change.previous)} → ${value(change.current)}`;
  const percent = Math.round((change.delta / change.previous) * 100);
  return `${value(change.previous)} → ${value(change.current)}（${change.delta > 0 ? '+' : ''}${percent}%）`;
}

/** The `--json` document of `compare`. */
export function comparisonJson(context: CommandContext, pairs: readonly Pair[], counts: DiagnosticCounts) {
  const { output } = context;
  return {
    command: 'compare',
    ok: counts.errors === 0 && counts.warnings === 0,
    ...counts,
    pairs: pairs.map((p) => ({ organ: p.organ, previous: p.previous ? output.path(p.previous.input.path) : null, current: p.current ? output.path(p.current.input.path) : null, diagnostics: p.diagnostics, changes: p.changes })),
  };
}

/** One pair: its status line, its problems and, for two single files, the key figures. */
function printPair(context: CommandContext, pair: Pair, withFigures: boolean): void {
  const { text, output } = context;
  const files = [pair.previous, pair.current].map((f) => (f ? output.path(f.input.path) : '—')).join(' → ');
  const pairCounts = countDiagnostics(pair.diagnostics);
  const status =
    pairCounts.errors > 0
      ? output.style('red', text(`✗ ${pairCounts.errors} 个错误`, `✗ ${count(text, pairCounts.errors, '', 'error')}`))
      : pairCounts.warnings > 0
        ? output.style('yellow', text(`! ${pairCounts.warnings} 个需核对`, `! ${pairCounts.warnings} to check`))
        : output.style('green', text('✓ 衔接一致', '✓ consistent'));
  output.line(`${status}  ${pair.organ}  ${output.style('dim', files)}`);
  for (const diagnostic of pair.diagnostics) for (const line of diagnosticLines(output, text, diagnostic)) output.line(line);
  if (!withFigures) return;
  const shown = pair.changes.filter((c) => keyFigures.includes(`${c.table}/${c.row}/${c.column}`));
  if (shown.length > 0) output.line(`  ${text('主要数字（上年 → 本年）：', 'Key figures (last year → this year):')}`);
  for (const change of shown) output.line(`    ${change.label}：${changeText(change)}`);
}

/** The people's output of `compare`: every pair, then the summary line. */
export function printComparison(context: CommandContext, pairs: readonly Pair[], counts: DiagnosticCounts, options: { withFigures: boolean }): void {
  const { text, output } = context;
  for (const pair of pairs) printPair(context, pair, options.withFigures);
  output.line();
  output.line(
    output.style(
      'bold',
      text(
        `共比较 ${pairs.length} 个机关：${counts.errors} 个错误，${counts.warnings} 个警告，${counts.infos} 个提示。`,
        `Compared ${count(text, pairs.length, '', 'organ')}: ${count(text, counts.errors, '', 'error')}, ${count(text, counts.warnings, '', 'warning')}, ${count(text, counts.infos, '', 'note')}.`,
      ),
    ),
  );
}
