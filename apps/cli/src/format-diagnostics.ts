import { describeLocation, placeLabel, type Diagnostic, type DiagnosticLocation, type FormDefinition, type Locale } from '@report/core';
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

/**
 * Where, in words a clerk can act on (core's `describeLocation`): sheet and cell first, then the
 * official label, the line and section of a text file, a field by its name; never an internal id.
 * File names are shown as group headers unless `withFile`.
 */
export function formatLocation(text: Text, location: DiagnosticLocation, options: { withFile?: boolean; withOrgan?: boolean; forms?: readonly FormDefinition[] } = {}): string {
  const parts = describeLocation(location, { locale: text('zh-CN', 'en') as Locale, ...options });
  // The official label closes the line in brackets after the sheet and cell: `工作表“表三”单元格 D6（表三 / …）`.
  const label = location.label ?? placeLabel(location, { locale: text('zh-CN', 'en') as Locale, ...(options.forms ? { forms: options.forms } : {}) });
  const index = label ? parts.indexOf(label) : -1;
  if (index <= 0) return parts.join(text('，', ', '));
  const before = [...parts.slice(0, index), ...parts.slice(index + 1)].join(text('，', ', '));
  return `${before}${text(`（${label}）`, ` (${label})`)}`;
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
