import type { Roster, RosterEntry } from '../aggregate/types.js';
import { createDiagnostic, type MessageOptions } from '../diagnostics/create.js';
import type { DiagnosticCode } from '../diagnostics/catalog.js';
import type { Diagnostic, DiagnosticLocation } from '../diagnostics/types.js';
import type { Organ, Report } from '../model/report.js';
import { normalizeOrganName } from '../organ/normalize-organ-name.js';
import { divisionPlaceCode, isSharedDivisionCode, normalizeOrganCode } from '../organ/organ-codes.js';
import type { MatchedBy, RosterMatch } from './types.js';

export interface MatchOptions extends MessageOptions {
  /** File the report was read from, for diagnostics. */
  file?: string;
  /** Match only among these entries (default: the whole roster). */
  entries?: readonly RosterEntry[];
}

/**
 * The entries of a roster by credit code, division place code, normalised name and alias, built once
 * per list of entries (a county matches every submission against the same roster), so matching N
 * submissions against N entries is linear, not N². `probes` counts the entries looked at, for tests.
 */
export interface RosterIndex {
  byCreditCode: Map<string, RosterEntry[]>;
  byDivision: Map<string, RosterEntry[]>;
  byName: Map<string, RosterEntry[]>;
  byAlias: Map<string, RosterEntry[]>;
  /** Normalised name of each entry. */
  nameOf: Map<RosterEntry, { name: string; aliases: string[] }>;
  /** How many candidate entries lookups returned so far. */
  probes: number;
}

const indexes = new WeakMap<readonly RosterEntry[], { index: RosterIndex; signature: string }>();

function add(map: Map<string, RosterEntry[]>, key: string | undefined, entry: RosterEntry): void {
  if (!key) return;
  const list = map.get(key);
  if (list) {
    if (!list.includes(entry)) list.push(entry);
  } else map.set(key, [entry]);
}

/** What the index depends on, cheaply: a list edited after it was indexed gets a new index. */
function signatureOf(entries: readonly RosterEntry[]): string {
  const first = entries[0];
  const last = entries[entries.length - 1];
  return `${entries.length}\u0000${first?.id ?? ''}\u0000${first?.name ?? ''}\u0000${last?.id ?? ''}\u0000${last?.name ?? ''}`;
}

/** The index of a list of entries (built on first use, then reused). */
export function rosterIndex(entries: readonly RosterEntry[]): RosterIndex {
  const signature = signatureOf(entries);
  const cached = indexes.get(entries);
  if (cached && cached.signature === signature) return cached.index;
  const index: RosterIndex = { byCreditCode: new Map(), byDivision: new Map(), byName: new Map(), byAlias: new Map(), nameOf: new Map(), probes: 0 };
  for (const entry of entries) {
    const name = normalizeOrganName(entry.name);
    const aliases = (entry.aliases ?? []).map(normalizeOrganName);
    index.nameOf.set(entry, { name, aliases });
    add(index.byCreditCode, normalizeOrganCode(entry.creditCode), entry);
    add(index.byDivision, divisionPlaceCode(entry.divisionCode), entry);
    add(index.byName, name, entry);
    for (const alias of aliases) add(index.byAlias, alias, entry);
  }
  indexes.set(entries, { index, signature });
  return index;
}

function lookup(index: RosterIndex, map: Map<string, RosterEntry[]>, key: string | undefined): RosterEntry[] {
  const found = (key && map.get(key)) || [];
  index.probes += found.length;
  return found;
}

function byName(index: RosterIndex, organName: string): { entries: RosterEntry[]; by: MatchedBy } {
  const wanted = normalizeOrganName(organName);
  if (!wanted) return { entries: [], by: 'name' };
  const exact = lookup(index, index.byName, wanted);
  if (exact.length > 0) return { entries: exact, by: 'name' };
  return { entries: lookup(index, index.byAlias, wanted), by: 'alias' };
}

/** Six-digit division codes are shared by a county and its departments; longer ones name one place. */
function divisionMatches(entry: RosterEntry, organ: Organ): boolean {
  return !isSharedDivisionCode(entry.divisionCode) || entry.level === organ.level;
}

