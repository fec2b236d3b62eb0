import { ReportError } from '../errors.js';

/**
 * The `ReportError` that `run` throws, to assert its `code` and `message`; throws when `run`
 * returns normally or throws something else. Recognises an error of another copy of
 * `@report/core` too (`ReportError.isInstance`). Framework-free: use it with any test runner.
 */
export function catchReportError(run: () => unknown): ReportError {
  try {
    run();
  } catch (error) {
    if (ReportError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a ReportError, but nothing was thrown');
}

/** The `ReportError` a promise (or an async function) rejects with; see `catchReportError`. */
export async function rejectedReportError(work: Promise<unknown> | (() => Promise<unknown>)): Promise<ReportError> {
  try {
    await (typeof work === 'function' ? work() : work);
  } catch (error) {
    if (ReportError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a ReportError, but the promise resolved');
}
