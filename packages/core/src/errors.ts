/** The mark every `ReportError` carries, shared by every copy of this package loaded in one realm. */
const marker = Symbol.for('@report/core/ReportError');

/**
 * The one exception class of the toolkit. Used only for programmer errors and unreadable input;
 * problems in a report are returned as diagnostics, never thrown.
 */
export class ReportError extends Error {
  readonly code: string;
  readonly [marker] = true;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ReportError';
    this.code = code;
  }

  /**
   * Whether a value is a `ReportError`, also one thrown by another copy of `@report/core` (two
   * versions installed side by side, or a bundled copy), where `instanceof` says no.
   */
  static isInstance(value: unknown): value is ReportError {
    return typeof value === 'object' && value !== null && (value as { [marker]?: unknown })[marker] === true && typeof (value as { code?: unknown }).code === 'string';
  }
}
