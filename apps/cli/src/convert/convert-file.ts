import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Diagnostic, FormDefinition, Report, UnfilledCell, UnmappedCell } from '@report/core';
import type { CommandContext } from '../command.js';
import { formatOption, inputFiles, stringOption } from '../command-helpers.js';
import { UsageError } from '../errors.js';
import { withImportProblems } from '../import/combine-reports.js';
import { loadFile, type LoadedFile } from '../load-file.js';
import { writeOutput } from '../write-file.js';

export interface ConvertedFile {
  loaded: LoadedFile;
  from?: FormDefinition;
  to?: FormDefinition;
  report?: Report;
  unmapped: UnmappedCell[];
  unfilled: UnfilledCell[];
  /** Reading the file, then converting it. */
  diagnostics: Diagnostic[];
  /** The file written, as shown to the user. */
  written?: string;
}

/** The real path of a file, or the resolved one when it does not exist yet. */
async function canonical(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

/** `-o` and `--to` of `convert`: the file to write (never the input) and the target format (default: the pipeline's format for the report year). */
async function target(context: CommandContext, inputPath: string): Promise<string> {
  const { text } = context;
  const output = stringOption(context, 'output');
  if (!output) throw new UsageError(text('请用 -o 指定输出的报告 JSON 文件', 'give the report JSON to write with -o'), { command: 'convert' });
  const path = resolve(context.io.cwd, output);
  if ((await canonical(path)) === (await canonical(inputPath))) {
    throw new UsageError(text('输出文件不能是输入文件本身：convert 从不覆盖原文件', 'the output cannot be the input itself: convert never overwrites the original'), {
      command: 'convert',
      hint: text('用 -o 指定另一个文件名，如 青山镇2023（2021格式）.json。', 'Give another name with -o, e.g. report-2021-format.json.'),
    });
  }
  return path;
}

/**
 * Reads one report (JSON or workbook) through the pipeline, converts it to `--to` with
 * `pipeline.convert` and writes the report JSON to `-o` (the import's errors kept with it, as
 * `import` does). The input is never written.
 */
export async function convertFile(context: CommandContext): Promise<ConvertedFile> {
  const { text } = context;
  const [file] = await inputFiles(context, context.positionals, 'convert');
  if (!file) throw new UsageError(text('convert 需要一个报告文件，而不是文件夹', 'convert takes one report file, not a folder'), { command: 'convert' });
  const path = await target(context, file.path);
  const requested = formatOption(context, 'convert', 'to');
  const loaded = await loadFile(file, { pipeline: context.pipeline, locale: context.locale });
  const result: ConvertedFile = { loaded, unmapped: [], unfilled: [], diagnostics: [...loaded.diagnostics] };
  if (!loaded.report) return result;
  const toFormat = requested ?? context.pipeline.formForYear(loaded.report.year)?.id;
  if (!toFormat) throw new UsageError(text(`没有适用于 ${loaded.report.year} 年度的格式，请用 --to 指定`, `no format covers ${loaded.report.year}; give one with --to`), { command: 'convert' });
  const converted = context.pipeline.convert(loaded.report, toFormat, { locale: context.locale });
  Object.assign(result, { unmapped: converted.unmapped, unfilled: converted.unfilled });
  result.diagnostics.push(...converted.diagnostics);
  if (!converted.report) return result;
  result.from = context.pipeline.getForm(loaded.report.format);
  result.to = context.pipeline.getForm(toFormat);
  result.report = withImportProblems(converted.report, loaded.diagnostics);
  await writeOutput(path, `${JSON.stringify(result.report, null, 2)}\n`, text, context.output.path(path));
  result.written = context.output.path(path);
  return result;
}
