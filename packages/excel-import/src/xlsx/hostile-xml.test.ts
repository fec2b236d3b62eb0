import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../index.js';

const encode = (text: string) => new TextEncoder().encode(text);

/** A well-formed package whose parts are hostile. */
function workbook(sheet: string, sharedStrings: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': encode('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': encode(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': encode('<workbook xmlns:r="r"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': encode(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': encode(sheet),
    'xl/sharedStrings.xml': encode(sharedStrings),
  });
}

describe('hostile XML', () => {
  // With a backtracking scan these take minutes; a linear one finishes at once (the test timeout is the guard).
  it('reads unclosed elements in one pass and says no table was found', async () => {
    const sheet = `<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1">${'<v>1'.repeat(200_000)}</c></row></sheetData></worksheet>`;
    const strings = `<sst>${'<si><t>x'.repeat(200_000)}</sst>`;
    const { report, diagnostics } = await readWorkbook(workbook(sheet, strings), { fileName: 'hostile.xlsx' });
    expect(report).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toEqual(['import-no-tables']);
  }, 20_000);

  it('reads cells whose closing tags never come, without hanging', async () => {
    const sheet = `<worksheet><sheetData>${'<row><c t="inlineStr"><is><t>规章'.repeat(50_000)}</sheetData></worksheet>`;
    const { diagnostics } = await readWorkbook(workbook(sheet, '<sst/>'), { fileName: 'hostile.xlsx' });
    expect(diagnostics.map((d) => d.code)).toEqual(['import-no-tables']);
  }, 20_000);
});
