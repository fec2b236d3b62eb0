import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPipeline } from '@report/core';
import { excelPlugin } from '@report/excel-import/plugin';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, gov, root } from './built-bin.js';

/** `aggregate` sends each rejected workbook back annotated, in `退回/` of the output set. */
const county = join(root, 'examples/demo-county');
let folder: string;

beforeAll(async () => {
  await ensureBuilt();
  folder = await mkdtemp(join(tmpdir(), 'gov-report-returned-'));
}, 300_000);

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('aggregate: 退回/', () => {
  it('writes an annotated copy of every rejected workbook, which reads back as the same report, with its problems listed first', async () => {
    const out = join(folder, 'out');
    const run = await gov(['aggregate', join(county, 'submissions'), '--roster', join(county, 'roster.xlsx'), '--organ', '青山县人民政府', '--year', '2024', '-o', out, '--no-pdf', '--no-docx', '--json']);
    const result = JSON.parse(run.stdout) as { files: Array<{ file: string; status: string }>; outputs: Array<{ kind: string; file: string }> };
    const rejected = result.files.filter((f) => f.status === 'rejected' && f.file.endsWith('.xlsx')).map((f) => f.file.split('/').at(-1)!);
    expect(rejected.length).toBeGreaterThan(0);
    const returned = (await readdir(join(out, '退回'))).sort();
    expect(returned).toEqual([...rejected].sort());
    expect(result.outputs.filter((o) => o.kind === 'returned')).toHaveLength(returned.length);
    const pipeline = createPipeline({ plugins: [excelPlugin()] });
    for (const name of returned) {
      const original = await pipeline.import(new Uint8Array(await readFile(join(county, 'submissions', name))), { file: name, year: 2024 });
      const annotated = new Uint8Array(await readFile(join(out, '退回', name)));
      const back = await pipeline.import(annotated, { file: name, year: 2024 });
      expect(back.report?.tables, name).toEqual(original.report?.tables);
      const workbook = strFromU8(unzipSync(annotated)['xl/workbook.xml']);
      expect(workbook.match(/<sheet [^>]*name="([^"]+)"/)?.[1], name).toBe('问题清单');
    }
    // Nothing of the submissions folder was touched.
    expect((await readdir(join(county, 'submissions'))).some((n) => n.includes('问题清单'))).toBe(false);
  }, 300_000);
});
