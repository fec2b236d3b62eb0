import { reportError } from '../errors.js';
import type { CellRef } from '../model/report.js';
import type { AccountabilityCheck, FeeNoticeCheck, NarrativeChecks, NarrativeFigure } from './narrative-check-types.js';
import type {
  ColumnDefinition,
  CrossYearRule,
  FormDefinition,
  FormDetection,
  FormId,
  MemberFigure,
  NarrativeDraftPhrase,
  PlausibilityRule,
  RowDefinition,
  RuleDefinition,
  SectionDefinition,
  TableDefinition,
  Term,
} from './types.js';

/** A row to add to a table: a row definition, placed after the row `after` (default: at the end). */
export interface RowAddition extends RowDefinition {
  /**
   * Id of the row it follows. In a `blocks` layout (table 二) the row joins the block of that row
   * (or of the table's last row) unless `block` is given, and has the block's columns unless
   * `columns` is given. `labelPath` and `groups` are taken as given: a row in group `result` is
   * counted by the rules that sum that group (R3-3).
   */
  after?: string;
}

/** A column to add to a table. */
export interface ColumnAddition extends ColumnDefinition {
  /** Id of the column it follows (default: at the end). */
  after?: string;
  /** For a `blocks` layout: the block that prints the column (required there). */
  block?: string;
  /**
   * Rows that get a cell in the new column. Default: rows that have every column (no `columns`
   * list) and, in a `blocks` layout, every row of the block.
   */
  rows?: string[];
}

/** New official wording for a row, column or section. A string changes the label alone. */
export type LabelChange = string | { label?: string; labelEn?: string; shortLabel?: string };

/** Changes to one table. */
export interface TableExtension {
  /** New title of the table. */
  title?: string;
  addRows?: RowAddition[];
  addColumns?: ColumnAddition[];
  /** New labels of existing rows, by row id. */
  rowLabels?: Record<string, LabelChange>;
  /** New labels of existing columns, by column id. */
  columnLabels?: Record<string, LabelChange>;
  /** Notes printed with the table, appended to its own. */
  notes?: string[];
}

/** A table to add, with the section that prints it (unless `table.sectionId` names an existing one). */
export interface TableAddition {
  table: TableDefinition;
  section?: SectionDefinition;
  /** Id of the section the new section follows (default: at the end). */
  after?: string;
}

/** Changes to an existing section. */
export interface SectionChange {
  title?: string;
  /** Appended to the section's title variants (for importers). */
  titleVariants?: string[];
  hint?: string;
}

export interface RuleChanges {
  /** New rules; their ids must be new. */
  add?: RuleDefinition[];
  /** Rules that replace the form's rules of the same id. */
  replace?: RuleDefinition[];
  /** Ids of rules to drop. */
  remove?: string[];
}

/** Changes to a list of entries with ids (cross-year rules, plausibility checks): removed, replaced, added. */
export interface EntryChanges<T extends { id: string }> {
  /** New entries; their ids must be new. */
  add?: T[];
  /** Entries that replace the form's entries of the same id. */
  replace?: T[];
  /** Ids of entries to drop. */
  remove?: string[];
}

/** A new list (replaces the form's), or entries appended to the form's list. */
export type ListChange<T> = T[] | { add: T[] };

/**
 * A declared change to a form: what a province or a county adds to a national format. Applied by
 * `extendForm`, in this order: tables added, tables changed (labels, columns, rows), sections
 * changed, rules removed, replaced and added; then the form's other knowledge (cross-year rules,
 * member figures, narrative-draft phrases, detection labels, plausibility checks).
 */
