import type { Locale } from '../diagnostics/types.js';
import { tableCells } from '../forms/registry.js';
import { governmentMemberFigures } from '../forms/shared-knowledge.js';
import type { FormDefinition, MemberFigure } from '../forms/types.js';
import { memberCellValue } from '../model/member-figures.js';
import { cellKey, getCell, type Report } from '../model/report.js';
import { formatNumber, sumExact } from '../numbers.js';
import { firstOfEach, oncePer } from '../once-per.js';
import { aggregateLabel } from './presentation-labels.js';
import type { AggregateResult, Completeness, Roster, SubmissionOutcome } from './types.js';

/*
 * What the appendix of an aggregate shows, as data: the members table's key figures, the
 * completeness lists with their names, the display names, the items of the two charts. Every renderer (HTML, PDF) draws these
 * the same way in its own medium, so a county sees the same numbers and names in both.
 */

export type { MemberFigure } from '../forms/types.js';

/**
 * The key figures of the built-in government forms (`memberFigures` of gov-2021 and gov-2019):
 * 新收申请, 上年结转, 办理结果总计, 结转下年度, 行政复议总计, 行政诉讼总计.
 */
export const defaultMemberFigures: MemberFigure[] = governmentMemberFigures;

/**
 * The figures of the members table for a form: `figures` (default: the form's own `memberFigures`),
 * keeping those whose every cell exists in the form (a form without table 四 drops its figures).
 * `applicableMemberFigures(form)` gives the form's own figures, so a plugin form that adds a figure
 * (`extendForm(…, { memberFigures: { add: […] } })`) has it printed with no renderer change.
 */
export function applicableMemberFigures(form: FormDefinition): MemberFigure[];
export function applicableMemberFigures(figures: readonly MemberFigure[] | undefined, form: FormDefinition): MemberFigure[];
export function applicableMemberFigures(first: readonly MemberFigure[] | FormDefinition | undefined, second?: FormDefinition): MemberFigure[] {
  const form = second ?? (first as FormDefinition);
  const figures = (second ? (first as readonly MemberFigure[] | undefined) : undefined) ?? form.memberFigures ?? [];
  const known = new Set(form.tables.flatMap((table) => tableCells(table).map((cell) => cellKey({ table: table.id, ...cell }))));
  return figures.filter((figure) => figure.cells.length > 0 && figure.cells.every((cell) => known.has(cellKey(cell))));
}

/** The column heading of a figure in a locale. */
export function memberFigureLabel(figure: MemberFigure, locale: Locale | undefined): string {
  const { label } = figure;
  if (typeof label === 'string') return aggregateLabel(locale, label);
  if ('text' in label) return label.text;
  return locale === 'en' ? label.en : label.zh;
}

/** A member's value of a figure, from the aggregate's `contributions`; `null` when it filled none of its cells. */
export function memberFigureValue(report: Report, member: number, figure: MemberFigure): number | null {
  const values: number[] = [];
  for (const cell of figure.cells) {
    const value = memberCellValue(report, member, cellKey(cell));
    if (value !== null) values.push(value);
  }
  return values.length > 0 ? sumExact(values) : null;
}

/** The aggregate's own value of a figure; `null` when none of its cells is filled. */
export function memberFigureTotal(report: Report, figure: MemberFigure): number | null {
  const values = figure.cells.map((cell) => getCell(report, cell)).filter((value): value is number => value !== null);
  return values.length > 0 ? sumExact(values) : null;
}

/** A figure as printed in the members table: the number plainly, nothing when `null`. */
export function formatFigure(value: number | null): string {
  return value === null ? '' : formatNumber(value);
}

/** The name of a roster entry: the roster's name, else the organ a submission for it named, else its id. */
export function entryDisplayName(id: string, result: AggregateResult, roster: Roster | undefined): string {
  const entry = roster ? entriesById(roster).get(id) : undefined;
  if (entry) return entry.name;
  return organsByEntry(result).get(id) ?? id;
}

/** Roster entries by id (the first of an id), once per roster. */
const entriesById = oncePer((roster: Roster) => firstOfEach(roster.entries, (entry) => entry.id, (entry) => entry));

/** The organ the first submission for each entry named, once per result. */
const organsByEntry = oncePer((result: AggregateResult) => firstOfEach(result.outcomes, (outcome) => outcome.entryId, (outcome) => outcome.organ));

/** A submission as listed: `organ（file）`, or the organ alone when there is no file name. */
export function outcomeDisplayName(outcome: SubmissionOutcome): string {
  return outcome.file ? `${outcome.organ}（${outcome.file}）` : outcome.organ;
}

/** The late submissions by file and by organ, once per result (a province lists tens of thousands of members). */
const lateIndex = oncePer((result: AggregateResult) => {
  const index = { files: new Set<string>(), organs: new Set<string>(), withoutFile: new Set<string>() };
  for (const outcome of result.completeness.late) {
    if (outcome.file) index.files.add(outcome.file);
    else index.withoutFile.add(outcome.organ);
    index.organs.add(outcome.organ);
  }
  return index;
});

