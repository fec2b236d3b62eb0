import type { DocxFont, DocxFontRole } from './fonts.js';
import { bodyCharacterSpacing, linePitch, pageGeometry } from './page-geometry.js';
import { runFonts } from './run-fonts.js';
import { element, escapeXml, namespaces, xmlDeclaration } from './xml.js';

type Fonts = Readonly<Record<DocxFontRole, Required<DocxFont>>>;

/** Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt. */
export const sizes = { title: 44, body: pageGeometry.bodySize, pageNumber: 28, notice: 24, table: 21 };

/** The style ids the document uses (Word shows their names; headings are Word's own, for the navigation pane). */
export const styleIds = {
  body: 'Normal',
  title: 'ReportTitle',
  heading: (level: number) => `Heading${Math.min(Math.max(level, 1), 4)}`,
  table: 'TableText',
  notice: 'Notice',
  draftNote: 'DraftNote',
  draft: 'DraftText',
  footer: 'Footer',
  tableStyle: 'ReportTable',
};

const size = (halfPoints: number) => element('w:sz', { 'w:val': halfPoints }) + element('w:szCs', { 'w:val': halfPoints });
const bodyLine = element('w:spacing', { 'w:before': 0, 'w:after': 0, 'w:line': linePitch, 'w:lineRule': 'exact' });
const indentTwoCharacters = element('w:ind', { 'w:firstLineChars': 200, 'w:firstLine': pageGeometry.bodySize * 20 });
const noIndent = element('w:ind', { 'w:firstLineChars': 0, 'w:firstLine': 0 });
/** Off the character grid: text smaller or larger than the body is set at its own pitch. */
const offGrid = element('w:snapToGrid', { 'w:val': 0 });
/** 28 characters of body text to a line (see `bodyCharacterSpacing`); other sizes at their natural pitch. */
const bodySpacing = element('w:spacing', { 'w:val': bodyCharacterSpacing });
const naturalSpacing = element('w:spacing', { 'w:val': 0 });

function paragraphStyle(id: string, name: string, pPr: string, rPr: string, extra: { basedOn?: string; next?: string; ui?: number; isDefault?: boolean } = {}): string {
  return element(
    'w:style',
    { 'w:type': 'paragraph', 'w:styleId': id, ...(extra.isDefault ? { 'w:default': 1 } : {}) },
    [
      element('w:name', { 'w:val': name }),
      extra.basedOn ? element('w:basedOn', { 'w:val': extra.basedOn }) : '',
      element('w:next', { 'w:val': extra.next ?? 'Normal' }),
      element('w:uiPriority', { 'w:val': extra.ui ?? 10 }),
      element('w:qFormat'),
      pPr ? element('w:pPr', {}, pPr) : '',
      rPr ? element('w:rPr', {}, rPr) : '',
    ].join(''),
  );
}

function headingStyle(level: number, fonts: Fonts): string {
  const font = level === 1 ? fonts.heading : level === 2 ? fonts.subheading : fonts.body;
  return paragraphStyle(
    styleIds.heading(level),
    `heading ${level}`,
    element('w:keepNext') + element('w:keepLines') + bodyLine + indentTwoCharacters + element('w:outlineLvl', { 'w:val': level - 1 }),
    runFonts(font) + bodySpacing + size(sizes.body),
    { basedOn: 'Normal', ui: 9 },
  );
}

/**
 * `word/styles.xml`: the body in 仿宋 三号, 22 lines of 28 characters, with a two-character indent, the
 * title in 小标宋 二号 centred, headings 黑体 (一、) and 楷体 (（一）), table text 宋体 五号 off the
 * grid, notes 小四, the draft's note and text marked, the page number 宋体 四号.
 */
