#!/usr/bin/env node
// `npm run bench:web`: 300 generated township workbooks into the county mode of the single file in
// headless Chromium — seconds to the completed result and the page's peak JS heap (main page and its
// worker, by CDP) — next to `gov-report aggregate` on the same files in the same run. Not a timed test.
// Needs the built packages, app and CLI (`npm run build`); `--count N` for another number of files.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getForm } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { createTemplate, fillTemplate } from '@report/excel-import';
import { chromium } from 'playwright-core';
import { webOutputs } from './build-options.mjs';

const app = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(app, '../..');
const single = webOutputs().singleFile;
const cli = join(root, 'apps/cli/dist/cli.js');
const countIndex = process.argv.indexOf('--count');
const count = countIndex > 0 ? Number(process.argv[countIndex + 1]) : 300;
for (const file of [single, cli]) if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);

const folder = mkdtempSync(join(tmpdir(), 'web-bench-'));
const submissions = join(folder, 'submissions');
mkdirSync(submissions);
const year = 2024;
const county = '演示县人民政府';
const form = getForm('gov-2021');
console.log(`Generating ${count} township workbooks in ${submissions}…`);
const template = await createTemplate(form, { year, organ: { name: '乡镇人民政府', level: 'township' } });
const rosterLines = ['名称,层级,上级', `${county},县级人民政府,`];
for (let index = 0; index < count; index += 1) {
  const name = `第${String(index + 1).padStart(3, '0')}镇人民政府`;
  const report = createExampleReport({ form, year, organ: { name, level: 'township' }, seed: index + 1, scale: 5 + (index % 20) });
  const own = index % 2 === 0 ? await createTemplate(form, { year, organ: report.organ }) : template;
  writeFileSync(join(submissions, `${name}.xlsx`), fillTemplate(own, report));
  rosterLines.push(`${name},乡镇人民政府,${county}`);
}
writeFileSync(join(folder, 'roster.csv'), `${rosterLines.join('\n')}\n`);
const files = readdirSync(submissions).map((name) => join(submissions, name));

// The CLI, on the same files.
const cliStart = performance.now();
const cliOut = execFileSync(process.execPath, [cli, 'aggregate', submissions, '--roster', join(folder, 'roster.csv'), '--organ', county, '--year', String(year), '-o', join(folder, 'out'), '--json'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const cliSeconds = (performance.now() - cliStart) / 1000;
const cliCompleteness = JSON.parse(cliOut).completeness;

// The browser.
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--enable-precise-memory-info'] });
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
const cdp = await page.context().newCDPSession(page);
await page.goto(pathToFileURL(single).href);
await page.click('#tab-county');
await page.setInputFiles('#county-files', files);
await page.setInputFiles('#county-roster', join(folder, 'roster.csv'));
await page.fill('#county-organ', county);
await page.fill('#county-year', String(year));
let peak = 0;
let workerPeak = 0;
const sample = async () => {
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  peak = Math.max(peak, usedSize);
  for (const worker of page.workers()) {
    const used = await worker.evaluate(() => (performance.memory ? performance.memory.usedJSHeapSize : 0)).catch(() => 0);
    workerPeak = Math.max(workerPeak, used);
  }
};
const start = performance.now();
await page.click('#county-run');
const timer = setInterval(() => void sample().catch(() => undefined), 250);
await page.waitForSelector('#completeness', { timeout: 1_800_000 });
const webSeconds = (performance.now() - start) / 1000;
clearInterval(timer);
await sample();
const expected = await page.locator('#completeness td[data-count="expected"]').textContent();
const accepted = await page.locator('#completeness td[data-count="accepted"]').textContent();
await browser.close();
rmSync(folder, { recursive: true, force: true });

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
console.log(`\n${count} township workbooks, aggregated with the county report PDF, summary workbook and checking report:`);
console.log(`  web (single file, headless Chromium): ${webSeconds.toFixed(1)} s to the completed result; peak JS heap of the page ${mb(peak)} (CDP Runtime.getHeapUsage), of the worker ${workerPeak > 0 ? mb(workerPeak) : 'not measured (Chromium exposes no heap figure inside a worker)'}; expected ${expected}, accepted ${accepted}`);
console.log(`  CLI (node apps/cli/dist/cli.js aggregate): ${cliSeconds.toFixed(1)} s; expected ${cliCompleteness.expected}, accepted ${cliCompleteness.accepted}`);
