import type { Roster, RosterEntry } from '../aggregate/types.js';
import { checkCreditCode, isDivisionCode } from '../credit-code.js';
import { createDiagnostic, type DiagnosticInput } from '../diagnostics/create.js';
import type { Diagnostic, DiagnosticLocation } from '../diagnostics/types.js';
import { organLevelLabels } from '../model/report.js';
import { cellText, parseRosterDate } from './cell-text.js';
import { inferOrganLevel } from '../organ/infer-organ-level.js';
import { normalizeOrganName } from '../organ/normalize-organ-name.js';
import { normalizeOrganCode } from '../organ/organ-codes.js';
import { parseOrganLevel } from '../organ/parse-organ-level.js';
import type { RosterField } from './roster-columns.js';
import type { RosterLoadOptions, RosterLoadResult } from './types.js';

/** One row of a roster table or one object of a roster JSON, with where it came from. */
export interface RosterRecord {
  values: Partial<Record<RosterField, unknown>>;
  /** Where the record (or one of its fields) is, for diagnostics. */
  locate: (field?: RosterField) => DiagnosticLocation;
}

/** Describes a location for a message: `第 3 行`, `名单!B5`, `entries[2]`. */
export function describeLocation(location: DiagnosticLocation, en: boolean): string {
  if (location.cell) return location.sheet ? `${location.sheet}!${location.cell}` : location.cell;
  if (location.line !== undefined) return en ? `line ${location.line}` : `第 ${location.line} 行`;
  if (location.path) return location.path;
  return en ? 'unknown position' : '未知位置';
}

function splitAliases(value: unknown): string[] {
  const parts = Array.isArray(value) ? value.map(cellText) : cellText(value).split(/[、，,;；|｜/\n]+/);
  return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}

function compactCode(value: unknown): string {
  return normalizeOrganCode(cellText(value));
}

interface Pending {
  entry: RosterEntry;
  explicitId?: string;
  parentRef?: string;
  record: RosterRecord;
}

/**
 * Builds a roster from records (table rows or JSON objects): checks each entry (name, level,
 * 统一社会信用代码 with its GB 32100 check character, 行政区划代码, deadline), drops duplicate
 * entries, resolves parents (by id, credit code, name or alias, or division code) to entry ids and
 * breaks parent cycles. Every problem is a diagnostic with the line, cell or JSON path.
 */
