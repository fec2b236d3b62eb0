import { calendarYearPeriod } from '../calendar.js';
import { createDiagnostic, type DiagnosticInput, type MessageOptions } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { ReportError } from '../errors.js';
import { availableForms, formForYear, getForm } from '../forms/registry.js';
import { inputLimits } from '../limits.js';
import { cellLabel } from '../rules/labels.js';
import type { FormDefinition } from '../forms/types.js';
import type { CellSource, Organ, Report, ReportMember, ReportTables } from '../model/report.js';
import { matchSubmission, rosterIndex } from '../roster/match-submission.js';
import { normalizeOrganName } from '../organ/normalize-organ-name.js';
import type { MatchedBy, RosterMatch } from '../roster/types.js';
import { validateReport } from '../validate.js';
import { addToList } from './add-to-list.js';
import { aggregateBlankCulprits } from './culprit.js';
import { createNarrativeDraft } from './narrative-draft.js';
import { createRosterTree, type RosterTree } from './roster-tree.js';
import { figuresOf, formCells, sumFigures, tablesOf, type FormCell } from './sum-reports.js';
import type { AggregateOptions, AggregateResult, Completeness, RosterEntry, Submission, SubmissionOutcome, SubmissionStatus } from './types.js';

/** Node id of the top level when the aggregating organ is not itself in the roster. */
const VIRTUAL_ROOT = '';

/**
 * A submission once it is checked (matched to the roster, validated, its figures taken as one
 * vector over the form's cells): plain data, so it can be made in another thread (a worker reading
 * files) and added to the aggregate in this one. `Aggregator.check` makes it, `addChecked` adds it.
 */
export interface CheckedSubmission {
  /** The organ the report names. */
  organ: Organ;
  year: number;
  format: string;
  sha256?: string;
  /** The report's value of each of the form's cells (only for a report of the aggregate's year and form). */
  figures?: Array<number | null>;
  /** Tables the form does not have, as JSON, for telling filings apart ('' when none). */
  otherTables: string;
  /** Where the report's cells were read (see `LayoutRef`). */
  layout?: LayoutRef;
  file?: string;
  submittedOn?: string;
  organName: string;
  /** The roster entry it was matched to. */
  entryId?: string;
  matchedBy?: MatchedBy;
  /** Matching, checking and import diagnostics, located at the organ and file. */
  memberDiagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
  late: boolean;
  lateMessage?: string;
  /** A report that is itself an aggregate (it has `members`) of a roster entry that has members. */
  preAggregated: boolean;
  mismatch?: DiagnosticInput;
  /** The file name or the report's codes point at another organ than the one it was matched to. */
  identityConflict?: DiagnosticInput;
}

/**
 * Where a checked submission's cells were read: a number of the checker's own, with the places
 * (cell → sheet and cell) the first time that checker meets the layout. Templates share one layout,
 * so a stream of checked submissions carries each layout once per checker, not once per file.
 */
export interface LayoutRef {
  id: number;
  sources?: Record<string, CellSource>;
}

/**
 * What is kept of one submission: its checked form with its place in the input and what aggregation
 * decides of it. The report itself is not kept, so a long stream of submissions costs little more
 * than their figures.
 */
interface Prepared extends Omit<CheckedSubmission, 'layout' | 'entryId'> {
  index: number;
  /** Index into the aggregation's layouts: where the report's cells were read. */
  layout?: number;
  entry?: RosterEntry;
  /** What aggregation said about this submission. */
  aggregateDiagnostics: Diagnostic[];
  status?: SubmissionStatus;
  reasonCode?: string;
  reasons: string[];
  identicalTo?: number;
  /** Node id whose completeness lists it. */
  listedUnder: string;
}

interface Context {
  options: AggregateOptions;
  form: FormDefinition;
  /** The form's cells, the order of every figure vector. */
  cells: FormCell[];
  /** The distinct layouts (cell → sheet and cell) members were read from, and their index by content. */
  layouts: Array<Record<string, CellSource>>;
  layoutIndex: Map<string, number>;
  /** The layouts this aggregator's own `check` has met, by content, and the number it gave each. */
  checkerLayouts: Map<string, number>;
  /** For each source of checked submissions (a checker), its layout numbers → index into `layouts`. */
  layoutsFrom: Map<unknown, Map<number, number>>;
  /** Roster entries by id, for checked submissions that name theirs. */
  entries: Map<string, RosterEntry>;
  tree: RosterTree;
  prepared: Prepared[];
  /** Groups whose submitted aggregate stands in for their members. */
  preAggregateUsed: Set<string>;
  /** Submissions by the node that lists them, in input order. */
  listed: Map<string, Prepared[]>;
  diagnostic: (input: DiagnosticInput) => Diagnostic;
  /** Locale, catalog and messages of every diagnostic. */
  messageOptions: MessageOptions;
  text: (zh: string, en: string) => string;
}

