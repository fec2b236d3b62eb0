import { describe, expect, it } from 'vitest';
import { cleanText, singleLine, splitParagraphs } from './clean-text.js';

describe('cleanText', () => {
  it('strips bidirectional controls, so a U+202E in a name cannot reverse the text after it', () => {
    const bidi = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
    for (const control of bidi) expect(cleanText(`甲镇${control}人民政府`)).toBe('甲镇人民政府');
    expect(singleLine('\u202e某某镇人民政府')).toBe('某某镇人民政府');
  });

  it('strips C0 and C1 control characters and zero-width ones, and keeps line structure', () => {
    expect(cleanText('a\u0000b\u0007c\u001bd\u007fe\u0085f\u009fg\u200bh\ufeffi')).toBe('abcdefghi');
    expect(splitParagraphs('第一段\u2028第二段\r\n第三段')).toEqual(['第一段', '第二段', '第三段']);
    expect(cleanText('a\tb')).toBe('a b');
  });
});
