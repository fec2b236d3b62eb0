import { cp, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setCell, type Diagnostic } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, temporaryFolder } from './test-support.js';

/** What an internal id looks like in print: a cell key (`applications/newReceived/…`), a generated section id, a field name. */
const idPattern = /[a-z]+[A-Z][a-zA-Z]*\/|section-\d|submittedOn/;

const county = resolve(import.meta.dirname, '../../../examples/demo-county');

/** The text a reader sees in an HTML page: tags (and their attributes) dropped, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * The demo county's submissions (workbook cells, a rejected table, a late filing, two townships
 * missing from the roster) plus a report JSON with cells and a credit code its form does not accept,
 * and a narrative text with text before its title, a part the format lacks and a bad period: between
 * them, every kind of location a diagnostic has.
 */
async function submissions(folder: string): Promise<void> {
  await cp(join(county, 'submissions'), folder, { recursive: true });
  const coded = createExampleReport({ year: 2024, seed: 8, organ: { name: '青山县审计局', level: 'department', creditCode: '11330000000000000X' } });
  await writeFile(join(folder, '县审计局.json'), JSON.stringify(coded, null, 2));
  const report = createExampleReport({ year: 2024, seed: 9, organ: { name: '青山县统计局', level: 'department' } });
  // A key the format does not have: the file is refused with the place named by its table and row.
  setCell(report, { table: 'applications', row: 'newReceived', column: 'foreign' }, 5);
  await writeFile(join(folder, '县统计局.json'), JSON.stringify(report, null, 2));
  const narrative = [
    '（草稿，待审）',
    '青山县档案馆2024年政府信息公开工作年度报告',
    '本报告统计期限为2024年2月30日至12月31日。',
    '一、总体情况',
    '全年主动公开信息120条。',
    '七、档案开放情况',
    '全年开放档案300卷。',
  ].join('\n');
  await writeFile(join(folder, '县档案馆年报.txt'), narrative);
}

describe('a reader never sees an internal id: checking.html and the CLI name every place by its label', () => {
  let folder: { path: string; remove: () => Promise<void> };
  let checking: string;
  let checkingJson: { diagnostics: Diagnostic[] };
  let validate: string;
  beforeAll(async () => {
    folder = await temporaryFolder();
    await submissions(join(folder.path, 'in'));
    const aggregate = await runCli(
      ['aggregate', 'in', '--roster', join(county, 'roster.xlsx'), '--received', join(county, 'received.csv'), '--organ', '青山县人民政府', '--year', '2024', '-o', 'out', '--no-docx'],
      { cwd: folder.path },
    );
    expect(aggregate.stderr).toBe('');
    checking = visibleText(await readFile(join(folder.path, 'out/checking.html'), 'utf8'));
    checkingJson = JSON.parse(await readFile(join(folder.path, 'out/checking.json'), 'utf8'));
    validate = (await runCli(['validate', 'in'], { cwd: folder.path })).stdout;
  }, 240_000);
  afterAll(async () => {
    await folder?.remove();
  });

  it('the problems cover every kind of location', () => {
    const locations = checkingJson.diagnostics.map((diagnostic) => diagnostic.location);
    const has = (predicate: (location: Diagnostic['location']) => boolean) => locations.some(predicate);
    expect(has((l) => Boolean(l.sheet && l.cell && l.label))).toBe(true); // a workbook cell with its label
    expect(has((l) => Boolean(l.table && l.row && !l.label))).toBe(true); // ids only (a JSON key the form lacks)
    expect(has((l) => l.path === 'submittedOn')).toBe(true); // a field (the date received)
    expect(has((l) => l.path === 'organ.creditCode')).toBe(true);
    expect(has((l) => l.section === 'preface' && l.line !== undefined)).toBe(true); // the preface of a text, by line
    expect(has((l) => /^section-\d/.test(l.section ?? ''))).toBe(true); // a part the format does not know
    expect(has((l) => l.file === 'roster.xlsx')).toBe(true); // the roster
  });

  it('checking.html names each place by its official label, the roster as 名册', () => {
    expect(checking).not.toMatch(idPattern);
    expect(checking).toContain('名册（roster.xlsx）');
    expect(checking).toContain('收到日期');
    expect(checking).toContain('统一社会信用代码');
    expect(checking).toContain('表三 / 一、本年新收政府信息公开申请数量');
    expect(checking).toContain('“前言”部分');
    expect(checking).toContain('工作表“表三”单元格 D6');
  });

  it('the CLI’s output does too', () => {
    expect(validate).toContain('县统计局.json');
    expect(validate).toContain('县档案馆年报.txt');
    expect(validate).not.toMatch(idPattern);
    expect(validate).toContain('统一社会信用代码');
    expect(validate).toContain('第 3 行，“前言”部分');
    expect(validate).toContain('[schema-invalid] 表三 / 一、本年新收政府信息公开申请数量');
    expect(validate).toContain('[credit-code-invalid] 统一社会信用代码');
  });
});
