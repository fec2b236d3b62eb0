import { formatNumber, type AggregateResult, type FormDefinition, type Locale, type Roster, type SubmissionOutcome } from '@report/core';
import { message, type MessageKey } from '../messages.js';
import type { Block } from './blocks.js';
import { dataTable } from './data-table.js';
import { applicableFigures, defaultMemberFigures, memberFigure, totalFigure, type MemberFigure } from './member-figures.js';
import { chineseNumber } from './ordinals.js';

export interface AggregateBlockOptions {
  locale?: Locale;
  form: FormDefinition;
  /** Names the roster entries listed as missing (else their ids are shown). */
  roster?: Roster;
  memberFigures?: MemberFigure[];
}

function numberText(value: number | null): string {
  return value === null ? '' : formatNumber(value);
}

function entryName(id: string, result: AggregateResult, roster: Roster | undefined): string {
  const entry = roster?.entries.find((candidate) => candidate.id === id);
  if (entry) return entry.name;
  return result.outcomes.find((outcome) => outcome.entryId === id)?.organ ?? id;
}

function outcomeName(outcome: SubmissionOutcome): string {
  return outcome.file ? `${outcome.organ}（${outcome.file}）` : outcome.organ;
}

function memberLate(result: AggregateResult, memberIndex: number): boolean {
  const member = result.report.members?.[memberIndex];
  if (!member) return false;
  return result.completeness.late.some((outcome) => (member.file && outcome.file ? outcome.file === member.file : outcome.organ === member.organ.name));
}

function completenessBlocks(result: AggregateResult, options: AggregateBlockOptions): Block[] {
  const { locale } = options;
  const { completeness } = result;
  const separator = locale === 'en' ? ', ' : '、';
  const names = (ids: readonly string[]) => ids.map((id) => entryName(id, result, options.roster));
  const outcomes = (list: readonly SubmissionOutcome[]) => list.map(outcomeName);
  const rows: Array<[MessageKey, string[]]> = [
    ['expected', names(completeness.expected)],
    ['received', names(completeness.received)],
    ['missing', names(completeness.missing)],
    ['accepted', outcomes(completeness.accepted)],
    ['rejected', outcomes(completeness.rejected)],
    ['duplicate', outcomes(completeness.duplicate)],
    ['unexpected', outcomes(completeness.unexpected)],
    ['excluded', outcomes(completeness.excluded)],
    ['late', outcomes(completeness.late)],
  ];
  const location = { section: message(locale, 'completenessTitle') };
  const blocks: Block[] = [
    {
      kind: 'table',
      table: dataTable(
        [{ header: message(locale, 'completenessItem'), label: true }, { header: message(locale, 'completenessCount'), numeric: true }, { header: message(locale, 'completenessNames') }],
        rows.map(([key, list]) => [message(locale, key), String(list.length), list.join(separator)]),
        location,
      ),
    },
  ];
  const problems = result.outcomes.filter((outcome) => outcome.status !== 'accepted' || outcome.late || outcome.reasons.length > 0);
  if (problems.length > 0) {
    blocks.push({ kind: 'paragraph', text: message(locale, 'outcomeTitle'), location, small: true });
    blocks.push({
      kind: 'table',
      table: dataTable(
        [{ header: message(locale, 'outcomeFile') }, { header: message(locale, 'outcomeOrgan'), label: true }, { header: message(locale, 'outcomeStatus') }, { header: message(locale, 'outcomeReasons') }],
        problems.map((outcome) => [
          outcome.file ?? '',
          outcome.organ,
          `${message(locale, outcome.status)}${outcome.late ? message(locale, 'lateMark') : ''}`,
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
  const label = (figure: MemberFigure) => (typeof figure.label === 'string' ? message(locale, figure.label) : figure.label.text);
  const rows = members.map((member, index) => [
    String(index + 1),
    `${member.organ.name}${memberLate(result, index) ? message(locale, 'lateMark') : ''}`,
    ...figures.map((figure) => numberText(memberFigure(result.report, index, figure))),
  ]);
  const footer = [['', message(locale, 'membersTotal'), ...figures.map((figure) => numberText(totalFigure(result.report, figure)))]];
  return [
    {
      kind: 'table',
      table: dataTable(
        [{ header: message(locale, 'membersIndex'), numeric: true }, { header: message(locale, 'membersOrgan'), label: true }, ...figures.map((figure) => ({ header: label(figure), numeric: true }))],
        rows,
        location,
        footer,
      ),
    },
  ];
}

function aggregateBody(result: AggregateResult, options: AggregateBlockOptions, level: number): Block[] {
  const { locale } = options;
  const figures = applicableFigures(options.memberFigures ?? defaultMemberFigures, options.form);
  const parts: Array<{ title: string; blocks: Block[] }> = [
    { title: message(locale, 'completenessTitle'), blocks: completenessBlocks(result, options) },
    { title: message(locale, 'membersTitle'), blocks: membersBlocks(result, figures, locale) },
  ];
  for (const child of result.children ?? []) {
    parts.push({ title: message(locale, 'childrenTitle', { name: child.report.organ.name }), blocks: aggregateBody(child, options, level + 1) });
  }
  return parts.flatMap((part, index) => {
    const ordinal = locale === 'en' ? `${index + 1}. ` : level === 2 ? `（${chineseNumber(index + 1)}）` : `${index + 1}.`;
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
