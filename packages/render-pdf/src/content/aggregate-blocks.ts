import type { AggregateResult, FormDefinition, Locale, Roster } from '@report/core';
import {
  applicableMemberFigures,
  chineseNumeral,
  completenessRows,
  formatFigure,
  memberDisplayName,
  memberFigureLabel,
  memberFigureTotal,
  memberFigureValue,
  outcomeStatusText,
  outcomesNeedingAttention,
  type MemberFigure,
} from '@report/core/plugin';
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
  const location = { section: message(locale, 'completenessTitle') };
  const blocks: Block[] = [
    {
      kind: 'table',
      table: dataTable(
        [{ header: message(locale, 'completenessItem'), label: true }, { header: message(locale, 'completenessCount'), numeric: true }, { header: message(locale, 'completenessNames') }],
        completenessRows(result, options).map((row) => [row.label, String(row.names.length), row.text]),
        location,
      ),
    },
  ];
  const problems = outcomesNeedingAttention(result);
  if (problems.length > 0) {
    blocks.push({ kind: 'paragraph', text: message(locale, 'outcomeTitle'), location, small: true });
    blocks.push({
      kind: 'table',
      table: dataTable(
        [{ header: message(locale, 'outcomeFile') }, { header: message(locale, 'outcomeOrgan'), label: true }, { header: message(locale, 'outcomeStatus') }, { header: message(locale, 'outcomeReasons') }],
        problems.map((outcome) => [
          outcome.file ?? '',
          outcome.organ,
          outcomeStatusText(outcome, locale),
          outcome.reasons.join(locale === 'en' ? '; ' : '；'),
        ]),
        location,
      ),
    });
  }
  return blocks;
}

function membersBlocks(result: AggregateResult, figures: readonly MemberFigure[], locale: Locale | undefined): Block[] {
  const members = result.report.members ?? [];
  const location = { section: message(locale, 'membersTitle') };
  if (members.length === 0) return [{ kind: 'paragraph', text: message(locale, 'membersNone'), location }];
  const rows = members.map((_member, index) => [
    String(index + 1),
    memberDisplayName(result, index, locale),
    ...figures.map((figure) => formatFigure(memberFigureValue(result.report, index, figure))),
  ]);
  const footer = [['', message(locale, 'membersTotal'), ...figures.map((figure) => formatFigure(memberFigureTotal(result.report, figure)))]];
  return [
    {
      kind: 'table',
      table: dataTable(
        [{ header: message(locale, 'membersIndex'), numeric: true }, { header: message(locale, 'membersOrgan'), label: true }, ...figures.map((figure) => ({ header: memberFigureLabel(figure, locale), numeric: true }))],
        rows,
        location,
        footer,
      ),
    },
  ];
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
    const text = `${ordinal}${part.title}`;
    return [{ kind: 'heading', level, text, location: { section: text } } satisfies Block, ...part.blocks];
  });
}

/**
 * The aggregation appendix of a county's report, as in the HTML: who was expected, who filed, who
 * is missing and why a file was not counted; each member's key figures with the totals; the same
 * for each lower-level aggregate. Starts on a new page.
 */
export function aggregateBlocks(result: AggregateResult, options: AggregateBlockOptions): Block[] {
  const title = message(options.locale, 'aggregateAppendix');
  return [{ kind: 'pageBreak' }, { kind: 'heading', level: 1, text: title, location: { section: title } }, ...aggregateBody(result, options, 2)];
}
