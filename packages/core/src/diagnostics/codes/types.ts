import type { LocalizedText, Severity } from '../../forms/types.js';

/**
 * One documented diagnostic code. `message` is a template: `{name}` is replaced by the
 * diagnostic's param of that name. `cause` and `fix` are the documentation (and `fix` the help text).
 */
export interface CatalogEntry {
  severity: Severity;
  title: LocalizedText;
  message: LocalizedText;
  cause: LocalizedText;
  fix: LocalizedText;
}

/**
 * Documented codes and their entries. `Code` is the union of the codes when it is known: a part
 * written `{ … } satisfies Catalog` keeps its keys literal, which is how `DiagnosticCode` is derived.
 */
export type Catalog<Code extends string = string> = Record<Code, CatalogEntry>;
