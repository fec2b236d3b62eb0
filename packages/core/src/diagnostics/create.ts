import type { Severity } from '../forms/types.js';
import { diagnosticCatalog, type Catalog, type CatalogEntry, type DiagnosticCode } from './catalog.js';
import type { Diagnostic, DiagnosticLocation, Locale, MessageParam } from './types.js';

/** Message overrides, e.g. from a plugin: `{ 'zh-CN': { 'R3-1': '…{left}…' } }`. */
export type MessageOverrides = Partial<Record<Locale, Record<string, string>>>;

export interface MessageOptions {
  locale?: Locale;
  /** Extra or replacement codes (plugins). */
  catalog?: Catalog;
  messages?: MessageOverrides;
}

/**
 * What a diagnostic is built from. `code` is a built-in code (`DiagnosticCode`) unless `Code` says
 * otherwise; see `PluginDiagnosticInput` for the input of a plugin's rule.
 */
export interface DiagnosticInput<Code extends string = DiagnosticCode> {
  code: Code;
  params?: Record<string, MessageParam>;
  location?: DiagnosticLocation;
  expected?: string | number;
  actual?: string | number;
  /** Overrides the catalog's default severity. */
  severity?: Severity;
}

/**
 * The input of `context.diagnostic` in a rule, importer or renderer: a built-in code (offered by the
 * editor) or one of the plugin's own, which the pipeline's catalog holds and `createPipeline` checks
 * when the plugin is added (a rule id without a catalog entry is `plugin-code-undocumented`).
 */
export type PluginDiagnosticInput = DiagnosticInput<DiagnosticCode | (string & {})>;

/** The text of a param in a locale: `{ zh, en }` values give the locale's variant. */
export function paramText(value: MessageParam, locale: Locale = 'zh-CN'): string {
  if (typeof value === 'object' && value !== null) return locale === 'en' ? value.en : value.zh;
  return String(value);
}

/**
 * Replaces `{name}` placeholders (bilingual params in the given locale). Unknown names are left
 * visible so a gap shows up in tests.
 */
export function interpolate(template: string, params: Record<string, MessageParam> = {}, locale: Locale = 'zh-CN'): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? paramText(params[name], locale) : whole));
}

/** The `{name}` placeholders of a message template, in order of first use. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))];
}

/**
 * Builds a diagnostic whose message and help come from the catalog, in the requested locale.
 *
 * The code is checked when it compiles:
 * - without `options.catalog`, it must be a built-in code (`DiagnosticCode`): the core's own calls,
 *   the sibling packages' and the CLI's are all of this kind, so a typo (`'R3-1x'`) is a type error;
 * - with `options.catalog`, it may also be a key of that catalog. A catalog written as an object
 *   literal (or `satisfies Catalog`) keeps its keys, so a plugin's own code is checked against it
 *   too; a catalog typed only `Catalog` admits any string, as its codes are not known statically.
 *
 * In a plugin's rule prefer `context.diagnostic(…)`, which uses the pipeline's catalog and locale.
 */
export function createDiagnostic(input: DiagnosticInput, options?: MessageOptions): Diagnostic;
export function createDiagnostic<const Code extends string>(
  input: DiagnosticInput<DiagnosticCode | NoInfer<Code>>,
  options: MessageOptions & { catalog: Catalog<Code> },
): Diagnostic;
export function createDiagnostic(input: DiagnosticInput<string>, options: MessageOptions = {}): Diagnostic {
  return buildDiagnostic(input, options);
}

/**
 * `createDiagnostic` for a code known only at run time — a rule's id (a plugin's rule has its own
 * code), a diagnostic being re-rendered — so not checked when it compiles. Internal to core: not
 * exported from an entry; plugins use `context.diagnostic`.
 */
export function buildDiagnostic(input: DiagnosticInput<string>, options: MessageOptions): Diagnostic {
  const locale = options.locale ?? 'zh-CN';
  const entry: CatalogEntry | undefined = options.catalog?.[input.code] ?? (diagnosticCatalog as Catalog)[input.code];
  const language = locale === 'en' ? 'en' : 'zh';
  const template = options.messages?.[locale]?.[input.code] ?? entry?.message[language] ?? input.code;
  const diagnostic: Diagnostic = {
    code: input.code,
    severity: input.severity ?? entry?.severity ?? 'error',
    message: interpolate(template, input.params, locale),
    location: input.location ?? {},
  };
  if (input.expected !== undefined) diagnostic.expected = input.expected;
  if (input.actual !== undefined) diagnostic.actual = input.actual;
  // The fix may name values too (`请该机关报送{expected}年度的报告`).
  if (entry) diagnostic.help = interpolate(entry.fix[language], input.params, locale);
  if (input.params) diagnostic.params = input.params;
  return diagnostic;
}

/** Re-renders diagnostics in another locale (their params are kept for this). */
export function localizeDiagnostics(diagnostics: readonly Diagnostic[], options: MessageOptions): Diagnostic[] {
  return diagnostics.map((d) =>
    buildDiagnostic({ code: d.code, params: d.params, location: d.location, expected: d.expected, actual: d.actual, severity: d.severity }, options),
  );
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then info; stable otherwise. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
