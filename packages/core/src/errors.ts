import { diagnosticCatalog, type Catalog, type DiagnosticCode } from './diagnostics/catalog.js';
import type { errorCodes } from './diagnostics/codes/errors.js';
import { interpolate } from './diagnostics/create.js';
import type { Locale, MessageParam } from './diagnostics/types.js';

/** The mark every `ReportError` carries, shared by every copy of this package loaded in one realm. */
const marker = Symbol.for('@report/core/ReportError');

/**
 * A code a `ReportError` may have: those of `codes/errors.ts`, and the diagnostic codes a renderer
 * throws when it cannot go on at all (no usable font).
 */
export type ReportErrorCode = keyof typeof errorCodes | Extract<DiagnosticCode, 'render-font-unavailable' | 'render-font-unreadable'>;

/**
 * The one exception class of the toolkit. Used only for programmer errors and unreadable input;
 * problems in a report are returned as diagnostics, never thrown. Throw it with `reportError`,
 * which words the message from the catalog; `code` is stable and documented in docs/diagnostics.md.
 */
export class ReportError extends Error {
  readonly code: string;
  /** The values the message was built from, so it can be worded in another locale (`reportErrorMessage`). */
  readonly params?: Readonly<Record<string, MessageParam>>;
  readonly [marker] = true;
  constructor(code: string, message: string, options?: { cause?: unknown; params?: Record<string, MessageParam> }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ReportError';
    this.code = code;
    if (options?.params) this.params = options.params;
  }

  /**
   * Whether a value is a `ReportError`, also one thrown by another copy of `@report/core` (two
   * versions installed side by side, or a bundled copy), where `instanceof` says no.
   */
  static isInstance(value: unknown): value is ReportError {
    return typeof value === 'object' && value !== null && (value as { [marker]?: unknown })[marker] === true && typeof (value as { code?: unknown }).code === 'string';
  }
}

export interface ReportErrorOptions {
  /** The language of the message; default `zh-CN`. `reportErrorMessage` words it again in another. */
  locale?: Locale;
  /** The error that led to this one. */
  cause?: unknown;
  /** The plugin whose hook failed: the message starts with `插件 {plugin}：` (`The plugin {plugin}: `). */
  plugin?: string;
  /** Append the catalog's fix to the message, for errors whose fix is the point (no font found). */
  withFix?: boolean;
}

function wording(code: string, params: Readonly<Record<string, MessageParam>>, options: Omit<ReportErrorOptions, 'cause'>, catalog: Catalog = diagnosticCatalog): string {
  const entry = catalog[code];
  if (!entry) return code;
  const language = options.locale === 'en' ? 'en' : 'zh';
  let message = interpolate(entry.message[language], params, options.locale);
  if (options.withFix) message += (language === 'zh' ? '。' : '. ') + interpolate(entry.fix[language], params, options.locale);
  if (options.plugin) message = (language === 'zh' ? `插件 ${options.plugin}：` : `The plugin ${options.plugin}: `) + message;
  return message;
}

/**
 * Makes a `ReportError` whose message is the catalog's message for `code` (`codes/errors.ts`) with
 * `params` filled in, in `options.locale` (Chinese by default). `{ zh, en }` params word each
 * language; the params are kept on the error so `reportErrorMessage(error, 'en')` can show it in
 * English later. Usage: `throw reportError('unknown-form', { id, available }, { locale })`.
 */
export function reportError(code: ReportErrorCode, params: Record<string, MessageParam> = {}, options: ReportErrorOptions = {}): ReportError {
  const { cause, ...rest } = options;
  const error = new ReportError(code, wording(code, params, rest), { cause, params });
  if (rest.plugin || rest.withFix) Object.defineProperty(error, wordingOptions, { value: { plugin: rest.plugin, withFix: rest.withFix } });
  return error;
}

const wordingOptions = Symbol('wording');

/**
 * The message of a `ReportError` in a locale, from its code and params; the error's own message
 * when it has no params or its code is not in the catalog (an error from another copy, or made with
 * `new ReportError(code, message)`).
 */
export function reportErrorMessage(error: ReportError, locale: Locale): string {
  if (!error.params || !diagnosticCatalog[error.code as DiagnosticCode]) return error.message;
  const extra = (error as unknown as Record<symbol, Pick<ReportErrorOptions, 'plugin' | 'withFix'> | undefined>)[wordingOptions] ?? {};
  return wording(error.code, error.params, { ...extra, locale });
}

/** A list as a message param: `、` between items in Chinese, `, ` in English. */
export function listParam(items: readonly string[]): { zh: string; en: string } {
  return { zh: items.join('、'), en: items.join(', ') };
}
