import { formatNumber, sharePercent, sumExact, type ChartItem } from '@report/core/plugin';
import { textWidth } from './column-widths.js';
import { escapeHtml } from './escape.js';

export type { ChartItem } from '@report/core/plugin';

/** Text size in SVG units: printed at the type-area width (156 mm) this is about 11 pt. */
const fontSize = 14;
const width = 560;

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Shortens a label to `max` em, with an ellipsis; the full text stays in a `<title>`. */
function fit(label: string, max: number): string {
  if (textWidth(label) <= max) return label;
  let out = '';
  for (const character of label) {
    if (textWidth(`${out}${character}…`) > max) break;
    out += character;
  }
  return `${out}…`;
}

/**
 * A horizontal bar chart as inline SVG: one bar per item, its label on the left and its value
 * written at the bar's end, so it reads the same printed in black and white. No script.
 */
export function horizontalBarChart(options: { caption: string; items: readonly ChartItem[]; emptyText: string }): string {
  const { items } = options;
  const rowHeight = 26;
  const top = 8;
  const labelWidth = Math.min(12, Math.max(4, ...items.map((item) => textWidth(item.label)))) * fontSize + 8;
  const valueRoom = 70;
  const barRoom = width - labelWidth - valueRoom;
  const max = Math.max(0, ...items.map((item) => item.value ?? 0));
  const height = top * 2 + Math.max(1, items.length) * rowHeight + 18;
  const bars = items.map((item, index) => {
    const y = top + index * rowHeight;
    const length = max > 0 && item.value !== null ? Math.max(item.value > 0 ? 1 : 0, (item.value / max) * barRoom) : 0;
    const text = item.value === null ? '—' : formatNumber(item.value);
    return [
      `<g class="bar" data-label="${escapeHtml(item.label)}" data-value="${item.value ?? ''}">`,
      `<title>${escapeHtml(item.label)}：${escapeHtml(text)}</title>`,
      `<text x="${labelWidth - 6}" y="${y + rowHeight / 2 + fontSize * 0.35}" text-anchor="end" font-size="${fontSize}">${escapeHtml(fit(item.label, 12))}</text>`,
      `<rect x="${labelWidth}" y="${y + 4}" width="${round(length)}" height="${rowHeight - 8}" fill="#4d4d4d" stroke="#000" stroke-width="0.6"/>`,
      `<text x="${round(labelWidth + length + 4)}" y="${y + rowHeight / 2 + fontSize * 0.35}" font-size="${fontSize}">${escapeHtml(text)}</text>`,
      '</g>',
    ].join('');
  });
  const axisY = top + Math.max(1, items.length) * rowHeight;
  const axis = `<line x1="${labelWidth}" y1="${top}" x2="${labelWidth}" y2="${axisY}" stroke="#000" stroke-width="0.8"/>`;
  const empty = items.length === 0 || max === 0 ? `<text x="${labelWidth + 8}" y="${top + 15}" font-size="${fontSize}">${escapeHtml(options.emptyText)}</text>` : '';
  return `<figure class="chart chart--bars">
<figcaption>${escapeHtml(options.caption)}</figcaption>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(options.caption)}">
${axis}
${bars.join('\n')}
${empty}
</svg>
</figure>`;
}

/** Fills that stay distinct in black-and-white print. */
function patternDefinitions(prefix: string): string[] {
  const stroke = 'stroke="#000" stroke-width="1.2"';
  return [
    `<pattern id="${prefix}-0" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#222"/></pattern>`,
    `<pattern id="${prefix}-1" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" ${stroke}/></pattern>`,
    `<pattern id="${prefix}-2" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#fff"/><circle cx="3" cy="3" r="1.3" fill="#000"/></pattern>`,
    `<pattern id="${prefix}-3" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" ${stroke}/><line x1="0" y1="0" x2="6" y2="0" ${stroke}/></pattern>`,
    `<pattern id="${prefix}-4" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#9a9a9a"/></pattern>`,
    `<pattern id="${prefix}-5" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="3" x2="6" y2="3" ${stroke}/></pattern>`,
    `<pattern id="${prefix}-6" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#fff"/><line x1="3" y1="0" x2="3" y2="6" ${stroke}/></pattern>`,
    `<pattern id="${prefix}-7" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#fff"/></pattern>`,
  ];
}

