import type { Report } from '@report/core';
import type { CommandContext } from '../command.js';
import { inputFiles } from '../command-helpers.js';
import { JobError, UsageError } from '../errors.js';
import { loadFile, type LoadedFile } from '../load-file.js';

/** `--narrative`: the county's own text, read with the sections of the report's form. */
export async function loadCountyNarrative(context: CommandContext, argument: string, year: number): Promise<LoadedFile> {
  const [file] = await inputFiles(context, [argument], 'aggregate');
  if (!file) throw new UsageError(context.text('--narrative 应为一个文本文件（.txt）', '--narrative takes one text file (.txt)'), { command: 'aggregate' });
  const format = context.pipeline.formForYear(year)?.id;
  const loaded = await loadFile(file, { pipeline: context.pipeline, locale: context.locale, year, ...(format ? { format } : {}) });
  if (loaded.importer !== 'narrative-text') {
    throw new UsageError(context.text(`--narrative 应为文本文件（.txt），${file.name} 不是`, `--narrative takes a text file (.txt); ${file.name} is not one`), { command: 'aggregate' });
  }
  if (!loaded.report) {
    const reason = loaded.diagnostics.find((d) => d.severity === 'error')?.message ?? '';
    throw new JobError(context.text(`无法读取年报文字 ${argument}：${reason}`, `cannot read the narrative ${argument}: ${reason}`));
  }
  return loaded;
}

/** The county report with the narrative sections (those without a table) taken from the county's own text. */
export function withNarrative(report: Report, narrative: Report): Report {
  const sections = report.sections.map((section) => {
    const fromText = narrative.sections.find((s) => s.id === section.id);
    return fromText && (fromText.paragraphs.length > 0 || fromText.children.length > 0) ? { ...section, paragraphs: fromText.paragraphs, children: fromText.children } : section;
  });
  return { ...report, sections, ...(narrative.preface?.length ? { preface: narrative.preface } : {}) };
}
