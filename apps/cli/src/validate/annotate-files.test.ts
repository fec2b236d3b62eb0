import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { forms, setCell } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { createTemplate, fillTemplate, readWorkbook } from '@report/excel-import';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, temporaryFolder } from '../test-support.js';

let folder: { path: string; remove: () => Promise<void> };

async function workbook(name: string, seed: number, broken: boolean): Promise<Uint8Array> {
  const report = createExampleReport({ year: 2024, seed, organ: { name, level: 'township' } });
  if (broken) setCell(report, { table: 'applications', row: 'granted', column: 'naturalPerson' }, 999);
  return fillTemplate(await createTemplate(forms['gov-2021'], { year: 2024 }), report);
}

beforeEach(async () => {
  folder = await temporaryFolder();
  await mkdir(join(folder.path, '收到'));
  await writeFile(join(folder.path, '收到', '青山镇.xlsx'), await workbook('青山镇人民政府', 1, true));
  await writeFile(join(folder.path, '收到', '白云镇.xlsx'), await workbook('白云镇人民政府', 2, false));
  const json = createExampleReport({ year: 2024, seed: 3, organ: { name: '石门镇人民政府', level: 'township' } });
  setCell(json, { table: 'applications', row: 'newReceived', column: 'naturalPerson' }, 999);
  await writeFile(join(folder.path, '收到', '石门镇.json'), JSON.stringify(json));
});
afterEach(async () => {
  await folder.remove();
});

describe('gov-report validate --annotate', () => {
  it('writes an annotated copy of each workbook with errors, under its own name, and leaves the inputs as they were', async () => {
    const before = await readFile(join(folder.path, '收到', '青山镇.xlsx'));
    const result = await runCli(['validate', '收到', '--annotate', '退回'], { cwd: folder.path });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`已写入标注副本 ${join('退回', '青山镇.xlsx')}`);
    expect(result.stdout).toMatch(/“石门镇.json”由导入器 report-json 读取，该导入器不能把问题写回文件/);
    expect(await readdir(join(folder.path, '退回'))).toEqual(['青山镇.xlsx']);
    expect(await readFile(join(folder.path, '收到', '青山镇.xlsx'))).toEqual(before);
    const copy = new Uint8Array(await readFile(join(folder.path, '退回', '青山镇.xlsx')));
    const [original, annotated] = await Promise.all([readWorkbook(new Uint8Array(before), { fileName: '青山镇.xlsx' }), readWorkbook(copy, { fileName: '青山镇.xlsx' })]);
    expect({ ...annotated.report, sources: undefined }).toEqual({ ...original.report, sources: undefined });
  });

  it('lists the copies in the --json document', async () => {
    const result = await runCli(['validate', '收到', '--annotate', '退回', '--json'], { cwd: folder.path });
    const document = JSON.parse(result.stdout);
    const pairs = document.annotated.map((a: { file: string; output?: string }) => [a.file, a.output ?? null]).sort();
    expect(pairs).toEqual([[join('收到', '石门镇.json'), null], [join('收到', '青山镇.xlsx'), join('退回', '青山镇.xlsx')]].sort());
    expect(document.annotated.find((a: { output?: string }) => !a.output).diagnostics[0].code).toBe('pipeline-annotator-unknown');
  });

  it('refuses a folder where a copy could overwrite an input or be read as one, and writes nothing', async () => {
    await mkdir(join(folder.path, '收到', '退回'));
    for (const target of [join('收到', '青山镇.xlsx'), '收到', '.', join('收到', '退回'), join('收到', '新')]) {
      const result = await runCli(['validate', '收到', '--annotate', target], { cwd: folder.path });
      expect({ target, code: result.code }).toEqual({ target, code: 2 });
      expect(result.stderr).toContain('--annotate');
      expect(result.stderr).not.toMatch(/\bat .*\.[jt]s:\d+/);
    }
    // An input named on its own: its folder is refused too.
    const single = await runCli(['validate', join('收到', '青山镇.xlsx'), '--annotate', '收到'], { cwd: folder.path });
    expect(single.code).toBe(2);
    expect(single.stderr).toContain('为防止覆盖');
    expect((await readdir(join(folder.path, '收到'))).sort()).toEqual(['白云镇.xlsx', '石门镇.json', '退回', '青山镇.xlsx'].sort());
    expect(await readdir(join(folder.path, '收到', '退回'))).toEqual([]);
  });

  it('says in English what it wrote', async () => {
    const result = await runCli(['validate', join('收到', '青山镇.xlsx'), '--annotate', 'returned', '--lang', 'en'], { cwd: folder.path });
    expect(result.stdout).toContain(`wrote the annotated copy ${join('returned', '青山镇.xlsx')}`);
  });
});
