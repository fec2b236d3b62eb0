import type { DiagnosticLocation } from '@report/core';
import type { AppendixChart } from '@report/core/plugin';
import type { PrintTable } from '../layout/print-table.js';

/**
 * How a paragraph is set: `body` 仿宋 with a two-character indent (default); `small` in the tables'
 * size (notices, captions); `draft` generated text, in 楷体 on a shaded band with a rule on its left,
 * so it never passes for the county's own text; `draftHeading` a section title inside the draft.
 */
export type ParagraphStyle = 'body' | 'small' | 'draft' | 'draftHeading';

/**
 * The document as a flat list of blocks, before typesetting: what to print, not where. GB/T 9704
 * heading levels: 1 `一、` 黑体, 2 `（一）` 楷体, 3 `1.` and 4 `（1）` 仿宋.
 */
export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: number; text: string; location: DiagnosticLocation }
  | { kind: 'paragraph'; text: string; location: DiagnosticLocation; style?: ParagraphStyle }
  /** The boxed badge (`草稿`) and what the generated text below it is, before the draft's paragraphs. */
  | { kind: 'draftNote'; badge: string; text: string; location: DiagnosticLocation }
  | { kind: 'table'; table: PrintTable }
  /** A chart of the appendix, drawn as vector paths with its labels and values as text. */
  | { kind: 'chart'; chart: AppendixChart; location: DiagnosticLocation }
  | { kind: 'pageBreak' };
