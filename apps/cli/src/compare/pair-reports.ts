import { createDiagnostic, normalizeOrganName, sortDiagnostics, type CellChange, type Diagnostic } from '@report/core';
import type { CommandContext } from '../command.js';
import { messageOptions } from '../command-helpers.js';
import type { LoadedFile } from '../load-file.js';
import type { ComparisonSide } from './load-side.js';

/** One organ's two years: the files, what the comparison found and how the cells changed. */
export interface Pair {
  organ: string;
  previous?: LoadedFile;
  current?: LoadedFile;
  diagnostics: Diagnostic[];
  changes: CellChange[];
}


/** Two folders: reports paired by organ name; a second report of one organ in one year is a diagnostic; unreadable files stand alone. */
function pairByOrgan(context: CommandContext, previous: ComparisonSide, current: ComparisonSide): Pair[] {
  const byOrgan = new Map<string, Pair>();
  const unread: LoadedFile[] = [];
  for (const [side, files] of [['previous', previous.files], ['current', current.files]] as const) {
    for (const file of files) {
      if (!file.report) {
        unread.push(file);
        continue;
      }
      const key = normalizeOrganName(file.report.organ.name);
      const pair: Pair = byOrgan.get(key) ?? { organ: file.report.organ.name, diagnostics: [], changes: [] };
      if (pair[side]) {
        pair.diagnostics.push(
          createDiagnostic(
            { code: 'compare-duplicate-organ', params: { year: file.report.year, organ: file.report.organ.name, used: pair[side]!.input.name, file: file.input.name }, location: { file: file.input.name, organ: file.report.organ.name } },
            messageOptions(context),
          ),
        );
      } else pair[side] = file;
      byOrgan.set(key, pair);
    }
  }
  const pairs = [...byOrgan.values()];
  for (const file of unread) pairs.push({ organ: file.input.name, ...(previous.files.includes(file) ? { previous: file } : { current: file }), diagnostics: [], changes: [] });
  return pairs;
}

/** Compares a pair with the pipeline's forms (cross-year rules) and messages; a member found in one year only is a diagnostic. */
function comparePair(context: CommandContext, pair: Pair, previous: ComparisonSide, current: ComparisonSide): void {
  for (const side of [pair.previous, pair.current]) if (side) pair.diagnostics.push(...side.diagnostics.filter((d) => d.severity === 'error'));
  if (pair.previous?.report && pair.current?.report) {
    const comparison = context.pipeline.compare(pair.previous.report, pair.current.report, { locale: context.locale });
    pair.diagnostics.push(...comparison.diagnostics);
    pair.changes = comparison.changes;
  } else if (previous.folder && (pair.previous?.report || pair.current?.report)) {
    const only = (pair.previous ?? pair.current)!;
    const years = { previousYear: previous.files.find((f) => f.report)?.report?.year ?? '', currentYear: current.files.find((f) => f.report)?.report?.year ?? '' };
    pair.diagnostics.push(
      createDiagnostic(
        { code: pair.previous ? 'compare-member-removed' : 'compare-member-added', params: { organ: pair.organ, ...years }, location: { organ: pair.organ, file: only.input.name } },
        messageOptions(context),
      ),
    );
  }
  pair.diagnostics = sortDiagnostics(pair.diagnostics);
}

/** Two files make one pair; two folders are paired by organ. Each pair is compared. */
export function compareSides(context: CommandContext, previous: ComparisonSide, current: ComparisonSide): Pair[] {
  const pairs: Pair[] = previous.folder
    ? pairByOrgan(context, previous, current)
    : [{ organ: current.files[0]?.report?.organ.name ?? previous.files[0]?.report?.organ.name ?? '', previous: previous.files[0], current: current.files[0], diagnostics: [], changes: [] }];
  for (const pair of pairs) comparePair(context, pair, previous, current);
  return pairs;
}