export interface FormExtension {
  /** Id of the resulting form. Default: the base form's id (the extension takes its place in a pipeline). */
  id?: FormId;
  name?: string;
  source?: string;
  years?: FormDefinition['years'];
  /** Changes to existing tables, by table id. */
  tables?: Record<string, TableExtension>;
  addTables?: TableAddition[];
  /** Changes to existing sections, by section id. */
  sections?: Record<string, SectionChange>;
  rules?: RuleChanges;
  /** Cross-year rules (`compareYears`), by id. */
  crossYearRules?: EntryChanges<CrossYearRule>;
  /** Key figures of the members table: a new list, or figures added to the form's. */
  memberFigures?: ListChange<MemberFigure>;
  /** The narrative draft's phrases about table 二: a new list, or phrases added to the form's. */
  narrativeDraft?: { active?: ListChange<NarrativeDraftPhrase> };
  /**
   * What the text checks know: the figures a sentence states (a new list, or figures added to the
   * form's: a province's own row and its phrases), and the R1-1 and R6-1 words (replaced).
   */
  narrativeChecks?: { figures?: ListChange<NarrativeFigure>; accountability?: AccountabilityCheck; fees?: FeeNoticeCheck };
  /** More labels the workbook reader recognises rows and columns by; appended to the form's. */
  detection?: FormDetection;
  /** Plausibility checks by organ level, by id. */
  plausibility?: EntryChanges<PlausibilityRule>;
}

function fail(form: FormDefinition, extensionId: FormId | undefined, message: string): never {
  const name = extensionId && extensionId !== form.id ? `${form.id} → ${extensionId}` : form.id;
  // The problem is worded in Chinese only (the English message says which form, and the problem's ids).
  throw reportError('invalid-form-extension', { form: name, problem: message });
}

const cloneRule = (rule: RuleDefinition): RuleDefinition => ({ ...rule });

function applyLabel<T extends { label: string; labelEn?: string; shortLabel?: string }>(target: T, change: LabelChange): void {
  if (typeof change === 'string') {
    target.label = change;
    return;
  }
  if (change.label !== undefined) target.label = change.label;
  if (change.labelEn !== undefined) target.labelEn = change.labelEn;
  if (change.shortLabel !== undefined) target.shortLabel = change.shortLabel;
}

/**
 * Returns a NEW form: `base` with the extension applied. The base form (a built-in one or another
 * extension) is never changed. Programmer errors — an unknown table, row, column, block, section or
 * rule id, a duplicate id, a row placed away from the rows it should merge with — throw a
 * `ReportError` (code `invalid-form-extension`) that names the id.
 *
 * ```ts
 * const hunan = extendForm(forms['gov-2021'], {
 *   tables: {
 *     applications: {
 *       addRows: [{ id: 'otherHandling.transferred', label: '4.转送其他机关办理', after: 'otherHandling.other',
 *         labelPath: ['三、本年度办理结果', '（六）其他处理'], groups: ['result'] }],
 *     },
 *   },
 * });
 * ```
 */
export function extendForm(base: FormDefinition, extension: FormExtension): FormDefinition {
  const error = (message: string): never => fail(base, extension.id, message);
  const form: FormDefinition = {
    ...base,
    id: extension.id ?? base.id,
    name: extension.name ?? base.name,
    source: extension.source ?? base.source,
    years: { ...(extension.years ?? base.years) },
    sections: structuredClone(base.sections),
    tables: structuredClone(base.tables),
    rules: base.rules.map(cloneRule),
  };
  if (extension.id && extension.id !== base.id) form.extends = base.id;

  for (const addition of extension.addTables ?? []) addTable(form, addition, error);
  for (const [tableId, change] of Object.entries(extension.tables ?? {})) {
    const table = form.tables.find((t) => t.id === tableId) ?? error(`没有表格“${tableId}”（已有：${form.tables.map((t) => t.id).join('、')}）`);
    changeTable(table, change, error);
  }
  for (const [sectionId, change] of Object.entries(extension.sections ?? {})) {
    const section = form.sections.find((s) => s.id === sectionId) ?? error(`没有部分“${sectionId}”（已有：${form.sections.map((s) => s.id).join('、')}）`);
    if (change.title !== undefined) section.title = change.title;
    if (change.hint !== undefined) section.hint = change.hint;
    if (change.titleVariants) section.titleVariants = [...(section.titleVariants ?? []), ...change.titleVariants];
  }
  changeRules(form, extension.rules ?? {}, error);
  if (extension.crossYearRules) form.crossYearRules = changeEntries(form.crossYearRules ?? [], extension.crossYearRules, '跨年度规则', error);
  if (extension.plausibility) form.plausibility = changeEntries(form.plausibility ?? [], extension.plausibility, '合理性检查', error);
  if (extension.memberFigures) form.memberFigures = changeList(form.memberFigures ?? [], extension.memberFigures);
  if (extension.narrativeDraft?.active) form.narrativeDraft = { ...form.narrativeDraft, active: changeList(form.narrativeDraft?.active ?? [], extension.narrativeDraft.active) };
  if (extension.detection) form.detection = mergeDetection(form.detection ?? {}, extension.detection);
  if (extension.narrativeChecks) form.narrativeChecks = changeNarrativeChecks(form.narrativeChecks ?? {}, extension.narrativeChecks);
  checkForm(form, error);
  return form;
}

