import { type AggregateResult, type FormDefinition, type Roster } from '@report/core';
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
  type MemberFigure,
} from '@report/core/plugin';
import { escapeHtml, isolatedText } from './escape.js';
import { message, type RenderLocale } from './messages.js';
import { subOrdinal } from './ordinals.js';
import { horizontalBarChart, shareBarChart } from './svg-charts.js';

export interface AggregateAppendixOptions {
  locale?: RenderLocale;
  form: FormDefinition;
  /** Names the roster entries listed as missing (else their ids are shown). */
  roster?: Roster;
  /** Key figures of the members table; default: the form's own `memberFigures`. */
  memberFigures?: MemberFigure[];
}

function completenessTable(result: AggregateResult, options: AggregateAppendixOptions): string {
  const { locale } = options;
  // As core's `completenessRows` joins `text`; each name is isolated on its own.
  const separator = locale === 'en' ? ', ' : '、';
  const body = completenessRows(result, options)
    .map((row) => {
      const flag = row.attention ? ' class="attention"' : '';
      return `<tr data-item="${row.key}"${flag}><th scope="row">${escapeHtml(row.label)}</th><td class="number">${row.names.length}</td><td>${row.names.map(isolatedText).join(escapeHtml(separator))}</td></tr>`;
    })
    .join('\n');
  return `<table class="data-table completeness-table">
<colgroup><col style="width:9em"><col style="width:4em"><col></colgroup>
<thead><tr><th scope="col">${escapeHtml(message(locale, 'completenessItem'))}</th><th scope="col">${escapeHtml(message(locale, 'completenessCount'))}</th><th scope="col">${escapeHtml(message(locale, 'completenessNames'))}</th></tr></thead>
<tbody>
${body}
</tbody>
</table>`;
}