/**
 * The share of each part in a whole as one 100% bar of patterned segments, with a legend giving
 * every part's pattern, label, value and percentage: legible in black and white, no script.
 * `id` must be unique in the document (it prefixes the pattern ids).
 */
export function shareBarChart(options: { id: string; caption: string; items: readonly ChartItem[]; emptyText: string; totalLabel: string }): string {
  const items = options.items.map((item) => ({ label: item.label, value: item.value ?? 0 }));
  const total = sumExact(items.map((item) => item.value));
  const patterns = patternDefinitions(options.id);
  const barTop = 8;
  const barHeight = 30;
  const legendTop = barTop + barHeight + 14;
  const legendRow = 24;
  const height = legendTop + (Math.max(1, items.length) + 1) * legendRow + 6;
  const segments: string[] = [];
  let x = 0;
  items.forEach((item, index) => {
    if (total <= 0 || item.value <= 0) return;
    const segment = (item.value / total) * width;
    segments.push(
      `<rect class="segment" x="${round(x)}" y="${barTop}" width="${round(segment)}" height="${barHeight}" fill="url(#${options.id}-${index % patterns.length})" stroke="#000" stroke-width="0.8"><title>${escapeHtml(item.label)}：${formatNumber(item.value)}（${sharePercent(item.value, total)}）</title></rect>`,
    );
    x += segment;
  });
  const legend = items.map((item, index) => {
    const y = legendTop + index * legendRow;
    const share = total > 0 ? sharePercent(item.value, total) : '—';
    return [
      `<g class="legend-item" data-label="${escapeHtml(item.label)}" data-value="${item.value}">`,
      `<rect x="0" y="${y}" width="22" height="14" fill="url(#${options.id}-${index % patterns.length})" stroke="#000" stroke-width="0.8"/>`,
      `<text x="30" y="${y + 12.5}" font-size="${fontSize}">${escapeHtml(fit(item.label, 29))}</text>`,
      `<text x="${width - 76}" y="${y + 12.5}" font-size="${fontSize}" text-anchor="end">${formatNumber(item.value)}</text>`,
      `<text x="${width}" y="${y + 12.5}" font-size="${fontSize}" text-anchor="end">${share}</text>`,
      '</g>',
    ].join('');
  });
  const totalY = legendTop + items.length * legendRow;
  legend.push(
    `<g class="legend-total"><line x1="30" y1="${totalY + 2}" x2="${width}" y2="${totalY + 2}" stroke="#000" stroke-width="0.6"/>` +
      `<text x="30" y="${totalY + 17}" font-size="${fontSize}">${escapeHtml(options.totalLabel)}</text>` +
      `<text x="${width - 76}" y="${totalY + 17}" font-size="${fontSize}" text-anchor="end">${formatNumber(total)}</text>` +
      `<text x="${width}" y="${totalY + 17}" font-size="${fontSize}" text-anchor="end">${total > 0 ? '100%' : '—'}</text></g>`,
  );
  const empty = total <= 0 ? `<rect x="0" y="${barTop}" width="${width}" height="${barHeight}" fill="#fff" stroke="#000" stroke-width="0.8"/><text x="${width / 2}" y="${barTop + 20}" text-anchor="middle" font-size="${fontSize}">${escapeHtml(options.emptyText)}</text>` : '';
  return `<figure class="chart chart--shares">
<figcaption>${escapeHtml(options.caption)}</figcaption>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(options.caption)}">
<defs>${patterns.join('')}</defs>
${segments.join('\n')}
${empty}
${legend.join('\n')}
</svg>
</figure>`;
}
