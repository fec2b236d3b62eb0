import type { CommandContext } from '../command.js';
import { loadSide } from '../compare/load-side.js';
import { compareSides } from '../compare/pair-reports.js';
import { comparisonJson, printComparison } from '../compare/print-comparison.js';
import { exitCodes, UsageError } from '../errors.js';
import { countDiagnostics } from '../format-diagnostics.js';

/** What `gov-report compare` does (its options and help are in `compare.ts`). */
export async function run(context: CommandContext): Promise<number> {
  const { text, output } = context;
  const [previousArgument, currentArgument] = context.positionals;
  const previous = await loadSide(context, previousArgument, text('读取上年', 'Last year'));
  const current = await loadSide(context, currentArgument, text('读取本年', 'This year'));
  if (previous.folder !== current.folder) {
    throw new UsageError(text('请给两个文件，或两个文件夹', 'give two files or two folders'), { command: 'compare' });
  }
  const pairs = compareSides(context, previous, current);
  const counts = countDiagnostics(pairs.flatMap((p) => p.diagnostics));
  if (context.json) output.json(comparisonJson(context, pairs, counts));
  else printComparison(context, pairs, counts, { withFigures: !previous.folder });
  return counts.errors > 0 || counts.warnings > 0 ? exitCodes.problems : exitCodes.ok;
}