/** Whether a member of the aggregate filed late (matched by file when both have one, else by organ name). */
export function isMemberLate(result: AggregateResult, memberIndex: number): boolean {
  const member = result.report.members?.[memberIndex];
  if (!member) return false;
  const late = lateIndex(result);
  // A member with a file: a late outcome with that file, or a late outcome with no file for its organ.
  return member.file ? late.files.has(member.file) || late.withoutFile.has(member.organ.name) : late.organs.has(member.organ.name);
}

/** A member's name as the members table prints it, with `（逾期）` when it filed late. */
export function memberDisplayName(result: AggregateResult, memberIndex: number, locale: Locale | undefined): string {
  const name = result.report.members?.[memberIndex]?.organ.name ?? '';
  return `${name}${isMemberLate(result, memberIndex) ? aggregateLabel(locale, 'lateMark') : ''}`;
}

/** One line of the completeness table. */
export interface CompletenessRow {
  /** Which list of `Completeness` it shows. */
  key: keyof Completeness;
  /** The list's name in the locale (`未报送单位`). */
  label: string;
  /** The organs in it: roster entries by name, submissions as `organ（file）`. */
  names: string[];
  /** The names joined with the locale's separator (`、` or `, `). */
  text: string;
  /** True when the list is one that needs a look (missing, rejected, duplicate, unexpected, excluded, late) and is not empty. */
  attention: boolean;
}

export interface CompletenessRowOptions {
  locale?: Locale;
  /** Names the roster entries (else a submission's organ, else the entry id is shown). */
  roster?: Roster;
}

const entryLists = ['expected', 'received', 'missing'] as const;
const outcomeLists = ['accepted', 'rejected', 'duplicate', 'unexpected', 'excluded', 'late'] as const;
const attentionLists: ReadonlySet<keyof Completeness> = new Set(['missing', 'rejected', 'duplicate', 'unexpected', 'excluded', 'late']);

/** The rows of the completeness table, in order: expected, received, missing, then the submissions by status, then the late ones. */
export function completenessRows(result: AggregateResult, options: CompletenessRowOptions = {}): CompletenessRow[] {
  const { locale } = options;
  const { completeness } = result;
  const separator = locale === 'en' ? ', ' : '、';
  const row = (key: keyof Completeness, names: string[]): CompletenessRow => ({
    key,
    label: aggregateLabel(locale, key),
    names,
    text: names.join(separator),
    attention: attentionLists.has(key) && names.length > 0,
  });
  return [
    ...entryLists.map((key) => row(key, completeness[key].map((id) => entryDisplayName(id, result, options.roster)))),
    ...outcomeLists.map((key) => row(key, completeness[key].map(outcomeDisplayName))),
  ];
}

/** The submissions worth a line of their own: not accepted, late, or accepted with reasons (errors let in). */
export function outcomesNeedingAttention(result: AggregateResult): SubmissionOutcome[] {
  return result.outcomes.filter((outcome) => outcome.status !== 'accepted' || outcome.late || outcome.reasons.length > 0);
}

/** A submission's status in a locale (`退回（未纳入）`), with `（逾期）` when it came late. */
export function outcomeStatusText(outcome: SubmissionOutcome, locale: Locale | undefined): string {
  return `${aggregateLabel(locale, outcome.status)}${outcome.late ? aggregateLabel(locale, 'lateMark') : ''}`;
}

/** One bar or share of an appendix chart. */
export interface ChartItem {
  label: string;
  /** `null`: not filled (drawn as a gap with a dash, not as zero). */
  value: number | null;
}

/**
 * The items of the appendix's bar chart: each member's new applications of the year (the figure
 * labelled `figureNewReceived` among `figures`), largest first, members that filled nothing last.
 * `undefined` when the figures have no such figure or the aggregate has no member.
 */
export function memberApplicationItems(result: AggregateResult, figures: readonly MemberFigure[]): ChartItem[] | undefined {
  const newReceived = figures.find((figure) => figure.label === 'figureNewReceived');
  const members = result.report.members ?? [];
  if (!newReceived || members.length === 0) return undefined;
  const items = members.map((member, index) => ({ label: member.organ.name, value: memberFigureValue(result.report, index, newReceived) }));
  items.sort((a, b) => (b.value ?? -1) - (a.value ?? -1));
  return items;
}

/**
 * The items of the appendix's share chart: the form's result categories (rows in the `result` group
 * of the table with a `total` column, by their category label) with the aggregate's totals.
 * `undefined` when the form has no such table.
 */
export function outcomeShareItems(result: AggregateResult, form: FormDefinition): ChartItem[] | undefined {
  const table = form.tables.find((candidate) => candidate.rows.some((row) => row.groups?.includes('result')) && candidate.columns.some((column) => column.id === 'total'));
  if (!table) return undefined;
  const categories = new Map<string, number[]>();
  for (const row of table.rows) {
    if (!row.groups?.includes('result')) continue;
    const path = row.labelPath ?? [];
    const category = path.length >= 2 ? path[path.length - 1] : row.label;
    const value = getCell(result.report, { table: table.id, row: row.id, column: 'total' });
    const values = categories.get(category) ?? [];
    if (value !== null) values.push(value);
    categories.set(category, values);
  }
  return [...categories].map(([label, values]) => ({ label, value: values.length > 0 ? sumExact(values) : null }));
}
