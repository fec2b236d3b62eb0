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
 * at a quarter, half and all of the files — flat when memory does not grow with N). Each loop
 * runs in its own process, first reads 50 files untimed (so both are timed compiled), then the
 * two take turns over 20 slices of the files, so a busy machine slows both alike.
 */
import ExcelJS from 'exceljs';
import { fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { forms, type Report } from '@report/core';
import { createExampleReport } from '@report/core/testing';
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

/** One slice of the files, read by a phase's process. */
interface SliceResult {
  seconds: number;
  mismatches: number;
  rss: number;
  heap: number;
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

/** Reads (untimed) before timing, so both loops are measured with their code compiled. */
const WARM_UP = 50;

async function readOne(phase: 'ours' | 'baseline', directory: string, i: number, check: boolean): Promise<{ milliseconds: number; mismatch: boolean }> {
  const bytes = readFileSync(fileFor(directory, i));
  const started = performance.now();
  if (phase === 'ours') {
    const { report } = await readWorkbook(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), { fileName: `${i}.xlsx` });
    const milliseconds = performance.now() - started;
    if (!check) return { milliseconds, mismatch: false };
    const expected = reportFor(i);
    return { milliseconds, mismatch: !report || !isDeepStrictEqual(report.tables, expected.tables) || report.organ.name !== expected.organ.name };
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return { milliseconds: performance.now() - started, mismatch: workbook.worksheets.length < 4 };
}

/** A phase's process: warms up, then reads the slices the parent asks for, one at a time. */
function serve(phase: 'ours' | 'baseline', directory: string, count: number): void {
  let heap = 0;
  process.on('message', async (message: { from: number; to: number } | { warmUp: true } | { done: true }) => {
    if ('done' in message) process.exit(0);
    if ('warmUp' in message) {
      for (let i = 0; i < Math.min(WARM_UP, count); i++) await readOne(phase, directory, i, false);
      process.send!({ ready: true });
      return;
    }
    let seconds = 0;
    let mismatches = 0;
    for (let i = message.from; i < message.to; i++) {
      const { milliseconds, mismatch } = await readOne(phase, directory, i, true);
      seconds += milliseconds / 1000;
      if (mismatch) mismatches += 1;
      if (i % 16 === 0) heap = Math.max(heap, process.memoryUsage().heapUsed / 1024 / 1024);
    }
    process.send!({ seconds, mismatches, rss: rssMb(), heap } satisfies SliceResult);
  });
}

function spawnPhase(phase: 'ours' | 'baseline', directory: string, count: number) {
  const worker = fork(process.argv[1], ['--phase', phase, '--dir', directory, '--count', String(count)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let pending: { resolve: (reply: unknown) => void; reject: (error: Error) => void } | undefined;
  worker.on('message', (reply) => pending?.resolve(reply));
  worker.on('error', (error) => pending?.reject(error));
  worker.on('exit', (code) => code !== 0 && pending?.reject(new Error(`${phase} exited with ${code}`)));
  const ask = <T>(message: object) =>
    new Promise<T>((resolve, reject) => {
      pending = { resolve: resolve as (reply: unknown) => void, reject };
      worker.send(message);
    });
  return { worker, ask };
}

/**
 * Both loops run in their own warm process, slice by slice in turn (ours, then the baseline, on
 * the same files), so a busy moment on the machine slows both alike.
 */
async function compare(directory: string, count: number): Promise<[PhaseResult, PhaseResult]> {
  const phases = (['ours', 'baseline'] as const).map((phase) => ({ phase, ...spawnPhase(phase, directory, count) }));
  for (const { ask } of phases) await ask({ warmUp: true });
  const results = phases.map(({ phase }): PhaseResult => ({ phase, count, seconds: 0, mismatches: 0, peakRss: [], peakHeap: 0 }));
  const slices = Math.min(20, count);
  const checkpoints = new Set([Math.ceil(slices / 4), Math.ceil(slices / 2), slices]);
  for (let slice = 1; slice <= slices; slice++) {
    const from = Math.floor(((slice - 1) * count) / slices);
    const to = Math.floor((slice * count) / slices);
    for (const [index, { ask }] of phases.entries()) {
      const reply = await ask<SliceResult>({ from, to });
      const result = results[index];
      result.seconds += reply.seconds;
      result.mismatches += reply.mismatches;
      result.peakHeap = Math.max(result.peakHeap, reply.heap);
      if (checkpoints.has(slice)) result.peakRss.push(reply.rss);
    }
  }
  for (const { worker } of phases) worker.send({ done: true });
  return [results[0], results[1]];
}

async function main(): Promise<void> {
  const phase = argument('phase', '');
  if (phase === 'ours' || phase === 'baseline') {
    serve(phase, argument('dir', ''), Number(argument('count', '0')));
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

    console.log('Reading with readWorkbook (checking every cell) and loading with exceljs, slice by slice in turn …');
    const [ours, baseline] = await compare(directory, count);

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
