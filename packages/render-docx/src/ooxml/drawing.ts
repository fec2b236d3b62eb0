import { formatNumber, sumExact } from '@report/core/plugin';
import type { DocxChart } from '../content/blocks.js';
import { textWidth } from './column-widths.js';
import { styleIds } from './styles.js';
import { element } from './xml.js';

/*
 * The appendix's charts as DrawingML vector drawings: one inline group (`wpg:wgp`) of rectangles and
 * text boxes (`wps:wsp`) per chart, its values written beside the bars so it reads the same in black
 * and white, and `wp:docPr descr` carrying every value as the alternative text. No chart part, no image.
 */

/** English Metric Units: 36,000 a millimetre, 635 a twip. */
const mm = (value: number) => Math.round(value * 36_000);
/** One character of table text (五号, 10.5 pt) in EMU. */
const em = 133_350;

export const drawingNamespaces = {
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  wpg: 'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup',
  wps: 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
};

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Fills that stay distinct in black-and-white print, as the HTML's patterns. */
const fills = [
  element('a:solidFill', {}, element('a:srgbClr', { val: '222222' })),
  pattern('wdUpDiag'),
  pattern('wdDnDiag'),
  pattern('diagCross'),
  element('a:solidFill', {}, element('a:srgbClr', { val: '9A9A9A' })),
  pattern('horz'),
  pattern('vert'),
  element('a:solidFill', {}, element('a:srgbClr', { val: 'FFFFFF' })),
];

function pattern(preset: string): string {
  return element('a:pattFill', { prst: preset }, element('a:fgClr', {}, element('a:srgbClr', { val: '000000' })) + element('a:bgClr', {}, element('a:srgbClr', { val: 'FFFFFF' })));
}

const black = element('a:solidFill', {}, element('a:srgbClr', { val: '000000' }));
const outline = element('a:ln', { w: 7620 }, black);

function geometry(box: Box): string {
  return element('a:xfrm', {}, element('a:off', { x: box.x, y: box.y }) + element('a:ext', { cx: Math.max(0, box.width), cy: box.height })) + element('a:prstGeom', { prst: 'rect' }, element('a:avLst'));
}

class Shapes {
  private readonly parts: string[] = [];
  constructor(private nextId: number) {}

  rect(box: Box, fill: string, line = outline): void {
    this.parts.push(
      element(
        'wps:wsp',
        {},
        element('wps:cNvPr', { id: this.nextId++, name: `Shape ${this.nextId}` }) +
          element('wps:cNvSpPr') +
          element('wps:spPr', {}, geometry(box) + fill + line) +
          element('wps:bodyPr', {}),
      ),
    );
  }

  text(box: Box, text: string, align: 'left' | 'right' | 'center'): void {
    const paragraph = element('w:p', {}, element('w:pPr', {}, element('w:pStyle', { 'w:val': styleIds.table }) + element('w:jc', { 'w:val': align })) + element('w:r', {}, element('w:t', { 'xml:space': 'preserve' }, text)));
    this.parts.push(
      element(
        'wps:wsp',
        {},
        element('wps:cNvPr', { id: this.nextId++, name: `Text ${this.nextId}` }) +
          element('wps:cNvSpPr', { txBox: 1 }) +
          element('wps:spPr', {}, geometry(box) + element('a:noFill') + element('a:ln', {}, element('a:noFill'))) +
          element('wps:txbx', {}, element('w:txbxContent', {}, paragraph)) +
          element('wps:bodyPr', { rot: 0, vert: 'horz', wrap: 'square', lIns: 0, tIns: 0, rIns: 0, bIns: 0, anchor: 'ctr', anchorCtr: 0 }, element('a:noAutofit')),
      ),
    );
  }

  xml(): string {
    return this.parts.join('');
  }
}

/** A label shortened to `max` characters, with an ellipsis (the alternative text has it whole). */
function fit(label: string, max: number): string {
  if (textWidth(label) <= max) return label;
  let out = '';
  for (const character of label) {
    if (textWidth(`${out}${character}…`) > max) break;
    out += character;
  }
  return `${out}…`;
}

export function percent(value: number, total: number): string {
  return `${(Math.round((value / total) * 1000) / 10).toFixed(1)}%`;
}

const rowHeight = mm(7);

