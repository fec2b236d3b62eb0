/**
 * Benchmark: the county summary workbook at N members, written by `writeSummaryWorkbook` (sheets
 * deflated row by row) next to exceljs writing the same table sheets — the same cells, labels,
 * member figures and SUM totals with their results — with its in-memory `Workbook` (how the
 * summary was written before) and with its Node-only streaming `stream.xlsx.WorkbookWriter`.
 *
 *   npm run bench:summary -w @report/excel-import                   10,000 members
 *   npm run bench:summary -w @report/excel-import -- --members 2000
 *   npm run bench:summary -w @report/excel-import -- --peers none   only ours
 *
 * Each writer runs in its own process, one after the other (so they do not compete for the
 * machine's cores), on the same aggregate, which each process builds the same way from seeded
 * example reports before its clock starts. Printed per writer: seconds to write, the resident set
 * before the write (the aggregate and Node), the peak resident set during the write (Linux: the
 * high-water mark is reset just before it, through /proc/self/clear_refs), and the file's size.
 */
import ExcelJS from 'exceljs';
import { fork } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { Writable } from 'node:stream';
import { aggregate, getCell, getForm, type AggregateResult, type Roster } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { writeSummaryWorkbook } from '../src/index.js';
import { memberValues } from '../src/summary/member-values.js';
import { tableSheetPlans, type TableSheetPlan } from '../src/summary/table-sheets.js';
import { columnLetters } from '../src/xlsx/cell-address.js';

type Writer = 'ours' | 'exceljs' | 'exceljs-stream';

interface Measurement {
  writer: Writer;
  seconds: number;
  /** CPU seconds of the process (all its threads: zlib runs on libuv's) during the write. */
  cpuSeconds: number;
  rssBefore: number;
  peakRss: number;
  peakMeasured: 'write' | 'process';
  bytes: number;
  cells: number;
}

const WRITERS: Record<Writer, string> = {
  ours: 'writeSummaryWorkbook (streaming, ours)',
  exceljs: 'exceljs Workbook, same table sheets',
  'exceljs-stream': 'exceljs stream WorkbookWriter, same',
};

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

/** A county of `count` townships filing seeded example reports of varied sizes. */
function county(count: number): { result: AggregateResult; roster: Roster } {
  const roster: Roster = { entries: Array.from({ length: count }, (_, index) => ({ id: `t${index + 1}`, name: `第${index + 1}镇人民政府`, level: 'township' as const })) };
  const submissions = roster.entries.map((entry, index) => ({
    report: createExampleReport({ year: 2024, seed: index + 1, scale: 5 + (index % 50), organ: { name: entry.name, level: 'township' } }),
    file: `${entry.name}.xlsx`,
    sha256: String(index + 1).padStart(64, '0'),
  }));
  return { result: aggregate(submissions, { roster, organ: { name: '某县人民政府', level: 'county' }, year: 2024 }), roster };
}

const status = () => readFileSync('/proc/self/status', 'utf8');
const statusMb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status())?.[1] ?? Number.NaN) / 1024;

/** Resets the peak resident set to the current one (Linux); false where that is not possible. */
function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return Number.isFinite(statusMb('VmHWM'));
  } catch {
    return false;
  }
}

/** The rows of a table sheet as exceljs takes them: title, one header row of labels, members, totals. */
function sheetRows(result: AggregateResult, plan: TableSheetPlan): ExcelJS.CellValue[][] {
  const members = result.report.members ?? [];
  const values = memberValues(result, plan.columns.map((column) => column.ref));
  const firstMember = 3;
  const rows: ExcelJS.CellValue[][] = [[`${result.report.organ.name}${result.report.year}年${plan.table.title}（汇总）`], ['序号', '单位名称', '文件', ...plan.columns.map((column) => column.path.join(' '))]];
  members.forEach((member, index) => rows.push([index + 1, member.organ.name, member.file ?? '', ...plan.columns.map((_, cell) => values.value(index, cell))]));
  rows.push([
    null,
    '合计',
    `${members.length} 个单位`,
    ...plan.columns.map((column, cell) => {
      const total = getCell(result.report, column.ref);
      const range = `${columnLetters(3 + cell)}${firstMember}:${columnLetters(3 + cell)}${firstMember + members.length - 1}`;
      return total === null ? null : { formula: `SUM(${range})`, result: total };
    }),
  ]);
  return rows;
}

