import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { createPipeline, runCountyJob, setCell, type CountyFile, type LoadChannel, type Roster } from '../index.js';
import { createExampleReport } from '../testing.js';
import { countyAggregateOptions } from './run-county-job.js';
import { createLoadPool, serveLoads, type LoadMessage, type LoadReply, type LoadSetup } from './load-pool.js';

const pipeline = createPipeline();
const names = Array.from({ length: 14 }, (_, i) => `第${i + 1}镇人民政府`);
const roster: Roster = { entries: [{ id: 'county', name: '某县人民政府', level: 'county' }, ...names.map((name) => ({ id: name, name, level: 'township' as const, parent: 'county' }))] };
const organ = { name: '某县人民政府', level: 'county' as const };
const encoder = new TextEncoder();

/** Sound reports, some with errors, one unreadable, one copy, with some received late. */
function inbox(): CountyFile[] {
  const files = names.slice(0, 12).map((name, i) => {
    const report = createExampleReport({ year: 2024, seed: i + 1, organ: { name, level: 'township' } });
    if (i % 4 === 1) setCell(report, { table: 'applications', row: 'newReceived', column: 'naturalPerson' }, 999);
    return { name: `${name}.json`, text: JSON.stringify(report) };
  });
  files.push({ name: '坏.json', text: '{"schema": "report/v1", "year": 20' }, { name: '副本.json', text: files[0].text });
  return files.map((f) => ({ name: f.name, path: `收件/${f.name}`, read: async () => encoder.encode(f.text) }));
}

const ports: MessagePort[] = [];
afterEach(() => {
  for (const port of ports.splice(0)) port.close();
});

/** Real message channels, each with a reader serving it (in this thread: the messages still go through the ports, cloned). */
function readers(count: number, seen: LoadReply[] = []): LoadChannel[] {
  return Array.from({ length: count }, () => {
    const { port1, port2 } = new MessageChannel();
    ports.push(port1, port2);
    const serve = serveLoads({ pipeline }, (reply) => {
      seen.push(reply);
      port2.postMessage(reply);
    });
    port2.on('message', (message: LoadSetup | LoadMessage) => serve(message));
    return { post: (message) => port1.postMessage(message), listen: (handler) => port1.on('message', handler) };
  });
}

describe('the load pool (reading threads)', () => {
  it('gives the job its own result, with the readers checking: the same accounts, figures and problems', async () => {
    const options = { pipeline, organ, year: 2024, roster: { ...roster, deadline: '2025-01-31' }, files: inbox(), received: { name: 'r.csv', path: 'r.csv', read: async () => encoder.encode(`文件名,收到日期\n${names.map((n, i) => `${n}.json,2025-0${1 + (i % 3)}-10`).join('\n')}`) } };
    const alone = await runCountyJob(options);
    const seen: LoadReply[] = [];
    const pool = createLoadPool(readers(3, seen), { locale: 'zh-CN', aggregate: countyAggregateOptions(options, 2024) });
    const pooled = await runCountyJob({ ...options, load: pool.load, concurrency: pool.concurrency });
    expect(JSON.stringify(pooled)).toBe(JSON.stringify(alone));
    const replies = seen;
    // Every file came back checked (only the figures, no report), but the unreadable one.
    expect(replies).toHaveLength(options.files.length);
    expect(replies.filter((r) => r.loaded?.checked).length).toBe(options.files.length - 1);
    expect(replies.some((r) => r.loaded?.report)).toBe(false);
    expect(alone.summary.late).toBeGreaterThan(0);
  });

  it('has the readers only read when the job has no aggregate options (no year given)', async () => {
    const options = { pipeline, organ, roster, files: inbox() };
    const seen: LoadReply[] = [];
    const pool = createLoadPool(readers(2, seen), { locale: 'zh-CN' });
    const pooled = await runCountyJob({ ...options, load: pool.load, concurrency: pool.concurrency });
    expect(JSON.stringify(pooled)).toBe(JSON.stringify(await runCountyJob(options)));
    expect(seen.some((r) => r.loaded?.checked)).toBe(false);
  });

  it('fails every file still waiting when a reader fails, and the job stops with that error', async () => {
    const silent: LoadChannel = { post: () => undefined, listen: () => undefined };
    const pool = createLoadPool([silent], { locale: 'zh-CN' });
    const job = runCountyJob({ pipeline, organ, year: 2024, roster, files: inbox(), load: pool.load, concurrency: pool.concurrency });
    setTimeout(() => pool.fail(new Error('reader crashed')), 10);
    await expect(job).rejects.toThrow('reader crashed');
  });
});
