import { type FormDefinition, type Locale } from '@report/core';
import { applicableMemberFigures, chineseNumeral, completenessRows, formatFigure, memberDisplayName, memberFigureLabel, memberFigureTotal, memberFigureValue, outcomeStatusText, outcomesNeedingAttention, type AggregateResult, type MemberFigure, type Roster } from '@report/core/plugin';
import { message } from '../messages.js';
import type { Block } from './blocks.js';
import { dataTable } from './data-table.js';

export interface AggregateBlockOptions {
  locale?: Locale;
  form: FormDefinition;
  /** Names the roster entries listed as missing (else their ids are shown). */
  roster?: Roster;
  /** Key figures of the members table; default: the form's own `memberFigures`. */
  memberFigures?: MemberFigure[];
}

function completenessBlocks(result: AggregateResult, options: AggregateBlockOptions): Block[] {
  const { locale } = options;
  const blocks: Block[] = [
    {
      kind: 'table',
      table: dataTable(
        [{ header: message(locale, 'completenessItem') }, { header: message(locale, 'completenessCount'), numeric: true }, { header: message(locale, 'completenessNames') }],
        completenessRows(result, options).map((row) => [row.label, String(row.names.length), row.text]),
      ),
    },
  ];
  const problems = outcomesNeedingAttention(result);
  if (problems.length > 0) {
    blocks.push({ kind: 'paragraph', text: message(locale, 'outcomeTitle'), style: 'notice' });
    blocks.push({
      kind: 'table',
      table: dataTable(
        [{ header: message(locale, 'outcomeFile') }, { header: message(locale, 'outcomeOrgan') }, { header: message(locale, 'outcomeStatus') }, { header: message(locale, 'outcomeReasons') }],
        problems.map((outcome) => [outcome.file ?? '', outcome.organ, outcomeStatusText(outcome, locale), outcome.reasons.join(locale === 'en' ? '; ' : '；')]),
      ),
    });
  }
  return blocks;
}

function membersBlocks(result: AggregateResult, figures: readonly MemberFigure[], locale: Locale | undefined): Block[] {
  const members = result.report.members ?? [];
  if (members.length === 0) return [{ kind: 'paragraph', text: message(locale, 'membersNone') }];
  const rows = members.map((_member, index) => [
    String(index + 1),
    memberDisplayName(result, index, locale),
    ...figures.map((figure) => formatFigure(memberFigureValue(result.report, index, figure))),
  ]);
  const footer = [['', message(locale, 'membersTotal'), ...figures.map((figure) => formatFigure(memberFigureTotal(result.report, figure)))]];
  const columns = [{ header: message(locale, 'membersIndex'), numeric: true }, { header: message(locale, 'membersOrgan') }, ...figures.map((figure) => ({ header: memberFigureLabel(figure, locale), numeric: true }))];
  return [{ kind: 'table', table: dataTable(columns, rows, footer) }];
}

function aggregateBody(result: AggregateResult, options: AggregateBlockOptions, level: number): Block[] {
  const { locale } = options;
  const figures = applicableMemberFigures(options.memberFigures, options.form);
  const parts: Array<{ title: string; blocks: Block[] }> = [
    { title: message(locale, 'completenessTitle'), blocks: completenessBlocks(result, options) },
    { title: message(locale, 'membersTitle'), blocks: membersBlocks(result, figures, locale) },
  ];
  for (const child of result.children ?? []) {
    parts.push({ title: message(locale, 'childrenTitle', { name: child.report.organ.name }), blocks: aggregateBody(child, options, level + 1) });
  }
  return parts.flatMap((part, index) => {
    const ordinal = locale === 'en' ? `${index + 1}. ` : level === 2 ? `（${chineseNumeral(index + 1)}）` : `${index + 1}.`;
    return [{ kind: 'heading', level, text: `${ordinal}${part.title}` } satisfies Block, ...part.blocks];
  });
}

/**
 * The aggregation appendix of a county's report, as in the HTML and the PDF: who was expected, who
 * filed, who is missing and why a file was not counted; each member's key figures with the totals;
 * the same for each lower-level aggregate. Starts on a new page.
 */
export function aggregateBlocks(result: AggregateResult, options: AggregateBlockOptions): Block[] {
  return [{ kind: 'pageBreak' }, { kind: 'heading', level: 1, text: message(options.locale, 'aggregateAppendix') }, ...aggregateBody(result, options, 2)];
}
