import type { Block } from '../content/blocks.js';
import type { DocxFont, DocxFontRole } from './fonts.js';
import { linePitch, pageGeometry, typeAreaWidth } from './page-geometry.js';
import { runFonts } from './run-fonts.js';
import { chartRun, drawingNamespaces } from './drawing.js';
import { styleIds } from './styles.js';
import { tableXml } from './table.js';
import { element, escapeXml, namespaces, xmlDeclaration } from './xml.js';

/** Page numbers: `alternate` (GB/T 9704: odd pages right, even pages left, one character in) or `center`. */
export type PageNumberPosition = 'alternate' | 'center';

type Fonts = Readonly<Record<DocxFontRole, Required<DocxFont>>>;

function run(text: string, rPr = ''): string {
  return element('w:r', {}, (rPr ? element('w:rPr', {}, rPr) : '') + element('w:t', { 'xml:space': 'preserve' }, text));
}

function paragraph(style: string | undefined, content: string, pageBreakBefore: boolean): string {
  const pPr = (style ? element('w:pStyle', { 'w:val': style }) : '') + (pageBreakBefore ? element('w:pageBreakBefore') : '');
  return element('w:p', {}, (pPr ? element('w:pPr', {}, pPr) : '') + content);
}

const paragraphStyles = { body: undefined, notice: styleIds.notice, draft: styleIds.draft } as const;

/** The blocks as the body of `word/document.xml`. */
function bodyXml(blocks: readonly Block[], fonts: Fonts): string {
  const parts: string[] = [];
  let breakBefore = false;
  let charts = 0;
  blocks.forEach((block, index) => {
    switch (block.kind) {
      case 'pageBreak':
        breakBefore = true;
        return;
      case 'title':
        parts.push(paragraph(styleIds.title, run(block.text), breakBefore));
        break;
      case 'heading':
        parts.push(paragraph(styleIds.heading(block.level), run(block.text), breakBefore));
        break;
      case 'paragraph':
        parts.push(paragraph(paragraphStyles[block.style ?? 'body'], run(block.text), breakBefore));
        break;
      case 'draftNote':
        parts.push(paragraph(styleIds.draftNote, run(block.badge, runFonts(fonts.heading) + element('w:b')) + run(block.text), breakBefore));
        break;
      case 'chart': {
        // The caption kept with its drawing; the drawing in a paragraph of its own, off the line grid.
        const captionPr = element('w:pPr', {}, element('w:pStyle', { 'w:val': styleIds.notice }) + element('w:keepNext') + (breakBefore ? element('w:pageBreakBefore') : ''));
        parts.push(element('w:p', {}, captionPr + run(block.chart.caption, runFonts(fonts.heading))));
        charts += 1;
        parts.push(paragraph(styleIds.notice, chartRun(block.chart, typeAreaWidth, charts), false));
        break;
      }
      case 'table': {
        if (breakBefore) parts.push(paragraph(styleIds.notice, '', true));
        parts.push(tableXml(block.table, typeAreaWidth, { caption: fonts.heading }));
        for (const note of block.table.notes) parts.push(paragraph(styleIds.notice, run(note), false));
        // Two tables in a row would merge into one, and a document should not end in a table.
        const next = blocks[index + 1];
        if (block.table.notes.length === 0 && (!next || next.kind === 'table')) parts.push(paragraph(styleIds.notice, '', false));
        break;
      }
    }
    breakBefore = false;
  });
  return parts.join('');
}

/** The section: A4, the GB/T 9704 margins, the grid of 22 lines, the page-number footers. */
function sectionXml(pageNumbers: PageNumberPosition): string {
  const footers =
    pageNumbers === 'alternate'
      ? element('w:footerReference', { 'w:type': 'even', 'r:id': 'rIdFooterEven' }) + element('w:footerReference', { 'w:type': 'default', 'r:id': 'rIdFooterOdd' })
      : element('w:footerReference', { 'w:type': 'default', 'r:id': 'rIdFooterOdd' });
  return element(
    'w:sectPr',
    {},
    footers +
      element('w:pgSz', { 'w:w': pageGeometry.width, 'w:h': pageGeometry.height }) +
      element('w:pgMar', { 'w:top': pageGeometry.top, 'w:right': pageGeometry.right, 'w:bottom': pageGeometry.bottom, 'w:left': pageGeometry.left, 'w:header': pageGeometry.header, 'w:footer': pageGeometry.footer, 'w:gutter': 0 }) +
      element('w:pgNumType', { 'w:start': 1 }) +
      element('w:cols', { 'w:space': 425 }) +
      element('w:docGrid', { 'w:type': 'lines', 'w:linePitch': linePitch }),
  );
}

/** `word/document.xml`. */
export function documentXml(blocks: readonly Block[], fonts: Fonts, pageNumbers: PageNumberPosition): string {
  const drawing = Object.entries(drawingNamespaces)
    .map(([prefix, uri]) => ` xmlns:${prefix}="${escapeXml(uri)}"`)
    .join('');
  return `${xmlDeclaration}<w:document xmlns:w="${escapeXml(namespaces.w)}" xmlns:r="${escapeXml(namespaces.r)}"${drawing}><w:body>${bodyXml(blocks, fonts)}${sectionXml(pageNumbers)}</w:body></w:document>`;
}

/**
 * A footer with the page number `— N —` (a PAGE field, so Word and WPS number the pages they lay
 * out), in 宋体 四号: `right` for odd pages, `left` for even ones (one character in), or `center`.
 */
export function footerXml(position: 'left' | 'right' | 'center'): string {
  const indent = position === 'right' ? element('w:ind', { 'w:right': 280, 'w:rightChars': 100 }) : position === 'left' ? element('w:ind', { 'w:left': 280, 'w:leftChars': 100 }) : '';
  const field = [
    element('w:r', {}, element('w:fldChar', { 'w:fldCharType': 'begin' })),
    element('w:r', {}, element('w:instrText', { 'xml:space': 'preserve' }, ' PAGE ')),
    element('w:r', {}, element('w:fldChar', { 'w:fldCharType': 'separate' })),
    run('1'),
    element('w:r', {}, element('w:fldChar', { 'w:fldCharType': 'end' })),
  ].join('');
  const pPr = element('w:pPr', {}, element('w:pStyle', { 'w:val': styleIds.footer }) + indent + element('w:jc', { 'w:val': position }));
  return `${xmlDeclaration}<w:ftr xmlns:w="${escapeXml(namespaces.w)}" xmlns:r="${escapeXml(namespaces.r)}">${element('w:p', {}, pPr + run('— ') + field + run(' —'))}</w:ftr>`;
}
