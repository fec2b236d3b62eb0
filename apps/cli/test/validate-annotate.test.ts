import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '@report/excel-import';
import { ensureBuilt, gov, root } from './built-bin.js';

/** `validate --annotate` on the built `gov-report` bin, over the example county's submissions. */
const submissions = join(root, 'examples/demo-county/submissions');
let out: string;

beforeAll(async () => {
  await ensureBuilt();
  out = await mkdtemp(join(tmpdir(), 'gov-report-annotate-'));
}, 600_000);
afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

describe('gov-report validate --annotate (built bin)', () => {
  it('writes an annotated copy of each workbook with errors, which reads back as the same report', async () => {
    const target = join(out, '退回');
    const result = await gov(['validate', submissions, '--annotate', target, '--json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const document = JSON.parse(result.stdout) as { files: Array<{ file: string; ok: boolean }>; annotated: Array<{ file: string; output?: string; diagnostics: Array<{ code: string }> }> };
    const failing = document.files.filter((file) => !file.ok).map((file) => file.file);
    expect(document.annotated.map((a) => a.file).sort()).toEqual(failing.sort());
    const written = document.annotated.filter((a) => a.output);
    expect(written.length).toBeGreaterThan(0);
    expect((await readdir(target)).sort()).toEqual(written.map((a) => a.file.split(/[\\/]/).pop()).sort());
    for (const { file, output } of written) {
      const original = new Uint8Array(await readFile(resolve(root, file)));
      const copy = new Uint8Array(await readFile(resolve(root, output!)));
      const name = file.split(/[\\/]/).pop()!;
      const [before, after] = await Promise.all([readWorkbook(original, { fileName: name }), readWorkbook(copy, { fileName: name })]);
      expect({ ...after.report, sources: undefined }).toEqual({ ...before.report, sources: undefined });
      expect(after.diagnostics).toEqual(before.diagnostics);
      // A copy, not the original: the annotations are in it (their content is tested in @report/excel-import).
      expect(Buffer.compare(Buffer.from(copy), Buffer.from(original))).not.toBe(0);
    }
    // Files no annotator takes (an .xls, report JSON) say why, in the document.
    for (const { diagnostics } of document.annotated.filter((a) => !a.output)) expect(diagnostics.length).toBeGreaterThan(0);
  });

  it('prints what it wrote, and refuses the submissions folder itself (exit 2)', async () => {
    const target = join(out, 'people');
    const result = await gov(['validate', submissions, '--annotate', target]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/已写入标注副本 .*people/);
    const refused = await gov(['validate', submissions, '--annotate', submissions]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('为防止覆盖');
    expect(refused.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('documents --annotate in the help, in Chinese and English', async () => {
    expect((await gov(['validate', '--help'])).stdout).toContain('--annotate <文件夹>');
    expect((await gov(['validate', '--help', '--lang', 'en'])).stdout).toContain('--annotate <folder>');
  });
});
