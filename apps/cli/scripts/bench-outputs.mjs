// The county's outputs at a province's size (issue 13), in process: N members aggregated from
// generated reports (no workbooks read), then each output of `countyOutputs` timed as it is made, with
// its size, beside a peer measured in the same run: JSON.stringify of the aggregated report.
// Not a test: `npm run bench:outputs -w @report/cli` (after `npm run build`), `-- 40000` for a province.
import { countyOutputs, createPipeline, runCountyJob } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { excelPlugin } from '@report/excel-import/plugin';
import { htmlPlugin } from '@report/render-html/plugin';

const n = Number(process.argv[2] ?? 10000);
const pipeline = createPipeline({ plugins: [excelPlugin(), htmlPlugin()] });
const form = pipeline.getForm('gov-2021');
const names = Array.from({ length: n }, (_, i) => `第${i + 1}镇人民政府`);
const roster = { entries: [{ id: 'county', name: '测试县人民政府', level: 'county' }, ...names.map((name, i) => ({ id: `t${i}`, name, level: 'township', parent: 'county' }))] };
const pool = Array.from({ length: 200 }, (_, i) => createExampleReport({ form, year: 2024, seed: i + 1, organ: { name: 'x', level: 'township' } }));
const seconds = (from) => ((performance.now() - from) / 1000).toFixed(2).padStart(6);

let started = performance.now();
const job = await runCountyJob({
  pipeline,
  organ: { name: '测试县人民政府', level: 'county' },
  year: 2024,
  roster,
  files: names.map((name) => ({ name: `${name}.xlsx`, path: `inbox/${name}.xlsx`, read: async () => new Uint8Array() })),
  // Each member a distinct township with one of the pool's figures, as if read from its workbook.
  load: async (file) => {
    const i = Number(/\d+/.exec(file.name)[0]) - 1;
    const report = structuredClone(pool[i % pool.length]);
    report.organ = { name: names[i], level: 'township' };
    return { size: 1, sha256: i.toString(16).padStart(64, '0'), diagnostics: [], report };
  },
});
console.log(`N = ${n}: checked and aggregated in ${seconds(started)} s (${job.summary.accepted} accepted)`);
started = performance.now();
const peer = JSON.stringify(job.result.report).length;
console.log(`  peer: JSON.stringify(report)  ${seconds(started)} s  ${(peer / 1e6).toFixed(1).padStart(6)} MB`);
let total = 0;
started = performance.now();
for await (const output of countyOutputs(pipeline, job, { pdf: false, docx: false, returns: false })) {
  const spent = performance.now() - started;
  total += spent;
  console.log(`  ${output.name.padEnd(28)} ${(spent / 1000).toFixed(2).padStart(6)} s  ${(output.content.length / 1e6).toFixed(1).padStart(6)} MB`);
  started = performance.now();
}
console.log(`  all outputs (no PDF, Word)   ${(total / 1000).toFixed(2).padStart(6)} s; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
