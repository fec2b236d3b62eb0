import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CommandContext } from '../command.js';
import { inputFiles } from '../command-helpers.js';
import { loadFile, type LoadedFile } from '../load-file.js';
import { createProgress } from '../progress.js';

/** One year of a comparison: a file, or every file of a folder. */
export interface ComparisonSide {
  folder: boolean;
  files: LoadedFile[];
}

/** Reads one side (last year or this year) with the pipeline's forms. */
export async function loadSide(context: CommandContext, argument: string, progressLabel: string): Promise<ComparisonSide> {
  const folder = (await stat(resolve(context.io.cwd, argument)).catch(() => undefined))?.isDirectory() ?? false;
  const inputs = await inputFiles(context, [argument], 'compare');
  const progress = createProgress(context.io, { total: inputs.length, label: progressLabel, enabled: !context.json });
  const files: LoadedFile[] = [];
  for (const input of inputs) {
    progress.tick(input.name);
    files.push(await loadFile(input, { pipeline: context.pipeline, locale: context.locale }));
  }
  progress.done();
  return { folder, files };
}
