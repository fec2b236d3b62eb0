/**
 * Benchmark: reading workbooks with readWorkbook against a plain exceljs `workbook.xlsx.load`
 * loop over the same files, and against an unzip floor, each in its own process so their memory
 * is measured apart.
 *
 *   npm run bench:import -w @report/excel-import                       2,000 workbooks of each kind
 *   npm run bench:import -w @report/excel-import -- --count 500
 *   npm run bench:import -w @report/excel-import -- --kinds pasted     one kind only
 *
 * Two kinds of workbook, N of each, written to a temporary directory from core's example reports
 * (three in four gov-2021, one in four the 2019 trial format):
 * - `template`: filled templates (`createTemplate` + `fillTemplate`), read exactly by their map;
 * - `pasted`: the official tables pasted onto sheets of their own or typed on one sheet, written
 *   by exceljs (scripts/bench-kit/pasted-workbook.ts), read by their labels.
 * For each kind it reads and checks every file with readWorkbook (every cell must come back),
 * loads each with exceljs, and unzips each: every entry inflated by fflate's `unzipSync`, and
 * every entry through the package's own zip reader (node:zlib) — what any reader must at least
 * do. It prints milliseconds per file, workbooks per second, the speed-up over exceljs, and
 * peak memory (resident set size at a quarter, half and all of the files — flat when memory does
 * not grow with N). Each loop runs in its own process, first reads 200 files untimed (so all are
 * timed compiled), then the loops take turns over 20 slices of the files, so a busy machine
 * slows them alike. Times exclude reading the file from disk.
 */
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { forms, type Report } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { openZip, readZipEntry } from '../src/container/zip.js';
import { createTemplate, fillTemplate, readWorkbook } from '../src/index.js';
import { pastedReportFor, pastedWorkbook } from './bench-kit/pasted-workbook.js';

type Kind = 'template' | 'pasted';
type Phase = 'ours' | 'baseline' | 'unzip-fflate' | 'unzip-own';
const PHASES: readonly Phase[] = ['ours', 'baseline', 'unzip-fflate', 'unzip-own'];
const KINDS: readonly Kind[] = ['template', 'pasted'];
const GOAL: Record<Kind, number> = { template: 5, pasted: 3 };

interface PhaseResult {
  phase: Phase;
  count: number;
  seconds: number;
  /** CPU seconds of the process (all its threads) while reading. */
  cpuSeconds: number;
  mismatches: number;
  /** Seconds per slice (the same files for every phase, read one phase after the other). */
  sliceSeconds: number[];
  /** Peak resident set size (MB) after 25 %, 50 % and 100 % of the files. */
  peakRss: number[];
  peakHeap: number;
}

/** One slice of the files, read by a phase's process. */
interface SliceResult {
  seconds: number;
  cpuSeconds: number;
  mismatches: number;
  rss: number;
  heap: number;
}

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

/** The report behind template i: reproducible from i alone, so children can check without sharing memory. */
function templateReportFor(i: number): Report {
  const trial = i % 4 === 3;
  return createExampleReport({
    form: trial ? forms['gov-2019'] : forms['gov-2021'],
    year: trial ? 2020 : 2024,
    seed: i + 1,
    scale: 5 + (i % 50),
    organ: { name: `第${i + 1}镇人民政府`, level: 'township' },
  });
}

const reportFor = (kind: Kind, i: number) => (kind === 'template' ? templateReportFor(i) : pastedReportFor(i));
const fileFor = (directory: string, i: number) => join(directory, `${String(i).padStart(5, '0')}.xlsx`);
const rssMb = () => process.resourceUsage().maxRSS / 1024;

/** Reads (untimed) before timing, so every loop is measured with its code compiled. */
const WARM_UP = 200;

const cpuMilliseconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

interface Timing {
  milliseconds: number;
  /** CPU milliseconds of the process, all threads (a busy machine delays a loop, but does not add to its CPU time). */
  cpu: number;
  mismatch: boolean;
}

