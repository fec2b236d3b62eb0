import { createDiagnostic, sortDiagnostics, type Diagnostic } from '@report/core';
import type { CommandContext } from '../command.js';
import { messageOptions } from '../command-helpers.js';
import type { LoadedFile } from '../load-file.js';

export interface CheckedFile {
  loaded: LoadedFile;
  /** Reading problems followed by the checks of the report, errors first. */
  diagnostics: Diagnostic[];
}

/**
 * Checks one read file with the pipeline (the form's rules, plugin rules and messages); the report's
 * own checks run only when it could be read.
 */
export function checkLoaded(loaded: LoadedFile, context: CommandContext, options: { blankAsZero: boolean }): CheckedFile {
  const checks: Diagnostic[] = [];
  if (loaded.report) {
    try {
      checks.push(...context.pipeline.validateReport(loaded.report, { locale: context.locale, blankAsZero: options.blankAsZero, knownProblems: loaded.diagnostics }));
    } catch (error) {
      // A report the checks cannot handle (e.g. a plugin form that is not installed) is still accounted for.
      checks.push(
        createDiagnostic({ code: 'file-unreadable', params: { file: loaded.input.name, reason: (error as Error).message }, location: { file: loaded.input.name } }, messageOptions(context)),
      );
    }
  }
  const located = checks.map((d) => (d.location.file ? d : { ...d, location: { ...d.location, file: loaded.input.name } }));
  return { loaded, diagnostics: sortDiagnostics([...loaded.diagnostics, ...located]) };
}

/** A file fails on an error, or with `--strict` on a warning too. */
export function isFailing(checked: CheckedFile, strict: boolean): boolean {
  return checked.diagnostics.some((d) => d.severity === 'error' || (strict && d.severity === 'warning'));
}
