import type { DiagnosticLocation } from '@report/core';
import type { PrintTable } from '../layout/print-table.js';

/**
 * The document as a flat list of blocks, before typesetting: what to print, not where. GB/T 9704
 * heading levels: 1 `一、` 黑体, 2 `（一）` 楷体, 3 `1.` and 4 `（1）` 仿宋.
 */
export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: number; text: string; location: DiagnosticLocation }
  | { kind: 'paragraph'; text: string; location: DiagnosticLocation; small?: boolean }
  | { kind: 'table'; table: PrintTable }
  | { kind: 'pageBreak' };