async function writeWith(writer: Writer, result: AggregateResult, roster: Roster): Promise<{ bytes: number; cells: number }> {
  const plans = tableSheetPlans(getForm(result.report.format), undefined, new Set());
  const members = result.report.members?.length ?? 0;
  const cells = plans.reduce((sum, plan) => sum + (members + 1) * (plan.columns.length + 3), 0);
  if (writer === 'ours') return { bytes: (await writeSummaryWorkbook(result, { roster })).length, cells };
  if (writer === 'exceljs') {
    const workbook = new ExcelJS.Workbook();
    for (const plan of plans) workbook.addWorksheet(plan.name).addRows(sheetRows(result, plan));
    return { bytes: ((await workbook.xlsx.writeBuffer()) as ArrayBuffer).byteLength, cells };
  }
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done();
    },
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: true });
  for (const plan of plans) {
    const sheet = workbook.addWorksheet(plan.name);
    for (const row of sheetRows(result, plan)) sheet.addRow(row).commit();
    sheet.commit();
  }
  await workbook.commit();
  return { bytes, cells };
}

/** A writer's process: builds the county, then measures one write. */
async function measure(writer: Writer, count: number): Promise<void> {
  const { result, roster } = county(count);
  (globalThis as { gc?: () => void }).gc?.();
  const rssBefore = statusMb('VmRSS');
  const reset = resetPeak();
  const started = performance.now();
  const cpu = process.cpuUsage();
  const { bytes, cells } = await writeWith(writer, result, roster);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const peakRss = reset ? statusMb('VmHWM') : process.resourceUsage().maxRSS / 1024;
  process.send!({ writer, seconds, cpuSeconds, rssBefore, peakRss, peakMeasured: reset ? 'write' : 'process', bytes, cells } satisfies Measurement);
}

function run(writer: Writer, count: number): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const child = fork(process.argv[1], ['--writer', writer, '--members', String(count)], { execArgv: ['--expose-gc', '--max-old-space-size=6144'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.on('message', (message) => resolve(message as Measurement));
    child.on('error', reject);
    child.on('exit', (code) => code !== 0 && reject(new Error(`${writer} exited with ${code}`)));
  });
}

async function main(): Promise<void> {
  const count = Number(argument('members', '10000'));
  const writer = argument('writer', '');
  if (writer) return measure(writer as Writer, count);
  const peers: Writer[] = argument('peers', 'all') === 'none' ? [] : ['exceljs', 'exceljs-stream'];
  console.log(`Summary workbook of ${count.toLocaleString('en')} members, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load average ${loadavg()[0].toFixed(1)}`);
  console.log('Each writer in its own process, one after the other; each builds the same aggregate first (not timed).');
  const results: Measurement[] = [];
  for (const name of ['ours', ...peers] as Writer[]) {
    process.stdout.write(`  ${WRITERS[name]} …`);
    const measurement = await run(name, count);
    results.push(measurement);
    process.stdout.write(` ${measurement.seconds.toFixed(1)} s\n`);
  }
  console.log('');
  console.log(`${'writer'.padEnd(40)}${'seconds'.padStart(9)}${'CPU s'.padStart(8)}${'RSS before'.padStart(12)}${'peak RSS'.padStart(11)}${'file'.padStart(10)}${'table cells'.padStart(13)}`);
  for (const result of results) {
    console.log(
      `${WRITERS[result.writer].padEnd(40)}${result.seconds.toFixed(1).padStart(9)}${result.cpuSeconds.toFixed(1).padStart(8)}${`${Math.round(result.rssBefore)} MB`.padStart(12)}${`${Math.round(result.peakRss)} MB`.padStart(11)}${`${(result.bytes / 1e6).toFixed(1)} MB`.padStart(10)}${result.cells.toLocaleString('en').padStart(13)}`,
    );
  }
  if (results.some((result) => result.peakMeasured === 'process')) console.log('(peak RSS over the whole process: /proc/self/clear_refs is not available here)');
  const ours = results[0];
  console.log(`Load average at the end: ${loadavg()[0].toFixed(1)} (seconds are wall-clock; on a busy machine CPU seconds compare better).`);
  console.log('');
  console.log(`Target: under 10 s at 10,000 members. Ours: ${ours.seconds.toFixed(1)} s (${ours.cpuSeconds.toFixed(1)} CPU s), ${Math.round(ours.peakRss - ours.rssBefore)} MB above the aggregate while writing.`);
  for (const peer of results.slice(1)) console.log(`  ${WRITERS[peer.writer]}: ${(peer.seconds / ours.seconds).toFixed(1)}× the time (${(peer.cpuSeconds / ours.cpuSeconds).toFixed(1)}× the CPU), ${Math.round(peer.peakRss - peer.rssBefore)} MB above the aggregate.`);
}

await main();
