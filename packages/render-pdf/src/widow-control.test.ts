import type { Report } from '@report/core';
import { describe, expect, it } from 'vitest';
import { pdfText, squeeze } from './__fixtures__/pdf-tools.js';
import { renderPdf } from './index.js';

// Sixty plain characters: at 16 pt with a two-character indent they set as three lines, the last one short.
const tail = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉';
const paragraph = `${tail}${tail}${tail}结束。`;

function reportWith(fillerLines: number): Report {
  return {
    schema: 'report/v1',
    format: 'legacy',
    year: 2024,
    organ: { name: '测试镇', level: 'township' },
    tables: {},
    sections: [
      {
        id: 'overview',
        title: '一、概述',
        paragraphs: [...Array.from({ length: fillerLines }, (_, index) => `第${index + 1}行填充文字。`), paragraph],
        children: [],
      },
    ],
  };
}

describe('widow control', () => {
  it('never starts a page with the lone last line of a paragraph', async () => {
    let straddled = 0;
    for (let filler = 12; filler <= 26; filler++) {
      const { pdf, pageCount } = await renderPdf(reportWith(filler), { creationDate: new Date(Date.UTC(2025, 0, 1)) });
      if (pageCount < 2) continue;
      const second = squeeze(pdfText(pdf, 'raw', 2));
      if (!second.includes('结束。') || second.includes(squeeze(paragraph))) continue;
      // The paragraph runs over a page end: what comes over must be at least its last two lines
      // (about 37 characters), never its short last line alone (about 9).
      straddled += 1;
      expect(second).toContain(paragraph.slice(-30));
    }
    expect(straddled).toBeGreaterThan(0);
  }, 120_000);
});
