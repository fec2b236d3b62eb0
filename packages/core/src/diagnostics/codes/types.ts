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

export type Catalog = Record<string, CatalogEntry>;
