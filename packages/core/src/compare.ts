import { diagnosticCatalog } from './diagnostics/catalog.js';
import { buildDiagnostic, createDiagnostic, type MessageOptions } from './diagnostics/create.js';
import type { Diagnostic, DiagnosticLocation, MessageParam } from './diagnostics/types.js';
import { availableForms, forms, getForm } from './forms/registry.js';
import type { CrossYearRule, CrossYearTerm, FormDefinition, LocalizedText, TableDefinition } from './forms/types.js';
import { cellContributions, contributedCells } from './model/member-figures.js';
import { cellKey, getCell, type CellRef, type CellSource, type CellValue, type Organ, type Report, type ReportMember } from './model/report.js';
import { formatNumber, sumExact } from './numbers.js';
import { compactOrganText } from './organ/compact-organ-text.js';
import { normalizeOrganName } from './organ/normalize-organ-name.js';
import { normalizeOrganCode } from './organ/organ-codes.js';
import { identifyOrgan, sameOrgan } from './organ/same-organ.js';
import { cellLocation, defaultTolerance, hasCell, relationHolds, relationText, scopeText } from './rules/engine.js';
import { cellLabel, rowLabel, tableName } from './rules/labels.js';
import { normalizeLabel } from './text/normalize.js';

export type { CrossYearRule, CrossYearTerm } from './forms/types.js';

/**
 * The cross-year rules of the built-in forms (R3-7, R2-2, R2-3, R2-4), each once, for
 * documentation. `compareYears` takes the rules from the two reports' forms (`crossYearRules`
 * of a form definition), so a plugin form's own rules apply to its reports.
 */
export const crossYearRules: readonly CrossYearRule[] = uniqueRules(Object.values(forms).flatMap((form) => form.crossYearRules ?? []));

function uniqueRules(rules: readonly CrossYearRule[]): CrossYearRule[] {
  return rules.filter((rule, index) => rules.findIndex((other) => other.id === rule.id) === index);
}

/**
 * The rules compared across two years: this year's form's, then last year's form's that this year's
 * form does not have (by id). A rule applies only where its cells exist in each year's form, so
 * across formats (gov-2019 → gov-2021) R3-7 applies and R2-2…R2-4 fall away on their own.
 */
export function crossYearRulesFor(previousForm: FormDefinition, currentForm: FormDefinition): CrossYearRule[] {
  return uniqueRules([...(currentForm.crossYearRules ?? []), ...(previousForm.crossYearRules ?? [])]);
}

export interface CompareOptions extends MessageOptions {
  /** Extra forms (plugins). */
  forms?: readonly FormDefinition[];
  /** Treat cells that are not filled as 0 in the cross-year relations and deltas. Default false. */
  blankAsZero?: boolean;
  /** Cross-year rule ids to leave out. */
  disableRules?: readonly string[];
}

/** How one cell changed from last year to this year. */
export interface CellChange {
  table: string;
  row: string;
  column: string;
  /** Official labels (this year's form), e.g. `表三 / 一、本年新收政府信息公开申请数量 / 自然人`. */
  label: string;
  previous: CellValue;
  current: CellValue;
  /** `current − previous`; `null` when either is not filled (unless `blankAsZero`). */
  delta: number | null;
}

/** One member found in both years' aggregates. */
export interface MemberComparison {
  /** This year's name. */
  organ: string;
  /** Last year's name (differs when matched by credit code after a renaming). */
  previousOrgan: string;
  creditCode?: string;
  /** Indexes into `members` of each year's report. */
  previousIndex: number;
  currentIndex: number;
  matchedBy: 'creditCode' | 'name';
  /** Cells either year filled for this member, from the reports' `contributions`. */
  changes: CellChange[];
}

export interface MembersComparison {
  matched: MemberComparison[];
  /** In this year's aggregate only. */
  added: ReportMember[];
  /** In last year's aggregate only. */
  removed: ReportMember[];
}

