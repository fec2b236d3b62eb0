#!/usr/bin/env node
/**
 * PDF benchmark: prints how long a township report and a county aggregate take to render, and how
 * big the files are, against the targets (township < 1 s, county < 3 s, files < 1 MB).
 *
 * Each case runs in a fresh Node process: the first render there is "cold" (it reads and parses
 * the fonts), the next ones are "warm" (fonts cached, as when a county renders many reports in
 * one run). The sources are bundled on the fly with esbuild, so no build is needed.
 *
 *   npm run bench:pdf -w @report/render-pdf            (or: node scripts/bench.mjs [--runs 5] [--no-system-fonts])
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleSources, scratchDirectory } from './bundle-sources.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : fallback;
};
const runs = Number(option('--runs', '5'));
/** `--no-system-fonts`: skip installed fonts, so the @fontsource (TrueType) faces are measured. */
const systemFonts = !args.includes('--no-system-fonts');

async function runCase(casesFile, name) {
  const cases = await import(pathToFileURL(casesFile).href);
  // The input is made before timing: only rendering is measured.
  const input = name === 'township' ? cases.township2021() : cases.countyAggregate();
  const options = { systemFonts };
  const render = name === 'township' ? () => cases.renderPdf(input, options) : () => cases.renderAggregatePdf(input, options);
  const times = [];
  let result;
  for (let run = 0; run <= runs; run++) {
    const start = performance.now();
    result = await render();
    times.push(performance.now() - start);
  }
  const [cold, ...warm] = times;
  warm.sort((a, b) => a - b);
  const median = warm[Math.floor(warm.length / 2)];
  process.stdout.write(
    JSON.stringify({ name, cold, median, best: warm[0], bytes: result.pdf.length, pages: result.pageCount, fonts: result.fonts.map((font) => `${font.role}=${font.name}`) }),
  );
}

if (args[0] === '--case') {
  await runCase(args[1], args[2]);
} else {
  const directory = scratchDirectory();
  try {
    const casesFile = await bundleSources(join(here, 'bench-cases.ts'), directory);
    const targets = { township: 1000, county: 3000 };
    const labels = { township: 'township report (gov-2021, full)', county: 'county aggregate (20 members)' };
    console.log(`@report/render-pdf benchmark — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load ${loadavg()[0].toFixed(1)}; ${runs} warm runs`);
    let fonts;
    let allMet = true;
    for (const name of ['township', 'county']) {
      let output;
      try {
        output = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--case', casesFile, name, '--runs', String(runs), ...(systemFonts ? [] : ['--no-system-fonts'])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      } catch (error) {
        console.error(`${labels[name]}: failed\n${error.stderr ?? error.message}`);
        allMet = false;
        continue;
      }
      const figures = JSON.parse(output);
      fonts = figures.fonts;
      const timeMet = figures.median < targets[name];
      const sizeMet = figures.bytes < 1024 * 1024;
      allMet &&= timeMet && sizeMet;
      console.log(
        `${labels[name].padEnd(36)} warm median ${figures.median.toFixed(0).padStart(5)} ms (best ${figures.best.toFixed(0)} ms; cold first render ${figures.cold.toFixed(0)} ms)` +
          `  target < ${targets[name]} ms ${timeMet ? 'met' : 'NOT MET'}` +
          ` | ${(figures.bytes / 1024).toFixed(0)} KB, ${figures.pages} pages, target < 1024 KB ${sizeMet ? 'met' : 'NOT MET'}`,
      );
    }
    if (fonts) console.log(`fonts: ${fonts.join(', ')}`);
    if (!allMet) process.exitCode = 1;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
