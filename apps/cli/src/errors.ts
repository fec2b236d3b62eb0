/**
 * A mistake in how the command was called (unknown command or option, missing argument, a path
 * that does not exist). Printed without a stack trace, with what to do; exit code 2.
 */
export class UsageError extends Error {
  readonly hint?: string;
  /** Command whose help the hint points to. */
  readonly command?: string;
  constructor(message: string, options: { hint?: string; command?: string } = {}) {
    super(message);
    this.name = 'UsageError';
    this.hint = options.hint;
    this.command = options.command;
  }
}

/**
 * The job cannot go on, for a reason the user can fix (an output folder that cannot be written, a
 * roster that cannot be read). Printed without a stack trace; exit code 1.
 */
export class JobError extends Error {
  readonly hint?: string;
  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'JobError';
    this.hint = options.hint;
  }
}

/** Exit codes of `gov-report`. */
export const exitCodes = {
  /** Everything checked, no file has an error. */
  ok: 0,
  /** Some file has an error (or the job could not be done). */
  problems: 1,
  /** The command was called wrongly. */
  usage: 2,
  /** A bug in gov-report. */
  internal: 3,
} as const;
