import { type FormDefinition, type Locale } from '@report/core';
import { appendixOutline, type AggregateResult, type AppendixBlock, type MemberFigure, type Roster } from '@report/core/plugin';
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

function blocksOf(block: AppendixBlock): Block[] {
  switch (block.kind) {
    case 'table': {
      const { table } = block;
      const caption: Block[] = table.caption ? [{ kind: 'paragraph', text: table.caption, style: 'notice' }] : [];
      return [...caption, { kind: 'table', table: dataTable(table.columns, table.rows.map((row) => row.cells.map((cell) => cell.text))) }];
    }
    case 'note':
      return [{ kind: 'paragraph', text: block.text, style: 'notice' }];
    case 'chart': {
      const { chart } = block;
      return [{ kind: 'chart', chart: { type: chart.kind, caption: chart.caption, description: chart.description, items: chart.items, emptyText: chart.emptyText, totalLabel: chart.totalLabel } }];
    }
    case 'draft':
      // The Word document sets the draft in the sections it belongs to (`reportBlocks`), not here.
      return [];
  }
}

/**
 * The aggregation appendix of a county's report, as core's `appendixOutline` lays it out for the
 * HTML and the PDF too: who was expected, who filed, who is missing and why a file was not counted;
 * each member's key figures with the totals; the HTML's two charts as vector drawings with
 * alternative text; for a multi-level aggregate, one line per lower level. The narrative draft is
 * not repeated here: the document puts it in the sections themselves. Starts on a new page.
 */
export function aggregateBlocks(result: AggregateResult, options: AggregateBlockOptions): Block[] {
  const outline = appendixOutline(result, { ...options, draft: false });
  return [
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, text: outline.title },
    ...outline.parts.flatMap((part): Block[] => [{ kind: 'heading', level: 2, text: part.heading }, ...part.blocks.flatMap(blocksOf)]),
  ];
}
