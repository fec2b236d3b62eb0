import { organLevels, parseOrganLevel, type FormId, type MessageOptions, type OrganLevel } from '@report/core';
import type { CommandContext } from './command.js';
import { UsageError } from './errors.js';
import { skipReasonText as coreSkipReasonText } from '@report/core';
import { collectInputs, type InputFile, type SkippedFile, type SkipReason } from './inputs.js';

export function stringOption(context: CommandContext, name: string): string | undefined {
  const value = context.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** `--year 2024`: a whole number between 2008 and 2100. */
export function yearOption(context: CommandContext, name = 'year', command?: string): number | undefined {
  const raw = stringOption(context, name);
  if (raw === undefined) return undefined;
  const year = Number(raw.replace(/年$/, ''));
  if (!Number.isInteger(year) || year < 2008 || year > 2100) {
    throw new UsageError(context.text(`--${name} 应为四位年份，如 2024，而不是 ${raw}`, `--${name} must be a year like 2024, not ${raw}`), { command });
  }
  return year;
}

/** `--format gov-2021`: one of the pipeline's forms (built-in, or added by a plugin). */
export function formatOption(context: CommandContext, command?: string): FormId | undefined {
  const raw = stringOption(context, 'format');
  if (raw === undefined) return undefined;
  const ids = context.pipeline.forms.map((form) => form.id);
  if (!ids.includes(raw)) {
    throw new UsageError(context.text(`没有“${raw}”这种报告格式，可用：${ids.join('、')}`, `there is no report format "${raw}"; available: ${ids.join(', ')}`), {
      command,
      hint: context.text('运行 gov-report formats 查看每种格式的说明；插件的格式需用 --plugin 或配置文件加载。', "Run gov-report formats for each format; a plugin's formats need the plugin (--plugin or the config file)."),
    });
  }
  return raw as FormId;
}

/** Locale, catalog and messages for diagnostics the CLI makes itself: the pipeline's, so plugin messages apply. */
export function messageOptions(context: CommandContext): MessageOptions {
  return { locale: context.locale, catalog: context.pipeline.catalog, messages: context.pipeline.messages };
}

/** `--deadline 2025-01-20`. */
export function dateOption(context: CommandContext, name: string, command?: string): string | undefined {
  const raw = stringOption(context, name);
  if (raw === undefined) return undefined;
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(raw.trim());
  const date = match ? `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}` : undefined;
  if (!date || Number.isNaN(Date.parse(date))) {
    throw new UsageError(context.text(`--${name} 应为日期，如 2025-01-20，而不是 ${raw}`, `--${name} must be a date like 2025-01-20, not ${raw}`), { command });
  }
  return date;
}

/** Why a file was not read, for people. */
export function skipReasonText(context: CommandContext, reason: SkipReason): string {
  return coreSkipReasonText(reason, context.locale);
}

/** Accounts for a file not read: noted on stderr with the reason and kept in `context.skipped`. */
export function noteSkipped(context: CommandContext, file: SkippedFile): void {
  context.skipped.push(file);
  context.output.note(context.text(`跳过 ${context.output.path(file.path)}：${skipReasonText(context, file.reason)}`, `Skipped ${context.output.path(file.path)}: ${skipReasonText(context, file.reason)}`));
}

/**
 * Files and folders from the command line; a path that does not exist is a usage error (exit 2).
 * Files skipped in folders are noted on stderr with their reason and kept in `context.skipped`.
 */
export async function inputFiles(context: CommandContext, paths: readonly string[], command: string): Promise<InputFile[]> {
  const { files, missing, skipped } = await collectInputs(paths, context.io.cwd);
  for (const file of skipped) noteSkipped(context, file);
  if (missing.length > 0) {
    throw new UsageError(
      context.text(`找不到文件或文件夹：${missing.join('、')}`, `no such file or folder: ${missing.join(', ')}`),
      { command, hint: context.text('请检查路径是否拼写正确，路径中有空格时请加引号。', 'Check the spelling; quote paths that contain spaces.') },
    );
  }
  return files;
}

/** `--level county` (or 县级人民政府, 市, 省…). */
export function organLevelOption(context: CommandContext, command?: string): OrganLevel | undefined {
  const raw = stringOption(context, 'level');
  if (raw === undefined) return undefined;
  const level = parseOrganLevel(raw);
  if (!level) {
    throw new UsageError(context.text(`--level 应为 ${organLevels.join('、')} 之一，而不是 ${raw}`, `--level must be one of ${organLevels.join(', ')}, not ${raw}`), { command });
  }
  return level;
}

