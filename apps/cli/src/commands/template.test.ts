import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, temporaryFolder } from '../test-support.js';

let folder: { path: string; remove: () => Promise<void> };

beforeEach(async () => {
  folder = await temporaryFolder();
});
afterEach(async () => {
  await folder.remove();
});

async function isXlsx(path: string): Promise<boolean> {
  const bytes = await readFile(path);
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes.includes(Buffer.from('xl/workbook.xml'));
}

describe('gov-report template', () => {
  it('writes a template for one organ and will not overwrite it without --force', async () => {
    const first = await runCli(['template', '--year', '2024', '--organ', '某某镇人民政府', '-o', '模板.xlsx'], { cwd: folder.path });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('已生成 2024 年度模板（gov-2021）：模板.xlsx');
    expect(await isXlsx(join(folder.path, '模板.xlsx'))).toBe(true);
    await writeFile(join(folder.path, '模板.xlsx'), 'filled by a township');
    const again = await runCli(['template', '--year', '2024', '-o', '模板.xlsx'], { cwd: folder.path });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('模板.xlsx 已存在');
    expect(await readFile(join(folder.path, '模板.xlsx'), 'utf8')).toBe('filled by a township');
    const forced = await runCli(['template', '--year', '2024', '-o', '模板.xlsx', '--force'], { cwd: folder.path });
    expect(forced.code).toBe(0);
    expect(await isXlsx(join(folder.path, '模板.xlsx'))).toBe(true);
  });

  it('picks the trial format for 2020 and refuses years before 2019', async () => {
    const trial = await runCli(['template', '--year', '2020', '-o', 't.xlsx', '--json'], { cwd: folder.path });
    expect(trial.code).toBe(0);
    expect(JSON.parse(trial.stdout)).toMatchObject({ command: 'template', format: 'gov-2019', year: 2020 });
    const old = await runCli(['template', '--year', '2017', '-o', 'old.xlsx'], { cwd: folder.path });
    expect(old.code).toBe(2);
    expect(old.stderr).toContain('2017年没有国家统一的表格格式');
  });

  it('writes one template per roster entry into a folder', async () => {
    await writeFile(join(folder.path, '名册.csv'), '名称,层级\n甲镇人民政府,乡镇\n乙乡人民政府,乡镇\n某县教育局,部门\n');
    const result = await runCli(['template', '--year', '2024', '--roster', '名册.csv', '-o', '模板'], { cwd: folder.path });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect((await readdir(join(folder.path, '模板'))).sort()).toEqual(['乙乡人民政府.xlsx', '某县教育局.xlsx', '甲镇人民政府.xlsx']);
    expect(result.stdout).toContain('已为 3 个单位生成 2024 年度模板');
  });

  it('exits 2 without --year, with a bad year, or with an unknown format', async () => {
    expect((await runCli(['template', '-o', 'a.xlsx'], { cwd: folder.path })).stderr).toContain('缺少 --year');
    const bad = await runCli(['template', '--year', '24', '-o', 'a.xlsx'], { cwd: folder.path });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--year 应为四位年份');
    const format = await runCli(['template', '--year', '2024', '--format', 'gov-2030', '-o', 'a.xlsx', '--lang', 'en'], { cwd: folder.path });
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('there is no report format "gov-2030"');
  });
});
