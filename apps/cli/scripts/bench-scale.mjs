// Scale benchmark of `gov-report aggregate` (issue 13): generates N filled township templates into a
// temporary folder (hard links from one pool, so the files are real and distinct on disk), then for
// each N runs, in the same session and interleaved:
//   - the floor: a process that only reads and unzips every file (what no reader can avoid);
//   - `aggregate --jobs 1` and `aggregate --jobs <cores>` (the built CLI, PDF and Word left out);
// and prints wall time, time per file, peak RSS and report.json bytes per member next to each other.
// Not a test: `npm run bench:scale` (after `npm run build`), or `npm run bench:scale -- 1000,10000,40000`.
import { spawnSync } from 'node:child_process';
import { link, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { Worker, isMainThread, workerData } from 'node:worker_threads';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPipeline } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { createTemplate, fillTemplate } from '@report/excel-import';

const POOL = 500;
const names = (count) => Array.from({ length: count }, (_, i) => `第${i + 1}镇人民政府`);

/** Writes files from..to-1 of the pool: distinct reports (POOL seeds), each file its own township's. */
async function generate(pool, from, to) {
  const form = createPipeline().getForm('gov-2021');
  const blank = await createTemplate(form, { year: 2024 });
  const all = names(to);
  for (let i = from; i < to; i++) {
    const report = createExampleReport({ form, year: 2024, seed: (i % POOL) + 1, organ: { name: all[i], level: 'township' } });
    await writeFile(join(pool, `${i + 1}.xlsx`), fillTemplate(blank, report));
  }
}

/** Generates the files in one thread per core (not measured). */
async function generateAll(pool, count, threads) {
  const share = Math.ceil(count / threads);
  const slice = (k) => ({ pool, from: k * share, to: Math.min(count, (k + 1) * share) });
  await Promise.all(
    Array.from({ length: threads }, (_, k) => new Promise((done, fail) => {
      const worker = new Worker(fileURLToPath(import.meta.url), { workerData: slice(k) });
      worker.on('error', fail);
      worker.on('exit', (code) => (code === 0 ? done() : fail(new Error(`generator thread exited ${code}`))));
    })),
  );
}

if (!isMainThread) await generate(workerData.pool, workerData.from, workerData.to);
else await main();

async function main() {
  const sizes = (process.argv[2] ?? '1000,10000').split(',').map(Number);
  const app = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const bin = join(app, 'dist/cli.js');
  const folder = await mkdtemp(join(tmpdir(), 'gov-report-scale-'));
  const cores = availableParallelism();
  const max = Math.max(...sizes);
  const townships = names(max);
  const started = process.hrtime.bigint();
  process.stdout.write(`Generating ${max} workbooks in ${folder} (${cores} threads) …\n`);
  const pool = join(folder, 'pool');
  await mkdir(pool);
  await generateAll(pool, max, cores);
  process.stdout.write(`  generated in ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(0)} s\n`);

  function measure(args, cwd) {
    const started = process.hrtime.bigint();
    const run = spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const [kib, user, system] = run.stderr.trim().split('\n').at(-1).split(' ').map(Number);
    return { seconds, peak: kib / 1024, cpu: user + system, status: run.status, stderr: run.stderr };
  }

  const floorScript = join(folder, 'floor.mjs');
  await writeFile(
    floorScript,
    `import { readdirSync, readFileSync } from 'node:fs';\nimport { unzipSync } from ${JSON.stringify(import.meta.resolve('fflate'))};\nlet n = 0;\nfor (const name of readdirSync(process.argv[2])) { unzipSync(new Uint8Array(readFileSync(process.argv[2] + '/' + name))); n++; }\nconsole.log(n);\n`,
  );

  const rows = [];
  for (const n of sizes) {
    const dir = join(folder, `n${n}`);
    const inbox = join(dir, 'inbox');
    await mkdir(inbox, { recursive: true });
    for (let i = 0; i < n; i++) await link(join(pool, `${i + 1}.xlsx`), join(inbox, `${townships[i].replace('人民政府', '')}.xlsx`));
    await writeFile(join(dir, 'roster.csv'), ['名称,层级,上级', '测试县人民政府,县,', ...townships.slice(0, n).map((name) => `${name},乡镇,测试县人民政府`)].join('\n'));
    const floor = measure([floorScript, inbox], dir);
    const runs = {};
    for (const jobs of [1, cores]) {
      const out = `out-${jobs}`;
      runs[jobs] = measure([bin, 'aggregate', 'inbox', '--roster', 'roster.csv', '--organ', '测试县人民政府', '--year', '2024', '-o', out, '--no-pdf', '--no-docx', '--jobs', String(jobs), '--json'], dir);
      if (runs[jobs].status !== 0) console.error(`aggregate --jobs ${jobs} at N=${n} exited ${runs[jobs].status}:\n${runs[jobs].stderr.slice(-2000)}`);
      runs[jobs].json = (await stat(join(dir, out, 'report.json')).catch(() => ({ size: NaN }))).size;
    }
    rows.push({ n, floor, runs });
    const line = (label, r) => `  ${label.padEnd(22)} ${r.seconds.toFixed(1).padStart(7)} s  ${((r.seconds / n) * 1000).toFixed(2).padStart(6)} ms/file  CPU ${r.cpu.toFixed(1).padStart(6)} s  ${r.peak.toFixed(0).padStart(6)} MiB`;
    console.log(`N = ${n}`);
    console.log(line('floor (read + unzip)', floor));
    for (const jobs of [1, cores]) console.log(`${line(`aggregate --jobs ${jobs}`, runs[jobs])}  report.json ${(runs[jobs].json / n / 1024).toFixed(2)} KB/member`);
    await rm(dir, { recursive: true, force: true });
  }
  const base = rows[0];
  const per = (r, n) => r.seconds / n;
  for (const row of rows.slice(1)) {
    const growth = (per(row.runs[cores], row.n) / per(base.runs[cores], base.n) - 1) * 100;
    console.log(`time per file at ${row.n} vs ${base.n} (--jobs ${cores}): ${growth >= 0 ? '+' : ''}${growth.toFixed(0)}%  (goal: within ±10%, or less)`);
  }
  // The issue's goals, each beside what this run measured.
  const verdict = (ok) => (ok ? 'met' : 'NOT met');
  for (const row of rows) {
    const run = row.runs[cores];
    const goals = [`RSS ${run.peak.toFixed(0)} MiB < 1024 MiB: ${verdict(run.peak < 1024)}`, `report.json ${(run.json / row.n / 1024).toFixed(2)} KB/member < 4 KB: ${verdict(run.json / row.n < 4096)}`];
    if (row.n >= 40000) goals.unshift(`${row.n} files in ${run.seconds.toFixed(1)} s < 90 s: ${verdict(run.seconds < 90)}`);
    console.log(`goals at ${row.n} (--jobs ${cores}): ${goals.join('; ')}`);
  }
  await rm(folder, { recursive: true, force: true });
}
