import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { defaultLimits, readWorkbook } from '../index.js';
import { detectContainer } from './detect-container.js';

const encode = (text: string) => new TextEncoder().encode(text);
const zip = (names: string[], mimetype?: string) =>
  zipSync(Object.fromEntries([...(mimetype ? [['mimetype', encode(mimetype)]] : []), ...names.map((name) => [name, encode('<x/>')])]));

describe('detectContainer', () => {
  it.each([
    ['a Word document', zip(['[Content_Types].xml', 'word/document.xml']), 'import-not-workbook'],
    ['an Excel binary workbook', zip(['[Content_Types].xml', 'xl/workbook.bin']), 'import-xlsb'],
    ['an OpenDocument text', zip(['content.xml'], 'application/vnd.oasis.opendocument.text'), 'import-not-workbook'],
    ['an OpenDocument spreadsheet', zip(['content.xml'], 'application/vnd.oasis.opendocument.spreadsheet'), 'import-ods'],
    ['a zip of files', zip(['报告.docx', '数据.xlsx']), 'import-not-workbook'],
    ['a PDF', encode('%PDF-1.7\n...'), 'import-not-workbook'],
    ['an Excel 2003 XML spreadsheet', encode('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'), 'import-xml-spreadsheet'],
    ['a GBK CSV', new Uint8Array([0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xca, 0xfd, 0x0a, 0x31, 0x2c, 0x32, 0x0a]), 'import-csv'],
    ['a UTF-16 tab-separated text', new Uint8Array([0xff, 0xfe, ...Array.from('名称\t数量\n', (c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]).flat()]), 'import-csv'],
    ['random bytes', new Uint8Array([0x00, 0x01, 0x02, 0x03, 0xfe, 0x00, 0x99, 0x10]), 'import-corrupt'],
  ])('tells %s apart', (_, bytes, code) => {
    const result = detectContainer(bytes, 'report.xlsx', defaultLimits);
    expect(result.ok ? 'ok' : result.code).toBe(code);
  });

  it('refuses a file far too large before reading it, naming the file and the sizes', async () => {
    const bytes = new Uint8Array(defaultLimits.maxFileBytes + 1);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    const started = performance.now();
    const { report, diagnostics } = await readWorkbook(bytes, { fileName: '大文件.xlsx' });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(report).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'import-file-too-large', severity: 'error', location: { file: '大文件.xlsx' } });
    expect(diagnostics[0].message).toContain('20 MB');
  });

  it('answers in English on request', async () => {
    const { diagnostics } = await readWorkbook(new Uint8Array(0), { fileName: 'empty.xlsx', locale: 'en' });
    expect(diagnostics[0].message).toBe('The file "empty.xlsx" is empty (0 bytes) and cannot be read');
  });
});