export function stylesXml(fonts: Fonts): string {
  const defaults = element(
    'w:docDefaults',
    {},
    element('w:rPrDefault', {}, element('w:rPr', {}, runFonts(fonts.body) + element('w:kern', { 'w:val': 2 }) + size(sizes.body) + element('w:lang', { 'w:val': 'en-US', 'w:eastAsia': 'zh-CN', 'w:bidi': 'ar-SA' }))) +
      element('w:pPrDefault', {}, element('w:pPr', {}, element('w:widowControl', { 'w:val': 0 }) + element('w:jc', { 'w:val': 'both' }))),
  );
  const styles = [
    paragraphStyle(styleIds.body, 'Normal', bodyLine + indentTwoCharacters + element('w:jc', { 'w:val': 'both' }), runFonts(fonts.body) + bodySpacing + size(sizes.body), { isDefault: true, ui: 0 }),
    paragraphStyle(
      styleIds.title,
      'Report title',
      element('w:keepNext') + offGrid + element('w:spacing', { 'w:before': 0, 'w:after': linePitch, 'w:line': Math.round(linePitch * 1.2), 'w:lineRule': 'exact' }) + noIndent + element('w:jc', { 'w:val': 'center' }) + element('w:outlineLvl', { 'w:val': 9 }),
      runFonts(fonts.title) + offGrid + naturalSpacing + size(sizes.title),
      { basedOn: 'Normal', ui: 1 },
    ),
    headingStyle(1, fonts),
    headingStyle(2, fonts),
    headingStyle(3, fonts),
    headingStyle(4, fonts),
    paragraphStyle(
      styleIds.table,
      'Table text',
      offGrid + element('w:spacing', { 'w:before': 0, 'w:after': 0, 'w:line': 260, 'w:lineRule': 'auto' }) + noIndent + element('w:jc', { 'w:val': 'center' }),
      runFonts(fonts.table) + offGrid + naturalSpacing + element('w:kern', { 'w:val': 0 }) + size(sizes.table),
      { basedOn: 'Normal', ui: 11 },
    ),
    paragraphStyle(
      styleIds.notice,
      'Table note',
      offGrid + element('w:spacing', { 'w:before': 60, 'w:after': 120, 'w:line': 300, 'w:lineRule': 'auto' }) + noIndent,
      runFonts(fonts.body) + offGrid + naturalSpacing + size(sizes.notice),
      { basedOn: 'Normal', ui: 12 },
    ),
    paragraphStyle(
      styleIds.draftNote,
      'Draft note',
      element('w:keepNext') +
        element('w:pBdr', {}, ['top', 'left', 'bottom', 'right'].map((side) => element(`w:${side}`, { 'w:val': 'dashed', 'w:sz': 8, 'w:space': 2, 'w:color': '000000' })).join('')) +
        element('w:shd', { 'w:val': 'clear', 'w:color': 'auto', 'w:fill': 'FFF2CC' }) +
        offGrid +
        element('w:spacing', { 'w:before': 120, 'w:after': 120, 'w:line': 320, 'w:lineRule': 'auto' }) +
        noIndent,
      runFonts(fonts.body) + offGrid + naturalSpacing + size(sizes.notice),
      { basedOn: 'Normal', ui: 13 },
    ),
    paragraphStyle(styleIds.draft, 'Draft text', element('w:shd', { 'w:val': 'clear', 'w:color': 'auto', 'w:fill': 'F2F2F2' }), '', { basedOn: 'Normal', next: styleIds.draft, ui: 14 }),
    paragraphStyle(styleIds.footer, 'footer', offGrid + element('w:spacing', { 'w:before': 0, 'w:after': 0, 'w:line': 240, 'w:lineRule': 'auto' }) + noIndent, runFonts(fonts.table) + offGrid + naturalSpacing + size(sizes.pageNumber), { basedOn: 'Normal', ui: 99 }),
    element(
      'w:style',
      { 'w:type': 'table', 'w:styleId': styleIds.tableStyle },
      element('w:name', { 'w:val': 'Report table' }) +
        element('w:uiPriority', { 'w:val': 59 }) +
        element(
          'w:tblPr',
          {},
          element('w:tblBorders', {}, ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => element(`w:${side}`, { 'w:val': 'single', 'w:sz': 4, 'w:space': 0, 'w:color': '000000' })).join('')) +
            element('w:tblCellMar', {}, element('w:left', { 'w:w': 57, 'w:type': 'dxa' }) + element('w:right', { 'w:w': 57, 'w:type': 'dxa' })),
        ),
    ),
  ].join('');
  return `${xmlDeclaration}<w:styles xmlns:w="${escapeXml(namespaces.w)}" xmlns:r="${escapeXml(namespaces.r)}">${defaults}${styles}</w:styles>`;
}