function changeEntries<T extends { id: string }>(list: readonly T[], changes: EntryChanges<T>, what: string, error: (message: string) => never): T[] {
  const result = list.map((entry) => structuredClone(entry));
  for (const id of changes.remove ?? []) {
    const index = result.findIndex((entry) => entry.id === id);
    if (index < 0) error(`没有${what}“${id}”，无法删除`);
    result.splice(index, 1);
  }
  for (const entry of changes.replace ?? []) {
    const index = result.findIndex((other) => other.id === entry.id);
    if (index < 0) error(`没有${what}“${entry.id}”，无法替换；新增请用 add`);
    result[index] = structuredClone(entry);
  }
  for (const entry of changes.add ?? []) {
    if (result.some((other) => other.id === entry.id)) error(`已有${what}“${entry.id}”；要替换请用 replace`);
    result.push(structuredClone(entry));
  }
  return result;
}

function changeNarrativeChecks(base: NarrativeChecks, change: NonNullable<FormExtension['narrativeChecks']>): NarrativeChecks {
  const checks = structuredClone(base);
  if (change.figures) checks.figures = changeList(base.figures ?? [], change.figures);
  if (change.accountability) checks.accountability = structuredClone(change.accountability);
  if (change.fees) checks.fees = structuredClone(change.fees);
  return checks;
}

function changeList<T>(list: readonly T[], change: ListChange<T>): T[] {
  return Array.isArray(change) ? structuredClone(change) : [...structuredClone(list), ...structuredClone(change.add)];
}

function mergeDetection(base: FormDetection, more: FormDetection): FormDetection {
  const tables = structuredClone(base.tables ?? {});
  for (const [tableId, detection] of Object.entries(more.tables ?? {})) {
    const target = (tables[tableId] ??= {});
    for (const axis of ['rows', 'columns'] as const) {
      for (const [id, labels] of Object.entries(detection[axis] ?? {})) {
        const byId = (target[axis] ??= {});
        byId[id] = [...new Set([...(byId[id] ?? []), ...labels])];
      }
    }
  }
  return { ...base, tables };
}

function addTable(form: FormDefinition, addition: TableAddition, error: (message: string) => never): void {
  const table = structuredClone(addition.table);
  if (form.tables.some((t) => t.id === table.id)) error(`表格“${table.id}”已存在`);
  if (addition.section) {
    const section = { ...structuredClone(addition.section) };
    if (form.sections.some((s) => s.id === section.id)) error(`部分“${section.id}”已存在`);
    if (table.sectionId !== section.id) error(`表格“${table.id}”的 sectionId 为“${table.sectionId}”，与随之添加的部分“${section.id}”不一致`);
    section.tableId ??= table.id;
    if (addition.after === undefined) form.sections.push(section);
    else {
      const index = form.sections.findIndex((s) => s.id === addition.after);
      if (index < 0) error(`没有部分“${addition.after}”，无法在其后添加部分“${section.id}”`);
      form.sections.splice(index + 1, 0, section);
    }
  } else if (!form.sections.some((s) => s.id === table.sectionId)) {
    error(`表格“${table.id}”所在的部分“${table.sectionId}”不存在；请同时提供 section`);
  }
  form.tables.push(table);
}

