import { runCountyJob, countyOutputs } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { excelPlugin } from '@report/excel-import/plugin';
import { htmlPlugin } from '@report/render-html/plugin';
import { createPipeline } from '@report/core';
const n = Number(process.argv[2] ?? 10000);
const pipeline = createPipeline({ plugins: [excelPlugin(), htmlPlugin()] });
const form = pipeline.getForm('gov-2021');
const names = Array.from({ length: n }, (_, i) => `第${i + 1}镇人民政府`);
const roster = { entries: [{ id: 'c', name: '测试县人民政府', level: 'county' }, ...names.map((name, i) => ({ id: `t${i}`, name, level: 'township', parent: 'c' }))] };
const pool = Array.from({ length: 200 }, (_, i) => createExampleReport({ form, year: 2024, seed: i + 1, organ: { name: 'x', level: 'township' } }));
const sources = Object.fromEntries(Object.keys(pool[0].cellSources ?? {}).map((k) => [k, pool[0].cellSources[k]]));
let t = performance.now();
const job = await runCountyJob({
  pipeline, organ: { name: '测试县人民政府', level: 'county' }, year: 2024, roster,
  files: names.map((name, i) => ({ name: `${name}.xlsx`, path: `inbox/${name}.xlsx`, read: async () => new Uint8Array() })),
  load: async (file, request) => { const i = Number(file.name.match(/\d+/)[0]) - 1; const report = structuredClone(pool[i % 200]); report.organ = { name: names[i], level: 'township' }; report.cellSources = sources; return { size: 1, sha256: String(i).padStart(64, '0'), diagnostics: [], report }; },
});
console.log(`job (check+aggregate) ${((performance.now() - t) / 1000).toFixed(1)} s, accepted ${job.summary.accepted}`);
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
const session = new Session(); session.connect(); await session.post('Profiler.enable'); await session.post('Profiler.start');
t = performance.now();
for await (const out of countyOutputs(pipeline, job, { pdf: false, docx: false })) {
  const now = performance.now();
  console.log(`${out.name.padEnd(16)} ${((now - t) / 1000).toFixed(2).padStart(6)} s  ${(out.content.length / 1e6).toFixed(1)} MB`);
  t = performance.now();
}
const { profile } = await session.post('Profiler.stop'); writeFileSync('/tmp/prof/outputs.cpuprofile', JSON.stringify(profile));
console.log('rss', (process.memoryUsage().rss / 2 ** 20).toFixed(0), 'MiB');
