import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { setCell } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, temporaryFolder } from '../test-support.js';

let folder: { path: string; remove: () => Promise<void> };

beforeAll(async () => {
  folder = await temporaryFolder();
  const report = createExampleReport({ year: 2024, seed: 5, organ: { name: '青山镇人民政府', level: 'township' } });
  await writeFile(join(folder.path, '青山镇.json'), JSON.stringify(report));
});
afterAll(async () => {
  await folder.remove();
});

describe('gov-report render', () => {
  it('writes the HTML and a PDF whose text is the report', async () => {
    const result = await runCli(['render', '青山镇.json', '--html', 'out/青山镇.html', '--pdf', 'out/青山镇.pdf'], { cwd: folder.path });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`网页：${join('out', '青山镇.html')}`);
    const html = await readFile(join(folder.path, 'out/青山镇.html'), 'utf8');
    expect(html).toContain('青山镇人民政府2024年政府信息公开工作年度报告');
    expect(html).toContain('三、收到和处理政府信息公开申请情况');
    const text = execFileSync('pdftotext', ['-layout', join(folder.path, 'out/青山镇.pdf'), '-'], { encoding: 'utf8' });
    expect(text.replace(/\s+/g, '')).toContain('青山镇人民政府2024年政府信息公开工作年度报告');
    expect(text).toContain('予以公开');
  }, 60_000);

  it('writes a Word document with --docx, through the built-in docx plugin', async () => {
    const result = await runCli(['render', '青山镇.json', '--docx', 'out/青山镇.docx'], { cwd: folder.path });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Word 文档：${join('out', '青山镇.docx')}`);
    const parts = unzipSync(new Uint8Array(await readFile(join(folder.path, 'out/青山镇.docx'))));
    const document = strFromU8(parts['word/document.xml']);
    expect(document).toContain('青山镇人民政府2024年政府信息公开工作年度报告');
    expect(document).toContain('三、收到和处理政府信息公开申请情况');
    expect(document).toContain('<w:vMerge w:val="restart"/>');
    expect(strFromU8(parts['word/fontTable.xml'])).toContain('w:name="仿宋"');
  }, 60_000);

  it('exits 2 when none of --html, --pdf, --docx is given, and 1 when the report cannot be read', async () => {
    const none = await runCli(['render', '青山镇.json'], { cwd: folder.path });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('请用 --html、--pdf 或 --docx 指定要生成的文件');
    await writeFile(join(folder.path, 'broken.json'), '{"schema": "report/v1"}');
    const broken = await runCli(['render', 'broken.json', '--html', 'b.html'], { cwd: folder.path });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('[schema-invalid]');
    expect(broken.stderr).toContain('未能读取 broken.json，没有生成文件');
  });

  it('refuses a report with errors unless --allow-errors, which marks every page 未通过审核', async () => {
    const report = createExampleReport({ year: 2024, seed: 6, organ: { name: '白云镇人民政府', level: 'township' } });
    setCell(report, { table: 'applications', row: 'newReceived', column: 'naturalPerson' }, 9999);
    await writeFile(join(folder.path, '白云镇.json'), JSON.stringify(report));
    const refused = await runCli(['render', '白云镇.json', '--html', 'bad/白云镇.html', '--pdf', 'bad/白云镇.pdf'], { cwd: folder.path });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('[R3-1]');
    expect(refused.stderr).toMatch(/报告有 \d+ 个错误，没有生成文件/);
    expect(existsSync(join(folder.path, 'bad'))).toBe(false);

    const marked = await runCli(['render', '白云镇.json', '--html', 'bad/白云镇.html', '--pdf', 'bad/白云镇.pdf', '--allow-errors'], { cwd: folder.path });
    expect(marked.code).toBe(0);
    const html = await readFile(join(folder.path, 'bad/白云镇.html'), 'utf8');
    expect(html).toContain('<p class="review-mark" role="note">未通过审核</p>');
    const pages = execFileSync('pdfinfo', [join(folder.path, 'bad/白云镇.pdf')], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)![1];
    for (let page = 1; page <= Number(pages); page += 1) {
      const text = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), join(folder.path, 'bad/白云镇.pdf'), '-'], { encoding: 'utf8' });
      expect(text, `page ${page}`).toContain('未通过审核');
    }
  }, 60_000);
});
