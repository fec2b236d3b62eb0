import { describe, expect, it } from 'vitest';
import { landscapePage, printedWidth } from './page-layout.js';

/** 序号, 单位名称, 文件, then the value columns, as the table sheets have them. */
const tableWidths = (values: number) => [6, 22, 18, ...Array.from({ length: values }, () => 8)];
const titles = { titleRows: [2, 4] as [number, number], titleColumns: [1, 3] as [number, number] };

describe('landscapePage', () => {
  it('puts a sheet on A4 when fitting its width keeps the text at 70 % or more, else on A3', () => {
    expect(printedWidth(tableWidths(10))).toBeLessThan(277);
    expect(landscapePage(tableWidths(10), 300, titles)).toMatchObject({ paper: 'A4', orientation: 'landscape', fitToWidth: true, onePage: true });
    // 表四: 18 columns, a little wider than A4, shrunk to about 84 %.
    expect(landscapePage(tableWidths(15), 300, titles)).toMatchObject({ paper: 'A4', fitToWidth: true });
    // One sheet of 表三 (25 columns): A4 would shrink it to 56 %.
    expect(printedWidth(tableWidths(25)) / 277).toBeGreaterThan(1 / 0.7);
    expect(landscapePage(tableWidths(25), 300, titles)).toMatchObject({ paper: 'A3', fitToWidth: true, onePage: true });
  });

  it('fits a short sheet on one page, lets a long one run down pages, and does not shrink one wider than A3 allows', () => {
    expect(landscapePage(tableWidths(10), 800, titles).onePage).toBe(false);
    expect(landscapePage(tableWidths(25), 1000, titles).onePage).toBe(true);
    expect(landscapePage(tableWidths(25), 1200, titles).onePage).toBe(false);
    // 表三 as the old single sheet (175 columns): printed across A3 pages at full size, organ columns repeated.
    expect(landscapePage(tableWidths(175), 300, titles)).toMatchObject({ paper: 'A3', fitToWidth: false, onePage: false, titleColumns: [1, 3] });
  });
});
