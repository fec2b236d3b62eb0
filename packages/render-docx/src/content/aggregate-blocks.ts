import { type FormDefinition, type Locale } from '@report/core';
import {
  applicableMemberFigures,
  chineseNumeral,
  completenessRows,
  formatFigure,
  formatNumber,
  memberApplicationItems,
  memberDisplayName,
  memberFigureLabel,
  memberFigureTotal,
  memberFigureValue,
  outcomeShareItems,
  outcomeStatusText,
  outcomesNeedingAttention,
  sumExact,
  type AggregateResult,
  type ChartItem,
  type MemberFigure,
  type Roster,
} from '@report/core/plugin';
import { percent } from '../ooxml/drawing.js';
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

/** The alternative text of a chart: its caption, then every item with its value (and its share). */
function chartDescription(caption: string, items: readonly ChartItem[], locale: Locale | undefined, shares?: { totalLabel: string; emptyText: string }): string {
  const en = locale === 'en';
  const value = (item: ChartItem) => (item.value === null ? message(locale, 'chartNotFilled') : formatNumber(item.value));
  if (!shares) return `${caption}${en ? ': ' : '：'}${items.map((item) => `${item.label} ${value(item)}`).join(en ? '; ' : '，')}`;
  const total = sumExact(items.map((item) => item.value ?? 0));
  const parts = items.map((item) => (total > 0 ? `${item.label} ${formatNumber(item.value ?? 0)}${en ? ` (${percent(item.value ?? 0, total)})` : `（${percent(item.value ?? 0, total)}）`}` : `${item.label} ${formatNumber(item.value ?? 0)}`));
  parts.push(`${shares.totalLabel} ${formatNumber(total)}`);
  return `${caption}${en ? ': ' : '：'}${parts.join(en ? '; ' : '，')}`;
}

/** The charts of the HTML appendix, with the same items (from core): new applications by member, the outcomes' shares. */
function chartBlocks(result: AggregateResult, options: AggregateBlockOptions, figures: readonly MemberFigure[]): Block[] {
  const { locale } = options;
  const blocks: Block[] = [];
  const emptyText = message(locale, 'chartNoData');
  const totalLabel = message(locale, 'membersTotal');
  const applications = memberApplicationItems(result, figures);
  if (applications) {
    const caption = message(locale, 'chartApplications');
    blocks.push({ kind: 'chart', chart: { type: 'bars', caption, description: chartDescription(caption, applications, locale), items: applications, emptyText, totalLabel } });
  }
  const shares = outcomeShareItems(result, options.form);
  if (shares && shares.length > 0) {
    const caption = message(locale, 'chartOutcomes');
    blocks.push({ kind: 'chart', chart: { type: 'shares', caption, description: chartDescription(caption, shares, locale, { totalLabel, emptyText }), items: shares, emptyText, totalLabel } });
  }
  return blocks;
}

function aggregateBody(result: AggregateResult, options: AggregateBlockOptions, level: number): Block[] {
  const { locale } = options;
  const figures = applicableMemberFigures(options.memberFigures, options.form);
  const parts: Array<{ title: string; blocks: Block[] }> = [
    { title: message(locale, 'completenessTitle'), blocks: completenessBlocks(result, options) },
    { title: message(locale, 'membersTitle'), blocks: membersBlocks(result, figures, locale) },
  ];
  const charts = chartBlocks(result, options, figures);
  if (charts.length > 0) parts.push({ title: message(locale, 'chartsTitle'), blocks: charts });
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
 * the HTML's two charts as vector drawings with alternative text;
 * the same for each lower-level aggregate. Starts on a new page.
 */
export function aggregateBlocks(result: AggregateResult, options: AggregateBlockOptions): Block[] {
  return [{ kind: 'pageBreak' }, { kind: 'heading', level: 1, text: message(options.locale, 'aggregateAppendix') }, ...aggregateBody(result, options, 2)];
}
