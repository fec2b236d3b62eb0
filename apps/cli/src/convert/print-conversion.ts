import { sortDiagnostics } from '@report/core';
import type { CommandContext } from '../command.js';
import { countDiagnostics, diagnosticLines } from '../format-diagnostics.js';
import { terminalSafe } from '../terminal-text.js';
import type { ConvertedFile } from './convert-file.js';

/** Every cell not carried over, with its official label, value and why; every cell left to fill; then the file written. */
export function printConversion(context: CommandContext, converted: ConvertedFile): void {
  const { text, output, io } = context;
  const notes = sortDiagnostics(converted.diagnostics.filter((d) => !d.code.startsWith('convert-cells-')));
  for (const diagnostic of notes) for (const line of diagnosticLines(output, text, diagnostic)) io.stderr(`${terminalSafe(line)}\n`);
  if (!converted.report || !converted.from || !converted.to) {
    output.note(text(`未能转换 ${converted.loaded.input.name}，没有写出文件。`, `Could not convert ${converted.loaded.input.name}; nothing written.`));
    return;
  }
  const { from, to, unmapped, unfilled } = converted;
  output.line(text(`${converted.loaded.input.name}：《${from.name}》（${from.id}）→《${to.name}》（${to.id}）`, `${converted.loaded.input.name}: 《${from.name}》 (${from.id}) → 《${to.name}》 (${to.id})`));
  if (unmapped.length > 0) {
    output.line(text(`不能逐格对应、未带入的数据（${unmapped.length} 个）：`, `Figures that do not map cell by cell, not carried over (${unmapped.length}):`));
    for (const cell of unmapped) output.line(`  ${cell.label} = ${cell.value}${text('：', ': ')}${cell.explanation}`);
  } else {
    output.line(text('所有数据都已逐格带入。', 'Every figure was carried over cell by cell.'));
  }
  if (unfilled.length > 0) {
    output.line(text(`原格式中没有对应数据、需按新格式补填的单元格（${unfilled.length} 个）：`, `Cells the original has no figures for, to fill in the new format (${unfilled.length}):`));
    for (const cell of unfilled) output.line(`  ${cell.label}`);
  }
  output.line(text(`已写入 ${converted.written}（原文件未改动）。`, `Written to ${converted.written} (the original is unchanged).`));
}

export function conversionJson(converted: ConvertedFile): unknown {
  const counts = countDiagnostics(converted.diagnostics);
  return {
    command: 'convert',
    ok: Boolean(converted.written),
    file: converted.written ?? null,
    from: converted.from?.id ?? converted.loaded.report?.format ?? null,
    to: converted.to?.id ?? null,
    unmapped: converted.unmapped,
    unfilled: converted.unfilled,
    ...counts,
    diagnostics: converted.diagnostics,
  };
}