function organOf(entry: RosterEntry): Organ {
  const organ: Organ = { name: entry.name, level: entry.level };
  if (entry.creditCode) organ.creditCode = entry.creditCode;
  if (entry.divisionCode) organ.divisionCode = entry.divisionCode;
  return organ;
}

function locate(diagnostic: Diagnostic, organ: string, file?: string): Diagnostic {
  return {
    ...diagnostic,
    location: { ...diagnostic.location, organ: diagnostic.location.organ ?? organ, ...(file && !diagnostic.location.file ? { file } : {}) },
  };
}

/** Canonical order of copies and members, so the result does not depend on input order. */
function compareSubmissions(a: Prepared, b: Prepared): number {
  const key = (p: Prepared) => [p.file ?? '', p.sha256 ?? '', p.submittedOn ?? ''];
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return a.index - b.index;
}

/**
 * Adds the members' reports into the report of `options.organ`, cell by cell, and accounts for
 * every submission.
 *
 * Rules (see `README.md` in this folder):
 * - Each submission is matched to a roster entry (credit code, division code, name, alias) and
 *   checked (`validateReport`, with the entry's or roster's deadline for lateness); import
 *   diagnostics are merged in. It then lands in exactly one list: `unexpected` (not on the roster,
 *   or under another organ), `excluded` (another year or format; or a submitted aggregate replaced
 *   by its members), `rejected` (errors, unless `includeReportsWithErrors`), `duplicate` or
 *   `accepted`. `late` marks those that came after the deadline.
 * - Duplicates: two or more accepted-looking submissions for one entry are all `duplicate` and none
 *   is counted until one is removed. Files with the same SHA-256 are the same file sent twice: the
 *   first (by file name) is treated as the organ's filing, the copies are `duplicate` with
 *   `identicalTo`, and they do not block it.
 * - Hierarchy: a roster entry with members of its own (a county under a city) is aggregated from
 *   its members first (recursively; the result is in `children`), and that aggregate is one member
 *   of the level above. The organ's own-name report (a county government's own report, with no
 *   `members`) is one member of its own aggregate, never added again above. A submitted aggregate
 *   (a report with `members`) of such an entry is used only when nothing of its members was
 *   submitted; otherwise it is `excluded` and the members are summed, so nothing counts twice.
 * - Sums use `sumExact` (decimal 万元, signed changes); a cell no member filled stays not filled.
 */
export function aggregate(submissions: readonly Submission[], options: AggregateOptions): AggregateResult {
  const aggregator = createAggregator(options);
  for (const submission of submissions) aggregator.add(submission);
  return aggregator.finish();
}

/**
 * `aggregate` one submission at a time: `add` checks a submission and keeps only what aggregation
 * needs of it (its identity, its figures, where they were read, its diagnostics), so the caller can
 * release the report and the file; `finish` places every submission and adds them up. The result is
 * the same as `aggregate` on the same submissions in the same order.
 *
 * `add` is `addChecked(check(submission))`. The two halves can run apart: a thread reading files
 * makes an aggregator with the same options and calls `check` only; this one adds what comes back
 * with `addChecked`, in input order, each checker's results marked `from` it (its layout numbers are
 * its own). The result is then the same as `add` on each submission here.
 */
export interface Aggregator {
  /** Checks one submission and keeps what aggregation needs; the submission is not referenced afterwards. */
  add(submission: Submission): void;
  /** Checks one submission and returns what aggregation keeps of it, without adding it. */
  check(submission: Submission): CheckedSubmission;
  /** Adds a submission checked by `check` of an aggregator with the same options (`from`: which one; default this one). */
  addChecked(checked: CheckedSubmission, from?: unknown): void;
  /** How many submissions were added. */
  readonly count: number;
  /** Places every submission and adds them up; call once. */
  finish(): AggregateResult;
}

