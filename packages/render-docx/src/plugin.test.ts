import { createPipeline, setCell } from '@report/core';
import { type Submission } from '@report/core/plugin';
import { createExampleReport } from '@report/core/testing';
import { describe, expect, it } from 'vitest';
import { provincePlugin } from '../../../examples/province-plugin/index.mjs';
import { descendants, parseXml, readDocx, readTables, textOf } from './__fixtures__/docx-reader.js';
import { docxPlugin } from './plugin.js';

describe('docxPlugin', () => {
  const pipeline = createPipeline({ plugins: [docxPlugin(), provincePlugin()] });

  it('renders a province form’s extra table 七 and its row under 表三（六） through the pipeline, with no change to this package', async () => {
    const report = createExampleReport({ form: pipeline.getForm('gov-2021-xm'), year: 2024, seed: 5 });
    setCell(report, { table: 'newMedia', row: 'wechat', column: 'operating' }, 8765);
    setCell(report, { table: 'applications', row: 'otherHandling.transferred', column: 'total' }, 4321);
    const result = await pipeline.render('docx', { report }, { options: { creationDate: new Date(Date.UTC(2025, 0, 1)) } });
    expect(result).toMatchObject({ renderer: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: '.docx', diagnostics: [] });
    const xml = readDocx(result.content as Uint8Array)['word/document.xml'];
    const headings = descendants(parseXml(xml), 'w:p').filter((p) => descendants(p, 'w:pStyle')[0]?.attributes['w:val'] === 'Heading1').map(textOf);
    expect(headings.at(-1)).toBe('七、政务新媒体情况');
    const tables = readTables(xml);
    const newMedia = tables.at(-1)!;
    const wechat = newMedia.cells.find((cell) => cell.text === '政务微信')!;
    expect(newMedia.cells.filter((cell) => cell.row === wechat.row).map((cell) => cell.text).at(-1)).toBe('8765');
    const applications = tables[1];
    const transferred = applications.cells.find((cell) => cell.text === '4.转送其他机关办理')!;
    expect(applications.cells.filter((cell) => cell.row === transferred.row).map((cell) => cell.text).at(-1)).toBe('4321');
    // Under （六）其他处理, merged over its rows, the new one included.
    const otherHandling = applications.cells.find((cell) => cell.text === '（六）其他处理')!;
    expect(transferred.row).toBe(otherHandling.row + otherHandling.rowSpan - 1);
  });

  it('renders a county aggregate made by the pipeline, with the appendix and the draft marked as a draft', async () => {
    const form = pipeline.getForm('gov-2021-xm');
    const names = ['甲镇人民政府', '乙镇人民政府', '丙乡人民政府'];
    const roster = { entries: names.map((name, index) => ({ id: `m${index}`, name, level: 'township' as const })) };
    const submissions: Submission[] = names.slice(0, 2).map((name, index) => ({ report: createExampleReport({ form, year: 2024, seed: 20 + index, organ: { name, level: 'township' } }), file: `${name}.json` }));
    const result = pipeline.aggregate(submissions, { roster, organ: { name: '某县人民政府', level: 'county' }, year: 2024 });
    const rendered = await pipeline.render('docx', { aggregate: result, roster });
    expect(rendered.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const xml = readDocx(rendered.content as Uint8Array)['word/document.xml'];
    const text = descendants(parseXml(xml), 'w:p').map(textOf);
    expect(text[0]).toBe('某县人民政府2024年政府信息公开工作年度报告');
    expect(text.some((line) => line.startsWith('【草稿】'))).toBe(true);
    expect(text).toContain('附：汇总说明');
    expect(text).toContain('七、政务新媒体情况');
    expect(xml).toContain('丙乡人民政府');
  });
});
