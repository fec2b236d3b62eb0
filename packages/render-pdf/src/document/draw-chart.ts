import type { DiagnosticLocation } from '@report/core';
import { formatNumber, sharePercent, sumExact, type AppendixChart } from '@report/core/plugin';
import type { FontRole } from '../fonts/font-roles.js';
import { naturalWidth } from '../layout/break-lines.js';
import type { PdfWriter } from './pdf-writer.js';

/*
 * The appendix's two charts as vector paths (rectangles, lines, hatching) with every label and value
 * as real text, drawn from the same items and in the same layout as the HTML's SVG charts
 * (`svg-charts.ts` of render-html): legible in black and white, searchable, no bitmap.
 */

const size = 10.5;
const captionSize = 11;
const captionPitch = captionSize * 1.6;
const barRow = 20;
const legendRow = 19;
const shareBarHeight = 24;
/** Rows kept with the caption at the foot of a page. */
const leadRows = 3;

/** Height of the caption and the first rows: what must fit before a chart may start on a page. */
export function chartLeadHeight(chart: AppendixChart): number {
  const rows = Math.min(leadRows, Math.max(1, chart.items.length));
  return chart.kind === 'bars' ? captionPitch + rows * barRow : captionPitch + shareBarHeight + 10 + rows * legendRow;
}

interface Pen {
  writer: PdfWriter;
  location: DiagnosticLocation;
  measure: (character: string) => number;
}

function pen(writer: PdfWriter, location: DiagnosticLocation, role: FontRole = 'table'): Pen {
  return { writer, location, measure: writer.measure(role, size) };
}

/** Text at `x` (left, or right edge with `right`), vertically centred in a row of `height` from `top`. */
function label(p: Pen, text: string, x: number, top: number, height: number, align: 'left' | 'right' = 'left'): void {
  const width = naturalWidth(text, p.measure);
  const baseline = p.writer.baseline(top, height, size);
  p.writer.drawText(text, p.writer.face('table'), size, align === 'right' ? x - width : x, baseline, 0, p.location);
}

/** Shortens a label to `max` points, with an ellipsis. */
function fit(text: string, max: number, measure: (character: string) => number): string {
  if (naturalWidth(text, measure) <= max) return text;
  let out = '';
  for (const character of text) {
    if (naturalWidth(`${out}${character}…`, measure) > max) break;
    out += character;
  }
  return `${out}…`;
}

function caption(writer: PdfWriter, chart: AppendixChart, location: DiagnosticLocation): void {
  const face = writer.face('heading');
  const width = naturalWidth(chart.caption, writer.measure('heading', captionSize));
  writer.drawText(chart.caption, face, captionSize, writer.left + Math.max(0, (writer.width - width) / 2), writer.baseline(writer.y, captionPitch, captionSize), 0, location);
  writer.y += captionPitch;
}

/** One bar per item, its label on the left and its value at the bar's end; the axis drawn row by row, so the chart may continue on the next page. */
function drawBars(writer: PdfWriter, chart: AppendixChart, location: DiagnosticLocation): void {
  const p = pen(writer, location);
  const { doc } = writer;
  const em = size;
  const widest = Math.max(0, ...chart.items.map((item) => naturalWidth(item.label, p.measure)));
  const labelWidth = Math.min(12 * em, Math.max(4 * em, widest)) + 6;
  const barRoom = writer.width - labelWidth - 55;
  const max = Math.max(0, ...chart.items.map((item) => item.value ?? 0));
  const rows = chart.items.length > 0 ? chart.items : [undefined];
  rows.forEach((item) => {
    writer.ensureSpace(barRow);
    const top = writer.y;
    const axis = writer.left + labelWidth;
    doc.lineWidth(0.8).strokeColor('#000000').moveTo(axis, top).lineTo(axis, top + barRow).stroke();
    if (!item) {
      label(p, chart.emptyText, axis + 6, top, barRow);
    } else {
      const length = max > 0 && item.value !== null ? Math.max(item.value > 0 ? 1 : 0, (item.value / max) * barRoom) : 0;
      label(p, fit(item.label, labelWidth - 10, p.measure), axis - 5, top, barRow, 'right');
      if (length > 0) doc.rect(axis, top + 3, length, barRow - 6).lineWidth(0.5).fillColor('#4d4d4d').strokeColor('#000000').fillAndStroke();
      doc.fillColor('#000000');
      label(p, item.value === null ? '—' : formatNumber(item.value), axis + length + 3, top, barRow);
    }
    writer.y += barRow;
  });
}

