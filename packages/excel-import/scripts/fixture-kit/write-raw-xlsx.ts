import { zipSync } from 'fflate';
import { address, columnLetters, type SheetSpec, type SpecValue } from './sheet-spec.js';

export interface RawXlsxOptions {
  /** Namespace prefix for SpreadsheetML elements (`x` writes `<x:c>`), as the .NET Open XML SDK does. */
  prefix?: string;
  /** Write strings inline (`t="inlineStr"`) instead of in the shared-string table. */
  inlineStrings?: boolean;
  /** Leave out `r` on cells (allowed by the format: a cell follows the previous one). */
  omitCellReferences?: boolean;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Writes a minimal, valid .xlsx by hand — the parts a spreadsheet program needs and no more —
 * so a fixture can hold what Excel-writing libraries do not produce: formulas without a cached
 * result, cached error values, rich text with phonetic runs, prefixed elements, cells without `r`.
 */
export function writeRawXlsx(sheets: SheetSpec[], options: RawXlsxOptions = {}): Uint8Array {
  const p = options.prefix ? `${options.prefix}:` : '';
  const ns = options.prefix ? `xmlns:${options.prefix}` : 'xmlns';
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const shared: string[] = [];
  const sharedXml: string[] = [];
  const sharedIndex = (xml: string, key: string) => {
    let index = shared.indexOf(key);
    if (index < 0) {
      index = shared.push(key) - 1;
      sharedXml.push(xml);
    }
    return index;
  };
  const cellXml = (ref: string, value: SpecValue): string => {
    const r = options.omitCellReferences ? '' : ` r="${ref}"`;
    if (typeof value === 'number') return `<${p}c${r}><${p}v>${value}</${p}v></${p}c>`;
    if (typeof value === 'boolean') return `<${p}c${r} t="b"><${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
    if (typeof value === 'string') {
      if (options.inlineStrings) return `<${p}c${r} t="inlineStr"><${p}is><${p}t xml:space="preserve">${escape(value)}</${p}t></${p}is></${p}c>`;
      const index = sharedIndex(`<${p}si><${p}t xml:space="preserve">${escape(value)}</${p}t></${p}si>`, `plain:${value}`);
      return `<${p}c${r} t="s"><${p}v>${index}</${p}v></${p}c>`;
    }
    if (value && 'rich' in value) {
      const runs = value.rich.map((run, i) => `<${p}r>${i % 2 ? `<${p}rPr><${p}b/></${p}rPr>` : ''}<${p}t xml:space="preserve">${escape(run)}</${p}t></${p}r>`).join('');
      const phonetic = value.phonetic ? `<${p}rPh sb="0" eb="1"><${p}t>${escape(value.phonetic)}</${p}t></${p}rPh>` : '';
      const index = sharedIndex(`<${p}si>${runs}${phonetic}</${p}si>`, `rich:${value.rich.join('\u0000')}:${value.phonetic ?? ''}`);
      return `<${p}c${r} t="s"><${p}v>${index}</${p}v></${p}c>`;
    }
    if (value && 'formula' in value) {
      const f = `<${p}f>${escape(value.formula)}</${p}f>`;
      if (value.error) return `<${p}c${r} t="e">${f}<${p}v>${escape(value.error)}</${p}v></${p}c>`;
      if (typeof value.result === 'number') return `<${p}c${r}>${f}<${p}v>${value.result}</${p}v></${p}c>`;
      if (typeof value.result === 'string') return `<${p}c${r} t="str">${f}<${p}v>${escape(value.result)}</${p}v></${p}c>`;
      return `<${p}c${r}>${f}</${p}c>`;
    }
    return '';
  };
  const files: Record<string, Uint8Array> = {};
  const encode = (text: string) => new TextEncoder().encode(text);
  sheets.forEach((sheet, index) => {
    const rows = new Map<number, string[]>();
    let previous: { row: number; column: number } | undefined;
    for (const cell of sheet.ordered()) {
      // Without `r`, a gap needs an empty cell to keep the position.
      if (options.omitCellReferences && previous && previous.row === cell.row) {
        for (let c = previous.column + 1; c < cell.column; c++) rows.get(cell.row)!.push(`<${p}c/>`);
      } else if (options.omitCellReferences) {
        for (let c = 0; c < cell.column; c++) (rows.get(cell.row) ?? rows.set(cell.row, []).get(cell.row)!).push(`<${p}c/>`);
      }
      (rows.get(cell.row) ?? rows.set(cell.row, []).get(cell.row)!).push(cellXml(address(cell.row, cell.column), cell.value));
      previous = cell;
    }
    const rowXml = [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([row, cells]) => `<${p}row r="${row + 1}">${cells.join('')}</${p}row>`).join('');
    const merges = sheet.merges.length
      ? `<${p}mergeCells count="${sheet.merges.length}">${sheet.merges.map(([t, l, b, r]) => `<${p}mergeCell ref="${address(t, l)}:${address(b, r)}"/>`).join('')}</${p}mergeCells>`
      : '';
    const cols = sheet.columnWidths.length
      ? `<${p}cols>${sheet.columnWidths.map((width, i) => `<${p}col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`).join('')}</${p}cols>`
      : '';
    files[`xl/worksheets/sheet${index + 1}.xml`] = encode(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${ns}="${main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${cols}<${p}sheetData>${rowXml}</${p}sheetData>${merges}</${p}worksheet>`,
    );
  });
  files['xl/sharedStrings.xml'] = encode(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}sst ${ns}="${main}" count="${shared.length}" uniqueCount="${shared.length}">${sharedXml.join('')}</${p}sst>`,
  );
  files['xl/workbook.xml'] = encode(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}workbook ${ns}="${main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><${p}sheets>${sheets
      .map((sheet, i) => `<${p}sheet name="${escape(sheet.name)}" sheetId="${i + 1}"${sheet.state === 'hidden' ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`)
      .join('')}</${p}sheets></${p}workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = encode(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join('')}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  files['_rels/.rels'] = encode(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files['[Content_Types].xml'] = encode(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
      .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
      .join('')}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  const ordered: Record<string, Uint8Array> = { '[Content_Types].xml': files['[Content_Types].xml'], '_rels/.rels': files['_rels/.rels'] };
  for (const [name, bytes] of Object.entries(files)) ordered[name] = bytes;
  return zipSync(ordered, { level: 6, mtime: new Date('2024-01-15T09:00:00Z') });
}

export { columnLetters };
