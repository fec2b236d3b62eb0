/**
 * Benchmark: reading filled workbooks with readWorkbook against a plain exceljs
 * `workbook.xlsx.load` loop over the same files, each in its own process so their memory is
 * measured apart.
 *
 *   npm run bench:import -w @report/excel-import              2,000 workbooks
 *   npm run bench:import -w @report/excel-import -- --count 500
 *
 * It writes N filled templates (gov-2021 and gov-2019, from core's example reports) to a
 * temporary directory, reads and checks each with readWorkbook (every cell must come back),
 * loads each with exceljs, and prints workbooks per second and peak memory (resident set size,
 * at a quarter, half and all of the files — flat when memory does not grow with N).
 */
import ExcelJS from 'exceljs';
import { fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createExampleReport, forms, type Report } from '@report/core';
import { createTemplate, fillTemplate, readWorkbook } from '../src/index.js';

interface PhaseResult {
  phase: string;
  count: number;
  seconds: number;
  mismatches: number;
  /** Peak resident set size (MB) after 25 %, 50 % and 100 % of the files. */
  peakRss: number[];
  peakHeap: number;
}

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

/** The report behind file i: reproducible from i alone, so children can check without sharing memory. */
function reportFor(i: number): Report {
  const trial = i % 4 === 3;
  return createExampleReport({
    form: trial ? forms['gov-2019'] : forms['gov-2021'],
    year: trial ? 2020 : 2024,
    seed: i + 1,
    scale: 5 + (i % 50),
    organ: { name: `第${i + 1}镇人民政府`, level: 'township' },
  });
}

const fileFor = (directory: string, i: number) => join(directory, `${String(i).padStart(5, '0')}.xlsx`);
const rssMb = () => process.resourceUsage().maxRSS / 1024;

async function runPhase(phase: 'ours' | 'baseline', directory: string, count: number): Promise<PhaseResult> {
  const checkpoints = new Set([Math.ceil(count / 4) - 1, Math.ceil(count / 2) - 1, count - 1]);
  const peakRss: number[] = [];
  let peakHeap = 0;
  let mismatches = 0;
  let elapsed = 0;
  for (let i = 0; i < count; i++) {
    const bytes = readFileSync(fileFor(directory, i));
    const started = performance.now();
    if (phase === 'ours') {
      const { report } = await readWorkbook(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), { fileName: `${i}.xlsx` });
      elapsed += performance.now() - started;
      const expected = reportFor(i);
      if (!report || !isDeepStrictEqual(report.tables, expected.tables) || report.organ.name !== expected.organ.name) mismatches += 1;
    } else {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      elapsed += performance.now() - started;
      if (workbook.worksheets.length < 4) mismatches += 1;
    }
    if (i % 16 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed / 1024 / 1024);
    if (checkpoints.has(i)) peakRss.push(rssMb());
  }
  return { phase, count, seconds: elapsed / 1000, mismatches, peakRss, peakHeap };
}

function child(phase: 'ours' | 'baseline', directory: string, count: number): Promise<PhaseResult> {
  return new Promise((resolve, reject) => {
    const worker = fork(process.argv[1], ['--phase', phase, '--dir', directory, '--count', String(count)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    worker.once('message', (message) => resolve(message as PhaseResult));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`${phase} exited with ${code}`));
    });
  });
}

async function main(): Promise<void> {
  const phase = argument('phase', '');
  if (phase === 'ours' || phase === 'baseline') {
    const result = await runPhase(phase, argument('dir', ''), Number(argument('count', '0')));
    process.send!(result);
    return;
  }
  const count = Number(argument('count', '2000'));
  const directory = mkdtempSync(join(tmpdir(), 'bench-import-'));
  mkdirSync(directory, { recursive: true });
  try {
    console.log(`Writing ${count} filled workbooks to ${directory} …`);
    const started = performance.now();
    const templates = { 'gov-2021': await createTemplate(forms['gov-2021'], { year: 2024 }), 'gov-2019': await createTemplate(forms['gov-2019'], { year: 2020 }) };
    let bytes = 0;
    for (let i = 0; i < count; i++) {
      const report = reportFor(i);
      const filled = fillTemplate(templates[report.format as 'gov-2021' | 'gov-2019'], report);
      writeFileSync(fileFor(directory, i), filled);
      bytes += filled.length;
    }
    console.log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s, ${Math.round(bytes / count / 1024)} KB each on average (${statSync(fileFor(directory, 0)).size} bytes for the first).`);

    console.log('Reading with readWorkbook (and checking every cell) …');
    const ours = await child('ours', directory, count);
    console.log('Loading with exceljs workbook.xlsx.load (baseline) …');
    const baseline = await child('baseline', directory, count);

    const rate = (result: PhaseResult) => result.count / result.seconds;
    const row = (name: string, result: PhaseResult) =>
      `${name.padEnd(34)}${rate(result).toFixed(1).padStart(12)}${`${Math.round(result.peakRss.at(-1)!)} MB`.padStart(12)}   ${result.peakRss.map((mb) => `${Math.round(mb)}`).join(' / ')} MB   heap ≤ ${Math.round(result.peakHeap)} MB`;
    console.log('');
    console.log(`${count} workbooks, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`);
    console.log(`${''.padEnd(34)}${'workbooks/s'.padStart(12)}${'peak RSS'.padStart(12)}   RSS at 25% / 50% / 100%`);
    console.log(row('readWorkbook (read + check)', ours));
    console.log(row('exceljs xlsx.load (baseline)', baseline));
    const speedUp = rate(ours) / rate(baseline);
    console.log('');
    console.log(`Speed-up: ${speedUp.toFixed(1)}× the baseline (target ≥ 3×). Mismatches: ${ours.mismatches} of ${count}.`);
    if (ours.mismatches > 0 || baseline.mismatches > 0) process.exitCode = 1;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

await main();