function outcomesTable(result: AggregateResult, locale: RenderLocale | undefined): string {
  const problems = outcomesNeedingAttention(result);
  if (problems.length === 0) return '';
  const rows = problems
    .map((outcome) => {
      const status = outcomeStatusText(outcome, locale);
      const reasons = outcome.reasons.map((reason) => `<div>${escapeHtml(reason)}</div>`).join('');
      return `<tr data-status="${escapeHtml(outcome.status)}"><td>${escapeHtml(outcome.file ?? '')}</td><td>${escapeHtml(outcome.organ)}</td><td>${escapeHtml(status)}</td><td>${reasons}</td></tr>`;
    })
    .join('\n');
  return `<table class="data-table outcomes-table" aria-label="${escapeHtml(message(locale, 'outcomeTitle'))}">
<colgroup><col style="width:22%"><col style="width:18%"><col style="width:14%"><col></colgroup>
<thead><tr><th scope="col">${escapeHtml(message(locale, 'outcomeFile'))}</th><th scope="col">${escapeHtml(message(locale, 'outcomeOrgan'))}</th><th scope="col">${escapeHtml(message(locale, 'outcomeStatus'))}</th><th scope="col">${escapeHtml(message(locale, 'outcomeReasons'))}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

function membersTable(result: AggregateResult, figures: readonly MemberFigure[], locale: RenderLocale | undefined): string {
  const members = result.report.members ?? [];
  if (members.length === 0) return `<p class="note">${escapeHtml(message(locale, 'membersNone'))}</p>`;
  const head = [message(locale, 'membersIndex'), message(locale, 'membersOrgan'), ...figures.map((figure) => memberFigureLabel(figure, locale))]
    .map((text) => `<th scope="col">${escapeHtml(text)}</th>`)
    .join('');
  const rows = members
    .map((_member, index) => {
      const cells = figures.map((figure) => `<td class="number">${formatFigure(memberFigureValue(result.report, index, figure))}</td>`).join('');
      return `<tr data-member="${index}"><td class="number">${index + 1}</td><th scope="row">${escapeHtml(memberDisplayName(result, index, locale))}</th>${cells}</tr>`;
    })
    .join('\n');
  const totals = figures.map((figure) => `<td class="number">${formatFigure(memberFigureTotal(result.report, figure))}</td>`).join('');
  return `<table class="data-table members-table">
<colgroup><col style="width:3em"><col style="width:28%">${figures.map(() => '<col>').join('')}</colgroup>
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
<tr class="total-row" data-member="total"><td></td><th scope="row">${escapeHtml(message(locale, 'membersTotal'))}</th>${totals}</tr>
</tbody>
</table>`;
}

function charts(result: AggregateResult, options: AggregateAppendixOptions, figures: readonly MemberFigure[], idPrefix: string): string {
  const { locale } = options;
  const parts: string[] = [];
  const items = memberApplicationItems(result, figures);
  if (items) parts.push(horizontalBarChart({ caption: message(locale, 'chartApplications'), items, emptyText: message(locale, 'chartNoData') }));
  const shares = outcomeShareItems(result, options.form);
  if (shares && shares.length > 0) {
    parts.push(shareBarChart({ id: `${idPrefix}-outcomes`, caption: message(locale, 'chartOutcomes'), items: shares, emptyText: message(locale, 'chartNoData'), totalLabel: message(locale, 'membersTotal') }));
  }
  return parts.join('\n');
}

/** The draft's note without a leading `草稿：` (the badge says it). */
function draftNote(result: AggregateResult, locale: RenderLocale | undefined): string {
  const note = result.narrativeDraft?.note?.replace(/^\s*(草稿|draft)\s*[：:]\s*/i, '') ?? '';
  return note || message(locale, 'draftNote');
}

function draft(result: AggregateResult, form: FormDefinition, locale: RenderLocale | undefined): string {
  const narrative = result.narrativeDraft;
  const paragraphs = narrative?.paragraphs ?? [];
  if (paragraphs.length === 0) return '';
  const text = (list: readonly string[]) => list.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n');
  // By section when the draft says where each paragraph belongs, so it can be copied into place.
  const sections = (narrative.sections ?? []).filter((section) => section.paragraphs.length > 0);
  const body =
    sections.length > 0
      ? sections
          .map((section) => {
            const title = form.sections.find((candidate) => candidate.id === section.id)?.title ?? section.id;
            return `<p class="draft-section" data-section="${escapeHtml(section.id)}">${escapeHtml(title)}</p>\n${text(section.paragraphs)}`;
          })
          .join('\n')
      : text(paragraphs);
  return `<div class="draft" data-draft="true">
<p class="note"><span class="draft-badge">${escapeHtml(message(locale, 'draftBadge'))}</span>${escapeHtml(draftNote(result, locale))}</p>
${body}
</div>`;
}

function aggregateBody(result: AggregateResult, options: AggregateAppendixOptions, idPrefix: string, level: 2 | 3): string {
  const { locale } = options;
  const figures = applicableMemberFigures(options.memberFigures, options.form);
  const blocks: Array<{ title: string; body: string }> = [
    { title: message(locale, 'completenessTitle'), body: [completenessTable(result, options), outcomesTable(result, locale)].filter(Boolean).join('\n') },
    { title: message(locale, 'membersTitle'), body: membersTable(result, figures, locale) },
  ];
  const chartHtml = charts(result, options, figures, idPrefix);
  if (chartHtml) blocks.push({ title: message(locale, 'chartsTitle'), body: chartHtml });
  const draftHtml = draft(result, options.form, locale);
  if (draftHtml) blocks.push({ title: message(locale, 'draftTitle'), body: draftHtml });
  (result.children ?? []).forEach((child, index) => {
    blocks.push({
      title: message(locale, 'childrenTitle', { name: child.report.organ.name }),
      body: aggregateBody(child, options, `${idPrefix}-${index}`, 3),
    });
  });
  return blocks
    .map((block, index) => {
      const ordinal = level === 2 ? subOrdinal(index, locale) : `${index + 1}.`;
      return `<section class="aggregate-part">\n<h${level + 1} class="heading heading--${level}">${escapeHtml(`${ordinal}${block.title}`)}</h${level + 1}>\n${block.body}\n</section>`;
    })
    .join('\n');
}

/**
 * The aggregation appendix of a county's report: who was expected, who filed, who is missing
 * and why a file was not counted; each member's key figures with the totals; a bar chart of
 * applications per member and the share of each outcome (inline SVG, legible in black and white);
 * the generated narrative, marked as a draft; the same for each lower-level aggregate.
 */
export function renderAggregateAppendix(result: AggregateResult, options: AggregateAppendixOptions): string {
  return `<section class="appendix" data-section="aggregate">
<h2 class="heading heading--1">${escapeHtml(message(options.locale, 'aggregateAppendix'))}</h2>
${aggregateBody(result, options, 'chart', 2)}
</section>`;
}
