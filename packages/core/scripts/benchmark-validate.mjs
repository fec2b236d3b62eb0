#!/usr/bin/env node
/**
 * Prints how fast @report/core checks reports (a county validates thousands):
 *
 *   npm run bench:throughput -w @report/core [-- 5000]
 *
 * Bundles src/index.ts (and the testing and plugin entries) with esbuild in memory (no build
 * needed), then times validateReport on example reports of both formats, parseReport on their
 * JSON, and compareYears on two aggregates. Per-report checking time against a peer, and against
 * another build: `npm run bench:validate` (scripts/bench-validate.mjs).
 */
import { importSource } from './import-source.mjs';

const count = Number(process.argv[2] ?? 3000);
const core = await importSource('src/index.ts');
const { createExampleReport } = await importSource('src/testing.ts');
const { sumExact, tableCells } = await importSource('src/plugin.ts');

function time(label, runs, action) {
  const start = performance.now();
  const result = action();
  const seconds = (performance.now() - start) / 1000;
  console.log(`${label.padEnd(44)} ${String(runs).padStart(6)} in ${seconds.toFixed(2)} s  ${(runs / seconds).toFixed(0).padStart(7)}/s`);
  return result;
}

const reports = time('createExampleReport', count, () =>
  Array.from({ length: count }, (_, i) => createExampleReport({ year: 2019 + (i % 7), seed: i, scale: 50 })),
);
const texts = reports.map((report) => JSON.stringify(report));
time('parseReport (JSON text)', count, () => texts.forEach((text) => core.parseReport(text)));
const diagnostics = time('validateReport (valid reports)', count, () => reports.flatMap((report) => core.validateReport(report)));
if (diagnostics.length > 0) throw new Error(`example reports should be valid, got ${diagnostics.length} diagnostics`);

for (const report of reports) core.setCell(report, { table: 'applications', row: 'newReceived', column: 'total' }, 1e6);
time('validateReport (every report with an error)', count, () => reports.forEach((report) => core.validateReport(report)));

function aggregate(year, size) {
  const members = Array.from({ length: size }, (_, i) => createExampleReport({ year, seed: i, organ: { name: `第${i}镇`, level: 'township' } }));
  const form = core.getForm(members[0].format);
  const report = createExampleReport({ year, form, organ: { name: '某县', level: 'county' } });
  const contributions = {};
  for (const table of form.tables) {
    for (const { row, column } of tableCells(table)) {
      const ref = { table: table.id, row, column };
      contributions[core.cellKey(ref)] = members.map((member, index) => ({ member: index, value: core.getCell(member, ref) }));
      core.setCell(report, ref, sumExact(members.map((member) => core.getCell(member, ref))));
    }
  }
  return { ...report, members: members.map((member) => ({ organ: member.organ })), contributions };
}
const size = Math.max(10, Math.round(count / 3));
const [before, after] = [aggregate(2022, size), aggregate(2023, size)];
time(`compareYears (two aggregates of ${size} members)`, 1, () => core.compareYears(before, after));