/** The bar chart: one bar per item, the label on the left, the value at the bar's end. */
function barShapes(chart: DocxChart, width: number, shapes: Shapes): number {
  const { items } = chart;
  const top = mm(1.5);
  const labelChars = Math.min(12, Math.max(4, ...items.map((item) => textWidth(item.label))));
  const labelWidth = labelChars * em + mm(3);
  const valueRoom = mm(20);
  const barRoom = width - labelWidth - valueRoom;
  const max = Math.max(0, ...items.map((item) => item.value ?? 0));
  const rows = Math.max(1, items.length);
  items.forEach((item, index) => {
    const y = top + index * rowHeight;
    const length = max > 0 && item.value !== null ? Math.round(Math.max(item.value > 0 ? mm(0.3) : 0, (item.value / max) * barRoom)) : 0;
    shapes.text({ x: 0, y, width: labelWidth - mm(2), height: rowHeight }, fit(item.label, labelChars), 'right');
    if (length > 0) shapes.rect({ x: labelWidth, y: y + mm(1.2), width: length, height: rowHeight - mm(2.4) }, element('a:solidFill', {}, element('a:srgbClr', { val: '4D4D4D' })));
    shapes.text({ x: labelWidth + length + mm(1.5), y, width: valueRoom - mm(1.5), height: rowHeight }, item.value === null ? '—' : formatNumber(item.value), 'left');
  });
  shapes.rect({ x: labelWidth - mm(0.15), y: top, width: mm(0.3), height: rows * rowHeight }, black, element('a:ln', {}, element('a:noFill')));
  if (items.length === 0 || max === 0) shapes.text({ x: labelWidth + mm(3), y: top, width: barRoom, height: rowHeight }, chart.emptyText, 'left');
  return top * 2 + rows * rowHeight;
}

/** The share chart: one 100% bar of patterned segments, then a legend with each part's value and share. */
function shareShapes(chart: DocxChart, width: number, shapes: Shapes): number {
  const items = chart.items.map((item) => ({ label: item.label, value: item.value ?? 0 }));
  const total = sumExact(items.map((item) => item.value));
  const barTop = mm(1.5);
  const barHeight = mm(8);
  let x = 0;
  items.forEach((item, index) => {
    if (total <= 0 || item.value <= 0) return;
    const segment = Math.round((item.value / total) * width);
    shapes.rect({ x, y: barTop, width: Math.min(segment, width - x), height: barHeight }, fills[index % fills.length]);
    x += segment;
  });
  if (total <= 0) {
    shapes.rect({ x: 0, y: barTop, width, height: barHeight }, element('a:noFill'));
    shapes.text({ x: 0, y: barTop, width, height: barHeight }, chart.emptyText, 'center');
  }
  const legendTop = barTop + barHeight + mm(3);
  const shareWidth = mm(18);
  const valueWidth = mm(18);
  const labelX = mm(9);
  const labelWidth = width - labelX - shareWidth - valueWidth - mm(2);
  items.forEach((item, index) => {
    const y = legendTop + index * rowHeight;
    shapes.rect({ x: 0, y: y + mm(1.5), width: mm(7), height: rowHeight - mm(3) }, fills[index % fills.length]);
    shapes.text({ x: labelX, y, width: labelWidth, height: rowHeight }, fit(item.label, Math.floor(labelWidth / em)), 'left');
    shapes.text({ x: width - shareWidth - valueWidth, y, width: valueWidth, height: rowHeight }, formatNumber(item.value), 'right');
    shapes.text({ x: width - shareWidth, y, width: shareWidth, height: rowHeight }, total > 0 ? percent(item.value, total) : '—', 'right');
  });
  const totalY = legendTop + items.length * rowHeight;
  shapes.rect({ x: labelX, y: totalY + mm(0.3), width: width - labelX, height: mm(0.25) }, black, element('a:ln', {}, element('a:noFill')));
  shapes.text({ x: labelX, y: totalY + mm(0.6), width: labelWidth, height: rowHeight }, chart.totalLabel, 'left');
  shapes.text({ x: width - shareWidth - valueWidth, y: totalY + mm(0.6), width: valueWidth, height: rowHeight }, formatNumber(total), 'right');
  shapes.text({ x: width - shareWidth, y: totalY + mm(0.6), width: shareWidth, height: rowHeight }, total > 0 ? '100%' : '—', 'right');
  return totalY + rowHeight + mm(2);
}

/**
 * A chart as a run: an inline drawing the width of `widthTwips`, a group of shapes whose
 * `wp:docPr descr` is the chart's alternative text. `id` must be unique in the document.
 */
export function chartRun(chart: DocxChart, widthTwips: number, id: number): string {
  const width = widthTwips * 635;
  const shapes = new Shapes(id * 1000 + 1);
  const height = chart.type === 'bars' ? barShapes(chart, width, shapes) : shareShapes(chart, width, shapes);
  const group = element(
    'wpg:wgp',
    {},
    element('wpg:cNvGrpSpPr') +
      element('wpg:grpSpPr', {}, element('a:xfrm', {}, element('a:off', { x: 0, y: 0 }) + element('a:ext', { cx: width, cy: height }) + element('a:chOff', { x: 0, y: 0 }) + element('a:chExt', { cx: width, cy: height }))) +
      shapes.xml(),
  );
  const inline = element(
    'wp:inline',
    { distT: 0, distB: 0, distL: 0, distR: 0 },
    element('wp:extent', { cx: width, cy: height }) +
      element('wp:effectExtent', { l: 0, t: 0, r: 0, b: 0 }) +
      element('wp:docPr', { id, name: `Chart ${id}`, descr: chart.description }) +
      element('wp:cNvGraphicFramePr') +
      element('a:graphic', {}, element('a:graphicData', { uri: drawingNamespaces.wpg }, group)),
  );
  return element('w:r', {}, element('mc:AlternateContent', {}, element('mc:Choice', { Requires: 'wpg' }, element('w:drawing', {}, inline))));
}
