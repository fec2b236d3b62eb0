import { parseRosterCsv, parseRosterJson, type Diagnostic, type Locale, decodeTextFile } from '@report/core';
import { type Roster } from '@report/core/plugin';
import { detectWorkbook } from '@report/excel-import/plugin';
import type { InputBytes } from '../protocol.js';
import { JobStop, type Text } from './text.js';

/** The roster from a workbook, CSV or JSON, as the CLI's `load-roster.ts` reads it. */
export async function readRoster(file: InputBytes, locale: Locale, text: Text): Promise<{ roster: Roster; diagnostics: Diagnostic[] }> {
  const { bytes, name } = file;
  const json = /\.json$/i.test(name) || new TextDecoder().decode(bytes.subarray(0, 16)).replace(/^\uFEFF/, '').trimStart().startsWith('{');
  const messageOptions = { file: name, locale };
  const result =
    detectWorkbook(bytes, name) > 0
      ? await (await import('@report/excel-import')).readRosterWorkbook(bytes, { fileName: name, locale })
      : json
        ? parseRosterJson(decodeTextFile(bytes), messageOptions)
        : parseRosterCsv(decodeTextFile(bytes), messageOptions);
  if (!result.roster) {
    const reason = result.diagnostics.find((d) => d.severity === 'error');
    throw new JobStop(text(`无法读取名册 ${name}：${reason?.message ?? ''}`, `cannot read the roster ${name}: ${reason?.message ?? ''}`), reason?.help ?? text('名册应为 .xlsx、.csv 或 .json 文件。', 'The roster is an .xlsx, .csv or .json file.'));
  }
  return { roster: result.roster, diagnostics: result.diagnostics };
}
