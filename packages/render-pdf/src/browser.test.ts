import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontsourceBytes } from './__fixtures__/font-files.js';
import { pdfText, squeeze } from './__fixtures__/pdf-tools.js';
import { township2021 } from './__fixtures__/reports.js';

const chromiumPath = '/usr/bin/chromium';
const entry = fileURLToPath(new URL('./index.ts', import.meta.url));

async function bundleForBrowser(): Promise<{ code: string; metafile: Metafile }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'ReportPdf',
    conditions: ['@report/source'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0].text, metafile: result.metafile };
}

describe('in the browser', () => {
  let bundle: { code: string; metafile: Metafile };
  beforeAll(async () => {
    bundle = await bundleForBrowser();
  }, 60_000);

  it('bundles with esbuild for platform "browser": pdfkit’s standalone build, no Node built-in', () => {
    const inputs = Object.keys(bundle.metafile.inputs);
    expect(inputs.some((input) => input.endsWith('pdfkit/js/pdfkit.standalone.js'))).toBe(true);
    expect(inputs.some((input) => input.endsWith('fontkit/dist/browser-module.mjs'))).toBe(true);
    expect(inputs.filter((input) => /^(node:|fs$|path$|module$)/.test(input))).toEqual([]);
    expect(bundle.code).not.toMatch(/require\(["'](node:)?fs["']\)/);
  });

  describe.skipIf(!existsSync(chromiumPath))('headless Chromium', () => {
    let browser: Browser;
    let page: Page;
    beforeAll(async () => {
      browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
      page = await browser.newPage();
      // A page that loads the bundle with a <script> tag, served from memory.
      await page.route('http://report.test/**', (route) =>
        route.fulfill(
          route.request().url().endsWith('.js')
            ? { contentType: 'text/javascript', body: bundle.code }
            : { contentType: 'text/html; charset=utf-8', body: '<!doctype html><meta charset="utf-8"><script src="/render-pdf.js"></script>' },
        ),
      );
      await page.goto('http://report.test/');
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
    });

    it('renders a report to a PDF with the font bytes the page passes in', { timeout: 60_000 }, async () => {
      const fontBase64 = Buffer.from(fontsourceBytes(400)).toString('base64');
      const outcome = await page.evaluate(
        async ({ report, fontBase64 }) => {
          const binary = atob(fontBase64);
          const font = Uint8Array.from(binary, (character) => character.charCodeAt(0));
          const api = (globalThis as unknown as { ReportPdf: typeof import('./index.js') }).ReportPdf;
          const result = await api.renderPdf(report, { fonts: { default: font }, creationDate: new Date('2024-01-15T00:00:00Z') });
          let pdf = '';
          for (const byte of result.pdf) pdf += String.fromCharCode(byte);
          return { pdf: btoa(pdf), pageCount: result.pageCount, origins: result.fonts.map((used) => used.origin) };
        },
        { report: township2021(), fontBase64 },
      );
      const pdf = new Uint8Array(Buffer.from(outcome.pdf, 'base64'));
      expect(outcome.origins).toEqual(['option', 'option', 'option', 'option', 'option']);
      const text = squeeze(pdfText(pdf));
      expect(text).toContain('示例县城关镇人民政府2023年政府信息公开工作年度报告');
      expect(text).toContain(squeeze('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'));
      expect(outcome.pageCount).toBeGreaterThan(2);
    });

    it('says how to fix it when the page passes no font (a browser cannot read system fonts)', async () => {
      const error = await page.evaluate(async (report) => {
        const api = (globalThis as unknown as { ReportPdf: typeof import('./index.js') }).ReportPdf;
        try {
          await api.renderPdf(report);
          return undefined;
        } catch (caught) {
          return { code: (caught as { code?: string }).code, message: (caught as Error).message };
        }
      }, township2021());
      expect(error?.code).toBe('render-font-unavailable');
      expect(error?.message).toContain('fonts: { default:');
    });
  });
});