function changeTable(table: TableDefinition, change: TableExtension, error: (message: string) => never): void {
  if (change.title !== undefined) table.title = change.title;
  if (change.notes) table.notes = [...(table.notes ?? []), ...change.notes];
  for (const [rowId, label] of Object.entries(change.rowLabels ?? {})) {
    const row = table.rows.find((r) => r.id === rowId) ?? error(`表格“${table.id}”中没有行“${rowId}”，无法修改其标签`);
    applyLabel(row, label);
  }
  for (const [columnId, label] of Object.entries(change.columnLabels ?? {})) {
    const column = table.columns.find((c) => c.id === columnId) ?? error(`表格“${table.id}”中没有列“${columnId}”，无法修改其标签`);
    applyLabel(column, label);
  }
  for (const addition of change.addColumns ?? []) addColumn(table, addition, error);
  // Rows added after the same row keep their order: each goes after the previous one.
  const lastAfter = new Map<string, string>();
  for (const addition of change.addRows ?? []) {
    const { after, ...definition } = structuredClone(addition);
    const row: RowDefinition = definition;
    if (table.rows.some((r) => r.id === row.id)) error(`表格“${table.id}”中已有行“${row.id}”`);
    let index = table.rows.length;
    let anchor: RowDefinition | undefined = table.rows.at(-1);
    if (after !== undefined) {
      const effective = lastAfter.get(after) ?? after;
      index = table.rows.findIndex((r) => r.id === effective) + 1;
      if (index === 0) error(`表格“${table.id}”中没有行“${after}”，无法在其后添加行“${row.id}”`);
      anchor = table.rows.find((r) => r.id === after);
      lastAfter.set(after, row.id);
    }
    if (table.layout.type === 'blocks') {
      row.block ??= anchor?.block ?? table.layout.blocks[0]?.id;
      const block = table.layout.blocks.find((b) => b.id === row.block) ?? error(`表格“${table.id}”中没有区块“${row.block}”（行“${row.id}”）`);
      row.columns ??= [...block.columns];
    }
    table.rows.splice(index, 0, row);
  }
}

function addColumn(table: TableDefinition, addition: ColumnAddition, error: (message: string) => never): void {
  const { after, block: blockId, rows, ...definition } = structuredClone(addition);
  const column: ColumnDefinition = definition;
  if (table.columns.some((c) => c.id === column.id)) error(`表格“${table.id}”中已有列“${column.id}”`);
  const known = new Set(table.columns.map((c) => c.id));
  const rowIds = rows ?? [];
  for (const rowId of rowIds) if (!table.rows.some((r) => r.id === rowId)) error(`表格“${table.id}”中没有行“${rowId}”（列“${column.id}”）`);
  let index = table.columns.length;
  if (after !== undefined) {
    index = table.columns.findIndex((c) => c.id === after) + 1;
    if (index === 0) error(`表格“${table.id}”中没有列“${after}”，无法在其后添加列“${column.id}”`);
  }
  table.columns.splice(index, 0, column);

  if (table.layout.type === 'blocks') {
    if (blockId === undefined) error(`表格“${table.id}”按区块打印，添加列“${column.id}”须指明 block`);
    const block = table.layout.blocks.find((b) => b.id === blockId) ?? error(`表格“${table.id}”中没有区块“${blockId}”（列“${column.id}”）`);
    const at = after !== undefined ? block.columns.indexOf(after) : -1;
    block.columns.splice(at >= 0 ? at + 1 : block.columns.length, 0, column.id);
    table.layout.valueColumns = Math.max(table.layout.valueColumns, block.columns.length);
    for (const row of table.rows) {
      if (rows ? rowIds.includes(row.id) : row.block === block.id) row.columns = [...(row.columns ?? [...known]), column.id];
    }
    return;
  }
  for (const row of table.rows) {
    if (!rows) continue; // rows without a columns list get the new column; the others keep theirs
    if (rowIds.includes(row.id)) {
      if (row.columns) row.columns = [...row.columns, column.id];
    } else {
      row.columns ??= [...known];
    }
  }
}