export function createAggregator(options: AggregateOptions): Aggregator {
  const locale = options.locale ?? 'zh-CN';
  const en = locale === 'en';
  const text = (zh: string, english: string) => (en ? english : zh);
  const messageOptions = { locale, ...(options.catalog ? { catalog: options.catalog } : {}), ...(options.messages ? { messages: options.messages } : {}) };
  const diagnostic = (input: DiagnosticInput) => createDiagnostic(input, messageOptions);
  const formId = options.format ?? formForYear(options.year, availableForms(options.forms)) ?? 'legacy';
  const form = getForm(formId, options.forms);
  const tree = createRosterTree(options.roster, options.organ);
  const context: Context = {
    options,
    form,
    cells: formCells(form),
    layouts: [],
    layoutIndex: new Map(),
    checkerLayouts: new Map(),
    layoutsFrom: new Map(),
    entries: new Map(options.roster.entries.map((entry) => [entry.id, entry])),
    tree,
    prepared: [],
    preAggregateUsed: new Set(),
    listed: new Map(),
    diagnostic,
    messageOptions,
    text,
  };
  let finished = false;
  const own = {};
  const addChecked = (checked: CheckedSubmission, from: unknown = own) => {
    if (finished) throw new Error('createAggregator: add() after finish()');
    context.prepared.push(admit(checked, context.prepared.length, from, context));
  };
  return {
    add(submission) {
      addChecked(check(submission, context), own);
    },
    check: (submission) => check(submission, context),
    addChecked,
    get count() {
      return context.prepared.length;
    },
    finish() {
      if (finished) throw new Error('createAggregator: finish() called twice');
      finished = true;
      return finishAggregate(context);
    },
  };
}

function finishAggregate(context: Context): AggregateResult {
  const { options, form, tree, diagnostic } = context;
  place(context);
  for (const p of context.prepared) addToList(context.listed, p.listedUnder, p);
  const result = aggregateNode(tree.rootId, context);
  const topDiagnostics: Diagnostic[] = [];
  if (form.tables.length === 0)
    topDiagnostics.push(diagnostic({ code: 'aggregate-no-tables', params: { format: form.id }, location: { organ: options.organ.name } }));
  if (!tree.rootEntry) {
    topDiagnostics.push(
      diagnostic({
        code: 'aggregate-organ-not-in-roster',
        params: { organ: options.organ.name, count: tree.membersOf(VIRTUAL_ROOT).length },
        location: { organ: options.organ.name, ...(options.roster.file ? { file: options.roster.file } : {}) },
      })
    );
  }
  result.diagnostics = [...topDiagnostics, ...result.diagnostics];
  return result;
}

function check(submission: Submission, context: Context): CheckedSubmission {
  const { options, form, tree } = context;
  const report = submission.report;
  const file = submission.file;
  const organName = report.organ?.name ?? '';
  const { messageOptions } = context;
  let match = matchSubmission(report, options.roster, { ...messageOptions, file });
  if (!match.entry && tree.subtreeEntries.length < options.roster.entries.length) {
    const within = matchSubmission(report, options.roster, { ...messageOptions, file, entries: tree.subtreeEntries });
    if (within.entry) match = within;
  }
  const entry = match.entry;
  const identityConflict = entry ? identityConflictOf(entry, match, file, options.roster.entries, context) : undefined;
  const submittedOn = submission.submittedOn ?? report.submittedOn;
  const localDeadline = entry?.deadline ?? options.roster.deadline;
  let checks: Diagnostic[] = [];
  try {
    checks = (options.validate ?? validateReport)(report, { ...messageOptions, forms: options.forms, knownProblems: submission.diagnostics, ...(submittedOn ? { submittedOn } : {}), ...(localDeadline ? { localDeadline } : {}) });
  } catch (error) {
    // An unknown format cannot be checked; it is excluded below as a format mismatch.
    if (!(error instanceof ReportError)) throw error;
  }
  const imported = submission.diagnostics ?? [];
  const memberDiagnostics = [...match.diagnostics, ...imported, ...checks].map((d) => locate(d, organName, file));
  const own = [...imported, ...checks];
  const lateDiagnostic = checks.find((d) => d.code === 'submission-late');
  let mismatch: DiagnosticInput | undefined;
  if (report.year !== options.year) {
    mismatch = {
      code: 'aggregate-year-mismatch',
      params: { organ: organName, actual: report.year, expected: options.year },
      expected: options.year,
      actual: report.year,
    };
  } else if (report.format !== form.id) {
    mismatch = {
      code: 'aggregate-format-mismatch',
      params: { organ: organName, actual: report.format, expected: form.id },
      expected: form.id,
      actual: report.format,
    };
  }
  const comparable = !mismatch;
  return {
    organ: { ...report.organ },
    year: report.year,
    format: report.format,
    ...(submission.sha256 ? { sha256: submission.sha256 } : {}),
    ...(comparable ? { figures: figuresOf(report, context.cells), otherTables: otherTablesOf(report, form), ...layoutOf(report, file, context) } : { otherTables: '' }),
    file,
    organName,
    ...(entry ? { entryId: entry.id } : {}),
    ...(match.by ? { matchedBy: match.by } : {}),
    memberDiagnostics,
    errorCount: own.filter((d) => d.severity === 'error').length,
    warningCount: own.filter((d) => d.severity === 'warning').length,
    late: Boolean(lateDiagnostic),
    lateMessage: lateDiagnostic?.message,
    preAggregated: Boolean(entry && (report.members?.length ?? 0) > 0 && tree.isGroup(entry.id)),
    mismatch,
    ...(identityConflict ? { identityConflict } : {}),
    ...(submittedOn ? { submittedOn } : {}),
  };
}

