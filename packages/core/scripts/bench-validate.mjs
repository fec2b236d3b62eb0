#!/usr/bin/env node
/**
 * How long checking one report takes (issue 13: a province's 40,000 workbooks through
 * `gov-report aggregate`), against a peer measured in the same run:
 *
 *   npm run build -w @report/core && npm run bench:validate -w @report/core [-- 2000 [rounds] [--against module.mjs]]
 *
 * Imports the built package (`dist`, as the CLI runs it), builds `count` example reports of
 * gov-2021 (year 2024, townships, each its own seed: filled templates), and times per report, in
 * interleaved rounds after a warm-up (median of the rounds, CPU time of this process, which a
 * shared machine disturbs less than the clock):
 *
 * - `validateReport` on the reports as generated (valid, every cell filled);
 * - `validateReport` on the same reports with faults put in (a wrong total, blank cells, cells the
 *   form lacks, a wrong period, a figure in the text the table contradicts, a negative cell), so the
 *   paths that build diagnostics are timed too;
 * - the peer: `JSON.stringify` of each report, a trivial pass over the same data. Compare ratios
 *   to the peer between runs, not milliseconds.
 *
 * `--against` times another build's `validateReport` in the same rounds (a module exporting it:
 * another `dist/index.js`, or a bundle of an older commit's `src/index.ts`, see the README) and
 * says whether it gives the same diagnostics. The digest printed covers every diagnostic of both
 * sets (code, message, location…): a change meant to make checking faster must not change it.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getForm, setCell, validateReport } from '@report/core';
import { createExampleReport } from '@report/core/testing';

const args = process.argv.slice(2);
const againstAt = args.indexOf('--against');
const againstPath = againstAt >= 0 ? args.splice(againstAt, 2)[1] : undefined;
const count = Number(args[0] ?? 2000);
const rounds = Number(args[1] ?? 9);
const other = againstPath ? await import(pathToFileURL(resolve(againstPath)).href) : undefined;

const form = getForm('gov-2021');
const reports = Array.from({ length: count }, (_, seed) =>
  createExampleReport({ form, year: 2024, seed, organ: { name: `第${seed}镇人民政府`, level: 'township' } }),
);

/** The same reports with a fault each, by index. */
const faulty = reports.map((report, index) => {
  const copy = structuredClone(report);
  switch (index % 6) {
    case 0:
      setCell(copy, { table: 'applications', row: 'newReceived', column: 'total' }, 1e6);
      break;
    case 1:
      setCell(copy, { table: 'applications', row: 'newReceived', column: 'naturalPerson' }, null);
      setCell(copy, { table: 'reviewLitigation', row: 'review', column: 'total' }, null);
      break;
    case 2:
      setCell(copy, { table: 'applications', row: 'noSuchRow', column: 'total' }, 3);
      copy.period = { start: '2024-01-01', end: '2024-06-30' };
      break;
    case 3:
      copy.sections[0].paragraphs.push('本年度新收政府信息公开申请99999件，其中予以公开3件，占办结总数的12.5%。被申请行政复议3件，均获维持。');
      break;
    case 4:
      delete copy.tables.reviewLitigation;
      break;
    default:
      setCell(copy, { table: 'applications', row: 'granted', column: 'naturalPerson' }, -2.5);
  }
  return copy;
});

const digestOf = (validate) => {
  const digest = createHash('sha256');
  let diagnostics = 0;
  for (const report of [...reports, ...faulty]) {
    const found = validate(report);
    diagnostics += found.length;
    digest.update(JSON.stringify(found)).update('\n');
  }
  return { diagnostics, digest: digest.digest('hex').slice(0, 16) };
};

const sets = {
  'validateReport (filled templates)': () => reports.forEach((report) => validateReport(report)),
  'validateReport (with faults)': () => faulty.forEach((report) => validateReport(report)),
  ...(other
    ? {
        'against: filled templates': () => reports.forEach((report) => other.validateReport(report)),
        'against: with faults': () => faulty.forEach((report) => other.validateReport(report)),
      }
    : {}),
  'peer: JSON.stringify (same reports)': () => reports.forEach((report) => JSON.stringify(report)),
};

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const times = Object.fromEntries(Object.keys(sets).map((label) => [label, []]));
for (let round = 0; round <= rounds; round += 1) {
  for (const [label, run] of Object.entries(sets)) {
    const start = cpuMs();
    run();
    if (round > 0) times[label].push((cpuMs() - start) / count); // round 0 warms up
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const peer = median(times['peer: JSON.stringify (same reports)']);
console.log(`${count} gov-2021 reports, median of ${rounds} rounds, CPU time, node ${process.version}`);
for (const [label, values] of Object.entries(times)) {
  const ms = median(values);
  console.log(`${label.padEnd(40)} ${ms.toFixed(4).padStart(8)} ms/report  ${(ms / peer).toFixed(1).padStart(6)} × peer`);
}
const mine = digestOf(validateReport);
console.log(`diagnostics: ${mine.diagnostics}, digest ${mine.digest}`);
if (other) {
  const theirs = digestOf(other.validateReport);
  const speedup = (label) => (median(times[`against: ${label}`]) / median(times[`validateReport (${label})`])).toFixed(2);
  console.log(`against ${againstPath}: digest ${theirs.digest} (${theirs.digest === mine.digest ? 'same diagnostics' : 'DIFFERENT diagnostics'}); this build ${speedup('filled templates')}× as fast on filled templates, ${speedup('with faults')}× with faults`);
}
