import ExcelJS from 'exceljs';
import type { SheetSpec } from './sheet-spec.js';

/** Writes the sheets with exceljs, as a workbook saved by an ordinary spreadsheet library. */
export async function writeWithExcelJs(sheets: SheetSpec[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Microsoft Excel';
  // Fixed dates keep regenerated fixtures byte-identical.
  workbook.created = new Date('2024-01-15T09:00:00Z');
  workbook.modified = new Date('2024-01-15T09:00:00Z');
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, { state: spec.state });
    if (spec.columnWidths.length) sheet.columns = spec.columnWidths.map((width) => ({ width }));
    for (const { row, column, value } of spec.ordered()) {
      const cell = sheet.getCell(row + 1, column + 1);
      if (value === null) continue;
      if (typeof value === 'object' && 'formula' in value) {
        cell.value = { formula: value.formula, result: value.error ? { error: value.error } : value.result } as ExcelJS.CellFormulaValue;
      } else if (typeof value === 'object' && 'rich' in value) {
        cell.value = { richText: value.rich.map((text, i) => ({ text, font: i % 2 ? { bold: true } : {} })) };
      } else {
        cell.value = value;
      }
      cell.alignment = { wrapText: true, vertical: 'middle' };
    }
    for (const [top, left, bottom, right] of spec.merges) sheet.mergeCells(top + 1, left + 1, bottom + 1, right + 1);
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
