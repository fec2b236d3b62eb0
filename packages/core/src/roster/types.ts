import type { Roster, RosterEntry } from '../aggregate/types.js';
import type { MessageOptions } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';

export interface RosterLoadOptions extends MessageOptions {
  /** File name, for diagnostics and `roster.file`. */
  file?: string;
  /** Worksheet name (tables read from a workbook), for diagnostics. */
  sheet?: string;
}

export interface RosterLoadResult {
  roster: Roster;
  diagnostics: Diagnostic[];
}

export type MatchedBy = 'creditCode' | 'divisionCode' | 'name' | 'alias';

export interface RosterMatch {
  /** The entry the report belongs to; absent when none or several match. */
  entry?: RosterEntry;
  /** What matched; absent when no entry matched. */
  by?: MatchedBy;
  /** Ambiguous or unknown matches, and codes that disagree with the roster. */
  diagnostics: Diagnostic[];
}