/**
 * Finds the roster entry a report belongs to: by 统一社会信用代码, then 行政区划代码, then
 * normalised name (`鹅公镇` ≡ `鹅公镇人民政府`), then alias. A six-digit division code, which a
 * county shares with its departments, only matches an entry of the report's level. When several
 * entries match, the name and level narrow them down; when that is not enough the match is
 * ambiguous (a diagnostic, no entry). No match at all is a diagnostic too.
 */
export function matchSubmission(report: Pick<Report, 'organ'>, roster: Roster, options: MatchOptions = {}): RosterMatch {
  const index = rosterIndex(options.entries ?? roster.entries);
  const organ: Organ = report.organ ?? { name: '', level: 'other' };
  const en = options.locale === 'en';
  const location: DiagnosticLocation = { organ: organ.name, ...(options.file ? { file: options.file } : {}) };
  const diagnostics: Diagnostic[] = [];
  const note = (code: DiagnosticCode, params: Record<string, string | number>) => diagnostics.push(createDiagnostic({ code, params, location }, options));
  const list = (found: readonly RosterEntry[]) => found.map((e) => e.name + (e.creditCode ? `（${e.creditCode}）` : '')).join(en ? ', ' : '、');

  const named = byName(index, organ.name);
  const creditCode = normalizeOrganCode(organ.creditCode);
  if (creditCode) {
    const found = lookup(index, index.byCreditCode, creditCode);
    if (found.length === 1) {
      const entry = found[0];
      const entryNames = index.nameOf.get(entry)!;
      const wanted = normalizeOrganName(organ.name);
      if (wanted && wanted !== entryNames.name && !entryNames.aliases.includes(wanted)) {
        const other = named.entries.find((e) => e !== entry);
        if (other) note('roster-match-conflict', { organ: organ.name, by: en ? 'credit code' : '统一社会信用代码', entry: entry.name, other: other.name });
        else note('roster-name-differs', { organ: organ.name, entry: entry.name, code: creditCode });
      }
      return { entry, by: 'creditCode', diagnostics };
    }
    if (found.length > 1) {
      const narrowed = found.filter((entry) => named.entries.includes(entry));
      if (narrowed.length === 1) return { entry: narrowed[0], by: 'creditCode', diagnostics };
      note('roster-match-ambiguous', { organ: organ.name, by: en ? 'credit code' : '统一社会信用代码', entries: list(found) });
      return { diagnostics };
    }
  }

  const divisionCode = divisionPlaceCode(organ.divisionCode);
  if (divisionCode) {
    const found = lookup(index, index.byDivision, divisionCode).filter((entry) => divisionMatches(entry, organ));
    const narrowed = found.length > 1 ? found.filter((entry) => named.entries.includes(entry)) : found;
    if (narrowed.length === 1) {
      const entry = narrowed[0];
      const otherByName = named.entries.filter((e) => e !== entry);
      if (otherByName.length === 1 && !named.entries.includes(entry)) {
        note('roster-match-conflict', { organ: organ.name, by: en ? 'division code' : '行政区划代码', entry: entry.name, other: otherByName[0].name });
        return finish(otherByName[0], named.by);
      }
      // Several entries share the code (a county and its departments): the name decided.
      return finish(entry, found.length > 1 ? named.by : 'divisionCode');
    }
  }

  if (named.entries.length === 1) return finish(named.entries[0], named.by);
  if (named.entries.length > 1) {
    const sameLevel = named.entries.filter((entry) => entry.level === organ.level);
    if (sameLevel.length === 1) return finish(sameLevel[0], named.by);
    note('roster-match-ambiguous', { organ: organ.name, by: en ? 'name' : '名称', entries: list(named.entries) });
    return { diagnostics };
  }
  note('roster-no-match', { organ: organ.name, code: organ.creditCode ?? organ.divisionCode ?? (en ? 'none' : '无') });
  return { diagnostics };

  function finish(entry: RosterEntry, by: MatchedBy): RosterMatch {
    // The report carries a credit code the roster does not know, and the entry has another one.
    if (creditCode && entry.creditCode && normalizeOrganCode(entry.creditCode) !== creditCode) {
      note('roster-code-mismatch', { organ: organ.name, actual: creditCode, expected: normalizeOrganCode(entry.creditCode), entry: entry.name });
    }
    return { entry, by, diagnostics };
  }
}
