import type { z } from 'zod';
import { createDiagnostic, type MessageOptions } from '../diagnostics/create.js';
import type { Diagnostic, DiagnosticLocation } from '../diagnostics/types.js';
import { forms as builtInForms } from '../forms/registry.js';
import type { FormDefinition, LocalizedText } from '../forms/types.js';
import { formatBytes, inputLimits, resolveInputLimits, type InputLimits, type TextLimits } from '../limits.js';
import { cellLabel } from '../rules/labels.js';
import { limitReportTexts } from './limit-texts.js';
import type { Report } from './report.js';
import { CELL_TOO_LARGE, createReportSchema, reportEnvelopeSchema } from './schema.js';

export interface ParseOptions extends MessageOptions {
  /** Extra forms (plugins); they win over built-in forms of the same id. */
  forms?: readonly FormDefinition[];
  /** File name for diagnostics. */
  file?: string;
  /**
   * Replacement bounds (default `inputLimits`): file size, JSON and section nesting, text lengths.
   * The cell bound (`maxCellValue`) is part of the schema and not replaced here.
   */
  limits?: Partial<Omit<InputLimits, 'maxTextLength' | 'maxCellValue'>> & { maxTextLength?: Partial<TextLimits> };
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

function cellTooLarge(issue: z.core.$ZodIssue, input: unknown, form: FormDefinition | undefined, options: ParseOptions): Diagnostic {
  const location = issueLocation(issue, options.file);
  const table = form?.tables.find((t) => t.id === location.table);
  const place = table
    ? { zh: cellLabel(form!, table, location.row, location.column, 'zh-CN'), en: cellLabel(form!, table, location.row, location.column, 'en') }
    : formatPath(issue.path);
  if (table) location.label = cellLabel(form!, table, location.row, location.column, options.locale ?? 'zh-CN');
  const value = valueAt(input, issue.path);
  return createDiagnostic(
    {
      code: 'cell-value-too-large',
      params: { path: formatPath(issue.path), cell: place, value: String(value), limit: inputLimits.maxCellValue },
      location,
      actual: String(value),
      expected: `≤ ${inputLimits.maxCellValue}`,
    },
    options,
  );
}

function zodDiagnostics(error: z.ZodError, input: unknown, options: ParseOptions, form?: FormDefinition): Diagnostic[] {
  return error.issues.map((issue) => {
    if (issue.code === 'custom' && issue.message === CELL_TOO_LARGE) return cellTooLarge(issue, input, form, options);
    return createDiagnostic(
      {
        code: 'schema-invalid',
        params: {
          path: formatPath(issue.path) || { zh: '（整个文件）', en: '(the whole file)' },
          detail: { zh: describeIssue(issue, input, false), en: describeIssue(issue, input, true) },
        },
        location: issueLocation(issue, options.file),
      },
      options,
    );
  });
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

/** Byte length of `text` in UTF-8, counted without encoding it. */
function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair: 2 code units, 4 bytes.
      bytes += 2;
      i++;
    } else if (code >= 0x800) bytes += 2;
    else if (code >= 0x80) bytes += 1;
  }
  return bytes;
}

/**
 * Offset of the first `{` or `[` nested deeper than `max` in a JSON text, or `undefined`. One
 * pass without recursion (strings skipped), run before `JSON.parse` and anything recursive sees
 * the text: 20,000 nested sections give a diagnostic, not a stack overflow.
 */
export function jsonDepthExceeded(text: string, max: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i++;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b) {
      if (++depth > max) return i;
    } else if (code === 0x7d || code === 0x5d) depth--;
  }
  return undefined;
}

/** Whether an already parsed value nests objects and arrays deeper than `max` (no recursion; a cycle counts as too deep). */
function valueDepthExceeded(value: unknown, max: number): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 1 }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (next.value === null || typeof next.value !== 'object') continue;
    if (next.depth > max) return true;
    for (const child of Array.isArray(next.value) ? next.value : Object.values(next.value)) {
      if (child !== null && typeof child === 'object') stack.push({ value: child, depth: next.depth + 1 });
    }
  }
  return false;
}

/** Path of the first section nested deeper than `max` (a top-level section is at depth 1), or `undefined`. */
function sectionDepthExceeded(value: unknown, max: number): string | undefined {
  const stack: Array<{ sections: unknown; depth: number; path: string }> = [{ sections: (value as { sections?: unknown } | null)?.sections, depth: 1, path: 'sections' }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (!Array.isArray(next.sections)) continue;
    for (let index = 0; index < next.sections.length; index++) {
      const section: unknown = next.sections[index];
      const path = `${next.path}[${index}]`;
      if (section === null || typeof section !== 'object') continue;
      if (next.depth > max) return path;
      stack.push({ sections: (section as { children?: unknown }).children, depth: next.depth + 1, path: `${path}.children` });
    }
  }
  return undefined;
}