/** A checked submission as this aggregation keeps it: its place in the input, its entry and its layout here. */
function admit(checked: CheckedSubmission, index: number, from: unknown, context: Context): Prepared {
  const { layout: ref, entryId, ...rest } = checked;
  const entry = entryId !== undefined ? context.entries.get(entryId) : undefined;
  if (entryId !== undefined && !entry) throw new Error(`createAggregator: addChecked() names roster entry "${entryId}", which this aggregator's roster does not have`);
  return {
    ...rest,
    index,
    ...(entry ? { entry } : {}),
    ...(ref ? { layout: layoutIndexOf(ref, from, context) } : {}),
    aggregateDiagnostics: [],
    reasons: [],
    listedUnder: context.tree.rootId,
  };
}

/** The tables of a report that its form does not have, as JSON ('' when none): they still tell two filings apart. */
function otherTablesOf(report: Report, form: FormDefinition): string {
  const known = new Set(form.tables.map((table) => table.id));
  const other = Object.keys(report.tables ?? {}).filter((id) => !known.has(id)).sort();
  return other.length === 0 ? '' : JSON.stringify(other.map((id) => [id, report.tables[id]]));
}

/** The content of a layout as one string: the same places give the same key. */
function layoutKey(sources: Record<string, CellSource | undefined>, file: string | undefined, cells: readonly FormCell[]): string {
  let id = '';
  for (const { key } of cells) {
    const source = sources[key];
    if (source) id += `${key}\u0001${source.file && source.file !== file ? source.file : ''}\u0001${source.sheet ?? ''}\u0001${source.cell ?? ''}\u0002`;
  }
  return id;
}

/** Where the report's cells were read, as this checker's number for the layout (with the places the first time). */
function layoutOf(report: Report, file: string | undefined, context: Context): { layout?: LayoutRef } {
  const sources = report.cellSources;
  if (!sources) return {};
  // The key first (cheap), the layout object only for a layout not seen before: templates share one.
  const id = layoutKey(sources, file, context.cells);
  if (!id) return {};
  const numbered = context.checkerLayouts;
  const known = numbered.get(id);
  if (known !== undefined) return { layout: { id: known } };
  const layout: Record<string, CellSource> = {};
  for (const { key } of context.cells) {
    const source = sources[key];
    if (!source) continue;
    const { file: sourceFile, ...place } = source;
    layout[key] = sourceFile && sourceFile !== file ? { file: sourceFile, ...place } : place;
  }
  const number = numbered.size;
  numbered.set(id, number);
  return { layout: { id: number, sources: layout } };
}

/** The index into this aggregation's layouts of a checker's layout number (the same content, one index). */
function layoutIndexOf(ref: LayoutRef, from: unknown, context: Context): number {
  let numbers = context.layoutsFrom.get(from);
  if (!numbers) context.layoutsFrom.set(from, (numbers = new Map()));
  const known = numbers.get(ref.id);
  if (known !== undefined) return known;
  if (!ref.sources) throw new Error(`createAggregator: addChecked() uses layout ${ref.id} before the submission that described it`);
  // The layout as stored keeps `file` only where it differs from the member's, so the key needs no file here.
  const key = layoutKey(ref.sources, undefined, context.cells);
  let index = context.layoutIndex.get(key);
  if (index === undefined) {
    index = context.layouts.length;
    context.layouts.push(ref.sources);
    context.layoutIndex.set(key, index);
  }
  numbers.set(ref.id, index);
  return index;
}

function decide(p: Prepared, status: SubmissionStatus, context: Context, input?: DiagnosticInput) {
  p.status = status;
  if (!input) return;
  const d = context.diagnostic({ ...input, location: { organ: p.organName, ...(p.file ? { file: p.file } : {}), ...input.location } });
  p.aggregateDiagnostics.push(d);
  p.reasonCode = input.code;
  p.reasons.push(d.message);
}

