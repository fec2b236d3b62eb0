import { describe, expect, it } from 'vitest';
import { breakBalanced, breakLines, minimumWidth } from './break-lines.js';

/** A monospaced measure: CJK characters 1, everything else ½. */
const measure = (character: string) => (/[\u2e80-\uffef\u201c\u201d]/.test(character) ? 1 : 0.5);

describe('breakLines', () => {
  it('fills lines character by character, the first one indented by two characters', () => {
    const lines = breakLines('一二三四五六七八九十一二三四五六七八九十', { width: 8, firstLineIndent: 2, measure });
    expect(lines.map((line) => line.text)).toEqual(['一二三四五六', '七八九十一二三四', '五六七八九十']);
    expect(lines.map((line) => line.available)).toEqual([6, 8, 8]);
    expect(lines.map((line) => line.last)).toEqual([false, false, true]);
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    const text = '政府信息公开工作，取得成效。《条例》规定（一）事项“三安全一稳定”等。';
    for (const width of [3, 4, 5, 6, 7, 8, 9, 10]) {
      const lines = breakLines(text, { width, measure });
      expect(lines.map((line) => line.text).join('')).toBe(text);
      for (const line of lines.slice(1)) expect('，。、；：？！）》”…—').not.toContain(Array.from(line.text)[0]);
      for (const line of lines.slice(0, -1)) expect('（《“').not.toContain(Array.from(line.text).pop());
    }
  });

  it('keeps numbers and Latin words whole, and may squeeze a line to keep a closing mark on it', () => {
    const lines = breakLines('全镇累计主动公开政府信息1200条以上，其中2023年新增0.25万元。', { width: 13, measure });
    expect(lines.map((line) => line.text).join('')).toBe('全镇累计主动公开政府信息1200条以上，其中2023年新增0.25万元。');
    for (const number of ['1200', '2023', '0.25']) expect(lines.some((line) => line.text.includes(number))).toBe(true);
    const squeezed = breakLines('一二三四五。', { width: 5.5, measure, squeeze: 0.5 });
    expect(squeezed.map((line) => line.text)).toEqual(['一二三四五。']);
    expect(breakLines('一二三四五。', { width: 5.5, measure }).map((line) => line.text)).toEqual(['一二三四', '五。']);
  });

  it('splits a run wider than the line rather than overflowing', () => {
    const lines = breakLines('ABCDEFGHIJKLMNOPQRST', { width: 4, measure });
    expect(lines.map((line) => line.text)).toEqual(['ABCDEFGH', 'IJKLMNOP', 'QRST']);
  });

  it('knows the narrowest a text can be set', () => {
    expect(minimumWidth('（三）不予公开', measure)).toBe(3); // `（三）` cannot part
    expect(minimumWidth('合计12345', measure)).toBe(2.5);
  });
});

describe('breakBalanced', () => {
  it('evens out the lines of a centred title', () => {
    const lines = breakBalanced('示例县人民政府办公室2023年政府信息公开工作年度报告', { width: 20, measure });
    expect(lines).toHaveLength(2);
    const [first, second] = lines.map((line) => line.width);
    expect(Math.abs(first - second)).toBeLessThanOrEqual(1);
    expect(breakBalanced('短标题', { width: 20, measure }).map((line) => line.text)).toEqual(['短标题']);
  });
});

describe('breakLines with file names and signed numbers', () => {
  it('keeps `.json` with its name and `-8` whole', () => {
    const text = '城关镇人民政府（城关镇.json）、龙潭镇人民政府（龙潭镇.json）本年增减-8件';
    for (const width of [5, 6, 7, 8, 9, 10, 11, 12]) {
      const lines = breakLines(text, { width, measure }).map((line) => line.text);
      expect(lines.join('')).toBe(text);
      for (const line of lines) {
        expect(line.startsWith('json')).toBe(false);
        expect(line.endsWith('-')).toBe(false);
      }
    }
  });
});

describe('breakLines on hostile input', () => {
  it('cuts a 2 MB unbroken run of Latin letters into lines, iteratively (no stack overflow)', () => {
    const text = 'A'.repeat(2 * 1024 * 1024);
    const lines = breakLines(text, { width: 40, firstLineIndent: 2, measure });
    expect(lines[0].text.length).toBe(76);
    expect(lines[1].text.length).toBe(76);
    expect(lines.reduce((sum, line) => sum + line.text.length, 0)).toBe(text.length);
    expect(lines[lines.length - 1].last).toBe(true);
    const balanced = breakBalanced(`标题${text}`, { width: 40, measure });
    expect(balanced.reduce((sum, line) => sum + line.text.length, 0)).toBe(text.length + 2);
    expect(minimumWidth(text, measure)).toBe(text.length / 2);
  });

  it('still splits a wide word between characters and lets the text after it join its last piece', () => {
    const lines = breakLines('ABCDEFGHIJ一二', { width: 2, measure });
    expect(lines.map((line) => line.text)).toEqual(['ABCD', 'EFGH', 'IJ一', '二']);
  });
});
