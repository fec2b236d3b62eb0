import type { Deadline } from '../calendar.js';
import type { MessageOptions, PluginDiagnosticInput } from '../diagnostics/create.js';
import type { Diagnostic, Locale } from '../diagnostics/types.js';
import type { FormDefinition } from '../forms/types.js';
import type { Report } from '../model/report.js';

export interface ValidateOptions extends MessageOptions {
  /** The form to check against; default: the report's `format` among the built-in and `forms`. */
  form?: FormDefinition;
  /** Extra forms (plugins). */
  forms?: readonly FormDefinition[];
  /** Treat cells that are not filled as 0 (and do not report them). Default false. */
  blankAsZero?: boolean;
  /** Submission date (ISO) for the lateness check; default `report.submittedOn`. */
  submittedOn?: string;
  /** A locally set deadline (ISO date, or a `Deadline` with its basis); it applies instead of the legal one. */
  localDeadline?: string | Deadline;
  /** Rule ids to leave out. */
  disableRules?: readonly string[];
  /**
   * Diagnostics already reported about this report, e.g. by the importer that read it. A cell
   * (table/row/column) they name as an error — say `五` typed into a number cell — is not reported
   * again as "not filled".
   */
  knownProblems?: readonly import('../diagnostics/types.js').Diagnostic[];
}

/** What a custom rule gets. */
export interface RuleContext {
  report: Report;
  form: FormDefinition;
  locale: Locale;
  options: ValidateOptions;
  /**
   * Builds a diagnostic with the catalog message in the context's locale. The code may be a
   * plugin's own (a rule's id is its code), so any string is accepted; built-in codes are offered.
   */
  diagnostic: (input: PluginDiagnosticInput) => Diagnostic;
  /** Picks the zh or en text. */
  text: (zh: string, en: string) => string;
}
