import type { DiagnosticLocation } from '@report/core';
import type { GridBand, GridCellKind } from '@report/core/plugin';
import type { FontRole } from '../fonts/font-roles.js';

/** One cell of a table as it is printed: its place in the grid, its text and how it is set. */
export interface PrintCell {
  row: number;
  column: number;
  rowSpan: number;
  colSpan: number;
  kind: GridCellKind;
  text: string;
  align: 'left' | 'center' | 'right';
  /** Face role of the text (captions in 黑体, the rest in 宋体). */
  role: FontRole;
  /** Size relative to the table's size (the corner note is smaller). */
  scale?: number;
  /** Numbers never wrap. */
  noWrap?: boolean;
  /** Where this text is, for glyph diagnostics. */
  location: DiagnosticLocation;
}

/** A table ready to lay out: official tables come from `layoutTable`, data tables are built the same way. */
export interface PrintTable {
  rowCount: number;
  columnCount: number;
  /** Leading rows repeated at the top of each page the table continues on. */
  headerRows: number;
  cells: PrintCell[];
  /** Runs of rows that must stay on one page (table 二's blocks). */
  bands: GridBand[];
  /** Give every number column the same width (official tables). */
  uniformValueColumns?: boolean;
  /** Notes printed under the table. */
  notes?: string[];
  location: DiagnosticLocation;
}