export interface YearComparison {
  /** Cross-year rule failures (R3-7, R2-2, R2-3, R2-4), organ and year mismatches, what is not comparable. */
  diagnostics: Diagnostic[];
  /** Every cell both reports' forms share (same ids and official labels), in this year's printed order. */
  changes: CellChange[];
  /** Tables with no cell in common (table 二 between gov-2019 and gov-2021). */
  notComparable: string[];
  /** When both reports are aggregates (`members`): the member-by-member comparison. */
  members?: MembersComparison;
}

type Reader = (ref: CellRef) => CellValue;

interface YearSide {
  report: Report;
  form: FormDefinition;
  read: Reader;
}

function fillYears(text: LocalizedText, years: { year: number; previousYear: number }): LocalizedText {
  const fill = (value: string) => value.replaceAll('{year}', String(years.year)).replaceAll('{previousYear}', String(years.previousYear));
  return { zh: fill(text.zh), en: fill(text.en) };
}

function labelPath(path: readonly string[] | undefined, label: string): string {
  return [...(path ?? []), label].map(normalizeLabel).join('/');
}

/** Cells (`table/row/column`) both forms have with the same ids and the same official labels. */
function sharedCells(previousForm: FormDefinition, currentForm: FormDefinition): { cells: CellRef[]; notComparable: string[]; partial: Map<string, { previous: string[]; current: string[] }> } {
  const cells: CellRef[] = [];
  const notComparable: string[] = [];
  const partial = new Map<string, { previous: string[]; current: string[] }>();
  const tableIds = [...new Set([...currentForm.tables.map((t) => t.id), ...previousForm.tables.map((t) => t.id)])];
  for (const tableId of tableIds) {
    const now = currentForm.tables.find((t) => t.id === tableId);
    const before = previousForm.tables.find((t) => t.id === tableId);
    if (!now || !before) {
      notComparable.push(tableId);
      continue;
    }
    const sharedRowsNow = new Set<string>();
    const sharedRowsBefore = new Set<string>();
    for (const row of now.rows) {
      const previousRow = before.rows.find((r) => r.id === row.id);
      if (!previousRow || labelPath(previousRow.labelPath, previousRow.label) !== labelPath(row.labelPath, row.label)) continue;
      for (const columnId of row.columns ?? now.columns.map((c) => c.id)) {
        const column = now.columns.find((c) => c.id === columnId);
        const previousColumn = before.columns.find((c) => c.id === columnId);
        if (!column || !previousColumn || !hasCell(before, row.id, columnId)) continue;
        if (labelPath(previousColumn.headerPath, previousColumn.label) !== labelPath(column.headerPath, column.label)) continue;
        cells.push({ table: tableId, row: row.id, column: columnId });
        sharedRowsNow.add(row.id);
        sharedRowsBefore.add(row.id);
      }
    }
    if (sharedRowsNow.size === 0) {
      notComparable.push(tableId);
      continue;
    }
    const previousOnly = before.rows.filter((r) => !sharedRowsBefore.has(r.id)).map((r) => r.id);
    const currentOnly = now.rows.filter((r) => !sharedRowsNow.has(r.id)).map((r) => r.id);
    if (previousOnly.length > 0 || currentOnly.length > 0) partial.set(tableId, { previous: previousOnly, current: currentOnly });
  }
  return { cells, notComparable, partial };
}

function change(ref: CellRef, label: string, before: CellValue, now: CellValue, blankAsZero: boolean): CellChange {
  const a = before ?? (blankAsZero ? 0 : null);
  const b = now ?? (blankAsZero ? 0 : null);
  return { ...ref, label, previous: before, current: now, delta: a === null || b === null ? null : sumExact([b, -a]) };
}

interface CrossYearFailure {
  rule: CrossYearRule;
  table: TableDefinition;
  scope: string;
  left: number;
  right: number;
  /** The first left-hand cell (this year's), where the message points. */
  anchor: CellRef;
}