/** The organ a file's name names (`第3镇.xlsx`, `白云镇（更正）.xlsx`), when it names exactly one roster entry. */
function entryOfFileName(file: string | undefined, entries: readonly RosterEntry[]): RosterEntry | undefined {
  const stem = (file ?? '').replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '').replace(/[（(].*?[）)]/g, '').replace(/(?:19|20)\d{2}\s*年?度?.*$/, '').trim();
  if (!stem) return undefined;
  const index = rosterIndex(entries);
  const wanted = normalizeOrganName(stem);
  const found = index.byName.get(wanted) ?? index.byAlias.get(wanted) ?? [];
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Whether the file is credited to the right organ: its name naming another roster entry (a township's
 * figures filed in another's template), or its code and name pointing at different organs, is a
 * conflict the county must settle before the figures count.
 */
function identityConflictOf(entry: RosterEntry, match: RosterMatch, file: string | undefined, entries: readonly RosterEntry[], context: Context): DiagnosticInput | undefined {
  const byText = (by: MatchedBy | undefined) => ({ creditCode: { zh: '按统一社会信用代码', en: 'by credit code' }, divisionCode: { zh: '按行政区划代码', en: 'by division code' }, name: { zh: '按名称', en: 'by name' }, alias: { zh: '按别名', en: 'by alias' } })[by ?? 'name'];
  const conflict = match.diagnostics.find((d) => d.code === 'roster-match-conflict');
  if (conflict) {
    const other = String(conflict.params?.other ?? '');
    return {
      code: 'aggregate-identity-conflict',
      params: { file: file ?? '—', fileSays: { zh: `表内名称指向“${other}”`, en: `names "${other}" inside` }, entry: entry.name, by: byText(match.by) },
    };
  }
  const named = entryOfFileName(file, entries);
  if (!named || named.id === entry.id) return undefined;
  return {
    code: 'aggregate-identity-conflict',
    params: { file: file ?? '—', fileSays: { zh: `的文件名指向“${named.name}”`, en: `is named for "${named.name}"` }, entry: entry.name, by: byText(match.by) },
  };
}

/** What makes two reports the same filing: the organ, year, format and every figure (not the file's bytes). */
function figuresKey(p: Prepared): string {
  return JSON.stringify([p.organ?.name ?? '', p.organ?.creditCode ?? '', p.year, p.format, p.figures, p.otherTables]);
}

/**
 * An organ that sent a report with errors and another without: the one without is counted, and the
 * rejected one says so — it is often the newer correction, so the county must confirm which is meant.
 */
function noteOtherFilingUsed(context: Context): void {
  const byEntry = new Map<string, Prepared[]>();
  for (const p of context.prepared) if (p.entry && (p.status === 'rejected' || p.status === 'accepted')) addToList(byEntry, p.entry.id, p);
  for (const list of byEntry.values()) {
    const used = list.find((p) => p.status === 'accepted');
    if (!used) continue;
    for (const p of list.filter((q) => q.status === 'rejected')) {
      const d = context.diagnostic({
        code: 'aggregate-other-filing-used',
        params: { organ: p.entry!.name, count: list.length, file: p.file ?? `#${p.index + 1}`, used: used.file ?? `#${used.index + 1}` },
        location: { organ: p.entry!.name, ...(p.file ? { file: p.file } : {}) },
      });
      p.aggregateDiagnostics.push(d);
      // First, so the one line a listing prints says which file was used instead.
      p.reasons.unshift(d.message);
    }
  }
}

/** Gives every submission its status and the level that lists it. */
function place(context: Context) {
  const { tree, prepared, options } = context;
  const include = options.includeReportsWithErrors ?? false;
  const candidates: Prepared[] = [];

  for (const p of prepared) {
    const entry = p.entry;
    if (!entry) {
      const noMatch = p.memberDiagnostics.find((d) => d.code === 'roster-no-match' || d.code === 'roster-match-ambiguous');
      p.status = 'unexpected';
      p.reasonCode = noMatch?.code ?? 'roster-no-match';
      if (noMatch) p.reasons.push(noMatch.message);
      continue;
    }
    if (!tree.inSubtree(entry.id)) {
      const parent = entry.parent ? tree.entry(entry.parent)?.name ?? entry.parent : context.text('（无上级）', '(no parent)');
      decide(p, 'unexpected', context, { code: 'aggregate-outside-organ', params: { organ: entry.name, parent, aggregate: options.organ.name } });
      continue;
    }
    p.listedUnder = listingNode(p, tree);
    if (p.mismatch) {
      decide(p, 'excluded', context, p.mismatch);
    } else if (p.identityConflict) {
      // The same rule as for duplicates: nothing counts until the county confirms whose it is.
      decide(p, 'rejected', context, p.identityConflict);
    } else if (p.errorCount > 0 && !include) {
      decide(p, 'rejected', context, { code: 'aggregate-member-rejected', params: { organ: p.organName, count: p.errorCount } });
      const errors = p.memberDiagnostics.filter((d) => d.severity === 'error');
      p.reasons.push(...errors.slice(0, 5).map((d) => d.message));
      if (errors.length > 5) p.reasons.push(context.text(`……共 ${errors.length} 个错误`, `… ${errors.length} errors in all`));
    } else {
      candidates.push(p);
    }
  }

  // A submitted aggregate of a group stands in for its members only when none of them is a candidate.
  const active: Prepared[] = [];
  for (const p of candidates) {
    if (!p.preAggregated) {
      active.push(p);
      continue;
    }
    const group = p.entry!.id;
    const others = candidates.some((q) => q !== p && !(q.preAggregated && q.entry!.id === group) && tree.isWithin(q.entry!.id, group));
    if (others) decide(p, 'excluded', context, { code: 'aggregate-superseded', params: { organ: p.organName } });
    else {
      context.preAggregateUsed.add(group);
      active.push(p);
    }
  }
  // What else came from inside a group whose aggregate is used is listed with that aggregate.
  for (const group of context.preAggregateUsed) {
    if (group === tree.rootId) continue;
    const level = tree.parentNode(group)!;
    for (const p of prepared) {
      if (p.entry && p.status !== 'unexpected' && !(p.preAggregated && p.entry.id === group) && tree.isWithin(p.entry.id, group)) p.listedUnder = level;
    }
  }

  // Duplicates: by entry; identical files (same SHA-256), and files with exactly the same figures
  // (an .xlsx and the .json made from it), are one filing.
  const byEntry = new Map<string, Prepared[]>();
  for (const p of active) addToList(byEntry, p.entry!.id, p);
  for (const list of byEntry.values()) {
    const groups = new Map<string, Prepared[]>();
    for (const p of list) addToList(groups, figuresKey(p), p);
    const filings: Prepared[] = [];
    for (const group of groups.values()) {
      const [first, ...copies] = [...group].sort(compareSubmissions);
      filings.push(first);
      for (const copy of copies) {
        copy.identicalTo = first.index;
        const sameFile = Boolean(copy.sha256) && copy.sha256?.toLowerCase() === first.sha256?.toLowerCase();
        decide(copy, 'duplicate', context, {
          code: sameFile ? 'aggregate-identical-copy' : 'aggregate-same-figures',
          params: { organ: copy.organName, file: copy.file ?? `#${copy.index + 1}`, original: first.file ?? `#${first.index + 1}` },
        });
      }
    }
    if (filings.length === 1) {
      const p = filings[0];
      p.status = 'accepted';
      if (p.errorCount > 0) {
        const d = context.diagnostic({
          code: 'aggregate-includes-errors',
          params: { organ: p.organName, count: p.errorCount },
          location: { organ: p.organName, ...(p.file ? { file: p.file } : {}) },
        });
        p.aggregateDiagnostics.push(d);
        p.reasons.push(d.message);
      }
      continue;
    }
    filings.sort(compareSubmissions);
    const entry = filings[0].entry!;
    const files = filings.map((p) => p.file ?? `#${p.index + 1}`).join(context.text('、', ', '));
    filings.forEach((p, i) => {
      p.status = 'duplicate';
      p.reasonCode = 'aggregate-duplicate-submission';
      const d = context.diagnostic({
        code: 'aggregate-duplicate-submission',
        params: { organ: entry.name, count: filings.length, files },
        location: { organ: entry.name, ...(p.file ? { file: p.file } : {}) },
      });
      p.reasons.push(d.message);
      // One diagnostic per organ, not one per file.
      if (i === 0) p.aggregateDiagnostics.push(d);
    });
  }
  noteOtherFilingUsed(context);
  for (const p of prepared) if (p.late && p.lateMessage && p.status !== 'unexpected' && p.status !== 'excluded') p.reasons.push(p.lateMessage);
}

/** The level whose completeness lists a submission matched to `entry`. */
function listingNode(p: Prepared, tree: RosterTree): string {
  const id = p.entry!.id;
  if (id === tree.rootId) return id;
  if (tree.isGroup(id) && !p.preAggregated) return id;
  return tree.parentNode(id)!;
}

function outcomeOf(p: Prepared, context: Context): SubmissionOutcome {
  const outcome: SubmissionOutcome = {
    index: p.index,
    organ: p.organName,
    status: p.status!,
    late: p.late,
    reasons: p.reasons,
    errorCount: p.errorCount,
    warningCount: p.warningCount,
  };
  if (p.file) outcome.file = p.file;
  if (p.entry) outcome.entryId = p.entry.id;
  if (p.matchedBy) outcome.matchedBy = p.matchedBy;
  if (p.reasonCode) outcome.reasonCode = p.reasonCode;
  if (p.identicalTo !== undefined) outcome.identicalTo = p.identicalTo;
  if (p.listedUnder !== context.tree.rootId) outcome.listedUnder = p.listedUnder;
  return outcome;
}

interface Counted {
  entry: RosterEntry;
  /** The organ the counted report names (a child aggregate: its roster entry). */
  organ: Organ;
  figures: ReadonlyArray<number | null>;
  prepared?: Prepared;
}

/** A level's aggregate, with its totals as a figure vector for the level above. */
interface NodeResult {
  result: AggregateResult;
  totals: Array<number | null>;
}

/** The members' figures of one level, stored once per member (JSON-safe: a non-finite value is stored as blank). */
function memberFiguresOf(counted: readonly Counted[], context: Context): NonNullable<Report['memberFigures']> {
  return {
    cells: context.cells.map((cell) => cell.key),
    values: counted.map((c) => c.figures.map((value) => (value !== null && Number.isFinite(value) ? value : null))),
  };
}

/** The members of a level with their layouts renumbered into the level's own list. */
function membersOf(counted: readonly Counted[], context: Context): { members: ReportMember[]; layouts: Array<Record<string, CellSource>> } {
  const layouts: Array<Record<string, CellSource>> = [];
  const renumbered = new Map<number, number>();
  const members = counted.map((c) => {
    const member: ReportMember = { organ: { ...organOf(c.entry) } };
    if (!member.organ.creditCode && c.organ.creditCode) member.organ.creditCode = c.organ.creditCode;
    if (!member.organ.divisionCode && c.organ.divisionCode) member.organ.divisionCode = c.organ.divisionCode;
    if (c.prepared?.file) member.file = c.prepared.file;
    if (c.prepared?.sha256) member.sha256 = c.prepared.sha256;
    const layout = c.prepared?.layout;
    if (layout !== undefined) {
      let index = renumbered.get(layout);
      if (index === undefined) {
        index = layouts.length;
        layouts.push(context.layouts[layout]);
        renumbered.set(layout, index);
      }
      member.layout = index;
    }
    return member;
  });
  return { members, layouts };
}

function aggregateNode(nodeId: string, context: Context): AggregateResult {
  return aggregateLevel(nodeId, context).result;
}

function aggregateLevel(nodeId: string, context: Context): NodeResult {
  const { tree, options, form } = context;
  const nodeEntry = nodeId === tree.rootId ? tree.rootEntry : tree.entry(nodeId);
  const organ: Organ = nodeId === tree.rootId ? { ...options.organ } : organOf(nodeEntry!);
  const members = tree.membersOf(nodeId);
  const listed = context.listed.get(nodeId) ?? [];
  const listedFor = new Map<RosterEntry, Prepared[]>();
  for (const p of listed) if (p.entry) addToList(listedFor, p.entry, p);
  const levelDiagnostics: Diagnostic[] = [];
  const children: AggregateResult[] = [];
  const counted: Counted[] = [];
  const received = new Set<string>();
  const isReceived = (p: Prepared) => p.status === 'accepted' || p.status === 'rejected' || p.status === 'duplicate';

  for (const member of members) {
    const here = listedFor.get(member) ?? [];
    if (here.some(isReceived)) received.add(member.id);
    const accepted = here.find((p) => p.status === 'accepted');
    if (tree.isGroup(member.id) && !context.preAggregateUsed.has(member.id)) {
      const { result: child, totals } = aggregateLevel(member.id, context);
      children.push(child);
      if (child.completeness.received.length > 0) received.add(member.id);
      if ((child.report.members?.length ?? 0) > 0) counted.push({ entry: member, organ: organOf(member), figures: totals });
      const c = child.completeness;
      if (c.received.length > 0 && (c.missing.length > 0 || c.rejected.length > 0 || c.duplicate.some((o) => o.identicalTo === undefined))) {
        levelDiagnostics.push(
          context.diagnostic({
            code: 'aggregate-child-incomplete',
            params: { organ: member.name, expected: c.expected.length, received: c.received.length, accepted: child.report.members?.length ?? 0 },
            location: { organ: member.name },
          })
        );
      }
    } else if (accepted) {
      counted.push({ entry: member, organ: accepted.organ, figures: accepted.figures ?? [], prepared: accepted });
    }
  }
  if (nodeEntry) {
    const own = listedFor.get(nodeEntry) ?? [];
    if (own.some(isReceived)) received.add(nodeEntry.id);
    const accepted = own.find((p) => p.status === 'accepted');
    if (accepted) counted.push({ entry: nodeEntry, organ: accepted.organ, figures: accepted.figures ?? [], prepared: accepted });
  }

  counted.sort((a, b) => tree.position(a.entry.id) - tree.position(b.entry.id) || (a.prepared && b.prepared ? compareSubmissions(a.prepared, b.prepared) : 0));
  const summed = sumFigures(
    context.cells,
    counted.map((c) => c.figures)
  );
  const tables: ReportTables = tablesOf(context.cells, summed.totals);
  for (const table of form.tables) tables[table.id] ??= {};
  const { members: reportMembers, layouts } = membersOf(counted, context);
  const report: Report = {
    schema: 'report/v1',
    format: form.id,
    year: options.year,
    organ,
    period: calendarYearPeriod(options.year),
    tables,
    sections: form.sections.map((section) => ({ id: section.id, title: section.title, paragraphs: [], children: [] })),
    members: reportMembers,
    memberFigures: memberFiguresOf(counted, context),
    ...(layouts.length > 0 ? { memberLayouts: layouts } : {}),
  };

  const missing = members.filter((m) => !received.has(m.id));
  for (const m of missing) {
    const rosterFile = options.roster.file ? { file: options.roster.file } : {};
    levelDiagnostics.push(
      context.diagnostic({ code: 'aggregate-member-missing', params: { organ: m.name, year: options.year }, location: { organ: m.name, ...rosterFile } })
    );
  }
  if (counted.length === 0 && form.tables.length > 0 && (nodeId === tree.rootId || received.size > 0)) {
    levelDiagnostics.push(context.diagnostic({ code: 'aggregate-no-members', params: { organ: organ.name }, location: { organ: organ.name } }));
  }
  if (summed.outOfRange.length > 0) {
    const labels = summed.outOfRange.slice(0, 5).map((key) => {
      const [tableId, row, column] = key.split('/');
      const table = form.tables.find((t) => t.id === tableId);
      return table ? { zh: cellLabel(form, table, row, column, 'zh-CN'), en: cellLabel(form, table, row, column, 'en') } : { zh: key, en: key };
    });
    const more = summed.outOfRange.length > 5;
    levelDiagnostics.push(
      context.diagnostic({
        code: 'aggregate-value-out-of-range',
        params: {
          organ: organ.name,
          count: summed.outOfRange.length,
          limit: inputLimits.maxCellValue,
          cells: {
            zh: labels.map((label) => label.zh).join('；') + (more ? '……' : ''),
            en: labels.map((label) => label.en).join('; ') + (more ? '…' : ''),
          },
        },
        location: { organ: organ.name },
      })
    );
  }
  if (summed.partial.length > 0) {
    levelDiagnostics.push(
      context.diagnostic({
        code: 'aggregate-blank-cells',
        params: { organ: organ.name, count: summed.partial.length, example: summed.partial[0] },
        location: { organ: organ.name },
      })
    );
  }
  // The members whose blank cells unbalance the sums, named (culprit.ts): the one call to re-hook.
  if (summed.partial.length > 0) levelDiagnostics.push(...aggregateBlankCulprits(form, report, context.messageOptions));

  const outcomes = listed.map((p) => outcomeOf(p, context));
  // In roster order, then by file: the lists (and the draft that names them) do not depend on the order files came in.
  const inRosterOrder = (a: SubmissionOutcome, b: SubmissionOutcome) =>
    tree.position(a.entryId ?? '') - tree.position(b.entryId ?? '') || ((a.file ?? '') < (b.file ?? '') ? -1 : (a.file ?? '') > (b.file ?? '') ? 1 : 0) || a.index - b.index;
  const by = (status: SubmissionStatus) => outcomes.filter((o) => o.status === status).sort(inRosterOrder);
  const order = (ids: Iterable<string>) => [...ids].sort((a, b) => tree.position(a) - tree.position(b));
  const completeness: Completeness = {
    expected: members.map((m) => m.id),
    received: order(received),
    missing: missing.map((m) => m.id),
    accepted: by('accepted'),
    rejected: by('rejected'),
    duplicate: by('duplicate'),
    unexpected: by('unexpected'),
    excluded: by('excluded'),
    late: outcomes.filter((o) => o.late && (o.status === 'accepted' || o.status === 'rejected' || o.status === 'duplicate')).sort(inRosterOrder),
  };

  const diagnostics = [
    ...levelDiagnostics,
    ...listed.flatMap((p) => [...p.aggregateDiagnostics, ...p.memberDiagnostics]),
    ...children.flatMap((child) => child.diagnostics),
  ];
  const result: AggregateResult = {
    report,
    completeness,
    outcomes: [...outcomes, ...children.flatMap((child) => child.outcomes)].sort((a, b) => a.index - b.index),
    diagnostics,
    narrativeDraft: createNarrativeDraft(report, form, completeness, { locale: options.locale, entryName: (id) => tree.entry(id)?.name ?? id }),
  };
  if (children.length > 0) result.children = children;
  return { result, totals: summed.totals };
}
