import type { z } from 'zod';
import { createDiagnostic, type MessageOptions } from '../diagnostics/create.js';
import type { Diagnostic, DiagnosticLocation } from '../diagnostics/types.js';
import { forms as builtInForms } from '../forms/registry.js';
import type { FormDefinition, LocalizedText } from '../forms/types.js';
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
  int: ['整数', 'a whole number'],
  string: ['文字', 'text'],
  object: ['对象', 'an object'],
  array: ['数组', 'an array'],
  boolean: ['true 或 false', 'true or false'],
};

/** The value at `path` in the input, to tell a missing field from one of the wrong type. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function describeValue(value: unknown, en: boolean): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return en ? 'an array' : '数组';
  switch (typeof value) {
    case 'string':
      return en ? `the text "${value.length > 20 ? `${value.slice(0, 20)}…` : value}"` : `文字“${value.length > 20 ? `${value.slice(0, 20)}…` : value}”`;
    case 'number':
      return String(value);
    case 'boolean':
      return String(value);
    case 'object':
      return en ? 'an object' : '对象';
    default:
      return typeof value;
  }
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown, en: boolean): string {
  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(input, issue.path);
      if (value === undefined) return en ? 'is missing' : '缺少该字段';
      const [zh, english] = typeNames[issue.expected] ?? [issue.expected, issue.expected];
      return en ? `must be ${english}, not ${describeValue(value, en)}` : `应为${zh}，实际为${describeValue(value, en)}`;
    }
    case 'unrecognized_keys':
      return en
        ? `has fields the format does not have: ${issue.keys.join(', ')} (use the canonical table, row and column ids)`
        : `含有该报告格式中没有的字段：${issue.keys.join('、')}（请使用规定的表格、行、列标识）`;
    case 'invalid_value':
      return en ? `must be one of: ${issue.values.map(String).join(', ')}` : `应为以下之一：${issue.values.map(String).join('、')}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return en ? 'must not be empty' : '不能为空';
      return en ? `must be at least ${String(issue.minimum)}` : `不能小于 ${String(issue.minimum)}`;
    case 'too_big':
      return en ? `must be at most ${String(issue.maximum)}` : `不能大于 ${String(issue.maximum)}`;
    default:
      if (issue.message === 'date') return en ? 'must be a real date written like 2024-01-31' : '应为有效日期，写作 2024-01-31 的形式';
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

function zodDiagnostics(error: z.ZodError, input: unknown, options: ParseOptions): Diagnostic[] {
  return error.issues.map((issue) =>
    createDiagnostic(
      {
        code: 'schema-invalid',
        params: {
          path: formatPath(issue.path) || { zh: '（整个文件）', en: '(the whole file)' },
          detail: { zh: describeIssue(issue, input, false), en: describeIssue(issue, input, true) },
        },
        location: issueLocation(issue, options.file),
      },
      options,
    ),
  );
}

/** Line and column (1-based) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Offset of the first JSON syntax error in `text` (`text.length` when the text ends too early), or
 * `undefined` if it is valid. `JSON.parse` does not always say where (V8: "Unexpected token 'g'").
 */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    for (const character of word) {
      if (text[i] !== character) fail();
      i++;
    }
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length) {
      const character = text[i];
      if (character === '"') return void i++;
      if (character < ' ') fail();
      if (character === '\\') {
        i++;
        if (text[i] === 'u') {
          i++;
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i, i + 4))) fail();
          i += 4;
        } else if (i < text.length && '"\\/bfnrt'.includes(text[i])) i++;
        else fail();
      } else i++;
    }
    fail();
  };
  const value = (): void => {
    space();
    const character = text[i];
    if (character === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i] !== ':') fail();
        i++;
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    }
    if (character === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    }
    if (character === '"') return string();
    if (character === 't') return literal('true');
    if (character === 'f') return literal('false');
    if (character === 'n') return literal('null');
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!number) fail();
    i += number![0].length;
  };
  try {
    value();
    space();
    return i < text.length ? i : undefined;
  } catch (offset) {
    return Math.min(offset as number, text.length);
  }
}

function jsonSyntaxDiagnostic(text: string, error: Error, options: ParseOptions): Diagnostic {
  const offset = jsonErrorOffset(text);
  const location: DiagnosticLocation = options.file ? { file: options.file } : {};
  let detail: LocalizedText;
  if (offset === undefined) {
    detail = { zh: `无法解析（${error.message}）`, en: error.message };
  } else if (offset >= text.length) {
    detail = { zh: '文件不完整，可能被截断', en: 'the file ends too early (it may be truncated)' };
  } else {
    const { line, column } = lineAndColumn(text, offset);
    location.line = line;
    detail = { zh: `第 ${line} 行第 ${column} 列附近有语法错误`, en: `syntax error near line ${line}, column ${column}` };
  }
  return createDiagnostic({ code: 'json-syntax', params: { detail }, location }, options);
}

/** A `Uint8Array`, also one from another realm (an iframe, a worker, a `vm` context), where `instanceof` fails. */
function isBytes(input: unknown): input is Uint8Array {
  return input instanceof Uint8Array || Object.prototype.toString.call(input) === '[object Uint8Array]';
}

/** Building a zod schema costs far more than using it: one per form definition, reused for every file. */
const schemas = new WeakMap<FormDefinition, ReturnType<typeof createReportSchema>>();
let envelopeSchema: ReturnType<typeof reportEnvelopeSchema> | undefined;

function schemaOf(form: FormDefinition) {
  let schema = schemas.get(form);
  if (!schema) {
    schema = createReportSchema(form);
    schemas.set(form, schema);
  }
  return schema;
}

/**
 * Reads a report JSON file (text or an already parsed value), validated by the zod schema of its
 * form. Problems come back as diagnostics in Chinese (or English) that name the field; nothing throws.
 */
export function parseReport(input: unknown, options: ParseOptions = {}): ParseResult {
  let value = input;
  if (typeof input === 'string' || isBytes(input)) {
    const text = (typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input)).replace(/^\uFEFF/, '');
    try {
      value = JSON.parse(text);
    } catch (error) {
      return { diagnostics: [jsonSyntaxDiagnostic(text, error as Error, options)] };
    }
  }
  const format = (value as { format?: unknown } | null)?.format;
  const available = [...(options.forms ?? []), ...Object.values(builtInForms)];
  const form = typeof format === 'string' ? available.find((f) => f.id === format) : undefined;
  if (typeof format === 'string' && format !== '' && !form) {
    const ids = [...new Set(available.map((f) => f.id))];
    return {
      diagnostics: [
        createDiagnostic(
          {
            code: 'unknown-format',
            params: { format, available: { zh: ids.join('、'), en: ids.join(', ') } },
            location: { path: 'format', ...(options.file ? { file: options.file } : {}) },
          },
          options,
        ),
      ],
    };
  }
  // With a known form, one pass reports every problem (envelope and tables); without, the envelope's.
  const parsed = form ? schemaOf(form).safeParse(value) : (envelopeSchema ??= reportEnvelopeSchema()).safeParse(value);
  if (!parsed.success) return { diagnostics: zodDiagnostics(parsed.error, value, options) };
  if (!form) return { diagnostics: [] };
  return { report: parsed.data as Report, diagnostics: [] };
}
