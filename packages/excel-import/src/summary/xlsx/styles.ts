/**
 * The summary workbook's cell styles: a fixed `styles.xml` and the index of each style in its
 * `cellXfs`. 宋体 throughout (LibreOffice and WPS substitute a CJK serif face where it is missing).
 */
export const cellStyle = {
  plain: 0,
  /** The sheet's title: 14 pt bold. */
  title: 1,
  /** Header cells: bold, shaded, bordered, centred, wrapped. */
  header: 2,
  /** A member's text (organ, file), bordered. */
  text: 3,
  /** A member's figure, bordered. */
  number: 4,
  /** The total row's label, bold and shaded. */
  totalText: 5,
  /** A total (a formula), bold and shaded. */
  totalNumber: 6,
  /** Long text (messages, reasons), bordered, wrapped, top-aligned. */
  wrapped: 7,
  /** An error's severity, red and bold. */
  error: 8,
  /** A label beside a count (the completeness summary), bold and bordered. */
  label: 9,
} as const;

export type CellStyle = (typeof cellStyle)[keyof typeof cellStyle];

const FONT = '宋体';
const font = (size: number, options: { bold?: boolean; color?: string } = {}) =>
  `<font>${options.bold ? '<b/>' : ''}<sz val="${size}"/>${options.color ? `<color rgb="${options.color}"/>` : ''}<name val="${FONT}"/><family val="3"/><charset val="134"/></font>`;

const fill = (rgb: string) => `<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor indexed="64"/></patternFill></fill>`;
const thin = '<left style="thin"><color rgb="FF808080"/></left><right style="thin"><color rgb="FF808080"/></right><top style="thin"><color rgb="FF808080"/></top><bottom style="thin"><color rgb="FF808080"/></bottom>';

/** `<xf>` for a font, fill and border index, with an optional alignment. */
const xf = (fontId: number, fillId: number, borderId: number, alignment = '') =>
  `<xf numFmtId="0" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''}${alignment ? ` applyAlignment="1">${alignment}</xf>` : '/>'}`;

const cellXfs = [
  xf(0, 0, 0),
  xf(3, 0, 0, '<alignment vertical="center"/>'),
  xf(2, 2, 1, '<alignment horizontal="center" vertical="center" wrapText="1"/>'),
  xf(1, 0, 1, '<alignment vertical="center"/>'),
  xf(1, 0, 1, '<alignment vertical="center"/>'),
  xf(2, 3, 1, '<alignment vertical="center"/>'),
  xf(2, 3, 1, '<alignment vertical="center"/>'),
  xf(1, 0, 1, '<alignment vertical="top" wrapText="1"/>'),
  xf(4, 0, 1, '<alignment vertical="top"/>'),
  xf(2, 0, 1, '<alignment vertical="center"/>'),
];

/** The package part `xl/styles.xml`. */
export const stylesXml =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  `<fonts count="5">${font(11)}${font(10)}${font(10, { bold: true })}${font(14, { bold: true })}${font(10, { bold: true, color: 'FFC00000' })}</fonts>` +
  `<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>${fill('FFD9E1F2')}${fill('FFFFF2CC')}</fills>` +
  `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>${thin}<diagonal/></border></borders>` +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  `<cellXfs count="${cellXfs.length}">${cellXfs.join('')}</cellXfs>` +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0"/>' +
  '</styleSheet>';
