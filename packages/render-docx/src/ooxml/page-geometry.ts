import { twips } from './xml.js';

/**
 * The page after GB/T 9704 on A4: 天头 37 mm, 订口 28 mm, bottom 35 mm, right 26 mm, so the type
 * area is 156 × 225 mm; 22 lines of 28 characters of 三号 (16 pt) text; the page number about 7 mm
 * below the type area. All in twips (1/20 pt).
 */
export const pageGeometry = {
  width: twips(210),
  height: twips(297),
  top: twips(37),
  bottom: twips(35),
  left: twips(28),
  right: twips(26),
  /** Distance of the footer (the page number) from the bottom edge. */
  footer: twips(22),
  header: twips(15),
  linesPerPage: 22,
  charactersPerLine: 28,
  /** Body size, half-points (三号 16 pt). */
  bodySize: 32,
};

/** Width of the type area, twips. */
export const typeAreaWidth = pageGeometry.width - pageGeometry.left - pageGeometry.right;

/** Height of one grid line: the type area's height over 22 lines (about 28.9 pt). */
export const linePitch = Math.floor((pageGeometry.height - pageGeometry.top - pageGeometry.bottom) / pageGeometry.linesPerPage);

/**
 * Character spacing of body-size text (`w:spacing` in a run, twips): 28 characters of 16 pt text are
 * 448 pt, the type area 442 pt, so each character is set 0.25 pt tighter and 28 fill the line. (A
 * character grid, `w:docGrid w:type="linesAndChars"`, does the same in Word, but LibreOffice then
 * gives each character two grid cells, 12 to a line, so the document uses a line grid and this.)
 */
export const bodyCharacterSpacing = -Math.ceil(((pageGeometry.bodySize / 2) * 20 * pageGeometry.charactersPerLine - typeAreaWidth) / pageGeometry.charactersPerLine);
