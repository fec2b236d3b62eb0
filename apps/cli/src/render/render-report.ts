import { resolve } from 'node:path';
import type { Diagnostic, Report } from '@report/core';
import type { CommandContext } from '../command.js';
import { writeOutput } from '../write-file.js';

export interface RenderTarget {
  /** The pipeline's renderer (`html`, `pdf`…). */
  kind: string;
  /** The file to write, as given. */
  target: string;
}

/**
 * Renders the report with each requested renderer and writes the files; a renderer that makes no
 * output says why in the diagnostics. `mark` (e.g. 未通过审核) is printed on every page.
 */
export async function renderReport(context: CommandContext, report: Report, targets: readonly RenderTarget[], mark: string | undefined) {
  const { text, output, io } = context;
  const diagnostics: Diagnostic[] = [];
  const written: Array<{ kind: string; file: string }> = [];
  for (const { kind, target } of targets) {
    const rendered = await context.pipeline.render(kind, { report }, { locale: context.locale, ...(mark ? { options: { mark } } : {}) });
    diagnostics.push(...rendered.diagnostics);
    if (rendered.content === undefined) continue;
    const path = resolve(io.cwd, target);
    await writeOutput(path, rendered.content, text, output.path(path));
    written.push({ kind, file: output.path(path) });
  }
  return { diagnostics, written };
}