function changeRules(form: FormDefinition, changes: RuleChanges, error: (message: string) => never): void {
  for (const id of changes.remove ?? []) {
    const index = form.rules.findIndex((r) => r.id === id);
    if (index < 0) error(`没有规则“${id}”，无法删除`);
    form.rules.splice(index, 1);
  }
  for (const rule of changes.replace ?? []) {
    const index = form.rules.findIndex((r) => r.id === rule.id);
    if (index < 0) error(`没有规则“${rule.id}”，无法替换；新规则请用 add`);
    form.rules[index] = cloneRule(rule);
  }
  for (const rule of changes.add ?? []) {
    if (form.rules.some((r) => r.id === rule.id)) error(`已有规则“${rule.id}”；要替换请用 replace`);
    form.rules.push(cloneRule(rule));
  }
}

function duplicates(ids: string[]): string[] {
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}

/** Checks a form is consistent: unique ids, references that resolve, mergeable row labels. */
function checkForm(form: FormDefinition, error: (message: string) => never): void {
  for (const [what, ids] of [
    ['部分', form.sections.map((s) => s.id)],
    ['表格', form.tables.map((t) => t.id)],
    ['规则', form.rules.map((r) => r.id)],
  ] as const) {
    const repeated = duplicates([...ids]);
    if (repeated.length > 0) error(`${what}标识重复：${repeated.join('、')}`);
  }
  for (const table of form.tables) {
    if (!form.sections.some((s) => s.id === table.sectionId)) error(`表格“${table.id}”所在的部分“${table.sectionId}”不存在`);
    const columnIds = table.columns.map((c) => c.id);
    const repeated = [...duplicates(table.rows.map((r) => r.id)), ...duplicates(columnIds)];
    if (repeated.length > 0) error(`表格“${table.id}”中的标识重复：${repeated.join('、')}`);
    for (const row of table.rows) {
      const unknown = (row.columns ?? []).filter((c) => !columnIds.includes(c));
      if (unknown.length > 0) error(`表格“${table.id}”的行“${row.id}”引用了不存在的列：${unknown.join('、')}`);
      if (table.layout.type === 'blocks') {
        const layout = table.layout;
        const block = layout.blocks.find((b) => b.id === row.block) ?? error(`表格“${table.id}”的行“${row.id}”不在任何区块中`);
        const unprinted = (row.columns ?? columnIds).filter((c) => !block.columns.includes(c));
        if (unprinted.length > 0) error(`表格“${table.id}”的行“${row.id}”有区块“${block.id}”不打印的列：${unprinted.join('、')}`);
      }
    }
    if (table.layout.type === 'matrix') checkLabelPaths(table, error);
  }
  for (const rule of form.rules) checkRule(form, rule, error);
  checkKnowledge(form, error);
}

