import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectInputs, sniffFileKind } from './inputs.js';
import { temporaryFolder } from './test-support.js';

describe('collectInputs', () => {
  it('walks folders recursively in pinyin order, skips lock and hidden files, lists missing paths', async () => {
    const folder = await temporaryFolder();
    await mkdir(join(folder.path, '乡镇'));
    await writeFile(join(folder.path, '乡镇', '白云镇.xlsx'), 'x');
    await writeFile(join(folder.path, '乡镇', '~$白云镇.xlsx'), 'x');
    await writeFile(join(folder.path, '安平镇.xlsx'), 'x');
    await writeFile(join(folder.path, '.hidden.xlsx'), 'x');
    await writeFile(join(folder.path, 'Thumbs.db'), 'x');
    const result = await collectInputs(['.', '安平镇.xlsx', 'missing'], folder.path);
    expect(result.files.map((f) => f.name)).toEqual(['安平镇.xlsx', '白云镇.xlsx']);
    expect(result.missing).toEqual(['missing']);
    await folder.remove();
  });
});

describe('sniffFileKind', () => {
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]);
  const compound = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]);
  const text = (value: string) => new TextEncoder().encode(value);
  it.each([
    ['a.xlsx', new Uint8Array(), 'empty'],
    ['a.xlsx', zip, 'workbook'],
    ['renamed.json', zip, 'workbook'],
    ['a.docx', zip, 'other'],
    ['a.xls', compound, 'legacy-workbook'],
    ['a.et', compound, 'legacy-workbook'],
    ['a.doc', compound, 'other'],
    ['a.xls', text('<html><table>'), 'workbook'],
    ['a.json', text('{}'), 'report-json'],
    ['report', text('\uFEFF  {"schema"'), 'report-json'],
    ['a.txt', text('某某镇2024年报告'), 'narrative'],
    ['a.pdf', text('%PDF-1.7'), 'other'],
  ])('%s → %s', (name, bytes, kind) => {
    expect(sniffFileKind(name, bytes)).toBe(kind);
  });
});