/** Fills that stay apart in black-and-white print, as the HTML's patterns: solid, hatching, dots, grey, white. */
function fillPattern(writer: PdfWriter, index: number, box: { x: number; y: number; width: number; height: number }): void {
  const { doc } = writer;
  const { x, y, width, height } = box;
  const kind = index % 8;
  const solid: Record<number, string> = { 0: '#222222', 4: '#9a9a9a' };
  doc.save();
  doc.rect(x, y, width, height).fill(solid[kind] ?? '#ffffff');
  if (!(kind in solid) && kind !== 7) {
    doc.rect(x, y, width, height).clip();
    doc.lineWidth(0.9).strokeColor('#000000');
    const step = 4.5;
    if (kind === 2) {
      for (let cy = y + step / 2; cy < y + height; cy += step) for (let cx = x + step / 2; cx < x + width; cx += step) doc.circle(cx, cy, 1).fill('#000000');
    } else {
      const diagonal = kind === 1 || kind === 3;
      if (diagonal) for (let offset = -height; offset < width; offset += step) doc.moveTo(x + offset, y + height).lineTo(x + offset + height, y).stroke();
      if (kind === 3) for (let offset = 0; offset < width + height; offset += step) doc.moveTo(x + offset, y + height).lineTo(x + offset - height, y).stroke();
      if (kind === 5) for (let cy = y + step / 2; cy < y + height; cy += step) doc.moveTo(x, cy).lineTo(x + width, cy).stroke();
      if (kind === 6) for (let cx = x + step / 2; cx < x + width; cx += step) doc.moveTo(cx, y).lineTo(cx, y + height).stroke();
    }
  }
  doc.restore();
  doc.rect(x, y, width, height).lineWidth(0.6).strokeColor('#000000').stroke();
  doc.fillColor('#000000');
}

/** The share of each part as one 100% bar of patterned segments, then a legend: pattern, label, value, share; the total last. */
function drawShares(writer: PdfWriter, chart: AppendixChart, location: DiagnosticLocation): void {
  const p = pen(writer, location);
  const items = chart.items.map((item) => ({ label: item.label, value: item.value ?? 0 }));
  const total = sumExact(items.map((item) => item.value));
  const { left, width } = writer;
  const barTop = writer.y + 2;
  if (total > 0) {
    let x = left;
    items.forEach((item, index) => {
      if (item.value <= 0) return;
      const segment = (item.value / total) * width;
      fillPattern(writer, index, { x, y: barTop, width: segment, height: shareBarHeight });
      x += segment;
    });
  } else {
    writer.doc.rect(left, barTop, width, shareBarHeight).lineWidth(0.6).strokeColor('#000000').stroke();
    const empty = naturalWidth(chart.emptyText, p.measure);
    label(p, chart.emptyText, left + (width - empty) / 2, barTop, shareBarHeight);
  }
  writer.y = barTop + shareBarHeight + 8;
  const valueRight = left + width - 60;
  items.forEach((item, index) => {
    writer.ensureSpace(legendRow);
    const top = writer.y;
    fillPattern(writer, index, { x: left, y: top + 4, width: 17, height: legendRow - 8 });
    label(p, fit(item.label, valueRight - left - 24 - 40, p.measure), left + 24, top, legendRow);
    label(p, formatNumber(item.value), valueRight, top, legendRow, 'right');
    label(p, total > 0 ? sharePercent(item.value, total) : '—', left + width, top, legendRow, 'right');
    writer.y += legendRow;
  });
  writer.ensureSpace(legendRow);
  const top = writer.y;
  writer.doc.lineWidth(0.6).strokeColor('#000000').moveTo(left + 24, top + 1).lineTo(left + width, top + 1).stroke();
  label(p, chart.totalLabel, left + 24, top, legendRow);
  label(p, formatNumber(total), valueRight, top, legendRow, 'right');
  label(p, total > 0 ? '100%' : '—', left + width, top, legendRow, 'right');
  writer.y += legendRow;
}

/** Draws a chart from the cursor down: the caption kept with its first rows, the rows continuing on the next page when they must. */
export function drawChart(writer: PdfWriter, chart: AppendixChart, location: DiagnosticLocation): void {
  writer.ensureSpace(chartLeadHeight(chart));
  caption(writer, chart, location);
  if (chart.kind === 'bars') drawBars(writer, chart, location);
  else drawShares(writer, chart, location);
}
