/** Points per millimetre. */
export const mm = 72 / 25.4;

/**
 * GB/T 9704-2012 measures (spec §13): A4, type area 156 mm × 225 mm with a 37 mm top margin and a
 * 28 mm left margin, 22 lines a page at 3号 (16 pt), the title in 2号 (22 pt), page numbers in
 * 4号 (14 pt) 7 mm below the type area.
 */
export const pageGeometry = {
  pageWidth: 210 * mm,
  pageHeight: 297 * mm,
  left: 28 * mm,
  top: 37 * mm,
  width: 156 * mm,
  height: 225 * mm,
  bodySize: 16,
  /** 225 mm / 22 lines. */
  bodyPitch: (225 * mm) / 22,
  titleSize: 22,
  titlePitch: 22 * 1.45,
  pageNumberSize: 14,
  /** From the bottom of the type area to the top of the page number's digits. */
  pageNumberGap: 7 * mm,
  /** Tables: 五号, and 小五 when a table is too wide for 五号. */
  tableSize: 10.5,
  tableSmallSize: 9,
  tableLineHeight: 1.3,
} as const;

export type PageGeometry = typeof pageGeometry;
