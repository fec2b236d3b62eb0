import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getCell, setCell, type Report } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, temporaryFolder } from '../test-support.js';

let folder: { path: string; remove: () => Promise<void> };
beforeEach(async () => {
  folder = await temporaryFolder();
});
afterEach(async () => {
  await folder.remove();
});

/** Two consecutive years of one organ whose numbers connect (carried over, documents in force). */
function years(name: string, seed: number): [Report, Report] {
  const organ = { name, level: 'township' as const };
  const previous = createExampleReport({ year: 2023, seed, organ });
  const current = createExampleReport({ year: 2024, seed: seed + 100, organ });
  for (const column of Object.keys(current.tables.applications.carriedOver)) {
    setCell(current, { table: 'applications', row: 'carriedOver', column }, getCell(previous, { table: 'applications', row: 'carriedForward', column }));
  }
  for (const row of ['regulations', 'normativeDocuments']) {
    const read = (report: Report, column: string) => getCell(report, { table: 'active', row, column }) ?? 0;
    setCell(current, { table: 'active', row, column: 'inForce' }, read(previous, 'inForce') + read(current, 'issued') - read(current, 'repealed'));
  }
  return [previous, current];
}

describe('gov-report compare', () => {
  it('exits 0 when two years of one organ connect, and shows the key figures', async () => {
    const [previous, current] = years('青山镇人民政府', 1);
    await writeFile(join(folder.path, '2023.json'), JSON.stringify(previous));
    await writeFile(join(folder.path, '2024.json'), JSON.stringify(current));
    const result = await runCli(['compare', '2023.json', '2024.json'], { cwd: folder.path });
    expect(result.stdout).toContain('✓ 衔接一致  青山镇人民政府');
    expect(result.stdout).toContain('主要数字（上年 → 本年）：');
    expect(result.stdout).toMatch(/表三 \/ 一、本年新收政府信息公开申请数量 \/ 总计：\d+ → \d+/);
    expect(result.code).toBe(0);
  });

  it('exits 1 and names both sides when carried-over applications do not match last year', async () => {
    const [previous, current] = years('青山镇人民政府', 1);
    setCell(current, { table: 'applications', row: 'carriedOver', column: 'naturalPerson' }, (getCell(previous, { table: 'applications', row: 'carriedForward', column: 'naturalPerson' }) ?? 0) + 3);
    await writeFile(join(folder.path, '2023.json'), JSON.stringify(previous));
    await writeFile(join(folder.path, '2024.json'), JSON.stringify(current));
    const result = await runCli(['compare', '2023.json', '2024.json', '--json'], { cwd: folder.path });
    expect(result.code).toBe(1);
    const document = JSON.parse(result.stdout);
    const r37 = document.pairs[0].diagnostics.find((d: { code: string }) => d.code === 'R3-7');
    expect(r37.message).toContain('上年结转');
    expect(document.pairs[0].changes.length).toBeGreaterThan(50);
  });

  it('pairs two folders by organ and lists organs found in one year only', async () => {
    await mkdir(join(folder.path, '2023'));
    await mkdir(join(folder.path, '2024'));
    const [a2023, a2024] = years('青山镇人民政府', 1);
    const [b2023, b2024] = years('白云镇人民政府', 2);
    const [c2023] = years('东岭乡人民政府', 3);
    await writeFile(join(folder.path, '2023', '青山镇.json'), JSON.stringify(a2023));
    await writeFile(join(folder.path, '2023', '白云镇.json'), JSON.stringify(b2023));
    await writeFile(join(folder.path, '2023', '东岭乡.json'), JSON.stringify(c2023));
    await writeFile(join(folder.path, '2024', 'qingshan.json'), JSON.stringify(a2024));
    await writeFile(join(folder.path, '2024', 'baiyun.json'), JSON.stringify(b2024));
    const result = await runCli(['compare', '2023', '2024', '--lang', 'en'], { cwd: folder.path });
    expect(result.stdout).toContain('✓ consistent  青山镇人民政府');
    expect(result.stdout).toContain('✓ consistent  白云镇人民政府');
    expect(result.stdout).toContain('"东岭乡人民政府" was in the 2023 aggregate but is not in 2024');
    expect(result.stdout).toContain('Compared 3 organs: 0 errors, 0 warnings, 1 note.');
    expect(result.code).toBe(0);
  });

  it('exits 2 when given a file and a folder', async () => {
    const [previous] = years('青山镇人民政府', 1);
    await writeFile(join(folder.path, '2023.json'), JSON.stringify(previous));
    await mkdir(join(folder.path, '2024'));
    const result = await runCli(['compare', '2023.json', '2024'], { cwd: folder.path });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('请给两个文件，或两个文件夹');
  });
});

describe('gov-report compare on the example county', () => {
  it('pairs 2023 and 2024 by organ and finds the cross-year slip of 清河街道', async () => {
    const county = join(import.meta.dirname, '../../../../examples/demo-county');
    const result = await runCli(['compare', join(county, '2023'), join(county, 'submissions'), '--json']);
    expect(result.code).toBe(1);
    const document = JSON.parse(result.stdout);
    const pair = (organ: string) => document.pairs.find((p: { organ: string }) => p.organ === organ);
    expect(pair('清河街道办事处').diagnostics.map((d: { code: string }) => d.code)).toEqual(['R3-7', 'R3-7']);
    expect(pair('青山镇人民政府').diagnostics).toEqual([]);
    expect(pair('东岭乡人民政府').diagnostics.map((d: { code: string }) => d.code)).toEqual(['compare-member-removed']);
    expect(pair('柳溪镇人民政府').diagnostics.map((d: { code: string }) => d.code)).toEqual(['compare-duplicate-organ']);
  });
});
