import { createDiagnostic, type MessageOptions } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { EquationRule, FormDefinition, TableDefinition } from '../forms/types.js';
import { cellKey, getCell, type CellRef, type Report } from '../model/report.js';
import { memberCellValue } from '../model/member-figures.js';
import { formatNumber, sumExact } from '../numbers.js';
import { planEquation, relationHolds, scopeText, type PlannedTerm } from '../rules/engine.js';
import { cellLabel } from '../rules/labels.js';

/** One relation of a form's equation rule that the aggregate's sums break (R3-2 in one row, R3-3 in one column…). */
export interface FailingRelation {
  rule: EquationRule;
  table: TableDefinition;
  /** The column (`each: 'column'`) or row (`each: 'row'`) it was evaluated in. */
  scope: string;
  /** The cells of each side, with their signs. */
  left: readonly PlannedTerm[];
  right: readonly PlannedTerm[];
  /** The aggregate's totals of the two sides. */
  total: { left: number; right: number };
}

/** One member's figures: the value it filed in a cell, `null` where it left the cell blank. */
export interface MemberFigures {
  organ: string;
  file?: string;
  value: (ref: CellRef) => number | null;
}

const refOf = (table: TableDefinition, term: PlannedTerm): CellRef => ({ table: table.id, row: term.row, column: term.column });

/** A side's sum over the cells a member filled, and the cells it left blank. */
function memberSide(table: TableDefinition, terms: readonly PlannedTerm[], member: MemberFigures) {
  const values: number[] = [];
  const blank: CellRef[] = [];
  for (const term of terms) {
    const ref = refOf(table, term);
    const value = member.value(ref);
    if (value === null) blank.push(ref);
    else values.push(value * term.sign);
  }
  return { sum: sumExact(values), blank };
}

/**
 * The members whose blank cells make an aggregate's relation fail (a pure function). A member that
 * filled some cells of a relation and left others blank was not checked on it (a relation with a
 * blank is skipped, and the blank reported as not filled), yet its filled cells go into the sums:
 * when its two sides differ (for `<=` and `>=`, in the direction that breaks the relation), it is
 * named, with the cells it left blank and the difference it makes. A member that left every cell of the relation
 * blank adds nothing and is not named.
 */
export function blankCellCulprits(form: FormDefinition, relation: FailingRelation, members: readonly MemberFigures[], options: MessageOptions = {}): Diagnostic[] {
  const { rule, table, scope, total } = relation;
  const locale = options.locale ?? 'zh-CN';
  const diagnostics: Diagnostic[] = [];
  for (const member of members) {
    const left = memberSide(table, relation.left, member);
    const right = memberSide(table, relation.right, member);
    const blank = [...left.blank, ...right.blank];
    const filled = relation.left.length + relation.right.length - blank.length;
    if (blank.length === 0 || filled === 0) continue;
    const difference = sumExact([left.sum, -right.sum]);
    if (difference === 0 || (rule.op === '<=' && difference < 0) || (rule.op === '>=' && difference > 0)) continue;
    const labels = (language: 'zh-CN' | 'en') => {
      const shown = blank.slice(0, 5).map((ref) => cellLabel(form, table, ref.row, ref.column, language));
      const more = blank.length - shown.length;
      return language === 'en' ? `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}` : `${shown.join('、')}${more > 0 ? `等 ${blank.length} 个单元格` : ''}`;
    };
    const first = blank[0];
    diagnostics.push(
      createDiagnostic(
        {
          code: 'aggregate-blank-unbalanced',
          params: {
            scope: scopeText(form, table, rule.each, scope),
            leftText: rule.leftText,
            rightText: rule.rightText,
            left: formatNumber(total.left),
            right: formatNumber(total.right),
            member: member.organ,
            blank: { zh: labels('zh-CN'), en: labels('en') },
            difference: formatNumber(Math.abs(difference)),
          },
          location: {
            organ: member.organ,
            ...(member.file ? { file: member.file } : {}),
            table: table.id,
            row: first.row,
            column: first.column,
            label: cellLabel(form, table, first.row, first.column, locale),
          },
          expected: formatNumber(total.right),
          actual: formatNumber(total.left),
        },
        options,
      ),
    );
  }
  return diagnostics;
}

/** Each member's figures, from an aggregate's `members` and its compact `memberFigures` (or the older `contributions`). */
function membersOf(report: Report): MemberFigures[] {
  return (report.members ?? []).map((member, index) => ({
    organ: member.organ.name,
    ...(member.file ? { file: member.file } : {}),
    value: (ref) => memberCellValue(report, index, cellKey(ref)),
  }));
}

/**
 * The relations of the form's equation rules (R3-1, R3-2, R3-3, R3-8, R4-1…R4-3) that an
 * aggregate's sums break, each with the members whose blank cells cause it (`blankCellCulprits`).
 * A relation with a cell no member filled is not evaluated, as in `validateReport`.
 */
export function aggregateBlankCulprits(form: FormDefinition, report: Report, options: MessageOptions = {}): Diagnostic[] {
  const members = membersOf(report);
  const diagnostics: Diagnostic[] = [];
  for (const rule of form.rules) {
    if (rule.kind !== 'equation') continue;
    const table = form.tables.find((t) => t.id === rule.table);
    if (!table) continue;
    for (const plan of planEquation(rule, table)) {
      const side = (terms: readonly PlannedTerm[]) => {
        const values = terms.map((term) => getCell(report, refOf(table, term)));
        return values.some((value) => value === null) ? undefined : sumExact(values.map((value, i) => value! * terms[i].sign));
      };
      const left = side(plan.left);
      const right = side(plan.right);
      if (left === undefined || right === undefined || relationHolds(rule.op, left - right, plan.tolerance)) continue;
      const relation: FailingRelation = { rule, table, scope: plan.scope, left: plan.left, right: plan.right, total: { left, right } };
      diagnostics.push(...blankCellCulprits(form, relation, members, options));
    }
  }
  return diagnostics;
}
