import type { z } from 'zod';
import { createDiagnostic, type MessageOptions } from '../diagnostics/create.js';
import type { Diagnostic, DiagnosticLocation } from '../diagnostics/types.js';
import { forms as builtInForms } from '../forms/registry.js';
import type { FormDefinition } from '../forms/types.js';
import type { Report } from './report.js';
import { createReportSchema, reportEnvelopeSchema } from './schema.js';

export interface ParseOptions extends MessageOptions {
  /** Extra forms (plugins); they win over built-in forms of the same id. */
  forms?: readonly FormDefinition[];
  /** File name for diagnostics. */
  file?: string;
}

export interface ParseResult {
  report?: Report;
  diagnostics: Diagnostic[];
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) => {
      const text = String(segment);
      if (typeof segment === 'number') return `[${text}]`;
      if (text.includes('.') || text.includes('/')) return `["${text}"]`;
      return index === 0 ? text : `.${text}`;
    })
    .join('');
}

const typeNames: Record<string, [string, string]> = {
  number: ['数字', 'a number'],
  string: ['文字', 'text'],
  object: ['对象', 'an object'],
  array: ['数组', 'an array'],
  boolean: ['true 或 false', 'true or false'],
};

function describeIssue(issue: z.core.$ZodIssue, en: boolean): string {
  switch (issue.code) {
    case 'invalid_type': {
      if ((issue as { input?: unknown }).input === undefined) return en ? 'is missing' : '缺少该字段';
      const [zh, english] = typeNames[issue.expected] ?? [issue.expected, issue.expected];
      return en ? `must be ${english}` : `应为${zh}`;
    }
    case 'unrecognized_keys':
      return en
        ? `has fields the format does not have: ${issue.keys.join(', ')}`
        : `含有该报告格式中没有的字段：${issue.keys.join('、')}（请使用规定的表格、行、列标识）`;
    case 'invalid_value':
      return en ? `must be one of: ${issue.values.map(String).join(', ')}` : `应为以下之一：${issue.values.map(String).join('、')}`;
    case 'too_small':
      return en ? `is too small (minimum ${String(issue.minimum)})` : `过小（最小为 ${String(issue.minimum)}）`;
    case 'too_big':
      return en ? `is too large (maximum ${String(issue.maximum)})` : `过大（最大为 ${String(issue.maximum)}）`;
    default:
      if (issue.message === 'date') return en ? 'must be a date like 2024-01-31' : '应为日期，如 2024-01-31';
      return en ? issue.message : `格式不正确（${issue.message}）`;
  }
}

function issueLocation(issue: z.core.$ZodIssue, file: string | undefined): DiagnosticLocation {
  const path = issue.path;
  const location: DiagnosticLocation = { path: formatPath(path) };
  if (file) location.file = file;
  if (path[0] === 'tables') {
    if (path[1] !== undefined) location.table = String(path[1]);
    if (path[2] !== undefined) location.row = String(path[2]);
    if (path[3] !== undefined) location.column = String(path[3]);
  }
  return location;
}

function zodDiagnostics(error: z.ZodError, options: ParseOptions): Diagnostic[] {
  const en = options.locale === 'en';
  return error.issues.map((issue) =>
    createDiagnostic(
      {
        code: 'schema-invalid',
        params: { path: formatPath(issue.path) || '(root)', detail: describeIssue(issue, en) },
        location: issueLocation(issue, options.file),
      },
      options,
    ),
  );
}

/**
 * Reads a report JSON file (text or an already parsed value), validated by the zod schema of its
 * form. Problems come back as diagnostics in Chinese (or English) that name the field; nothing throws.
 */
export function parseReport(input: unknown, options: ParseOptions = {}): ParseResult {
  let value = input;
  if (typeof input === 'string' || input instanceof Uint8Array) {
    const text = typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input);
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      return {
        diagnostics: [
          createDiagnostic(
            { code: 'json-syntax', params: { detail: (error as Error).message }, location: options.file ? { file: options.file } : {} },
            options,
          ),
        ],
      };
    }
  }
  const envelope = reportEnvelopeSchema().safeParse(value);
  const format = (value as { format?: unknown } | null)?.format;
  const available = [...(options.forms ?? []), ...Object.values(builtInForms)];
  const form = typeof format === 'string' ? available.find((f) => f.id === format) : undefined;
  if (typeof format === 'string' && !form) {
    return {
      diagnostics: [
        createDiagnostic(
          {
            code: 'unknown-format',
            params: { format, available: [...new Set(available.map((f) => f.id))].join(options.locale === 'en' ? ', ' : '、') },
            location: { path: 'format', ...(options.file ? { file: options.file } : {}) },
          },
          options,
        ),
      ],
    };
  }
  if (!envelope.success || !form) {
    return { diagnostics: envelope.success ? [] : zodDiagnostics(envelope.error, options) };
  }
  const parsed = createReportSchema(form).safeParse(value);
  if (!parsed.success) return { diagnostics: zodDiagnostics(parsed.error, options) };
  return { report: parsed.data, diagnostics: [] };
}
