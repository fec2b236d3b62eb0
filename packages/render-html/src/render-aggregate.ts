import { type AggregateResult, type FormDefinition, type Roster } from '@report/core';
import {
  appendixOutline,
  type AppendixBlock,
  type AppendixCell,
  type AppendixChart,
  type AppendixDraft,
  type AppendixTable,
  type AppendixTableId,
  type MemberFigure,
} from '@report/core/plugin';
import { escapeHtml, isolatedText } from './escape.js';
import type { RenderLocale } from './messages.js';
import { horizontalBarChart, shareBarChart } from './svg-charts.js';

export interface AggregateAppendixOptions {
  locale?: RenderLocale;
  form: FormDefinition;
  /** Names the roster entries listed as missing (else their ids are shown). */
  roster?: Roster;
  /** Key figures of the members table; default: the form's own `memberFigures`. */
  memberFigures?: MemberFigure[];
}

/** How the page sets each appendix table: its columns' widths and the attribute naming each row. */
const tableLayout: Record<AppendixTableId, { widths: (columns: number) => string[]; rowAttribute: string }> = {
  completeness: { widths: () => ['9em', '4em', ''], rowAttribute: 'item' },
  outcomes: { widths: () => ['22%', '18%', '14%', ''], rowAttribute: 'status' },
  members: { widths: (columns) => ['3em', '28%', ...Array<string>(columns - 2).fill('')], rowAttribute: 'member' },
  lowerLevels: { widths: (columns) => ['28%', ...Array<string>(columns - 1).fill('')], rowAttribute: 'organ' },
};

/** A cell's text; a list of names or reasons with each item isolated, so one written right to left does not reorder the others. */
function cellHtml(cell: AppendixCell): string {
  if (!cell.items) return escapeHtml(cell.text);
  return cell.items.map(isolatedText).join(escapeHtml(cell.separator ?? ''));
}

function tableHtml(table: AppendixTable): string {
  const layout = tableLayout[table.id];
  const columns = table.columns;
  const colgroup = layout.widths(columns.length).map((width) => (width ? `<col style="width:${width}">` : '<col>')).join('');
  const head = columns.map((column) => `<th scope="col">${escapeHtml(column.header)}</th>`).join('');
  const body = table.rows
    .map((row) => {
      const classes = [row.attention ? 'attention' : '', row.total ? 'total-row' : ''].filter(Boolean).join(' ');
      const cells = row.cells
        .map((cell, index) => {
          const column = columns[index];
          if (column?.label) return `<th scope="row">${cellHtml(cell)}</th>`;
          return `<td${column?.numeric ? ' class="number"' : ''}>${cellHtml(cell)}</td>`;
        })
        .join('');
      return `<tr${classes ? ` class="${classes}"` : ''} data-${layout.rowAttribute}="${escapeHtml(row.key)}">${cells}</tr>`;
    })
    .join('\n');
  const caption = table.caption ? `<p class="note table-caption">${escapeHtml(table.caption)}</p>\n` : '';
  const label = table.caption ? ` aria-label="${escapeHtml(table.caption)}"` : '';
  return `${caption}<table class="data-table ${table.id.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}-table"${label}>
<colgroup>${colgroup}</colgroup>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>`;
}

function chartHtml(chart: AppendixChart): string {
  if (chart.kind === 'bars') return horizontalBarChart({ caption: chart.caption, items: chart.items, emptyText: chart.emptyText });
  return shareBarChart({ id: `chart-${chart.id}`, caption: chart.caption, items: chart.items, emptyText: chart.emptyText, totalLabel: chart.totalLabel });
}

function draftHtml(draft: AppendixDraft): string {
  const body = draft.sections
    .map((section) => {
      const title = section.title ? `<p class="draft-section" data-section="${escapeHtml(section.id)}">${escapeHtml(section.title)}</p>\n` : '';
      return `${title}${section.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n')}`;
    })
    .join('\n');
  return `<div class="draft" data-draft="true">
<p class="note"><span class="draft-badge">${escapeHtml(draft.badge)}</span>${escapeHtml(draft.note)}</p>
${body}
</div>`;
}

function blockHtml(block: AppendixBlock): string {
  switch (block.kind) {
    case 'table':
      return tableHtml(block.table);
    case 'chart':
      return chartHtml(block.chart);
    case 'draft':
      return draftHtml(block.draft);
    case 'note':
      return `<p class="note">${escapeHtml(block.text)}</p>`;
  }
}

/**
 * The aggregation appendix of a county's report, as core's `appendixOutline` lays it out (the PDF and
 * the Word document print the same): who was expected, who filed, who is missing and why a file was
 * not counted; each member's key figures with the totals; a bar chart of applications per member and
 * the share of each outcome (inline SVG, legible in black and white); the generated narrative, marked
 * as a draft; for a multi-level aggregate, one line per lower level.
 */
export function renderAggregateAppendix(result: AggregateResult, options: AggregateAppendixOptions): string {
  const outline = appendixOutline(result, options);
  const parts = outline.parts.map(
    (part) => `<section class="aggregate-part" data-part="${part.kind}">\n<h3 class="heading heading--2">${escapeHtml(part.heading)}</h3>\n${part.blocks.map(blockHtml).join('\n')}\n</section>`,
  );
  return `<section class="appendix" data-section="aggregate">
<h2 class="heading heading--1">${escapeHtml(outline.title)}</h2>
${parts.join('\n')}
</section>`;
}
