import type { LocalizedText, Severity } from '../forms/types.js';

export type Locale = 'zh-CN' | 'en';

/**
 * A value a message is built from. Text that depends on the language is given in both (`{ zh, en }`),
 * so a diagnostic can be re-rendered in the other locale (`localizeDiagnostics`).
 */
export type MessageParam = string | number | LocalizedText;

/** Where a problem is, in terms a person can act on. */
export interface DiagnosticLocation {
  /** Input file name. */
  file?: string;
  /** Worksheet name. */
  sheet?: string;
  /** A1 address in the sheet. */
  cell?: string;
  /** Canonical ids. */
  table?: string;
  row?: string;
  column?: string;
  /** Official labels of the table, row and column, joined for display (e.g. `表三 / 一、本年新收… / 自然人`). */
  label?: string;
  /** Narrative section id or title. */
  section?: string;
  /** 1-based line in a text input. */
  line?: number;
  /** Field path in a JSON input, e.g. `organ.name`. */
  path?: string;
  /** Organ the problem concerns (aggregation). */
  organ?: string;
}

export interface Diagnostic {
  /** Stable code, documented in the catalog (e.g. `R3-1`, `period-not-calendar-year`). */
  code: string;
  severity: Severity;
  /** Rendered message in the requested locale (zh-CN by default). */
  message: string;
  location: DiagnosticLocation;
  expected?: string | number;
  actual?: string | number;
  /** How to fix it. */
  help?: string;
  /** Values the message was built from, so it can be re-rendered in another locale. */
  params?: Record<string, MessageParam>;
}
