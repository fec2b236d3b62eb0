/**
 * The one exception class of the toolkit. Used only for programmer errors and unreadable input;
 * problems in a report are returned as diagnostics, never thrown.
 */
export class ReportError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ReportError';
    this.code = code;
  }
}
