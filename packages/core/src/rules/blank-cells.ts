import type { Diagnostic, MessageParam } from '../diagnostics/types.js';
import type { CustomRule, FormDefinition, LocalizedText, TableDefinition } from '../forms/types.js';
import type { Report } from '../model/report.js';
import { formatNumber } from '../numbers.js';
import { cellLocation, planEquation, scopeText, type PlannedTerm } from './engine.js';
import { knownProblemCells, type KnownProblemCheck } from './known-problems.js';
import { columnLabel, rowLabel } from './labels.js';
import type { RuleContext } from './types.js';

/**
 * A total and its parts in one row or column, read off the form's own equations: a relation
 * `total = a + b + …` (one term on the left, two or more added on the right), such as R3-2 (总计
 * of each row of 表三), R3-3 (（七）总计 of each column) and R4-1…R4-3 (总计 of 表四). A
 * province's extra row in a summed group is a part too; nothing here names a table or a row.
 */
interface TotalRelation {
  table: TableDefinition;
  each: 'row' | 'column';
  scope: string;
  total: PlannedTerm;
  parts: PlannedTerm[];
}

const relationsByForm = new WeakMap<FormDefinition, TotalRelation[]>();

function totalRelations(form: FormDefinition): TotalRelation[] {
  const known = relationsByForm.get(form);
  if (known) return known;
  const relations: TotalRelation[] = [];
  const seen = new Set<string>();
  for (const rule of form.rules) {
    if (rule.kind !== 'equation' || rule.op !== '=') continue;
    const table = form.tables.find((t) => t.id === rule.table);
    if (!table) continue;
    for (const plan of planEquation(rule, table)) {
      const [total] = plan.left;
      if (plan.left.length !== 1 || total.sign !== 1 || plan.right.length < 2 || plan.right.some((part) => part.sign !== 1)) continue;
      const key = `${rule.each}:${table.id}/${total.row}/${total.column}`;
      if (seen.has(key)) continue;
      seen.add(key);
      relations.push({ table, each: rule.each, scope: plan.scope, total, parts: plan.right });
    }
  }
  relationsByForm.set(form, relations);
  return relations;
}

const value = (report: Report, table: TableDefinition, term: PlannedTerm) => valueIn(report.tables[table.id], term);

/** A term's value in a table's cells (`report.tables[table]`, looked up once per relation), `null` when not filled. */
const valueIn = (cells: Report['tables'][string] | undefined, term: PlannedTerm) => {
  const found = cells?.[term.row]?.[term.column];
  return typeof found === 'number' ? found : null;
};

/** The label of a part or a total in its relation: a column's in a row, a row's in a column. */
function termLabel(relation: TotalRelation, term: PlannedTerm): string {
  return relation.each === 'row' ? columnLabel(relation.table, term.column) : rowLabel(relation.table, term.row);
}

/** `“商业企业”、“科研机构”等 5 项`: the first few items, and how many in all. */
function listText(items: ReadonlyArray<LocalizedText>, shown = 3): LocalizedText {
  const head = items.slice(0, shown);
  const more = items.length > shown;
  return {
    zh: `${head.map((item) => item.zh).join('、')}${more ? `等 ${items.length} 项` : ''}`,
    en: `${head.map((item) => item.en).join(', ')}${more ? ` and ${items.length - shown} more` : ''}`,
  };
}

const quoted = (label: string): LocalizedText => ({ zh: `“${label}”`, en: `"${label}"` });
const same = (text: string): LocalizedText => ({ zh: text, en: text });

/** `（工作表“表三”J7）` when the report knows where the cell was read from, else nothing. */
function cellPlace(report: Report, table: TableDefinition, term: PlannedTerm): LocalizedText {
  const source = report.cellSources?.[`${table.id}/${term.row}/${term.column}`];
  if (!source?.cell) return { zh: '', en: '' };
  return source.sheet
    ? { zh: `（工作表“${source.sheet}”${source.cell}）`, en: ` (sheet "${source.sheet}" ${source.cell})` }
    : { zh: `（${source.cell}）`, en: ` (${source.cell})` };
}

type BlankCheck = (relation: TotalRelation, context: RuleContext, known: KnownProblemCheck) => Diagnostic | undefined;

function checkAll(check: BlankCheck, context: RuleContext): Diagnostic[] {
  if (context.options.blankAsZero) return [];
  const known = knownProblemCells(context.options.knownProblems);
  const diagnostics: Diagnostic[] = [];
  for (const relation of totalRelations(context.form)) {
    const found = check(relation, context, known);
    if (found) diagnostics.push(found);
  }
  return diagnostics;
}

const blankTotal: BlankCheck = (relation, context, known) => {
  const { report, form } = context;
  const { table, total } = relation;
  if (value(report, table, total) !== null || known(table.id, total.row, total.column)) return undefined;
  const filled = relation.parts.filter((part) => value(report, table, part) !== null);
  if (filled.length === 0) return undefined;
  const params: Record<string, MessageParam> = {
    scope: scopeText(form, table, relation.each, relation.scope),
    total: termLabel(relation, total),
    filled: listText(filled.map((part) => same(`${termLabel(relation, part)} ${formatNumber(value(report, table, part)!)}`))),
    cell: cellPlace(report, table, total),
  };
  return context.diagnostic({ code: 'total-not-filled', params, location: cellLocation(report, form, table, total.row, total.column, context) });
};

const blankPart: BlankCheck = (relation, context, known) => {
  const { report, form } = context;
  const { table, total } = relation;
  const cells = report.tables[table.id];
  const totalValue = valueIn(cells, total);
  if (totalValue === null || totalValue === 0) return undefined;
  const isBlank = (part: PlannedTerm) => valueIn(cells, part) === null && !known(table.id, part.row, part.column);
  if (!relation.parts.some(isBlank)) return undefined; // the usual case: every part filled, nothing to list
  const blank = relation.parts.filter(isBlank);
  const params: Record<string, MessageParam> = {
    scope: scopeText(form, table, relation.each, relation.scope),
    total: termLabel(relation, total),
    value: formatNumber(totalValue),
    blank: listText(blank.map((part) => quoted(termLabel(relation, part)))),
    cell: cellPlace(report, table, blank[0]),
  };
  return context.diagnostic({ code: 'part-not-filled', params, location: cellLocation(report, form, table, blank[0].row, blank[0].column, context), actual: formatNumber(totalValue) });
};

/**
 * Blank cells around a total, which the equations skip (a relation with a blank term is not
 * evaluated): a blank total in a row or column whose parts are filled (`total-not-filled`), and
 * blank parts in a row or column whose total is filled and not 0 (`part-not-filled`). Errors, one
 * per row or column; cells a known import error already covers are left out, and with
 * `blankAsZero` neither applies (the equations then check the zeros).
 */
export const blankCellRules: CustomRule[] = [
  {
    id: 'total-not-filled',
    kind: 'custom',
    severity: 'error',
    description: { zh: '分项已填写的行（列），总计不能空白', en: 'A row or column whose parts are filled has its total filled' },
    check: (context) => checkAll(blankTotal, context),
  },
  {
    id: 'part-not-filled',
    kind: 'custom',
    severity: 'error',
    description: { zh: '总计不为 0 的行（列），分项不能空白', en: 'A row or column whose total is not 0 has every part filled' },
    check: (context) => checkAll(blankPart, context),
  },
];