/** Evaluates one cross-year rule over every column or row where all its cells exist. */
function evaluateCrossYear(rule: CrossYearRule, before: YearSide, now: YearSide, blankAsZero: boolean): CrossYearFailure[] {
  const table = now.form.tables.find((t) => t.id === rule.table);
  const previousTable = before.form.tables.find((t) => t.id === rule.table);
  if (!table || !previousTable) return [];
  const scopes = rule.over ?? (rule.each === 'column' ? table.columns.map((c) => c.id) : table.rows.map((r) => r.id));
  const failures: CrossYearFailure[] = [];
  for (const scope of scopes) {
    const cellOf = (term: CrossYearTerm): CellRef =>
      rule.each === 'column' ? { table: rule.table, row: term.id, column: scope } : { table: rule.table, row: scope, column: term.id };
    const terms = [...rule.left, ...rule.right];
    if (!terms.every((term) => hasCell(term.year === 'current' ? table : previousTable, cellOf(term).row, cellOf(term).column))) continue;
    let blank = false;
    const sum = (side: CrossYearTerm[]) =>
      sumExact(
        side.map((term) => {
          const value = (term.year === 'current' ? now : before).read(cellOf(term));
          if (value === null) blank = true;
          return (value ?? 0) * (term.sign ?? 1);
        }),
      );
    const left = sum(rule.left);
    const right = sum(rule.right);
    if (blank && !blankAsZero) continue;
    const tolerance = defaultTolerance(table, terms.map((term) => cellOf(term).column));
    if (relationHolds(rule.op, left - right, tolerance)) continue;
    failures.push({ rule, table, scope, left, right, anchor: cellOf(rule.left[0] ?? rule.right[0]) });
  }
  return failures;
}

function failureDiagnostic(
  failure: CrossYearFailure,
  form: FormDefinition,
  years: { year: number; previousYear: number },
  location: DiagnosticLocation,
  options: CompareOptions,
  organ?: string,
): Diagnostic {
  const { rule, table, scope, left, right } = failure;
  const where = scopeText(form, table, rule.each, scope);
  // A plugin's rule whose code the catalog does not know is worded like the built-in ones.
  const known = options.catalog?.[rule.id] ?? diagnosticCatalog[rule.id];
  const wording: CompareOptions = known
    ? options
    : {
        ...options,
        catalog: {
          ...options.catalog,
          [rule.id]: {
            severity: rule.severity,
            title: rule.description,
            message: { zh: '{scope}：{leftText} = {left}，{rightText} = {right}，{relation}', en: '{scope}: {leftText} = {left}, {rightText} = {right}; {relation}' },
            cause: rule.description,
            fix: { zh: '核对两年报告的数据；确有原因的，在报告中说明。', en: 'Check both years’ figures; explain a real difference in the report.' },
          },
        },
      };
  // A rule's id is its code (a plugin's cross-year rule has its own), known only at run time.
  return buildDiagnostic(
    {
      code: rule.id,
      severity: rule.severity,
      params: {
        scope: organ ? { zh: `${organ} / ${where.zh}`, en: `${organ} / ${where.en}` } : where,
        leftText: fillYears(rule.leftText, years),
        rightText: fillYears(rule.rightText, years),
        left: formatNumber(left),
        right: formatNumber(right),
        relation: relationText(rule.op),
      },
      location,
      expected: rule.op === '=' ? formatNumber(right) : `${rule.op} ${formatNumber(right)}`,
      actual: formatNumber(left),
    },
    wording,
  );
}

/** Same organ (by credit code, division code, then name; see `identifyOrgan`), and renamed when a code decided and the names differ. */
function organRelation(before: Organ, now: Organ): 'same' | 'renamed' | 'different' {
  const { same, by } = identifyOrgan(before, now);
  if (!same) return 'different';
  return by !== 'name' && normalizeOrganName(before.name) !== normalizeOrganName(now.name) ? 'renamed' : 'same';
}

/**
 * Pairs last year's and this year's members: by credit code, then by name as written, then by normalised name
 * (without `人民政府`/`办事处`), never two that `sameOrgan` tells apart (a credit or division code that
 * differs). Linear in the number of members (a county has hundreds, a city thousands).
 */