/** Reads file i as the phase does; only the reading is timed (the check of what was read comes after). */
async function readOne(phase: Phase, kind: Kind, directory: string, i: number, check: boolean): Promise<Timing> {
  const bytes = new Uint8Array(readFileSync(fileFor(directory, i)));
  const cpuStarted = cpuMilliseconds();
  const started = performance.now();
  const stop = (mismatch: boolean) => ({ milliseconds: performance.now() - started, cpu: cpuMilliseconds() - cpuStarted, mismatch });
  switch (phase) {
    case 'ours': {
      const { report } = await readWorkbook(bytes, { fileName: `${i}.xlsx` });
      const timing = stop(false);
      if (!check) return timing;
      const expected = reportFor(kind, i);
      return { ...timing, mismatch: !report || !isDeepStrictEqual(report.tables, expected.tables) || report.organ.name !== expected.organ.name };
    }
    case 'baseline': {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      return stop(workbook.worksheets.length < (kind === 'template' ? 4 : 1));
    }
    case 'unzip-fflate': {
      const entries = unzipSync(bytes);
      return stop(Object.keys(entries).length === 0);
    }
    case 'unzip-own': {
      const zip = openZip(bytes);
      const budget = { remaining: Number.MAX_SAFE_INTEGER };
      let total = 0;
      for (const entry of zip.entries.values()) total += readZipEntry(zip, entry.name, budget)?.length ?? 0;
      return stop(total === 0);
    }
  }
}

/** A phase's process: warms up, then reads the slices the parent asks for, one at a time. */
function serve(phase: Phase, kind: Kind, directory: string, count: number): void {
  let heap = 0;
  process.on('message', async (message: { from: number; to: number } | { warmUp: true } | { done: true }) => {
    if ('done' in message) process.exit(0);
    if ('warmUp' in message) {
      for (let i = 0; i < Math.min(WARM_UP, count); i++) await readOne(phase, kind, directory, i, false);
      process.send!({ ready: true });
      return;
    }
    let seconds = 0;
    let cpuSeconds = 0;
    let mismatches = 0;
    for (let i = message.from; i < message.to; i++) {
      const { milliseconds, cpu, mismatch } = await readOne(phase, kind, directory, i, true);
      seconds += milliseconds / 1000;
      cpuSeconds += cpu / 1000;
      if (mismatch) mismatches += 1;
      if (i % 16 === 0) heap = Math.max(heap, process.memoryUsage().heapUsed / 1024 / 1024);
    }
    process.send!({ seconds, cpuSeconds, mismatches, rss: rssMb(), heap } satisfies SliceResult);
  });
}

