import { fontStacks } from './fonts.js';

/**
 * The stylesheet of every document: GB/T 9704 measures (A4, type area 156 mm × 225 mm, top margin
 * 37 mm, left margin 28 mm, title 22 pt 小标宋, body 16 pt 仿宋 with a two-character indent,
 * 28.9 pt line pitch for 22 lines a page), tables in 10.5 pt 宋体 so the 10-column table 三 fits
 * the width, page numbers `— 1 —` at the foot, and print rules that keep headers with their rows.
 */
export const documentStyles = `
@page {
  size: A4 portrait;
  margin: 37mm 26mm 35mm 28mm;
  @bottom-center {
    content: "— " counter(page) " —";
    font-family: ${fontStacks.song};
    font-size: 14pt;
    vertical-align: top;
    padding-top: 7mm;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { background: #e9e9e6; color: #000; -webkit-text-size-adjust: 100%; }
body { margin: 0; padding: 24px 0; font-family: ${fontStacks.body}; font-size: 16pt; line-height: 28.9pt; }
.page { background: #fff; width: 210mm; max-width: 100%; margin: 0 auto; padding: 25mm 26mm 25mm 28mm; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.18); }
.document-title { font-family: ${fontStacks.title}; font-size: 22pt; line-height: 1.45; font-weight: normal; text-align: center; margin: 0 0 28.9pt; text-wrap: balance; overflow-wrap: anywhere; }
.title-part { display: inline-block; max-width: 100%; }
p { margin: 0; text-indent: 2em; text-align: justify; overflow-wrap: anywhere; }
.heading { margin: 0; font-size: 16pt; line-height: 28.9pt; font-weight: normal; text-indent: 2em; break-after: avoid; page-break-after: avoid; overflow-wrap: anywhere; }
.heading--1 { font-family: ${fontStacks.heading}; }
.heading--2 { font-family: ${fontStacks.kai}; }
.heading--3, .heading--4 { font-family: ${fontStacks.body}; }
.heading--run-in { display: inline; text-indent: 0; }
.report-section, .report-preface { margin: 0; }
.empty-section { color: #555; }

.table-wrap { margin: 6pt 0 14pt; overflow-x: auto; }
.report-table { width: 100%; min-width: 40em; border-collapse: collapse; table-layout: fixed; font-family: ${fontStacks.song}; font-size: 10.5pt; line-height: 1.25; }
.report-table th, .report-table td { border: 0.75pt solid #000; padding: 1.5pt 1pt; text-align: center; vertical-align: middle; font-weight: normal; overflow-wrap: anywhere; }
.report-table .cell--row-label, .report-table .cell--corner, .report-table .cell--caption { padding: 1.5pt 3pt; }
.report-table thead { display: table-header-group; }
/* A table that fits on a page stays whole; a longer one breaks between rows, its header repeated
   (Chromium keeps rows under a merged cell together when rows avoid breaks, leaving gaps). */
.report-table--keep, .report-table--keep tr, .report-table thead tr { break-inside: avoid; page-break-inside: avoid; }
.report-table tbody.band--block { break-inside: avoid; page-break-inside: avoid; }
.report-table .cell--caption { font-family: ${fontStacks.heading}; background: #f2f2f2; }
.report-table .cell--header { background: #f7f7f7; }
.report-table .cell--corner { font-size: 9pt; }
.report-table .cell--row-label-leaf { text-align: left; }
.report-table .cell--keep-words { word-break: keep-all; overflow-wrap: normal; }
.cell--value { font-variant-numeric: tabular-nums; }
.report-table .cell--empty { background: repeating-linear-gradient(135deg, #fff 0 3pt, #bbb 3pt 4pt); -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.table-notes { font-size: 10.5pt; line-height: 1.4; margin: -8pt 0 14pt; }
.table-notes p { text-indent: 0; }

.appendix { break-before: page; page-break-before: always; margin-top: 28.9pt; }
.data-table { width: 100%; border-collapse: collapse; font-family: ${fontStacks.song}; font-size: 10.5pt; line-height: 1.35; margin: 6pt 0 14pt; }
.data-table th, .data-table td { border: 0.75pt solid #000; padding: 2pt 4pt; vertical-align: top; font-weight: normal; text-align: left; overflow-wrap: anywhere; }
.data-table thead th { background: #f2f2f2; text-align: center; vertical-align: middle; }
.data-table thead { display: table-header-group; }
.data-table tr { break-inside: avoid; page-break-inside: avoid; }
.data-table .number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.data-table .total-row td, .data-table .total-row th { border-top-width: 1.5pt; }
.completeness-table, .members-table { break-inside: avoid; page-break-inside: avoid; }
.data-table .attention { font-weight: bold; }
.data-table .value { font-variant-numeric: tabular-nums; }
.diagnostics-table .code { font-size: 0.8em; }
.note { font-size: 10.5pt; line-height: 1.5; text-indent: 0; color: #333; }

.chart { margin: 6pt 0 14pt; break-inside: avoid; page-break-inside: avoid; }
.chart figcaption { font-family: ${fontStacks.heading}; font-size: 11pt; line-height: 1.4; text-align: center; margin-bottom: 4pt; }
.chart svg { display: block; width: 100%; height: auto; font-family: ${fontStacks.song}; }

.draft { border: 1.5pt dashed #000; padding: 8pt 12pt; margin: 6pt 0 14pt; position: relative; }
.draft-badge { display: inline-block; border: 1.5pt solid #000; font-family: ${fontStacks.heading}; font-size: 12pt; line-height: 1.3; padding: 0 6pt; margin-right: 6pt; letter-spacing: 0.2em; }
.draft .note { margin-bottom: 6pt; }
.draft-section { font-family: ${fontStacks.heading}; text-indent: 0; margin-top: 4pt; }

.severity { display: inline-block; min-width: 3.2em; text-align: center; border: 1pt solid #000; padding: 0 2pt; white-space: nowrap; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.severity--error { font-weight: bold; background: #000; color: #fff; }
.severity--warning { font-weight: bold; }
.severity--info { border-style: dashed; }
.diagnostic-group { margin-top: 14pt; }
.diagnostic-code { color: #444; font-size: 0.85em; margin-top: 2pt; }
.keep-with-next, .keep-with-next > * { break-after: avoid; page-break-after: avoid; }
.page--working { font-size: 12pt; line-height: 1.6; }
.page--working .document-title { font-size: 18pt; margin-bottom: 12pt; }
.page--working .heading { font-size: 14pt; line-height: 1.6; text-indent: 0; margin-top: 10pt; }
.page--working .heading--2 { font-size: 12.5pt; margin-top: 6pt; }
.page--working p { text-indent: 0; }
.diagnostics-summary { text-indent: 0; }
code, .code { font-family: ui-monospace, "DejaVu Sans Mono", "Noto Sans Mono CJK SC", monospace; font-size: 0.9em; }
.document-meta { font-size: 10.5pt; line-height: 1.4; color: #444; text-align: right; margin-top: 28.9pt; text-indent: 0; }

@media screen and (max-width: 820px) {
  body { padding: 0; font-size: 14pt; line-height: 1.8; }
  .page { width: auto; padding: 16px; box-shadow: none; }
  .heading { line-height: 1.8; }
}
.review-mark { margin: 0 0 1em; padding: 0.3em 0.8em; border: 2px solid #c00; color: #c00; font-weight: bold; text-align: center; letter-spacing: 0.2em; }
@media print {
  .review-mark { position: fixed; top: 0; right: 0; margin: 0; }
  html, body { background: #fff; padding: 0; }
  .page { width: auto; max-width: none; margin: 0; padding: 0; box-shadow: none; }
  .table-wrap { overflow: visible; }
  .cell--caption, .cell--header, .data-table thead th { background: none; }
  .document-meta { display: none; }
}
`;