function matchMembers(before: readonly ReportMember[], now: readonly ReportMember[]) {
  const pairs: Array<{ previousIndex: number; currentIndex: number; matchedBy: 'creditCode' | 'name' }> = [];
  const previousTaken = new Set<number>();
  const currentTaken = new Set<number>();
  const passes: Array<{ key: (member: ReportMember) => string | undefined; matchedBy: 'creditCode' | 'name' }> = [
    { key: (member) => normalizeOrganCode(member.organ.creditCode), matchedBy: 'creditCode' },
    { key: (member) => compactOrganText(member.organ.name), matchedBy: 'name' },
    { key: (member) => normalizeOrganName(member.organ.name), matchedBy: 'name' },
  ];
  for (const pass of passes) {
    const index = new Map<string, number[]>();
    before.forEach((member, i) => {
      if (previousTaken.has(i)) return;
      const key = pass.key(member);
      if (key) index.set(key, [...(index.get(key) ?? []), i]);
    });
    now.forEach((member, j) => {
      if (currentTaken.has(j)) return;
      const key = pass.key(member);
      const candidates = key ? index.get(key) : undefined;
      const at = candidates?.findIndex((i) => sameOrgan(before[i].organ, member.organ)) ?? -1;
      if (at < 0) return;
      const [i] = candidates!.splice(at, 1);
      previousTaken.add(i);
      currentTaken.add(j);
      pairs.push({ previousIndex: i, currentIndex: j, matchedBy: pass.matchedBy });
    });
  }
  pairs.sort((x, y) => x.currentIndex - y.currentIndex);
  return {
    pairs,
    added: now.filter((_, j) => !currentTaken.has(j)),
    removed: before.filter((_, i) => !previousTaken.has(i)),
  };
}

/** Each member's cell values and sources, from an aggregate's `contributions`. */
function memberCells(report: Report): Array<{ values: Map<string, number>; sources: Map<string, CellSource> }> {
  const members = (report.members ?? []).map(() => ({ values: new Map<string, number>(), sources: new Map<string, CellSource>() }));
  for (const key of contributedCells(report)) {
    for (const contribution of cellContributions(report, key)) {
      const member = members[contribution.member];
      if (!member) continue;
      member.values.set(key, sumExact([member.values.get(key) ?? 0, contribution.value]));
      if (contribution.source) member.sources.set(key, contribution.source);
    }
  }
  return members;
}

function formLabel(form: FormDefinition): LocalizedText {
  return { zh: `${form.source}格式（${form.id}）`, en: form.id };
}

function resolveForm(report: Report, options: CompareOptions, diagnostics: Diagnostic[], role: LocalizedText): FormDefinition | undefined {
  try {
    return getForm(report.format, options.forms);
  } catch {
    const available = availableForms(options.forms).map((f) => f.id);
    diagnostics.push(
      createDiagnostic(
        {
          code: 'unknown-format',
          params: { format: String(report.format), available: { zh: available.join('、'), en: available.join(', ') } },
          location: { path: 'format', organ: report.organ.name, section: options.locale === 'en' ? role.en : role.zh },
        },
        options,
      ),
    );
    return undefined;
  }
}

/**
 * Compares a report with the previous year's report of the same organ: the change of every cell
 * both forms share, and the cross-year relations R3-7 (carried over = last year's carried forward),
 * R2-2 and R2-3 (2021 format: documents in force carry over) and R2-4 (trial format: item counts
 * carry over), as warnings. Across formats (2020 in gov-2019, 2021 in gov-2021) the shared rows of
 * table 三 are still compared and R3-7 still applies; table 二 is reported as not comparable.
 *
 * For two aggregates (reports with `members` and `contributions`), each member is also compared
 * with itself last year (matched by credit code or name), R3-7 and the other relations are checked
 * per member, and members that appeared or disappeared are listed.
 *
 * A different organ or years that are not consecutive is reported, and the cross-year relations are
 * then not checked (the changes are still listed). Never throws for a problem in the reports.
 */
