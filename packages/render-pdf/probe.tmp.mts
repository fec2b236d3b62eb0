import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import { township2021 } from './src/__fixtures__/reports.ts';
const t0 = performance.now();
const result = await build({ entryPoints: ['src/index.ts'], bundle: true, platform: 'browser', format: 'iife', globalName: 'ReportPdf', conditions: ['@report/source'], write: false, logLevel: 'silent' });
console.log('bundle', performance.now() - t0);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
console.log('launch', performance.now() - t0);
const page = await browser.newPage();
page.on('console', (m) => console.log('page:', m.text()));
await page.route('http://report.test/**', (route) => route.fulfill(route.request().url().endsWith('.js') ? { contentType: 'text/javascript', body: result.outputFiles[0].text } : { contentType: 'text/html', body: '<!doctype html><script>window.t0=performance.now()</script><script src="/bundle.js"></script><script>window.t1=performance.now()</script>' }));
await page.goto('http://report.test/');
console.log(await page.evaluate(() => [(window as any).t0, (window as any).t1]));
console.log('script', performance.now() - t0);
const font = fs.readFileSync('../../node_modules/@fontsource/noto-serif-sc/files/noto-serif-sc-chinese-simplified-400-normal.woff').toString('base64');
const r = await page.evaluate(async ({ report, font }) => {
  const t = performance.now();
  const bytes = Uint8Array.from(atob(font), (c) => c.charCodeAt(0));
  const api = (globalThis as any).ReportPdf;
  const times = [];
  for (let i = 0; i < 3; i++) { const s = performance.now(); const res = await api.renderPdf(report, { fonts: { default: bytes } }); times.push(performance.now() - s); }
  return { total: performance.now() - t, times };
}, { report: township2021(), font });
console.log(r, 'evaluate', performance.now() - t0);
await browser.close();
