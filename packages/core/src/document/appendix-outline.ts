import {
  applicableMemberFigures,
  completenessRows,
  formatFigure,
  memberApplicationItems,
  memberDisplayName,
  memberFigureLabel,
  memberFigureTotal,
  memberFigureValue,
  outcomeShareItems,
  outcomeStatusText,
  outcomesNeedingAttention,
  type ChartItem,
} from '../aggregate/presentation.js';
import type { AggregateResult, Completeness, SubmissionOutcome } from '../aggregate/types.js';
import type { Locale } from '../diagnostics/types.js';
import type { MemberFigure } from '../forms/types.js';
import { chineseNumeral } from '../narrative/headings.js';
import { formatNumber, sumExact } from '../numbers.js';
import { appendixLabel } from './appendix-labels.js';
import type { AppendixBlock, AppendixCell, AppendixChart, AppendixDraft, AppendixOutline, AppendixOutlineOptions, AppendixPart, AppendixPartKind, AppendixRow } from './appendix-types.js';

/** A cell listing names or reasons: the text joined by the locale's separator, and the items apart. */
function list(items: string[], separator: string): AppendixCell {
  return { text: items.join(separator), items, separator };
}

/** The outcomes this level's completeness lists (a multi-level aggregate's `outcomes` also holds every level below). */
function listedHere(completeness: Completeness): Set<number> {
  const lists = [completeness.accepted, completeness.rejected, completeness.duplicate, completeness.unexpected, completeness.excluded];
  return new Set(lists.flatMap((outcomes) => outcomes.map((outcome) => outcome.index)));
}

function completenessBlocks(result: AggregateResult, options: AppendixOutlineOptions): AppendixBlock[] {
  const { locale } = options;
  const label = (key: 'completenessItem' | 'completenessCount' | 'completenessNames') => appendixLabel(locale, key);
  const blocks: AppendixBlock[] = [
    {
      kind: 'table',
      table: {
        id: 'completeness',
        columns: [{ header: label('completenessItem'), label: true }, { header: label('completenessCount'), numeric: true }, { header: label('completenessNames') }],
        rows: completenessRows(result, options).map((row) => ({ key: row.key, attention: row.attention, cells: [{ text: row.label }, { text: String(row.names.length) }, list(row.names, locale === 'en' ? ', ' : '、')] })),
      },
    },
  ];
  const here = listedHere(result.completeness);
  const problems = outcomesNeedingAttention(result).filter((outcome) => here.has(outcome.index));
  if (problems.length > 0) {
    const row = (outcome: SubmissionOutcome): AppendixRow => ({
      key: outcome.status,
      cells: [{ text: outcome.file ?? '' }, { text: outcome.organ }, { text: outcomeStatusText(outcome, locale) }, list(outcome.reasons, locale === 'en' ? '; ' : '；')],
    });
    blocks.push({
      kind: 'table',
      table: {
        id: 'outcomes',
        caption: appendixLabel(locale, 'outcomeTitle'),
        columns: [{ header: appendixLabel(locale, 'outcomeFile') }, { header: appendixLabel(locale, 'outcomeOrgan'), label: true }, { header: appendixLabel(locale, 'outcomeStatus') }, { header: appendixLabel(locale, 'outcomeReasons') }],
        rows: problems.map(row),
      },
    });
  }
  return blocks;
}

function membersBlocks(result: AggregateResult, figures: readonly MemberFigure[], locale: Locale | undefined): AppendixBlock[] {
  const members = result.report.members ?? [];
  if (members.length === 0) return [{ kind: 'note', text: appendixLabel(locale, 'membersNone') }];
  const rows: AppendixRow[] = members.map((_member, index) => ({
    key: String(index),
    cells: [{ text: String(index + 1) }, { text: memberDisplayName(result, index, locale) }, ...figures.map((figure) => ({ text: formatFigure(memberFigureValue(result.report, index, figure)) }))],
  }));
  rows.push({ key: 'total', total: true, cells: [{ text: '' }, { text: appendixLabel(locale, 'membersTotal') }, ...figures.map((figure) => ({ text: formatFigure(memberFigureTotal(result.report, figure)) }))] });
  const columns = [
    { header: appendixLabel(locale, 'membersIndex'), numeric: true },
    { header: appendixLabel(locale, 'membersOrgan'), label: true },
    ...figures.map((figure) => ({ header: memberFigureLabel(figure, locale), numeric: true })),
  ];
  return [{ kind: 'table', table: { id: 'members', columns, rows } }];
}

/** A share as printed: `12.5%`. */
export function sharePercent(value: number, total: number): string {
  return `${(Math.round((value / total) * 1000) / 10).toFixed(1)}%`;
}

/** The alternative text of a chart: its caption, then every item with its value (and its share, and the total). */
function chartDescription(caption: string, items: readonly ChartItem[], locale: Locale | undefined, totalLabel?: string): string {
  const en = locale === 'en';
  const parts = items.map((item) => `${item.label} ${item.value === null ? appendixLabel(locale, 'chartNotFilled') : formatNumber(item.value)}`);
  if (totalLabel !== undefined) {
    const total = sumExact(items.map((item) => item.value ?? 0));
    if (total > 0) items.forEach((item, index) => (parts[index] += en ? ` (${sharePercent(item.value ?? 0, total)})` : `（${sharePercent(item.value ?? 0, total)}）`));
    parts.push(`${totalLabel} ${formatNumber(total)}`);
  }
  return `${caption}${en ? ': ' : '：'}${parts.join(en ? '; ' : '，')}`;
}

