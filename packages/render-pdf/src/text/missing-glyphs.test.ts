import type { Report } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { fontsourceBytes, fontsourceFile, hasNotoSerifCollection, notoSerifCollection } from '../__fixtures__/font-files.js';
import { pdfText, squeeze } from '../__fixtures__/pdf-tools.js';
import { woffToSfnt } from '../fonts/woff.js';
import { renderPdf } from '../index.js';

/** 𠀀 (U+20000, CJK Extension B) is in no installed face; 䶮 (U+4DAE, Extension A, a name character) is in Noto CJK only. */
const nowhere = '𠀀';
const rare = '䶮';

function reportWith(text: string): Report {
  const report = createExampleReport({ year: 2023, seed: 2, organ: { name: `刘${rare}镇人民政府`, level: 'township' } });
  report.sections.find((section) => section.id === 'problems')!.paragraphs = [text];
  return report;
}

describe('characters a font lacks are reported, never dropped silently', () => {
  const subset = create(woffToSfnt(fontsourceBytes(400))) as Font;

  it('(the test characters really are missing from the @fontsource subset)', () => {
    expect(subset.hasGlyphForCodePoint(nowhere.codePointAt(0)!)).toBe(false);
    expect(subset.hasGlyphForCodePoint(rare.codePointAt(0)!)).toBe(false);
    expect(subset.hasGlyphForCodePoint('镇'.codePointAt(0)!)).toBe(true);
  });

  it('reports each missing character with its code point, its font and where it is, and still draws it', async () => {
    const result = await renderPdf(reportWith(`本年度共处理${nowhere}类申请${rare}件。`), { fonts: { default: fontsourceFile(400) } });
    const missing = result.diagnostics.filter((d) => d.code === 'render-missing-glyph');
    expect(missing.every((d) => d.severity === 'warning')).toBe(true);
    const inSection = missing.find((d) => d.location.section === '五、存在的主要问题及改进情况');
    expect(inSection?.params).toMatchObject({ characters: `${nowhere}${rare}`, codePoints: 'U+20000, U+4DAE' });
    expect(inSection?.message).toBe(`字体“Noto Serif SC ExtraLight Regular”中没有“${nowhere}${rare}”（U+20000, U+4DAE），PDF 中这些字符以缺字符号（□ 或 〓）标出`);
    expect(inSection?.help).toContain('fonts');
    const inTitle = missing.find((d) => d.location.path === 'title');
    expect(inTitle?.params?.characters).toBe(rare);
    // Each gap is printed as a missing-character mark (this subset has 〓, not □), so a reader sees it.
    const text = squeeze(pdfText(result.pdf));
    expect(text).toContain('本年度共处理〓类申请〓件。');
    expect(text).toContain('刘〓镇人民政府2023年政府信息公开工作年度报告');
  });

  it('reports in English when asked', async () => {
    const result = await renderPdf(reportWith(`${nowhere}`), { fonts: { default: fontsourceFile(400) }, locale: 'en' });
    const missing = result.diagnostics.find((d) => d.code === 'render-missing-glyph' && d.location.section);
    expect(missing?.message).toContain('lacks');
  });

  it.skipIf(!hasNotoSerifCollection)('draws a character the body face lacks with another loaded face that has it, and says so', async () => {
    const result = await renderPdf(reportWith(`申请人刘${rare}。`), { fonts: { default: notoSerifCollection, body: fontsourceFile(400) } });
    const substituted = result.diagnostics.find((d) => d.code === 'render-glyph-substituted' && d.location.section === '五、存在的主要问题及改进情况');
    expect(substituted?.severity).toBe('info');
    expect(substituted?.params).toMatchObject({ characters: rare, substitute: 'Noto Serif CJK SC' });
    expect(result.diagnostics.filter((d) => d.code === 'render-missing-glyph')).toEqual([]);
    expect(squeeze(pdfText(result.pdf))).toContain(`申请人刘${rare}。`);
  });
});

describe('text from real files (tabs, line breaks, zero-width and control characters)', () => {
  it('prints it cleanly, without reporting invisible characters as missing', async () => {
    const report = createExampleReport({ year: 2023, seed: 3, organ: { name: '示例镇\u200b人民政府', level: 'township' } });
    const overview = report.sections.find((section) => section.id === 'overview')!;
    overview.title = '一、总体\n情况';
    overview.paragraphs = ['\ufeff全年\t主动公开\u0007信息\r\n326条。'];
    const result = await renderPdf(report, { fonts: { default: fontsourceFile(400) } });
    expect(result.diagnostics.filter((d) => d.code === 'render-missing-glyph')).toEqual([]);
    const text = squeeze(pdfText(result.pdf));
    expect(text).toContain('示例镇人民政府2023年政府信息公开工作年度报告');
    expect(text).toContain('一、总体情况全年主动公开信息326条。');
  });
});