function spawnPhase(phase: Phase, kind: Kind, directory: string, count: number) {
  const worker = fork(process.argv[1], ['--phase', phase, '--kind', kind, '--dir', directory, '--count', String(count)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
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
 * Every loop runs in its own warm process, slice by slice in turn (ours, exceljs, the unzip
 * floors, on the same files), so a busy moment on the machine slows all alike.
 */
async function compare(kind: Kind, directory: string, count: number): Promise<PhaseResult[]> {
  const phases = PHASES.map((phase) => ({ phase, ...spawnPhase(phase, kind, directory, count) }));
  for (const { ask } of phases) await ask({ warmUp: true });
  const results = phases.map(({ phase }): PhaseResult => ({ phase, count, seconds: 0, cpuSeconds: 0, mismatches: 0, sliceSeconds: [], peakRss: [], peakHeap: 0 }));
  const slices = Math.min(20, count);
  const checkpoints = new Set([Math.ceil(slices / 4), Math.ceil(slices / 2), slices]);
  for (let slice = 1; slice <= slices; slice++) {
    const from = Math.floor(((slice - 1) * count) / slices);
    const to = Math.floor((slice * count) / slices);
    for (const [index, { ask }] of phases.entries()) {
      const reply = await ask<SliceResult>({ from, to });
      const result = results[index];
      result.seconds += reply.seconds;
      result.sliceSeconds.push(reply.seconds);
      result.cpuSeconds += reply.cpuSeconds;
      result.mismatches += reply.mismatches;
      result.peakHeap = Math.max(result.peakHeap, reply.heap);
      if (checkpoints.has(slice)) result.peakRss.push(reply.rss);
    }
  }
  for (const { worker } of phases) worker.send({ done: true });
  return results;
}

async function writeFiles(kind: Kind, directory: string, count: number): Promise<void> {
  const started = performance.now();
  let bytes = 0;
  const templates = kind === 'template' ? { 'gov-2021': await createTemplate(forms['gov-2021'], { year: 2024 }), 'gov-2019': await createTemplate(forms['gov-2019'], { year: 2020 }) } : undefined;
  for (let i = 0; i < count; i++) {
    let file: Uint8Array;
    if (templates) {
      const report = templateReportFor(i);
      file = fillTemplate(templates[report.format as 'gov-2021' | 'gov-2019'], report);
    } else {
      file = (await pastedWorkbook(i)).bytes;
    }
    writeFileSync(fileFor(directory, i), file);
    bytes += file.length;
  }
  console.log(`  ${count} ${kind} workbooks in ${((performance.now() - started) / 1000).toFixed(1)} s, ${Math.round(bytes / count / 1024)} KB each on average (${statSync(fileFor(directory, 0)).size} bytes for the first).`);
}

const LABELS: Record<Phase, string> = {
  ours: 'readWorkbook (read + check)',
  baseline: 'exceljs xlsx.load (peer)',
  'unzip-fflate': 'unzip floor: fflate unzipSync',
  'unzip-own': 'unzip floor: own zip, node:zlib',
};

function report(kind: Kind, count: number, results: readonly PhaseResult[]): boolean {
  const byPhase = Object.fromEntries(results.map((result) => [result.phase, result])) as Record<Phase, PhaseResult>;
  const perFile = (result: PhaseResult) => (result.seconds * 1000) / result.count;
  const cpuPerFile = (result: PhaseResult) => (result.cpuSeconds * 1000) / result.count;
  console.log('');
  console.log(`${kind}: ${count} workbooks, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`);
  console.log(`${''.padEnd(34)}${'ms/file'.padStart(9)}${'CPU ms'.padStart(9)}${'files/s'.padStart(9)}${'peak RSS'.padStart(10)}   RSS at 25% / 50% / 100%`);
  for (const result of results) {
    const rss = result.peakRss.at(-1)!;
    console.log(
      `${LABELS[result.phase].padEnd(34)}${perFile(result).toFixed(3).padStart(9)}${cpuPerFile(result).toFixed(3).padStart(9)}${(result.count / result.seconds).toFixed(0).padStart(9)}${`${Math.round(rss)} MB`.padStart(10)}   ${result.peakRss.map((mb) => `${Math.round(mb)}`).join(' / ')} MB   heap ≤ ${Math.round(result.peakHeap)} MB`,
    );
  }
  const ours = byPhase.ours;
  const speedUp = perFile(byPhase.baseline) / perFile(ours);
  const cpuSpeedUp = cpuPerFile(byPhase.baseline) / cpuPerFile(ours);
  // Per slice, exceljs's time over ours on the same files read one after the other: the median is what a burst of load elsewhere moves least.
  const sliceRatios = ours.sliceSeconds.map((seconds, i) => byPhase.baseline.sliceSeconds[i] / seconds).sort((a, b) => a - b);
  const median = sliceRatios[Math.floor(sliceRatios.length / 2)];
  console.log(
    `${kind}: readWorkbook ${speedUp.toFixed(1)}× as fast as exceljs over all files (${cpuSpeedUp.toFixed(1)}× in CPU time; per slice median ${median.toFixed(1)}×, ` +
      `from ${sliceRatios[0].toFixed(1)}× to ${sliceRatios.at(-1)!.toFixed(1)}×); goal ≥ ${GOAL[kind]}×: ${speedUp >= GOAL[kind] ? 'met' : 'NOT met'}. Mismatches: ${ours.mismatches} of ${count}.`,
  );
  const floor = (phase: Phase) => `${(perFile(ours) / perFile(byPhase[phase])).toFixed(2)}× ${LABELS[phase].replace('unzip floor: ', '')} (${perFile(byPhase[phase]).toFixed(3)} ms)`;
  console.log(`${kind}: ${perFile(ours).toFixed(3)} ms per file = ${floor('unzip-fflate')}, ${floor('unzip-own')}.`);
  return results.every((result) => result.mismatches === 0);
}

async function main(): Promise<void> {
  const phase = argument('phase', '') as Phase;
  if (PHASES.includes(phase)) {
    serve(phase, argument('kind', 'template') as Kind, argument('dir', ''), Number(argument('count', '0')));
    return;
  }
  const count = Number(argument('count', '2000'));
  const kinds = argument('kinds', KINDS.join(',')).split(',') as Kind[];
  for (const kind of kinds) if (!KINDS.includes(kind)) throw new Error(`unknown kind ${kind} (template, pasted)`);
  const root = mkdtempSync(join(tmpdir(), 'bench-import-'));
  try {
    console.log(`Writing workbooks to ${root} …`);
    for (const kind of kinds) {
      mkdirSync(join(root, kind), { recursive: true });
      await writeFiles(kind, join(root, kind), count);
    }
    let ok = true;
    for (const kind of kinds) {
      console.log(`Reading ${kind} workbooks with readWorkbook (checking every cell), exceljs and the unzip floors, slice by slice in turn …`);
      ok = report(kind, count, await compare(kind, join(root, kind), count)) && ok;
    }
    if (!ok) process.exitCode = 1;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
