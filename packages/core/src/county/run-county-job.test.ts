import { describe, expect, it } from 'vitest';
import { countyOutputs, type CountyOutput, createPipeline, CountyJobStop, runCountyJob, setCell, type CountyFile, type LoadedFile, type Roster } from '../index.js';
import { createExampleReport } from '../testing.js';
import { loadCountyFile } from './run-county-job.js';

const pipeline = createPipeline();
const names = ['甲镇人民政府', '乙镇人民政府', '丙镇人民政府', '丁镇人民政府'];
const roster: Roster = { entries: [{ id: 'county', name: '某县人民政府', level: 'county' }, ...names.map((name) => ({ id: name, name, level: 'township' as const, parent: 'county' }))] };
const organ = { name: '某县人民政府', level: 'county' as const };
const encoder = new TextEncoder();
const file = (name: string, content: string | Uint8Array): CountyFile => ({ name, path: `收件/${name}`, read: async () => (typeof content === 'string' ? encoder.encode(content) : content) });
const reportFile = (name: string, seed: number, change?: (r: ReturnType<typeof createExampleReport>) => void) => {
  const report = createExampleReport({ year: 2024, seed, organ: { name, level: 'township' } });
  change?.(report);
  return file(`${name.replace('人民政府', '')}.json`, JSON.stringify(report));
};

/** Every kind of file a county receives: sound, with errors, unreadable, a copy, a stranger. */
function inbox(): CountyFile[] {
  return [
    reportFile(names[0], 1),
    reportFile(names[1], 2, (r) => setCell(r, { table: 'applications', row: 'newReceived', column: 'naturalPerson' }, 999)),
    file('丙镇.json', '{"schema": "report/v1", "year": 20'),
    reportFile('不在名册镇人民政府', 4),
    reportFile(names[0], 1),
  ].map((f, i) => (i === 4 ? { ...f, name: '甲镇（副本）.json', path: '收件/甲镇（副本）.json' } : f));
}