function fileLocation(options: ParseOptions): DiagnosticLocation {
  return options.file ? { file: options.file } : {};
}

function tooDeep(limit: number, options: ParseOptions, text?: string, offset?: number): Diagnostic {
  const location = fileLocation(options);
  let where: LocalizedText = { zh: '', en: '' };
  if (text !== undefined && offset !== undefined) {
    const { line, column } = lineAndColumn(text, offset);
    location.line = line;
    where = { zh: `（第 ${line} 行第 ${column} 列）`, en: ` (line ${line}, column ${column})` };
  }
  return createDiagnostic({ code: 'json-too-deep', params: { limit, where }, location, expected: `≤ ${limit}` }, options);
}

/**
 * Reads a report JSON file (text or an already parsed value), validated by the zod schema of its
 * form. Problems come back as diagnostics in Chinese (or English) that name the field; nothing throws.
 *
 * Bounds (`inputLimits`, replaceable with `options.limits`), each checked before anything that
 * could exhaust memory or the stack: the file's size (`json-too-large`), the nesting of its JSON
 * (`json-too-deep`) and of its sections (`sections-too-deep`), numbers in cells
 * (`cell-value-too-large`); text longer than its limit is shortened with `…` (`text-too-long`)
 * and the report is still returned.
 */
export function parseReport(input: unknown, options: ParseOptions = {}): ParseResult {
  const limits = resolveInputLimits(options.limits);
  let value = input;
  if (typeof input === 'string' || isBytes(input)) {
    const size = typeof input === 'string' ? (input.length > limits.maxFileBytes ? input.length : utf8Length(input)) : input.byteLength;
    if (size > limits.maxFileBytes) {
      return {
        diagnostics: [
          createDiagnostic(
            { code: 'json-too-large', params: { size: formatBytes(size), limit: formatBytes(limits.maxFileBytes) }, location: fileLocation(options), actual: size, expected: limits.maxFileBytes },
            options,
          ),
        ],
      };
    }
    const text = (typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input)).replace(/^\uFEFF/, '');
    const deep = jsonDepthExceeded(text, limits.maxJsonDepth);
    if (deep !== undefined) return { diagnostics: [tooDeep(limits.maxJsonDepth, options, text, deep)] };
    try {
      value = JSON.parse(text);
    } catch (error) {
      return { diagnostics: [jsonSyntaxDiagnostic(text, error as Error, options)] };
    }
  } else if (valueDepthExceeded(input, limits.maxJsonDepth)) {
    return { diagnostics: [tooDeep(limits.maxJsonDepth, options)] };
  }
  const deepSection = sectionDepthExceeded(value, limits.maxSectionDepth);
  if (deepSection !== undefined) {
    return {
      diagnostics: [
        createDiagnostic(
          { code: 'sections-too-deep', params: { limit: limits.maxSectionDepth, path: deepSection }, location: { ...fileLocation(options), path: deepSection }, expected: `≤ ${limits.maxSectionDepth}` },
          options,
        ),
      ],
    };
  }
  const format = (value as { format?: unknown } | null)?.format;
  const available = [...(options.forms ?? []), ...Object.values(builtInForms)];
  const form = typeof format === 'string' ? available.find((f) => f.id === format) : undefined;
  if (typeof format === 'string' && format !== '' && !form) {
    const ids = [...new Set(available.map((f) => f.id))];
    const shown = format.length > 40 ? `${format.slice(0, 40)}…` : format;
    return {
      diagnostics: [
        createDiagnostic(
          {
            code: 'unknown-format',
            params: { format: shown, available: { zh: ids.join('、'), en: ids.join(', ') } },
            location: { path: 'format', ...fileLocation(options) },
          },
          options,
        ),
      ],
    };
  }
  // With a known form, one pass reports every problem (envelope and tables); without, the envelope's.
  const parsed = form ? schemaOf(form).safeParse(value) : (envelopeSchema ??= reportEnvelopeSchema()).safeParse(value);
  if (!parsed.success) return { diagnostics: zodDiagnostics(parsed.error, value, options, form) };
  if (!form) return { diagnostics: [] };
  const report = parsed.data as Report;
  const diagnostics = limitReportTexts(report, { ...options, maxTextLength: limits.maxTextLength });
  return { report, diagnostics };
}
