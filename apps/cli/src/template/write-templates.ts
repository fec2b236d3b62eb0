import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { inferOrganLevel, type Diagnostic, type FormDefinition, type Organ, type RosterEntry } from '@report/core';
import type { CommandContext } from '../command.js';
import { JobError, UsageError } from '../errors.js';
import { diagnosticLines } from '../format-diagnostics.js';
import { loadRoster } from '../load-roster.js';
import { createProgress } from '../progress.js';
import { exists, safeFileName, writeOutput } from '../write-file.js';

export interface TemplateJob {
  form: FormDefinition;
  year: number;
  force: boolean;
  /** `-o`: the file (one template) or the folder (with a roster). */
  outputPath?: string;
}

export interface WrittenTemplate {
  file: string;
  organ: string | null;
  skipped?: boolean;
}

/** The organ the cover is prefilled with: the roster entry's name, level and codes. */
function entryOrgan(entry: RosterEntry): Partial<Organ> {
  return { name: entry.name, level: entry.level, ...(entry.creditCode ? { creditCode: entry.creditCode } : {}), ...(entry.divisionCode ? { divisionCode: entry.divisionCode } : {}) };
}

/** The template of the job's form through the pipeline's template writer; one it cannot make stops the command with the reason. */
async function templateBytes(context: CommandContext, job: TemplateJob, organ: Partial<Organ> | undefined): Promise<Uint8Array> {
  const made = await context.pipeline.template({ year: job.year, format: job.form.id, ...(organ ? { organ } : {}) }, { locale: context.locale });
  if (!made.content) throw new JobError(made.diagnostics.map((d) => d.message).join('；') || context.text('无法生成模板', 'cannot make the template'));
  return made.content;
}

/** One template (for `--organ`, or blank); an existing file is a usage error unless `--force`. */
export async function writeOneTemplate(context: CommandContext, job: TemplateJob, organName: string | undefined): Promise<WrittenTemplate> {
  const { text, output, io } = context;
  const target = resolve(io.cwd, job.outputPath ?? `${safeFileName(organName ?? text('政府信息公开工作年度报告模板', 'annual-report-template'))}${job.year}.xlsx`);
  if ((await exists(target)) && (await stat(target)).isDirectory()) {
    throw new UsageError(text(`${output.path(target)} 是一个文件夹；请给出文件名，如 模板.xlsx`, `${output.path(target)} is a folder; give a file name such as template.xlsx`), { command: 'template' });
  }
  if (!job.force && (await exists(target))) {
    throw new UsageError(text(`${output.path(target)} 已存在，为防止覆盖已填好的表格，未写入`, `${output.path(target)} exists; not overwritten, it may be a filled workbook`), {
      command: 'template',
      hint: text('换一个文件名，或加 --force 覆盖。', 'Choose another name, or add --force to overwrite.'),
    });
  }
  const level = organName ? inferOrganLevel(organName) : undefined;
  const organ: Partial<Organ> | undefined = organName ? { name: organName, ...(level ? { level } : {}) } : undefined;
  const bytes = await templateBytes(context, job, organ);
  await writeOutput(target, bytes, text, output.path(target));
  return { file: output.path(target), organ: organName ?? null };
}

/** One template per roster entry into a folder, named after the organ; existing files are skipped unless `--force`. */
export async function writeRosterTemplates(
  context: CommandContext,
  job: TemplateJob,
  rosterPath: string,
): Promise<{ folder: string; written: WrittenTemplate[]; rosterDiagnostics: Diagnostic[] }> {
  const { text, output, io } = context;
  if (!job.outputPath) throw new UsageError(text('用 --roster 时请用 -o 指定输出文件夹', 'with --roster, give the output folder with -o'), { command: 'template' });
  const folder = resolve(io.cwd, job.outputPath);
  if ((await exists(folder)) && !(await stat(folder)).isDirectory()) {
    throw new UsageError(text(`${output.path(folder)} 是一个文件，用 --roster 时 -o 应为文件夹`, `${output.path(folder)} is a file; with --roster, -o is a folder`), { command: 'template' });
  }
  const loaded = await loadRoster(rosterPath, { cwd: io.cwd, locale: context.locale, text, command: 'template' });
  for (const diagnostic of loaded.diagnostics) for (const line of diagnosticLines(output, text, diagnostic, { withFile: true })) output.note(line);
  const entries = loaded.roster.entries;
  if (entries.length === 0) throw new UsageError(text(`名册 ${rosterPath} 里没有单位`, `the roster ${rosterPath} lists no organ`), { command: 'template' });
  const progress = createProgress(io, { total: entries.length, label: text('生成模板', 'Templates'), enabled: !context.json });
  const written: WrittenTemplate[] = [];
  for (const entry of entries) {
    progress.tick(entry.name);
    const target = join(folder, `${safeFileName(entry.name)}.xlsx`);
    if (!job.force && (await exists(target))) {
      written.push({ file: output.path(target), organ: entry.name, skipped: true });
      continue;
    }
    const bytes = await templateBytes(context, job, entryOrgan(entry));
    await writeOutput(target, bytes, text, output.path(target));
    written.push({ file: output.path(target), organ: entry.name });
  }
  progress.done();
  return { folder, written, rosterDiagnostics: loaded.diagnostics };
}