export function compareYears(previousReport: Report, currentReport: Report, options: CompareOptions = {}): YearComparison {
  const diagnostics: Diagnostic[] = [];
  const locale = options.locale ?? 'zh-CN';
  const blankAsZero = options.blankAsZero === true;
  const previousForm = resolveForm(previousReport, options, diagnostics, { zh: '上年度报告', en: 'previous report' });
  const currentForm = resolveForm(currentReport, options, diagnostics, { zh: '本年度报告', en: 'current report' });
  if (!previousForm || !currentForm) return { diagnostics, changes: [], notComparable: [] };

  const years = { year: currentReport.year, previousYear: previousReport.year };
  let checkCarryOver = true;

  const relation = organRelation(previousReport.organ, currentReport.organ);
  if (relation === 'different') {
    checkCarryOver = false;
    const a = normalizeOrganCode(previousReport.organ.creditCode);
    const b = normalizeOrganCode(currentReport.organ.creditCode);
    const codes: MessageParam =
      a && b && a !== b ? { zh: `（统一社会信用代码 ${a} 与 ${b} 不同）`, en: ` (credit codes ${a} and ${b} differ)` } : '';
    diagnostics.push(
      createDiagnostic(
        { code: 'compare-organ-mismatch', params: { previousOrgan: previousReport.organ.name, currentOrgan: currentReport.organ.name, codes }, location: { path: 'organ' } },
        options,
      ),
    );
  } else if (relation === 'renamed') {
    diagnostics.push(
      createDiagnostic(
        { code: 'compare-organ-renamed', params: { previousOrgan: previousReport.organ.name, currentOrgan: currentReport.organ.name }, location: { path: 'organ.name' } },
        options,
      ),
    );
  }
  if (currentReport.year !== previousReport.year + 1) {
    checkCarryOver = false;
    diagnostics.push(
      createDiagnostic({ code: 'compare-years-not-consecutive', params: { previousYear: previousReport.year, currentYear: currentReport.year }, location: { path: 'year' } }, options),
    );
  }

  const shared = sharedCells(previousForm, currentForm);
  for (const tableId of shared.notComparable) {
    const table = currentForm.tables.find((t) => t.id === tableId) ?? previousForm.tables.find((t) => t.id === tableId)!;
    const form = currentForm.tables.includes(table) ? currentForm : previousForm;
    diagnostics.push(
      createDiagnostic(
        {
          code: 'compare-table-not-comparable',
          params: { table: { zh: tableName(form, table, 'zh-CN'), en: tableName(form, table, 'en') }, previousFormat: formLabel(previousForm), currentFormat: formLabel(currentForm) },
          location: { table: tableId, label: tableName(form, table, locale) },
        },
        options,
      ),
    );
  }
  for (const [tableId, rows] of shared.partial) {
    const table = currentForm.tables.find((t) => t.id === tableId)!;
    const previousTable = previousForm.tables.find((t) => t.id === tableId)!;
    const none: LocalizedText = { zh: '无', en: 'none' };
    const list = (from: TableDefinition, ids: string[]): LocalizedText =>
      ids.length === 0 ? none : { zh: ids.map((id) => rowLabel(from, id)).join('、'), en: ids.map((id) => rowLabel(from, id)).join(', ') };
    diagnostics.push(
      createDiagnostic(
        {
          code: 'compare-rows-not-comparable',
          params: {
            table: { zh: tableName(currentForm, table, 'zh-CN'), en: tableName(currentForm, table, 'en') },
            previousFormat: formLabel(previousForm),
            currentFormat: formLabel(currentForm),
            previousRows: list(previousTable, rows.previous),
            currentRows: list(table, rows.current),
          },
          location: { table: tableId, label: tableName(currentForm, table, locale) },
        },
        options,
      ),
    );
  }

  const labelOf = (ref: CellRef) => cellLabel(currentForm, currentForm.tables.find((t) => t.id === ref.table)!, ref.row, ref.column, locale);
  const labels = new Map(shared.cells.map((ref) => [cellKey(ref), labelOf(ref)]));
  const changes = shared.cells.map((ref) => change(ref, labels.get(cellKey(ref))!, getCell(previousReport, ref), getCell(currentReport, ref), blankAsZero));

  const disabled = new Set(options.disableRules ?? []);
  const rules = crossYearRulesFor(previousForm, currentForm).filter((rule) => !disabled.has(rule.id));
  const before: YearSide = { report: previousReport, form: previousForm, read: (ref) => getCell(previousReport, ref) };
  const now: YearSide = { report: currentReport, form: currentForm, read: (ref) => getCell(currentReport, ref) };
  if (checkCarryOver) {
    for (const rule of rules) {
      for (const failure of evaluateCrossYear(rule, before, now, blankAsZero)) {
        const location = cellLocation(currentReport, currentForm, failure.table, failure.anchor.row, failure.anchor.column, { locale });
        diagnostics.push(failureDiagnostic(failure, currentForm, years, location, options));
      }
    }
  }

  const result: YearComparison = { diagnostics, changes, notComparable: shared.notComparable };
  if (previousReport.members && currentReport.members) {
    result.members = compareMembers(before, now, shared.cells, labels, { rules, checkCarryOver, blankAsZero, years, options, diagnostics });
  }
  return result;
}