/** The form's other knowledge must name tables, rows and columns it has, or it would silently do nothing. */
function checkKnowledge(form: FormDefinition, error: (message: string) => never): void {
  const tableOf = (id: string, what: string) => form.tables.find((t) => t.id === id) ?? error(`${what}引用了不存在的表格“${id}”`);
  for (const [what, ids] of [
    ['跨年度规则', (form.crossYearRules ?? []).map((r) => r.id)],
    ['合理性检查', (form.plausibility ?? []).map((r) => r.id)],
  ] as const) {
    const repeated = duplicates([...ids]);
    if (repeated.length > 0) error(`${what}标识重复：${repeated.join('、')}`);
  }
  for (const rule of form.crossYearRules ?? []) {
    const table = tableOf(rule.table, `跨年度规则“${rule.id}”`);
    const [termIds, axis] = rule.each === 'column' ? [table.rows.map((r) => r.id), '行'] : [table.columns.map((c) => c.id), '列'];
    for (const term of [...rule.left, ...rule.right]) {
      // A term of last year may name a row or column only last year's form has (across formats).
      if (term.year === 'current' && !termIds.includes(term.id)) error(`跨年度规则“${rule.id}”引用了表格“${table.id}”中不存在的${axis}“${term.id}”`);
    }
  }
  for (const entry of form.plausibility ?? []) {
    const table = tableOf(entry.table, `合理性检查“${entry.id}”`);
    if (!table.rows.some((r) => r.id === entry.row)) error(`合理性检查“${entry.id}”引用了表格“${table.id}”中不存在的行“${entry.row}”`);
  }
  const cellExists = (ref: CellRef, what: string) => {
    const table = tableOf(ref.table, what);
    const row = table.rows.find((r) => r.id === ref.row);
    if (!row || !(row.columns ?? table.columns.map((c) => c.id)).includes(ref.column)) error(`${what}引用了表格“${table.id}”中不存在的单元格“${ref.row}/${ref.column}”`);
  };
  for (const figure of form.narrativeChecks?.figures ?? []) {
    for (const ref of figure.cells) cellExists(ref, `正文数字“${figure.id}”`);
    for (const part of figure.parts ?? []) for (const ref of part.cells) cellExists(ref, `正文数字“${figure.id}.${part.id}”`);
  }
  if (form.narrativeChecks?.fees?.unpaidCell) cellExists(form.narrativeChecks.fees.unpaidCell, '信息处理费检查');
  for (const [tableId, detection] of Object.entries(form.detection?.tables ?? {})) {
    const table = tableOf(tableId, '识别标签');
    for (const id of Object.keys(detection.rows ?? {})) if (!table.rows.some((r) => r.id === id)) error(`识别标签引用了表格“${tableId}”中不存在的行“${id}”`);
    for (const id of Object.keys(detection.columns ?? {})) if (!table.columns.some((c) => c.id === id)) error(`识别标签引用了表格“${tableId}”中不存在的列“${id}”`);
  }
}

/** Rows sharing a category label (a `labelPath` prefix) must be adjacent, or the merged cell would split. */
function checkLabelPaths(table: TableDefinition, error: (message: string) => never): void {
  const depth = Math.max(0, ...table.rows.map((r) => r.labelPath?.length ?? 0));
  for (let level = 0; level < depth; level++) {
    const seen = new Set<string>();
    let previous: string | undefined;
    for (const row of table.rows) {
      const path = row.labelPath ?? [];
      const key = path.length > level ? path.slice(0, level + 1).join('\u0000') : undefined;
      if (key !== undefined && key !== previous && seen.has(key)) {
        error(`表格“${table.id}”的行“${row.id}”属于“${path[level]}”，但与该组其他行不相邻（合并单元格会断开）；请用 after 把它放在该组的行旁`);
      }
      if (key !== undefined) seen.add(key);
      previous = key;
    }
  }
}

function checkRule(form: FormDefinition, rule: RuleDefinition, error: (message: string) => never): void {
  if (rule.kind === 'custom') {
    if (typeof rule.check !== 'function') error(`规则“${rule.id}”缺少 check 函数`);
    return;
  }
  const table = form.tables.find((t) => t.id === rule.table) ?? error(`规则“${rule.id}”引用了不存在的表格“${rule.table}”`);
  if (rule.kind === 'cells') return;
  const rowIds = table.rows.map((r) => r.id);
  const columnIds = table.columns.map((c) => c.id);
  const [termIds, termAxis, scopeIds, scopeAxis] =
    rule.each === 'column' ? [rowIds, '行', columnIds, '列'] : [columnIds, '列', rowIds, '行'];
  const termId = (term: Term) => (typeof term === 'string' ? term : 'id' in term ? term.id : undefined);
  for (const term of [...rule.left, ...rule.right]) {
    const id = termId(term);
    if (id !== undefined && !termIds.includes(id)) error(`规则“${rule.id}”引用了表格“${table.id}”中不存在的${termAxis}“${id}”`);
  }
  for (const id of rule.over ?? []) if (!scopeIds.includes(id)) error(`规则“${rule.id}”的 over 引用了表格“${table.id}”中不存在的${scopeAxis}“${id}”`);
}
