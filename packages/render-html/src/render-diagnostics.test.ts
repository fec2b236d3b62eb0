import { cellKey, createDiagnostic, setCell, validateReport, type Diagnostic } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countyAggregate } from './__fixtures__/aggregate.js';
import { launchBrowser, openHtml } from './__fixtures__/browser.js';
import { renderDiagnosticsHtml } from './index.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A township workbook whose table 三 does not balance, checked by core, with the cells' places in the workbook. */
function workbookDiagnostics(file: string, organ: string): Diagnostic[] {
  const report = createExampleReport({ year: 2023, organ: { name: organ, level: 'township' } });
  const ref = { table: 'applications', row: 'newReceived', column: 'naturalPerson' };
  setCell(report, ref, (report.tables.applications.newReceived.naturalPerson ?? 0) + 5);
  report.cellSources = { [cellKey(ref)]: { file, sheet: '表三', cell: 'D6' } };
  return validateReport(report).map((diagnostic) => ({ ...diagnostic, location: { file, organ, ...diagnostic.location } }));
}

async function read(html: string) {
  const { page } = await openHtml(browser, html);
  const data = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.querySelector('h1')?.textContent,
    summary: document.querySelector('.diagnostics-summary')?.textContent,
    groups: Array.from(document.querySelectorAll('.diagnostic-group')).map((group) => ({
      file: group.getAttribute('data-file'),
      heading: group.querySelector('h2')?.textContent,
      summary: group.querySelector('.diagnostics-summary')?.textContent,
      organs: Array.from(group.querySelectorAll('.diagnostic-organ')).map((organ) => ({
        organ: organ.getAttribute('data-organ'),
        heading: organ.querySelector('h3')?.textContent ?? null,
        rows: Array.from(organ.querySelectorAll('tbody tr')).map((tr) => ({
          code: tr.getAttribute('data-code'),
          cells: Array.from(tr.children).map((cell) => (cell as HTMLElement).innerText),
        })),
      })),
    })),
    head: Array.from(document.querySelectorAll('.diagnostics-table thead th')).slice(0, 6).map((th) => th.textContent),
  }));
  await page.close();
  return data;
}

describe('renderDiagnosticsHtml', () => {
  it('groups problems by file, shows where each is (sheet, cell, label) with expected and actual values and the fix', async () => {
    const diagnostics = [...workbookDiagnostics('鹅公镇.xlsx', '鹅公镇人民政府'), ...workbookDiagnostics('石门乡.xlsx', '石门乡人民政府')];
    const doc = await read(renderDiagnosticsHtml(diagnostics));
    expect(doc.title).toBe('检查报告');
    expect(doc.head).toEqual(['级别', '位置', '问题', '应为', '实际', '处理建议']);
    expect(doc.groups.map((group) => [group.file, group.heading])).toEqual([
      ['鹅公镇.xlsx', '一、鹅公镇.xlsx'],
      ['石门乡.xlsx', '二、石门乡.xlsx'],
    ]);
    const first = doc.groups[0].organs[0];
    expect(first.heading).toBe('鹅公镇人民政府');
    const balance = first.rows.find((row) => row.code === 'R3-1')!;
    const original = diagnostics.find((d) => d.code === 'R3-1' && d.location.file === '鹅公镇.xlsx')!;
    const [severity, location, messageText, expected, actual, help] = balance.cells;
    expect(severity).toBe('错误');
    expect(messageText).toContain('R3-1');
    expect(location).toContain('工作表“表三”单元格 D6');
    expect(location).toContain(original.location.label!);
    // The ids are for programs (checking.json), not for the reader.
    expect(location).not.toContain('applications');
    expect(messageText.split('\n')[0]).toBe(original.message);
    expect(expected).toBe(String(original.expected));
    expect(actual).toBe(String(original.actual));
    expect(Number(actual) - Number(expected)).toBe(5);
    expect(help).toBe(original.help);
  });

  it('counts problems per severity for the whole report and for each file, errors listed first', async () => {
    const diagnostics = workbookDiagnostics('鹅公镇.xlsx', '鹅公镇人民政府');
    const info = createDiagnostic({ code: 'R3-1', severity: 'info', params: {}, location: { file: '鹅公镇.xlsx', organ: '鹅公镇人民政府' } });
    const all = [info, ...diagnostics];
    const errors = all.filter((d) => d.severity === 'error').length;
    const doc = await read(renderDiagnosticsHtml(all));
    expect(doc.summary).toBe(`共 ${all.length} 条：错误 ${errors} 条，警告 0 条，提示 1 条。`);
    expect(doc.groups[0].summary).toBe(doc.summary);
    const severities = doc.groups[0].organs[0].rows.map((row) => row.cells[0]);
    expect(severities.at(-1)).toBe('提示');
    expect(severities.slice(0, errors).every((text) => text === '错误')).toBe(true);
  });

  it('puts an aggregation’s problems under each member’s file and organ, and those without a file together at the end', async () => {
    const result = countyAggregate();
    const doc = await read(renderDiagnosticsHtml(result.diagnostics));
    const files = doc.groups.map((group) => group.file);
    expect(files).toContain('东山镇.xlsx');
    expect(files.at(-1)).toBe('');
    expect(new Set(files).size).toBe(files.length);
    const perFile = doc.groups.map((group) => group.organs.reduce((n, organ) => n + organ.rows.length, 0));
    expect(perFile.reduce((a, b) => a + b, 0)).toBe(result.diagnostics.length);
    for (const group of doc.groups) {
      const expected = result.diagnostics.filter((d) => (d.location.file ?? '') === group.file);
      expect(group.organs.flatMap((organ) => organ.rows.map((row) => row.code)).sort()).toEqual(expected.map((d) => d.code).sort());
    }
  });

  it('says when there is nothing to report, and speaks English when asked', async () => {
    const none = await read(renderDiagnosticsHtml([]));
    expect(none.summary).toBe('未发现问题。');
    expect(none.groups).toEqual([]);
    const english = await read(renderDiagnosticsHtml(workbookDiagnostics('a.xlsx', 'A'), { locale: 'en' }));
    expect(english.lang).toBe('en');
    expect(english.title).toBe('Checking report');
    expect(english.head).toEqual(['Severity', 'Where', 'Problem', 'Expected', 'Actual', 'How to fix']);
    expect(english.groups[0].heading).toBe('1. a.xlsx');
    expect(english.groups[0].organs[0].rows[0].cells[1]).toContain('sheet "表三" cell D6');
  });
});
