import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { parseRosterCsv, parseRosterJson, type Diagnostic, type Locale, type Roster, decodeTextFile } from '@report/core';
import { JobError, UsageError } from './errors.js';
import { detectWorkbook } from '@report/excel-import/plugin';
import { loadExcelImport } from './libraries.js';
import type { Text } from './text.js';

export interface LoadedRoster {
  roster: Roster;
  diagnostics: Diagnostic[];
  path: string;
}

/**
 * Reads the roster (名册) of organs expected to file: a workbook (.xlsx), CSV or JSON with columns
 * such as 名称, 层级, 统一社会信用代码, 上级, 报送截止日期. A missing file is a usage error.
 */
export async function loadRoster(argument: string, options: { cwd: string; locale: Locale; text: Text; command: string }): Promise<LoadedRoster> {
  const path = resolve(options.cwd, argument);
  const file = basename(path);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch {
    throw new UsageError(options.text(`找不到名册文件：${argument}`, `roster not found: ${argument}`), {
      command: options.command,
      hint: options.text('名册是应报送单位的清单（.xlsx、.csv 或 .json），用 --roster 指定。', 'The roster lists the organs expected to file (.xlsx, .csv or .json), given with --roster.'),
    });
  }
  const extension = extname(file).toLowerCase();
  const json = extension === '.json' || new TextDecoder().decode(bytes.subarray(0, 16)).replace(/^\uFEFF/, '').trimStart().startsWith('{');
  const messageOptions = { file, locale: options.locale };
  const result =
    detectWorkbook(bytes, file) > 0
      ? await (await loadExcelImport()).readRosterWorkbook(bytes, { fileName: file, locale: options.locale })
      : json
        ? parseRosterJson(decodeTextFile(bytes), messageOptions)
        : parseRosterCsv(decodeTextFile(bytes), messageOptions);
  if (!result.roster) {
    const reason = result.diagnostics.find((d) => d.severity === 'error');
    throw new JobError(options.text(`无法读取名册 ${argument}：${reason?.message ?? ''}`, `cannot read the roster ${argument}: ${reason?.message ?? ''}`), {
      hint: reason?.help ?? options.text('名册应为 .xlsx、.csv 或 .json 文件。', 'The roster is an .xlsx, .csv or .json file.'),
    });
  }
  return { roster: result.roster, diagnostics: result.diagnostics, path };
}
