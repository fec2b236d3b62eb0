import { createPipeline, setCell } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { describe, expect, it } from 'vitest';
import { provincePlugin } from '../../../examples/province-plugin/index.mjs';
import { fontsourceFile } from './__fixtures__/font-files.js';
import { pdfText, squeeze } from './__fixtures__/pdf-tools.js';
import { pdfPlugin } from './index.js';

describe('pdfPlugin', () => {
  const pipeline = createPipeline({ plugins: [pdfPlugin(), provincePlugin()] });

  it('renders a province form’s extra table and row through the pipeline, with the renderer options passed on', async () => {
    const report = createExampleReport({ form: pipeline.getForm('gov-2021-xm'), year: 2024, seed: 5 });
    setCell(report, { table: 'newMedia', row: 'wechat', column: 'operating' }, 8765);
    setCell(report, { table: 'applications', row: 'otherHandling.transferred', column: 'total' }, 4321);
    const result = await pipeline.render('pdf', { report }, { options: { fonts: { default: fontsourceFile(400) }, creationDate: new Date(Date.UTC(2025, 0, 1)) } });
    expect(result).toMatchObject({ renderer: 'pdf', mediaType: 'application/pdf', extension: '.pdf' });
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const text = squeeze(pdfText(result.content as Uint8Array));
    expect(text).toContain('七、政务新媒体情况');
    expect(text).toMatch(/政务微信(\d+)+8765/);
    expect(text).toMatch(/4\.转送其他机关办理(\d+)*4321/);
  });
});
