import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';
import { decodeText } from './decode-text.js';
import { normalizeDate, parseReceivedManifest } from './received-manifest.js';
import { createText } from './text.js';

describe('parseCsv', () => {
  it('reads quotes, doubled quotes, CRLF, tabs and a BOM', () => {
    expect(parseCsv('\uFEFFa,"b,c","d ""e"""\r\n1,2,3\r\n\r\n')).toEqual([
      ['a', 'b,c', 'd "e"'],
      ['1', '2', '3'],
    ]);
    expect(parseCsv('文件\t收到日期\n甲.xlsx\t2025-01-02')).toEqual([
      ['文件', '收到日期'],
      ['甲.xlsx', '2025-01-02'],
    ]);
  });
});

describe('received-date register', () => {
  const text = createText('zh-CN');
  it('maps file names to ISO dates in the ways clerks write them', () => {
    const manifest = parseReceivedManifest('文件名,收到日期\n收到/甲镇.xlsx,2025/1/9\n乙乡.xls,2025年1月20日\n丙局.xlsx,下周\n', text);
    expect([...manifest.dates]).toEqual([
      ['甲镇.xlsx', '2025-01-09'],
      ['乙乡.xls', '2025-01-20'],
    ]);
    expect(manifest.problems).toEqual(['第 4 行：“下周”不是日期（应如 2025-01-15）']);
  });

  it('says what header is expected', () => {
    expect(parseReceivedManifest('a,b\n1,2\n', text).problems[0]).toContain('“文件”和“收到日期”');
  });

  it('rejects impossible dates', () => {
    expect(normalizeDate('2025-02-30')).toBeUndefined();
    expect(normalizeDate('2025-2-3')).toBe('2025-02-03');
  });

  it('decodes a register saved by Excel on Chinese Windows (GB18030)', () => {
    const gbk = new Uint8Array([0xce, 0xc4, 0xbc, 0xfe]); // “文件” in GBK
    expect(decodeText(gbk)).toBe('文件');
    expect(decodeText(new TextEncoder().encode('\uFEFF文件'))).toBe('文件');
  });
});
