import { describe, expect, it } from 'vitest';
import { normalizeDate, parseReceivedRegister } from './received-register.js';

const zh = (chinese: string) => chinese;

describe('received-date register', () => {
  it('maps file names to ISO dates in the ways clerks write them', () => {
    const register = parseReceivedRegister('文件名,收到日期\n收到/甲镇.xlsx,2025/1/9\n"乙乡.xls",2025年1月20日\r\n\r\n丙局.xlsx,下周\n', zh);
    expect([...register.dates]).toEqual([
      ['甲镇.xlsx', '2025-01-09'],
      ['乙乡.xls', '2025-01-20'],
    ]);
    expect(register.problems).toEqual(['第 4 行：“下周”不是日期（应如 2025-01-15）']);
  });

  it('reads tab-separated registers and paths with backslashes', () => {
    expect([...parseReceivedRegister('文件\t收到日期\n收到\\甲镇.xlsx\t2025-01-02', zh).dates]).toEqual([['甲镇.xlsx', '2025-01-02']]);
  });

  it('says what header is expected, and what an empty or binary file is', () => {
    expect(parseReceivedRegister('a,b\n1,2\n', zh).problems[0]).toContain('“文件”和“收到日期”');
    expect(parseReceivedRegister('', zh).problems).toEqual(['文件是空的']);
    expect(parseReceivedRegister(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2]), zh).problems).toEqual(['不是文本（CSV）文件']);
  });

  it('rejects impossible dates', () => {
    expect(normalizeDate('2025-02-30')).toBeUndefined();
    expect(normalizeDate('2025-2-3')).toBe('2025-02-03');
  });

  it('decodes a register saved by Excel on Chinese Windows (GB18030) and one with a BOM', () => {
    const gbk = new Uint8Array([0xce, 0xc4, 0xbc, 0xfe, 0x2c, 0xca, 0xd5, 0xb5, 0xbd, 0xc8, 0xd5, 0xc6, 0xda, 0x0a, 0x61, 0x2c, 0x32, 0x30, 0x32, 0x35, 0x2d, 0x30, 0x31, 0x2d, 0x30, 0x32]); // 文件,收到日期\na,2025-01-02
    expect([...parseReceivedRegister(gbk, zh).dates]).toEqual([['a', '2025-01-02']]);
    expect([...parseReceivedRegister(new TextEncoder().encode('\uFEFF文件,收到日期\nb,2025-01-03'), zh).dates]).toEqual([['b', '2025-01-03']]);
  });
});
