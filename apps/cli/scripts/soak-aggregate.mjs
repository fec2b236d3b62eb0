// Soak run of `gov-report aggregate`: 2,000 generated township submissions, 5% of them hostile
// (a 2 MB organ name, control characters and bidi overrides in names, 18-digit and 1e308 counts,
// deeply nested JSON, truncated and empty files, a zip that is no workbook, Office lock files, links),
// in one run of the built CLI. Prints the peak memory and whether every file is accounted for in
// checking.json. Not a timed test: run it with `npm run soak:aggregate` (after `npm run build`).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPipeline, setCell } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { createTemplate, fillTemplate } from '@report/excel-import';

const count = Number(process.argv[2] ?? 2000);
const app = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(app, 'dist/cli.js');
const folder = await mkdtemp(join(tmpdir(), 'gov-report-soak-'));
const inbox = join(folder, 'inbox');
await mkdir(inbox);

const form = createPipeline().getForm('gov-2021');
const blank = await createTemplate(form, { year: 2024 });
const names = Array.from({ length: count }, (_, i) => `第${i + 1}镇人民政府`);
await writeFile(join(folder, 'roster.csv'), ['名称,层级,上级', '测试县人民政府,县,', ...names.map((name) => `${name},乡镇,测试县人民政府`)].join('\n'));

const hostile = new Set(Array.from({ length: Math.round(count * 0.05) }, (_, i) => Math.floor((i * count) / Math.round(count * 0.05))));
const kinds = ['huge-name', 'control-name', 'big-count', 'infinite', 'deep-json', 'truncated', 'empty', 'not-workbook', 'lock-file', 'link'];
let written = 0;
for (const [index, name] of names.entries()) {
  const file = join(inbox, `${name.replace('人民政府', '')}.xlsx`);
  const report = createExampleReport({ form, year: 2024, seed: index + 1, organ: { name, level: 'township' } });
  if (!hostile.has(index)) {
    await writeFile(file, fillTemplate(blank, report));
    written += 1;
    continue;
  }
  const kind = kinds[[...hostile].indexOf(index) % kinds.length];
  if (kind === 'huge-name') report.organ.name = 'A'.repeat(2 * 1024 * 1024);
  if (kind === 'control-name') report.organ.name = `${name}\u001b[2J\u0007\r✓ 通过\u202e`;
  if (kind === 'big-count') setCell(report, { table: 'applications', row: 'newReceived', column: 'naturalPerson' }, 123456789012345678);
  if (kind === 'infinite') setCell(report, { table: 'applications', row: 'newReceived', column: 'naturalPerson' }, 1e308);
  if (['huge-name', 'control-name', 'big-count', 'infinite'].includes(kind)) await writeFile(file.replace(/\.xlsx$/, '.json'), JSON.stringify(report));
  if (kind === 'deep-json') await writeFile(file.replace(/\.xlsx$/, '.json'), `${'['.repeat(50_000)}${']'.repeat(50_000)}`);
  if (kind === 'truncated') await writeFile(file, fillTemplate(blank, report).subarray(0, 3000));
  if (kind === 'empty') await writeFile(file, '');
  if (kind === 'not-workbook') await writeFile(file, new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(200).fill(7)]));
  if (kind === 'lock-file') await writeFile(join(inbox, `~$${name}.xlsx`), 'lock');
  if (kind === 'link') await symlink('/etc/hostname', join(inbox, `${name}.xlsx`));
  written += 1;
}

const started = process.hrtime.bigint();
const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, 'aggregate', 'inbox', '--roster', 'roster.csv', '--organ', '测试县人民政府', '--year', '2024', '-o', 'out', '--json'], {
  cwd: folder,
  encoding: 'utf8',
  maxBuffer: 512 * 1024 * 1024,
});
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const peakKiB = Number(run.stderr.trim().split('\n').at(-1));
const checking = JSON.parse(await readFile(join(folder, 'out/checking.json'), 'utf8'));
const accounted = checking.files.length + checking.run.skipped.length;
const inputs = Number(execFileSync('sh', ['-c', `ls -A "${inbox}" | wc -l`], { encoding: 'utf8' }).trim());
console.log(`gov-report aggregate soak: ${count} organs, ${hostile.size} hostile (${kinds.join(', ')})`);
console.log(`  exit code ${run.status}, ${seconds.toFixed(1)} s wall, peak RSS ${(peakKiB / 1024).toFixed(0)} MiB (goal: under 1024 MiB)`);
console.log(`  files in the folder ${inputs}; in checking.json: ${checking.files.length} read + ${checking.run.skipped.length} skipped = ${accounted} (${accounted === inputs ? 'every file accounted for' : 'MISSING FILES'})`);
console.log(`  completeness: ${JSON.stringify(checking.completeness)}`);
await rm(folder, { recursive: true, force: true });
if (run.status !== 0 || accounted !== inputs || peakKiB > 1024 * 1024) process.exitCode = 1;