function chartBlocks(result: AggregateResult, options: AppendixOutlineOptions, figures: readonly MemberFigure[]): AppendixBlock[] {
  const { locale } = options;
  const emptyText = appendixLabel(locale, 'chartNoData');
  const totalLabel = appendixLabel(locale, 'membersTotal');
  const charts: AppendixChart[] = [];
  const applications = memberApplicationItems(result, figures);
  if (applications) {
    const caption = appendixLabel(locale, 'chartApplications');
    charts.push({ kind: 'bars', id: 'applications', caption, description: chartDescription(caption, applications, locale), items: applications, emptyText, totalLabel });
  }
  const shares = outcomeShareItems(result, options.form);
  if (shares && shares.length > 0) {
    const caption = appendixLabel(locale, 'chartOutcomes');
    charts.push({ kind: 'shares', id: 'outcomes', caption, description: chartDescription(caption, shares, locale, totalLabel), items: shares, emptyText, totalLabel });
  }
  return charts.map((chart) => ({ kind: 'chart', chart }));
}

/** The draft's note without a leading `草稿：` (the badge says it). */
export function draftNoteText(note: string | undefined, locale: Locale | undefined): string {
  return note?.replace(/^\s*(草稿|draft)\s*[：:]\s*/i, '').trim() || appendixLabel(locale, 'draftNote');
}

function draftBlocks(result: AggregateResult, options: AppendixOutlineOptions): AppendixBlock[] {
  const narrative = result.narrativeDraft;
  if (!narrative || narrative.paragraphs.length === 0) return [];
  const bySection = (narrative.sections ?? []).filter((section) => section.paragraphs.length > 0);
  // Each group under its section's official title, so it can be copied into place; a section the form does not know goes untitled.
  const sections: AppendixDraft['sections'] =
    bySection.length > 0
      ? bySection.map((section) => {
          const title = options.form.sections.find((candidate) => candidate.id === section.id)?.title;
          return { id: section.id, ...(title ? { title } : {}), paragraphs: [...section.paragraphs] };
        })
      : [{ id: 'overview', paragraphs: [...narrative.paragraphs] }];
  return [{ kind: 'draft', draft: { badge: appendixLabel(options.locale, 'draftBadge'), note: draftNoteText(narrative.note, options.locale), sections } }];
}

/** One row per lower-level aggregate: how many of its own members were expected, filed, missing, counted, rejected, duplicated, late. */
function lowerLevelBlocks(children: readonly AggregateResult[], locale: Locale | undefined): AppendixBlock[] {
  const counts = ['expected', 'received', 'missing', 'accepted', 'rejected', 'duplicate', 'late'] as const;
  const rows: AppendixRow[] = children.map((child) => ({
    key: child.report.organ.name,
    cells: [{ text: child.report.organ.name }, ...counts.map((key) => ({ text: String(child.completeness[key].length) }))],
  }));
  return [
    {
      kind: 'table',
      table: {
        id: 'lowerLevels',
        columns: [{ header: appendixLabel(locale, 'lowerLevelsOrgan'), label: true }, ...counts.map((key) => ({ header: appendixLabel(locale, key), numeric: true }))],
        rows,
      },
    },
    { kind: 'note', text: appendixLabel(locale, 'lowerLevelsNote') },
  ];
}

/** `（一）` in Chinese, `1. ` in English. */
function partOrdinal(index: number, locale: Locale | undefined): string {
  return locale === 'en' ? `${index + 1}. ` : `（${chineseNumeral(index + 1)}）`;
}

/**
 * The appendix of an aggregated report (`附：汇总说明`), as the HTML, the PDF and the Word document
 * print it: (一) who was expected, who filed, who is missing, and the submissions of this level not
 * simply counted, with why; (二) each member's key figures with the totals; (三) the charts (each
 * member's new applications, the outcomes' shares); (四) the narrative draft, marked as a draft
 * (unless `draft: false`); then, for a multi-level aggregate, one line per lower-level aggregate with
 * the counts of its own members. Every level lists its direct members only, so a province's appendix
 * lists its cities, not every township below them.
 */
export function appendixOutline(result: AggregateResult, options: AppendixOutlineOptions): AppendixOutline {
  const { locale } = options;
  const figures = applicableMemberFigures(options.memberFigures, options.form);
  const parts: Array<{ kind: AppendixPartKind; title: string; blocks: AppendixBlock[] }> = [
    { kind: 'completeness', title: appendixLabel(locale, 'completenessTitle'), blocks: completenessBlocks(result, options) },
    { kind: 'members', title: appendixLabel(locale, 'membersTitle'), blocks: membersBlocks(result, figures, locale) },
    { kind: 'charts', title: appendixLabel(locale, 'chartsTitle'), blocks: chartBlocks(result, options, figures) },
    { kind: 'draft', title: appendixLabel(locale, 'draftTitle'), blocks: options.draft === false ? [] : draftBlocks(result, options) },
    { kind: 'lowerLevels', title: appendixLabel(locale, 'lowerLevelsTitle'), blocks: result.children?.length ? lowerLevelBlocks(result.children, locale) : [] },
  ];
  return {
    title: appendixLabel(locale, 'aggregateAppendix'),
    parts: parts
      .filter((part) => part.blocks.length > 0)
      .map((part, index): AppendixPart => ({ kind: part.kind, heading: `${partOrdinal(index, locale)}${part.title}`, blocks: part.blocks })),
  };
}