export function buildRoster(records: readonly RosterRecord[], options: RosterLoadOptions & { deadline?: string } = {}): RosterLoadResult {
  const en = options.locale === 'en';
  const diagnostics: Diagnostic[] = [];
  const report = (input: DiagnosticInput) => {
    const location: DiagnosticLocation = { ...(options.file ? { file: options.file } : {}), ...input.location };
    diagnostics.push(createDiagnostic({ ...input, location }, options));
  };
  const pending: Pending[] = [];

  for (const record of records) {
    const { values } = record;
    const name = cellText(values.name);
    if (!name) {
      const filled = Object.values(values).some((value) => cellText(value) !== '');
      if (filled) report({ code: 'roster-name-missing', params: { at: describeLocation(record.locate('name'), en) }, location: record.locate('name') });
      continue;
    }
    const entry: RosterEntry = { id: '', name, level: 'other' };
    const aliases = splitAliases(values.aliases).filter((alias) => normalizeOrganName(alias) !== normalizeOrganName(name));
    if (aliases.length > 0) entry.aliases = aliases;

    const levelText = cellText(values.level);
    const parsedLevel = levelText ? parseOrganLevel(levelText) : undefined;
    const guess = inferOrganLevel(name);
    const inferred = guess === 'other' ? undefined : guess;
    if (parsedLevel) {
      entry.level = parsedLevel;
    } else {
      entry.level = inferred ?? 'other';
      const levelName = organLevelLabels[entry.level][en ? 'en' : 'zh'];
      if (levelText) {
        report({
          code: 'roster-level-unknown',
          params: { organ: name, value: levelText, level: levelName },
          location: { ...record.locate('level'), organ: name },
          actual: levelText,
        });
      } else {
        report({
          code: inferred ? 'roster-level-inferred' : 'roster-level-missing',
          params: { organ: name, level: levelName },
          location: { ...record.locate('level'), organ: name },
        });
      }
    }

    const creditCode = compactCode(values.creditCode);
    if (creditCode) {
      entry.creditCode = creditCode;
      const check = checkCreditCode(creditCode);
      if (!check.valid) {
        const detail = {
          length: en ? `it has ${creditCode.length} characters, not 18` : `长度为 ${creditCode.length} 位，应为18位`,
          character: en ? 'it has a character that is not allowed (no I, O, Z, S, V)' : '含有不允许的字符（不使用 I、O、Z、S、V）',
          checksum: en ? `the check character should be ${check.expected}` : `校验位应为 ${check.expected}`,
        }[check.reason];
        const numeric = typeof values.creditCode === 'number';
        report({
          code: 'roster-credit-code-invalid',
          params: {
            organ: name,
            value: creditCode,
            detail: numeric
              ? `${detail}${en ? ' (the cell holds a number: format the column as text)' : '（该单元格是数字，18位数字会丢失精度，请将该列设为文本格式）'}`
              : detail,
          },
          location: { ...record.locate('creditCode'), organ: name },
          actual: creditCode,
        });
      }
    }
    const divisionCode = compactCode(values.divisionCode);
    if (divisionCode) {
      entry.divisionCode = divisionCode;
      if (!isDivisionCode(divisionCode)) {
        report({
          code: 'roster-division-code-invalid',
          params: { organ: name, value: divisionCode },
          location: { ...record.locate('divisionCode'), organ: name },
          actual: divisionCode,
        });
      }
    }
    if (values.deadline !== undefined && cellText(values.deadline) !== '') {
      const deadline = parseRosterDate(values.deadline);
      if (deadline) entry.deadline = deadline;
      else
        report({
          code: 'roster-deadline-invalid',
          params: { organ: name, value: cellText(values.deadline) },
          location: { ...record.locate('deadline'), organ: name },
          actual: cellText(values.deadline),
        });
    }
    const parentRef = cellText(values.parent);
    pending.push({ entry, explicitId: cellText(values.id) || undefined, parentRef: parentRef || undefined, record });
  }

  // Duplicates: the same id, the same credit code, or the same name under the same parent. The first wins.
  const kept: Pending[] = [];
  const seen = new Map<string, Pending>();
  const usedIds = new Set<string>();
  for (const item of pending) {
    const { entry } = item;
    const keys: string[] = [];
    if (item.explicitId) keys.push(`id:${item.explicitId}`);
    if (entry.creditCode) keys.push(`credit:${entry.creditCode}`);
    keys.push(`name:${normalizeOrganName(item.parentRef ?? '')}:${normalizeOrganName(entry.name)}`);
    const first = keys.map((key) => seen.get(key)).find(Boolean);
    if (first) {
      report({
        code: 'roster-duplicate-entry',
        params: {
          organ: entry.name,
          at: describeLocation(item.record.locate(), en),
          first: describeLocation(first.record.locate(), en),
          firstName: first.entry.name,
        },
        location: { ...item.record.locate(), organ: entry.name },
      });
      continue;
    }
    for (const key of keys) seen.set(key, item);
    // Default id: the credit code, else the name; `上级/名称` when two places share a name (城关镇).
    let id = item.explicitId ?? entry.creditCode ?? entry.name;
    if (!item.explicitId && usedIds.has(id) && item.parentRef) id = `${item.parentRef}/${entry.name}`;
    for (let n = 2; usedIds.has(id); n++) id = `${item.explicitId ?? entry.creditCode ?? entry.name}#${n}`;
    entry.id = id;
    usedIds.add(id);
    kept.push(item);
  }

  // Parents: by id, then credit code, then name or alias, then division code (each only when it names one entry).
  const byId = new Map(kept.map((item) => [item.entry.id, item.entry]));
  const unique = <K>(pairs: Array<[K, RosterEntry]>) => {
    const map = new Map<K, RosterEntry | null>();
    for (const [key, entry] of pairs) map.set(key, map.has(key) && map.get(key) !== entry ? null : entry);
    return map;
  };
  const byCredit = unique(kept.filter((i) => i.entry.creditCode).map((i) => [i.entry.creditCode!, i.entry]));
  const byName = unique(kept.flatMap((i) => [i.entry.name, ...(i.entry.aliases ?? [])].map((n): [string, RosterEntry] => [normalizeOrganName(n), i.entry])));
  const byDivision = unique(kept.filter((i) => i.entry.divisionCode).map((i) => [i.entry.divisionCode!, i.entry]));
  const unknownParents = new Map<string, Pending[]>();
  for (const item of kept) {
    if (!item.parentRef) continue;
    const ref = item.parentRef;
    const parent = byId.get(ref) ?? byCredit.get(compactCode(ref)) ?? byName.get(normalizeOrganName(ref)) ?? byDivision.get(compactCode(ref)) ?? undefined;
    if (parent && parent !== item.entry) {
      item.entry.parent = parent.id;
    } else if (parent === item.entry) {
      report({
        code: 'roster-parent-cycle',
        params: { organ: item.entry.name, chain: item.entry.name },
        location: { ...item.record.locate('parent'), organ: item.entry.name },
      });
    } else {
      const list = unknownParents.get(ref) ?? [];
      list.push(item);
      unknownParents.set(ref, list);
    }
  }
  for (const [ref, items] of unknownParents) {
    const places = items.map((item) => describeLocation(item.record.locate('parent'), en));
    report({
      code: 'roster-unknown-parent',
      params: {
        parent: ref,
        count: items.length,
        at: places.slice(0, 5).join(en ? ', ' : '、') + (places.length > 5 ? '…' : ''),
        organs:
          items
            .slice(0, 5)
            .map((i) => i.entry.name)
            .join(en ? ', ' : '、') + (items.length > 5 ? '…' : ''),
      },
      location: { ...items[0].record.locate('parent'), organ: items[0].entry.name },
      actual: ref,
    });
  }

  // Cycles: follow parents; an entry met twice closes a cycle, cut at the entry that closed it.
  const entries = kept.map((item) => item.entry);
  const recordOf = new Map(kept.map((item) => [item.entry, item.record]));
  for (const start of entries) {
    const chain: RosterEntry[] = [];
    let current: RosterEntry | undefined = start;
    while (current?.parent) {
      chain.push(current);
      const next = byId.get(current.parent);
      if (!next) break;
      if (chain.includes(next)) {
        report({
          code: 'roster-parent-cycle',
          params: { organ: current.name, chain: [...chain.slice(chain.indexOf(next)), next].map((e) => e.name).join(' → ') },
          location: { ...recordOf.get(current)!.locate('parent'), organ: current.name },
        });
        delete current.parent;
        break;
      }
      current = next;
    }
  }

  if (entries.length === 0) report({ code: 'roster-empty', params: {}, location: {} });
  const roster: Roster = { entries };
  if (options.deadline) roster.deadline = options.deadline;
  if (options.file) roster.file = options.file;
  return { roster, diagnostics };
}
