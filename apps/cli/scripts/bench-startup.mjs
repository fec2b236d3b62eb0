#!/usr/bin/env node
/**
 * Start-up benchmark of the built `gov-report` bin: median wall time of `node -e 0` (the floor any
 * Node program pays), `gov-report --version` and `gov-report validate one.xlsx` (a filled template
 * written into a temporary folder), each in a fresh process, the three interleaved run by run so a
 * change in the machine's load reaches all of them alike. Prints the medians and the ratios to
 * `node -e 0` (goal: validate within 3×). Not a test: run `npm run bench:startup -w @report/cli`
 * after `npm run build` (`-- --runs 30` for more runs; `-- --bin <gov-report.js>` to measure
 * another build, e.g. one of an earlier commit).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPipeline } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { createTemplate, fillTemplate } from '@report/excel-import';

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const runs = Number(option('--runs') ?? 15) || 15;
const app = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The package's bin, as `gov-report` runs (a launcher that starts dist/cli.js). */
const bin = option('--bin') ? resolve(option('--bin')) : join(app, 'bin', 'gov-report.js');
if (!existsSync(join(dirname(bin), '..', 'dist', 'cli.js'))) {
  console.error(`${join(dirname(bin), '..', 'dist', 'cli.js')} is missing: run npm run build first`);
  process.exit(1);
}

const folder = await mkdtemp(join(tmpdir(), 'gov-report-startup-'));
try {
  const form = createPipeline().getForm('gov-2021');
  const organ = { name: '示例县城关镇人民政府', level: 'township' };
  const report = createExampleReport({ form, year: 2024, seed: 3, organ });
  await writeFile(join(folder, 'one.xlsx'), fillTemplate(await createTemplate(form, { year: 2024, organ }), report));

  const commands = [
    { name: 'node -e 0', args: ['-e', '0'] },
    { name: 'gov-report --version', args: [bin, '--version'] },
    { name: 'gov-report validate one.xlsx', args: [bin, 'validate', 'one.xlsx'] },
  ];
  const times = commands.map(() => []);
  for (let run = 0; run < runs + 1; run++) {
    commands.forEach((command, index) => {
      const start = process.hrtime.bigint();
      const result = spawnSync(process.execPath, command.args, { cwd: folder, encoding: 'utf8' });
      const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
      if (result.status !== 0) throw new Error(`${command.name} exited with ${result.status}:\n${result.stdout}${result.stderr}`);
      if (run > 0) times[index].push(elapsed); // the first round warms the file cache
    });
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const floor = median(times[0]);
  console.log(`gov-report start-up (${bin}) — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load ${loadavg()[0].toFixed(1)}; median of ${runs} interleaved runs`);
  commands.forEach((command, index) => {
    const value = median(times[index]);
    console.log(`${command.name.padEnd(30)} ${value.toFixed(0).padStart(5)} ms  ${(value / floor).toFixed(2)}× node -e 0`);
  });
  const ratio = median(times[2]) / floor;
  console.log(`validate: ${ratio.toFixed(2)}× node -e 0, goal ≤ 3× ${ratio <= 3 ? 'met' : 'NOT MET'}`);
} finally {
  await rm(folder, { recursive: true, force: true });
}
