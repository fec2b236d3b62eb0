import { Zip } from 'fflate';
import { columnLetters, rangeAddress } from '../../xlsx/cell-address.js';
import { xmlAttribute, xmlCellText } from './cell-text.js';
import { SheetWriter, type SheetOptions } from './sheet-writer.js';
import { stylesXml } from './styles.js';
import { createZipEntry } from './zip-entry.js';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const encoder = new TextEncoder();

/** A sheet name as formulas and defined names quote it: `'表三汇总'`, with `'` doubled. */
function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * An `.xlsx` written as it goes: each sheet is deflated into the zip row by row (see
 * `SheetWriter`), so memory holds the compressed output and the distinct strings, never a model of
 * the workbook. Sheets are written one after the other; the parts that list them (workbook,
 * relationships, content types) and the shared strings come at the end, when all are known.
 * It runs the same in Node and in a browser (fflate's zip, the platform's deflater).
 */
export class StreamingWorkbook {
  private readonly chunks: Uint8Array[] = [];
  private readonly zip: Zip;
  private readonly sheets: SheetOptions[] = [];
  private readonly strings = new Map<string, number>();
  private readonly creator: string;
  private current: SheetWriter | undefined;
  private readonly written: Promise<void>;

  constructor(options: { creator: string }) {
    this.creator = options.creator;
    let settle: { resolve: () => void; reject: (error: Error) => void } | undefined;
    this.written = new Promise((resolve, reject) => (settle = { resolve, reject }));
    this.written.catch(() => undefined);
    this.zip = new Zip((error, chunk, final) => {
      if (error) settle!.reject(error);
      else {
        this.chunks.push(chunk);
        if (final) settle!.resolve();
      }
    });
  }

  /** Opens the next sheet; the previous one is closed first. */
  async addSheet(options: SheetOptions): Promise<SheetWriter> {
    await this.current?.end();
    const file = createZipEntry(`xl/worksheets/sheet${this.sheets.length + 1}.xml`);
    this.zip.add(file.file);
    this.sheets.push(options);
    this.current = new SheetWriter(file, { index: (text) => this.stringIndex(text) }, options);
    return this.current;
  }

  private stringIndex(text: string): number {
    let index = this.strings.get(text);
    if (index === undefined) {
      index = this.strings.size;
      this.strings.set(text, index);
    }
    return index;
  }

  /** Closes the last sheet, writes the remaining parts and returns the file's bytes. */
  async finish(): Promise<Uint8Array> {
    await this.current?.end();
    const parts: Array<[string, string]> = [
      ['xl/sharedStrings.xml', this.sharedStringsXml()],
      ['xl/styles.xml', stylesXml],
      ['xl/workbook.xml', this.workbookXml()],
      ['xl/_rels/workbook.xml.rels', this.workbookRelationshipsXml()],
      ['docProps/core.xml', this.corePropertiesXml()],
      ['_rels/.rels', `${XML}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`],
      ['[Content_Types].xml', this.contentTypesXml()],
    ];
    for (const [name, xml] of parts) {
      const file = createZipEntry(name);
      this.zip.add(file.file);
      file.push(encoder.encode(xml), true);
    }
    this.zip.end();
    await this.written;
    const size = this.chunks.reduce((total, chunk) => total + chunk.length, 0);
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const chunk of this.chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    return bytes;
  }

  private sharedStringsXml(): string {
    let xml = `${XML}<sst xmlns="${MAIN}" uniqueCount="${this.strings.size}">`;
    for (const text of this.strings.keys()) xml += `<si><t xml:space="preserve">${xmlCellText(text)}</t></si>`;
    return `${xml}</sst>`;
  }

  /** Print titles and filter ranges are defined names of the workbook, one set per sheet. */
  private definedNamesXml(): string {
    const names: string[] = [];
    this.sheets.forEach((sheet, index) => {
      const quoted = quotedSheet(sheet.name);
      const { titleRows, titleColumns } = sheet.page;
      const titles = [
        ...(titleColumns ? [`${quoted}!$${columnLetters(titleColumns[0] - 1)}:$${columnLetters(titleColumns[1] - 1)}`] : []),
        ...(titleRows ? [`${quoted}!$${titleRows[0]}:$${titleRows[1]}`] : []),
      ];
      if (titles.length) names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${xmlCellText(titles.join(','))}</definedName>`);
      if (sheet.autoFilter) {
        const absolute = rangeAddress(sheet.autoFilter).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
        names.push(`<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">${xmlCellText(`${quoted}!${absolute}`)}</definedName>`);
      }
    });
    return names.length ? `<definedNames>${names.join('')}</definedNames>` : '';
  }

  private workbookXml(): string {
    const sheets = this.sheets.map((sheet, index) => `<sheet name="${xmlAttribute(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join('');
    return `${XML}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets}</sheets>${this.definedNamesXml()}<calcPr calcId="191029"/></workbook>`;
  }

  private workbookRelationshipsXml(): string {
    const sheets = this.sheets.map((_, index) => `<Relationship Id="rId${index + 1}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`).join('');
    const after = this.sheets.length;
    return `${XML}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${sheets}<Relationship Id="rId${after + 1}" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/><Relationship Id="rId${after + 2}" Type="${RELATIONSHIPS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
  }

  private corePropertiesXml(): string {
    return `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${xmlCellText(this.creator)}</dc:creator></cp:coreProperties>`;
  }

  private contentTypesXml(): string {
    const type = (part: string) => `application/vnd.openxmlformats-officedocument.spreadsheetml.${part}+xml`;
    const sheets = this.sheets.map((_, index) => `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="${type('worksheet')}"/>`).join('');
    return (
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${type('sheet.main')}"/>${sheets}` +
      `<Override PartName="/xl/styles.xml" ContentType="${type('styles')}"/><Override PartName="/xl/sharedStrings.xml" ContentType="${type('sharedStrings')}"/>` +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'
    );
  }
}
