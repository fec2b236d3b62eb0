import { readFile, realpath, stat } from 'node:fs/promises';
import { dirname, join, basename, resolve } from 'node:path';
import type { Diagnostic } from '@report/core';
import { sha256Hex } from '@report/core/plugin';
import type { CommandContext } from '../command.js';
import { UsageError } from '../errors.js';
import type { InputFile } from '../inputs.js';
import { isInside } from '../output-set/output-set.js';
import { safeFileName, writeOutput } from '../write-file.js';
import { distinctFileName } from '@report/core';
import { isFailing, type CheckedFile } from './check-file.js';

/** What `--annotate` did with one failing file: the copy it wrote, or why there is none. */
export interface AnnotatedFile {
  input: InputFile;
  /** Absolute path of the annotated copy. */
  output?: string;
  /** What annotating had to say (problems only listed, or why no copy was made). */
  diagnostics: Diagnostic[];
}

/** The path through links, or the path itself when nothing is there yet (then its nearest existing folder's real path). */
async function realOrResolved(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(await realOrResolved(parent), basename(path));
  }
}

/**
 * Refuses a `--annotate` folder where a copy could overwrite an input or be read as one next time:
 * an input file itself, a folder holding an input, the folder of an input, or a folder the command
 * searches for inputs (or one inside it). Returns the folder's absolute path.
 */
export async function checkAnnotateFolder(context: CommandContext, folder: string, inputs: readonly InputFile[]): Promise<string> {
  const { text, output } = context;
  const target = resolve(context.io.cwd, folder);
  const real = await realOrResolved(target);
  const shown = output.path(target);
  const refuse = (zh: string, en: string): never => {
    throw new UsageError(text(`--annotate ${shown}：${zh}`, `--annotate ${shown}: ${en}`), {
      command: 'validate',
      hint: text('请为标注副本另指定一个文件夹，如 退回/（不要放在收到的报表所在的文件夹里）。', 'Give another folder for the annotated copies, such as returned/ (not inside the folder of the reports received).'),
    });
  };
  const info = await stat(real).catch(() => undefined);
  if (info && !info.isDirectory()) refuse('这是一个文件，--annotate 应为文件夹', 'it is a file; --annotate takes a folder');
  for (const input of inputs) {
    const path = await realOrResolved(input.path);
    if (path === real || isInside(path, real) || dirname(path) === real) {
      refuse(`其中有要检查的报表 ${output.path(input.path)}，为防止覆盖，不写入`, `it holds the input ${output.path(input.path)}; not written, so no input is overwritten`);
    }
  }
  for (const argument of context.positionals) {
    const searched = await realOrResolved(resolve(context.io.cwd, argument));
    const isFolder = (await stat(searched).catch(() => undefined))?.isDirectory();
    if (isFolder && (searched === real || isInside(real, searched))) {
      refuse(`它在要检查的文件夹 ${output.path(resolve(context.io.cwd, argument))} 中，下次检查时标注副本会被当作报表读取`, `it is inside the folder checked, ${output.path(resolve(context.io.cwd, argument))}; the copies would be read as reports next time`);
    }
  }
  return target;
}

/** `青山镇.xlsx`, or `青山镇（2）.xlsx` when two inputs of one name are annotated in one run. */
function copyName(name: string, taken: Set<string>): string {
  return distinctFileName(safeFileName(name), taken);
}

/**
 * Writes an annotated copy of each failing file into `folder` under its own name, with the pipeline's
 * annotator of the importer that read it. A file changed on disk since it was checked is not
 * annotated (its problems may no longer be where they were); a file no annotator takes says why.
 */
export async function writeAnnotatedCopies(context: CommandContext, folder: string, checked: readonly CheckedFile[], strict: boolean): Promise<AnnotatedFile[]> {
  const { text, output, pipeline, locale } = context;
  const taken = new Set<string>();
  const results: AnnotatedFile[] = [];
  for (const file of checked.filter((c) => isFailing(c, strict))) {
    const { input, importer, sha256 } = file.loaded;
    const bytes = await readFile(input.path).then((buffer) => new Uint8Array(buffer)).catch(() => undefined);
    if (!bytes || !importer || (sha256 && (await sha256Hex(bytes)) !== sha256)) {
      const reason = !importer || !bytes ? text('文件未能读取', 'the file could not be read') : text('文件在检查后被修改过，请重新检查', 'the file changed after it was checked; check it again');
      results.push({ input, diagnostics: [context.pipeline.context({ locale }).diagnostic({ code: 'annotate-workbook-failed', params: { file: input.name, reason }, location: { file: input.name } })] });
      continue;
    }
    const result = await pipeline.annotate(bytes, { importer, file: input.name, diagnostics: file.diagnostics, locale });
    if (!result.content) {
      results.push({ input, diagnostics: result.diagnostics });
      continue;
    }
    const path = join(folder, copyName(input.name, taken));
    await writeOutput(path, result.content, text, output.path(path));
    results.push({ input, output: path, diagnostics: result.diagnostics });
  }
  return results;
}

/** One line per failing file: the copy written, or why there is none. */
export function printAnnotated(context: CommandContext, annotated: readonly AnnotatedFile[]): void {
  const { text, output } = context;
  if (annotated.length === 0) {
    output.line(text('没有需要标注的文件（没有文件存在错误）。', 'No file to annotate (no file has errors).'));
    return;
  }
  for (const { input, output: written, diagnostics } of annotated) {
    if (written) output.line(text(`已写入标注副本 ${output.path(written)}（${output.path(input.path)} 的问题已标在单元格上，并列在第一张工作表）`, `wrote the annotated copy ${output.path(written)} (the problems of ${output.path(input.path)} on their cells and listed on the first sheet)`));
    for (const diagnostic of diagnostics) output.line(written ? `  ${output.style('dim', diagnostic.message)}` : output.style('yellow', diagnostic.message));
  }
}