function compareMembers(
  before: YearSide,
  now: YearSide,
  cells: readonly CellRef[],
  labels: ReadonlyMap<string, string>,
  settings: {
    rules: readonly CrossYearRule[];
    checkCarryOver: boolean;
    blankAsZero: boolean;
    years: { year: number; previousYear: number };
    options: CompareOptions;
    diagnostics: Diagnostic[];
  },
): MembersComparison {
  const { rules, checkCarryOver, blankAsZero, years, options, diagnostics } = settings;
  const locale = options.locale ?? 'zh-CN';
  const previousMembers = before.report.members ?? [];
  const currentMembers = now.report.members ?? [];
  const previousCells = memberCells(before.report);
  const currentCells = memberCells(now.report);
  const { pairs, added, removed } = matchMembers(previousMembers, currentMembers);
  const keys = cells.map(cellKey);

  const matched: MemberComparison[] = pairs.map(({ previousIndex, currentIndex, matchedBy }) => {
    const a = previousCells[previousIndex];
    const b = currentCells[currentIndex];
    const member = currentMembers[currentIndex];
    const changes: CellChange[] = [];
    cells.forEach((ref, index) => {
      const key = keys[index];
      const x = a.values.get(key) ?? null;
      const y = b.values.get(key) ?? null;
      if (x === null && y === null) return;
      changes.push(change(ref, labels.get(key)!, x, y, blankAsZero));
    });
    if (checkCarryOver) {
      const memberBefore: YearSide = { ...before, read: (ref) => a.values.get(cellKey(ref)) ?? null };
      const memberNow: YearSide = { ...now, read: (ref) => b.values.get(cellKey(ref)) ?? null };
      for (const rule of rules) {
        for (const failure of evaluateCrossYear(rule, memberBefore, memberNow, blankAsZero)) {
          const { anchor, table } = failure;
          const source = b.sources.get(cellKey(anchor));
          const location: DiagnosticLocation = {
            organ: member.organ.name,
            table: anchor.table,
            row: anchor.row,
            column: anchor.column,
            label: cellLabel(now.form, table, anchor.row, anchor.column, locale),
            ...(member.file ? { file: member.file } : {}),
            ...(source ?? {}),
          };
          diagnostics.push(failureDiagnostic(failure, now.form, years, location, options, member.organ.name));
        }
      }
    }
    const comparison: MemberComparison = {
      organ: member.organ.name,
      previousOrgan: previousMembers[previousIndex].organ.name,
      previousIndex,
      currentIndex,
      matchedBy,
      changes,
    };
    if (member.organ.creditCode) comparison.creditCode = member.organ.creditCode;
    return comparison;
  });

  for (const member of added) {
    diagnostics.push(
      createDiagnostic(
        { code: 'compare-member-added', params: { organ: member.organ.name, previousYear: years.previousYear, currentYear: years.year }, location: { organ: member.organ.name, ...(member.file ? { file: member.file } : {}) } },
        options,
      ),
    );
  }
  for (const member of removed) {
    diagnostics.push(
      createDiagnostic(
        { code: 'compare-member-removed', params: { organ: member.organ.name, previousYear: years.previousYear, currentYear: years.year }, location: { organ: member.organ.name, ...(member.file ? { file: member.file } : {}) } },
        options,
      ),
    );
  }
  return { matched, added, removed };
}
