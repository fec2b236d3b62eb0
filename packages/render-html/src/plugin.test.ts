import { createPipeline, setCell, validateReport } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { describe, expect, it } from 'vitest';
import { provincePlugin } from '../../../examples/province-plugin/index.mjs';
import { htmlPlugin } from './index.js';

describe('htmlPlugin', () => {
  const pipeline = createPipeline({ plugins: [htmlPlugin(), provincePlugin()] });

  it('renders a province form’s extra table and row through the pipeline', async () => {
    const report = createExampleReport({ form: pipeline.getForm('gov-2021-xm'), year: 2024, seed: 5 });
    setCell(report, { table: 'newMedia', row: 'wechat', column: 'operating' }, 8765);
    setCell(report, { table: 'applications', row: 'otherHandling.transferred', column: 'total' }, 4321);
    const result = await pipeline.render('html', { report });
    expect(result).toMatchObject({ renderer: 'html', mediaType: 'text/html', extension: '.html', diagnostics: [] });
    const html = result.content as string;
    expect(html).toContain('七、政务新媒体情况');
    expect(html).toContain('4.转送其他机关办理');
    expect(html).toContain('8765');
    expect(html).toContain('4321');
  });

  it('renders the checking report of the diagnostics it is given, in the requested language', async () => {
    const report = createExampleReport({ year: 2024, seed: 6 });
    setCell(report, { table: 'applications', row: 'newReceived', column: 'total' }, 99999);
    const diagnostics = validateReport(report, { locale: 'en' });
    const result = await pipeline.render('checking-html', { report, diagnostics, title: 'Checking report' }, { locale: 'en' });
    const html = result.content as string;
    expect(html).toContain('Checking report');
    expect(html).toContain(diagnostics.find((d) => d.severity === 'error')!.code);
  });
});