describe('runCountyJob', () => {
  it('accounts for every file: accepted, rejected with its first error, unreadable under its organ, not on the roster, a copy, skipped', async () => {
    const job = await runCountyJob({ pipeline, organ, year: 2024, roster, files: inbox(), skipped: [{ path: '收件/~$甲镇.xlsx', reason: 'office-lock' }] });
    const status = Object.fromEntries(job.accounts.map((a) => [a.file, a.status]));
    expect(status).toEqual({ '收件/甲镇.json': 'accepted', '收件/乙镇.json': 'rejected', '收件/不在名册镇.json': 'unexpected', '收件/甲镇（副本）.json': 'duplicate', '收件/丙镇.json': 'unreadable' });
    expect(job.accounts.find((a) => a.status === 'rejected')!.firstError).toContain('表三');
    expect(job.accounts.find((a) => a.status === 'unreadable')!.organ).toBe('丙镇人民政府');
    expect(job.summary).toMatchObject({ expected: 4, accepted: 1, rejected: 1, duplicate: 1, unexpected: 1, unreadable: 1, skipped: 1, files: 5 });
    expect(job.missing.map((m) => m.name)).toEqual(['丁镇人民政府', '丙镇人民政府'].sort((a, b) => names.indexOf(a) - names.indexOf(b)));
    expect(job.inputs.map((i) => i.file)).toEqual(inbox().map((f) => f.path));
    expect(job.inputs.every((i) => i.size > 0)).toBe(true);
    // Files to send back: the rejected one and the unreadable one, each with its own problems.
    expect(job.returns.map((r) => r.file.name).sort()).toEqual(['丙镇.json', '乙镇.json'].sort());
    expect(job.returns.every((r) => r.diagnostics.some((d) => d.severity === 'error'))).toBe(true);
  });

  it('gives the same job reading four files at once, finished out of order, as one at a time', async () => {
    const slow = (f: CountyFile, request: { year?: number }): Promise<LoadedFile> =>
      new Promise((resolve) => setTimeout(() => resolve(loadCountyFile({ pipeline }, f, request)), 40 - f.name.length * 3));
    const one = await runCountyJob({ pipeline, organ, year: 2024, roster, files: inbox() });
    const seen: string[] = [];
    const four = await runCountyJob({ pipeline, organ, year: 2024, roster, files: inbox(), load: slow, concurrency: 4, progress: (e) => e.phase === 'read' && seen.push(e.label) });
    expect(seen).toEqual(inbox().map((f) => f.name));
    // The same job (a file's `read` is a function of its own inbox, so compare what is written).
    expect(JSON.stringify(four)).toBe(JSON.stringify(one));
  });

  it('uses the year most files are for when none is given', async () => {
    const job = await runCountyJob({ pipeline, organ, roster, files: [reportFile(names[0], 1), reportFile(names[2], 3)] });
    expect(job.year).toBe(2024);
    expect(job.summary.accepted).toBe(2);
  });

  it('checks the register: a file it does not list is a diagnostic, a line it cannot read a note, a register with no usable line stops', async () => {
    const received = file('收文登记.csv', '文件,收到日期\n甲镇.json,2025-01-10\n乙镇.json,不是日期\n');
    const job = await runCountyJob({ pipeline, organ, year: 2024, roster, files: inbox().slice(0, 2), received });
    expect(job.accounts.find((a) => a.file === '收件/甲镇.json')!.submittedOn).toBe('2025-01-10');
    expect(job.notes.join()).toContain('收文登记.csv');
    expect(job.diagnostics.filter((d) => d.code === 'received-date-missing').map((d) => d.location.file)).toEqual(['乙镇.json']);
    const useless = file('收文登记.csv', '随便写写\n');
    await expect(runCountyJob({ pipeline, organ, year: 2024, roster, files: inbox(), received: useless })).rejects.toSatisfy((error) => CountyJobStop.isInstance(error) && /收文登记表/.test((error as Error).message));
  });

  it('puts the county’s own text in place of the draft, and refuses a text that is not text', async () => {
    const narrative = file('年报文字.txt', '某县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n本县全面推进政务公开。\n五、存在的主要问题及改进情况\n培训不足。\n');
    const job = await runCountyJob({ pipeline, organ, year: 2024, roster, files: inbox().slice(0, 1), narrative });
    expect(job.result.report.sections.find((s) => s.id === 'overview')!.paragraphs.join()).toContain('全面推进政务公开');
    const notText = file('年报文字.txt', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]));
    await expect(runCountyJob({ pipeline, organ, year: 2024, roster, files: inbox().slice(0, 1), narrative: notText })).rejects.toSatisfy((error) => CountyJobStop.isInstance(error));
  });

  it('writes every output in order: each renderer’s, report.json compactly and checking.json with the run record asked for at the end', async () => {
    // A plugin whose renderers write what they were given: the outputs' order, names and inputs are the job's.
    const plain = (name: string) => ({ name, render: (input: { report: { organ: { name: string } }; title?: string }) => `${name}:${input.report.organ.name}${input.title ? `:${input.title}` : ''}` });
    const withRenderers = createPipeline({ plugins: [{ name: 'plain-renderers', renderers: ['html', 'pdf', 'docx', 'summary-xlsx', 'checking-html'].map(plain) }] });
    const job = await runCountyJob({ pipeline: withRenderers, organ, year: 2024, roster, files: inbox() });
    let asked = 0;
    const outputs: CountyOutput[] = [];
    for await (const output of countyOutputs(withRenderers, job, { pdf: false, run: () => ({ tool: 'test', asked: ++asked }) })) outputs.push(output);
    expect(outputs.map((o) => o.name)).toEqual(['report.html', 'report.docx', 'summary.xlsx', 'report.json', 'checking.html', 'checking.json']);
    expect(outputs[0].content).toBe('html:某县人民政府');
    expect(String(outputs[4].content)).toContain('报表审核报告');
    const reportJson = String(outputs[3].content);
    expect(reportJson.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(reportJson)).toEqual(job.result.report);
    const checking = JSON.parse(String(outputs[5].content));
    expect(checking).toMatchObject({ schema: 'gov-report/checking/v1', run: { tool: 'test', asked: 1 }, completeness: job.summary });
    expect(checking.files).toHaveLength(inbox().length);
  });

  it('stops with the renderer’s reason when an output cannot be made', async () => {
    const job = await runCountyJob({ pipeline, organ, year: 2024, roster, files: inbox() });
    const made: CountyOutput[] = [];
    await expect(async () => {
      for await (const output of countyOutputs(pipeline, job)) made.push(output);
    }).rejects.toSatisfy((error) => CountyJobStop.isInstance(error) && /汇总年报（网页）/.test((error as Error).message));
    expect(made).toEqual([]);
  });
});
