import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rejectedReportError as rejection } from '@report/core/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { fontsourceBytes, fontsourceFile, hasNotoSerifCollection, notoSerifCollection } from '../__fixtures__/font-files.js';
import { resolveFonts } from './resolve-fonts.js';
import { woffToSfnt } from './woff.js';

describe('resolveFonts: the order explicit option → system fonts → @fontsource → error', () => {
  const directory = mkdtempSync(join(tmpdir(), 'render-pdf-fonts-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('takes a font given in options for every role, from a path or from bytes, and shares one face', async () => {
    const fromPath = await resolveFonts({ fonts: { default: fontsourceFile(400) } });
    expect(new Set(Object.values(fromPath.faces)).size).toBe(1);
    expect(fromPath.faces.body).toMatchObject({ origin: 'option', file: fontsourceFile(400) });
    expect(fromPath.diagnostics).toEqual([]);
    const bytes = fontsourceBytes(700);
    const fromBytes = await resolveFonts({ fonts: { default: fontsourceFile(400), title: { data: bytes, name: '标题字体' } } });
    expect(fromBytes.faces.title).toMatchObject({ origin: 'option', name: '标题字体' });
    expect(fromBytes.faces.body.name).not.toBe('标题字体');
    expect(fromBytes.distinct).toHaveLength(2);
  });

  it('finds installed fonts by file name — 仿宋 for the body, 黑体 for headings — and fills the other roles from @fontsource', async () => {
    writeFileSync(join(directory, 'SIMFANG.TTF'), woffToSfnt(fontsourceBytes(400)));
    writeFileSync(join(directory, 'simhei.ttf'), woffToSfnt(fontsourceBytes(700)));
    const fonts = await resolveFonts({ systemFonts: { directories: [directory] } });
    expect(fonts.faces.body).toMatchObject({ origin: 'system', name: '仿宋 FangSong', style: 'fangsong' });
    expect(fonts.faces.heading).toMatchObject({ origin: 'system', name: '黑体 SimHei', style: 'heiti' });
    // No 楷体 installed: the second-level headings take the next face of their list, 仿宋, and say so.
    expect(fonts.faces.subheading).toBe(fonts.faces.body);
    expect(fonts.diagnostics.find((d) => d.code === 'render-font-substituted' && d.message.includes('楷体'))?.message).toBe('未找到楷体字体，二级标题使用“仿宋 FangSong”代替');
    // Nothing installed for the title and tables: @fontsource.
    expect(fonts.faces.title).toMatchObject({ origin: 'fontsource', style: 'songti' });
    expect(fonts.faces.title.file).toMatch(/noto-serif-sc-chinese-simplified-700-normal\.woff$/);
    expect(fonts.faces.table.file).toMatch(/noto-serif-sc-chinese-simplified-400-normal\.woff$/);
  });

  it('uses @fontsource/noto-serif-sc when system fonts are not searched', async () => {
    const fonts = await resolveFonts({ systemFonts: false });
    for (const face of Object.values(fonts.faces)) expect(face.origin).toBe('fontsource');
    expect(fonts.faces.title).not.toBe(fonts.faces.body);
  });

  it.skipIf(!hasNotoSerifCollection)('takes the Simplified Chinese face of a collection, or the one named', async () => {
    const fonts = await resolveFonts({ fonts: { default: notoSerifCollection, title: { path: notoSerifCollection, postscriptName: 'NotoSerifCJKjp-Regular' } } });
    expect(fonts.faces.body.postscriptName).toBe('NotoSerifCJKsc-Regular');
    expect(fonts.faces.title.postscriptName).toBe('NotoSerifCJKjp-Regular');
    const error = await rejection(resolveFonts({ fonts: { default: { path: notoSerifCollection, postscriptName: 'NoSuchFace' } } }));
    expect(error.code).toBe('render-font-unreadable');
    expect(error.message).toContain('NotoSerifCJKsc-Regular');
  });

  it('fails with a clear error that says how to fix it when no font can be found', async () => {
    const error = await rejection(resolveFonts({ systemFonts: false, fontsource: false }));
    expect(error.code).toBe('render-font-unavailable');
    expect(error.message).toContain('找不到可用于标题的中文字体');
    expect(error.message).toContain('fonts: { default:');
    expect(error.message).toContain('fonts-noto-cjk');
    expect(error.message).toContain('npm install @fontsource/noto-serif-sc');
    const english = await rejection(resolveFonts({ systemFonts: false, fontsource: false, locale: 'en' }));
    expect(english.message).toContain('No Chinese font found for the title');
  });

  it('rejects a font it cannot read, saying which and why (WOFF2, not a font)', async () => {
    const woff2 = await rejection(resolveFonts({ fonts: { body: fontsourceFile(400, 'woff2') } }));
    expect(woff2.code).toBe('render-font-unreadable');
    expect(woff2.message).toContain('WOFF2');
    expect(woff2.message).toContain(fontsourceFile(400, 'woff2'));
    const garbage = await rejection(resolveFonts({ fonts: { default: new Uint8Array(64).fill(7) } }));
    expect(garbage.code).toBe('render-font-unreadable');
    expect(garbage.message).toContain('fonts.default');
  });
});
