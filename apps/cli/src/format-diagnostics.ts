import type { Diagnostic, DiagnosticLocation } from '@report/core';
import type { Output } from './output.js';
import type { Text } from './text.js';

export function severityLabel(text: Text, severity: Diagnostic['severity']): string {
  switch (severity) {
    case 'error':
      return text('错误', 'error');
    case 'warning':
      return text('警告', 'warning');
    default:
      return text('提示', 'note');
  }
}

/** Where, in words a clerk can act on: sheet and cell first, then the official label. File names are shown as group headers. */
export function formatLocation(text: Text, location: DiagnosticLocation, options: { withFile?: boolean; withOrgan?: boolean } = {}): string {
  const parts: string[] = [];
  // Some readers put the sheet and cell into the label already (`工作表“表二”D6（表二 / …）`): then the label says it all.
  const labelHasCell = Boolean(location.label && location.cell && location.label.includes(location.cell));
  if (options.withFile && location.file) parts.push(location.file);
  if (options.withOrgan && location.organ) parts.push(location.organ);
  if (!labelHasCell) {
    if (location.sheet && location.cell) parts.push(text(`工作表“${location.sheet}”单元格 ${location.cell}`, `sheet "${location.sheet}" cell ${location.cell}`));
    else if (location.sheet) parts.push(text(`工作表“${location.sheet}”`, `sheet "${location.sheet}"`));
    else if (location.cell) parts.push(text(`单元格 ${location.cell}`, `cell ${location.cell}`));
  }
  if (location.line !== undefined) parts.push(text(`第 ${location.line} 行`, `line ${location.line}`));
  if (location.section && !location.label) parts.push(text(`“${location.section}”部分`, `section "${location.section}"`));
  if (location.path && !location.table) parts.push(text(`字段 ${location.path}`, `field ${location.path}`));
  const where = parts.join(text('，', ', '));
  if (location.label) return where ? `${where}${text(`（${location.label}）`, ` (${location.label})`)}` : location.label;
  if (!where && location.table) return [location.table, location.row, location.column].filter(Boolean).join('/');
  return where;
}

function severityStyle(severity: Diagnostic['severity']): 'red' | 'yellow' | 'cyan' {
  return severity === 'error' ? 'red' : severity === 'warning' ? 'yellow' : 'cyan';
}

/** The lines of one diagnostic, indented under its file. */
export function diagnosticLines(output: Output, text: Text, diagnostic: Diagnostic, options: { withFile?: boolean; withOrgan?: boolean } = {}): string[] {
  const where = formatLocation(text, diagnostic.location, options);
  const head = `  ${output.style(severityStyle(diagnostic.severity), severityLabel(text, diagnostic.severity))} ${output.style('dim', `[${diagnostic.code}]`)}${where ? ` ${where}` : ''}`;
  const lines = [head, `      ${diagnostic.message}`];
  if (diagnostic.expected !== undefined || diagnostic.actual !== undefined) {
    const values: string[] = [];
    if (diagnostic.expected !== undefined) values.push(text(`应为 ${diagnostic.expected}`, `expected ${diagnostic.expected}`));
    if (diagnostic.actual !== undefined) values.push(text(`实际 ${diagnostic.actual}`, `found ${diagnostic.actual}`));
    const joined = values.join(text('，', ', '));
    if (!diagnostic.message.includes(String(diagnostic.actual ?? '\u0000'))) lines.push(`      ${output.style('dim', joined)}`);
  }
  if (diagnostic.help && diagnostic.severity !== 'info') lines.push(`      ${output.style('dim', `${text('处理：', 'Fix: ')}${diagnostic.help}`)}`);
  return lines;
}

export interface DiagnosticCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticCounts {
  return {
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    infos: diagnostics.filter((d) => d.severity === 'info').length,
  };
}
