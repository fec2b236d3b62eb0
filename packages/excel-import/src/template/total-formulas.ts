import type { CellRef, FormDefinition, TableDefinition } from '@report/core';
import type { Term } from '@report/core/plugin';

/** A cell the template computes: the sum of other cells of the same table. */
export interface TotalFormula {
  target: CellRef;
  /** The cells summed, in table order. */
  terms: CellRef[];
  /** Rule the total comes from (`R3-2`). */
  rule: string;
}

function hasCell(table: TableDefinition, row: string, column: string): boolean {
  const definition = table.rows.find((r) => r.id === row);
  return !!definition && (definition.columns ?? table.columns.map((c) => c.id)).includes(column);
}

function termIds(table: TableDefinition, term: Term, axis: 'row' | 'column'): Array<{ id: string; sign: number }> | undefined {
  if (typeof term === 'string') return [{ id: term, sign: 1 }];
  const sign = term.sign ?? 1;
  if ('id' in term) return [{ id: term.id, sign }];
  const members = axis === 'row' ? table.rows : table.columns;
  return members.filter((member) => member.groups?.includes(term.group)).map((member) => ({ id: member.id, sign }));
}

/**
 * The 总计 cells of a form and what they sum, derived from its rules: every error-level equation
 * `X = A + B + …` (one term on the left, only added terms on the right) makes X a total of the
 * cells on the right, in every column (or row) it applies to. A plugin rule of that shape makes a
 * total of its own; the first rule to claim a cell wins, and no total depends on itself.
 */
export function totalFormulas(form: FormDefinition): TotalFormula[] {
  const totals: TotalFormula[] = [];
  const claimed = new Set<string>();
  const key = (ref: CellRef) => `${ref.table}/${ref.row}/${ref.column}`;
  for (const rule of form.rules) {
    if (rule.kind !== 'equation' || rule.op !== '=' || rule.severity !== 'error') continue;
    const table = form.tables.find((t) => t.id === rule.table);
    if (!table || rule.left.length !== 1) continue;
    const axis = rule.each === 'column' ? 'row' : 'column';
    const left = termIds(table, rule.left[0], axis);
    const right = rule.right.flatMap((term) => termIds(table, term, axis) ?? []);
    if (!left || left.length !== 1 || left[0].sign !== 1 || right.length === 0 || right.some((term) => term.sign !== 1)) continue;
    const scopes = rule.over ?? (rule.each === 'column' ? table.columns.map((c) => c.id) : table.rows.map((r) => r.id));
    for (const scope of scopes) {
      const at = (id: string): CellRef => (rule.each === 'column' ? { table: table.id, row: id, column: scope } : { table: table.id, row: scope, column: id });
      const target = at(left[0].id);
      if (!hasCell(table, target.row, target.column) || claimed.has(key(target))) continue;
      const terms = right.map((term) => at(term.id)).filter((ref) => hasCell(table, ref.row, ref.column) && key(ref) !== key(target));
      if (terms.length === 0) continue;
      claimed.add(key(target));
      totals.push({ target, terms, rule: rule.id });
    }
  }
  // Drop totals that would (indirectly) depend on themselves.
  const byTarget = new Map(totals.map((total) => [key(total.target), total]));
  const dependsOn = (start: string, current: string, seen: Set<string>): boolean => {
    const total = byTarget.get(current);
    if (!total) return false;
    for (const term of total.terms) {
      const next = key(term);
      if (next === start) return true;
      if (seen.has(next)) continue;
      seen.add(next);
      if (dependsOn(start, next, seen)) return true;
    }
    return false;
  };
  return totals.filter((total) => !dependsOn(key(total.target), key(total.target), new Set()));
}
