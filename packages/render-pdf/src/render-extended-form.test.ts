import { getForm, setCell, type FormDefinition } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { describe, expect, it } from 'vitest';
import { fontsourceFile } from './__fixtures__/font-files.js';
import { pdfText, squeeze } from './__fixtures__/pdf-tools.js';
import { renderPdf } from './index.js';

describe('a form extended by a plugin', () => {
  it('prints its extra row, merged under its category, with no renderer change', async () => {
    const base = getForm('gov-2021');
    const form: FormDefinition = {
      ...base,
      id: 'gov-2021-province',
      extends: 'gov-2021',
      tables: base.tables.map((table) =>
        table.id !== 'applications'
          ? table
          : {
              ...table,
              rows: table.rows.flatMap((row) =>
                row.id === 'notProcessed.confirmation'
                  ? [row, { id: 'notProcessed.province', label: '6.本省规定的其他不予处理情形', labelPath: row.labelPath, groups: ['result'] }]
                  : [row],
              ),
            },
      ),
    };
    const report = createExampleReport({ year: 2023, seed: 4, form });
    setCell(report, { table: 'applications', row: 'notProcessed.province', column: 'total' }, 4321);
    const result = await renderPdf(report, { form, fonts: { default: fontsourceFile(400) } });
    const text = squeeze(pdfText(result.pdf));
    expect(text).toContain('6.本省规定的其他不予处理情形');
    expect(text).toMatch(/6\.本省规定的其他不予处理情形(\d+)+4321/);
  });
});
