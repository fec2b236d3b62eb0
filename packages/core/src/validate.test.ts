import { describe, expect, it } from 'vitest';
import { createDiagnostic } from './diagnostics/create.js';
import { createExampleReport } from './example-report.js';
import { forms } from './forms/registry.js';
import type { FormDefinition } from './forms/types.js';
import { setCell } from './model/report.js';
import { validateReport } from './validate.js';

describe('validateReport', () => {
  it('an unknown format is a diagnostic, not an exception', () => {
    const report = { ...createExampleReport({ year: 2023 }), format: 'gov-2099' };
    expect(validateReport(report).map((d) => [d.code, d.message])).toEqual([
      ['unknown-format', '未知的报告格式“gov-2099”，可用的格式：gov-2021、gov-2019、legacy'],
    ]);
  });

  it('a custom rule that throws is reported as rule-failed and the other checks still run', () => {
    const broken: FormDefinition = {
      ...forms['gov-2021'],
      id: 'broken-2021',
      rules: [
        ...forms['gov-2021'].rules,
        {
          id: 'plugin-crash',
          kind: 'custom',
          severity: 'warning',
          description: { zh: '会出错的规则', en: 'A rule that throws' },
          check: () => {
            throw new Error('boom');
          },
        },
      ],
    };
    const report = { ...createExampleReport({ year: 2023 }), format: 'broken-2021' };
    setCell(report, { table: 'reviewLitigation', row: 'review', column: 'total' }, 99);
    const diagnostics = validateReport(report, { forms: [broken] });
    expect(diagnostics.map((d) => d.code)).toEqual(['R4-1', 'rule-failed']);
    expect(diagnostics[1]).toMatchObject({ severity: 'error', message: '检查规则 plugin-crash 运行出错，未能完成该项检查：boom' });
    expect(validateReport(report, { forms: [broken], disableRules: ['plugin-crash', 'R4-1'] })).toEqual([]);
  });

  it('disableRules also turns off the not-filled report', () => {
    const report = createExampleReport({ year: 2023 });
    setCell(report, { table: 'active', row: 'penalty', column: 'decisions' }, null);
    expect(validateReport(report).map((d) => d.code)).toEqual(['cell-not-filled']);
    expect(validateReport(report, { disableRules: ['cell-not-filled'] })).toEqual([]);
  });

  it('plugins can replace a message through options.messages, and add codes through options.catalog', () => {
    const report = createExampleReport({ year: 2023 });
    setCell(report, { table: 'reviewLitigation', row: 'review', column: 'total' }, 99);
    const [found] = validateReport(report, { messages: { 'zh-CN': { 'R4-1': '复议总计有误：{left} ≠ {right}' } } });
    expect(found.message).toMatch(/^复议总计有误：99 ≠ \d+$/);
    const custom = createDiagnostic(
      { code: 'x-local', params: { year: 2024 } },
      {
        catalog: {
          'x-local': {
            severity: 'info',
            title: { zh: '本地', en: 'Local' },
            message: { zh: '{year}年度本地提示', en: 'Local note for {year}' },
            cause: { zh: '本地规定。', en: 'A local rule.' },
            fix: { zh: '按{year}年度本地通知处理。', en: 'Follow the local notice for {year}.' },
          },
        },
      },
    );
    expect(custom).toMatchObject({ severity: 'info', message: '2024年度本地提示', help: '按2024年度本地通知处理。' });
  });

  it('help is the catalog fix in the requested language', () => {
    const report = createExampleReport({ year: 2023 });
    setCell(report, { table: 'reviewLitigation', row: 'review', column: 'total' }, 99);
    expect(validateReport(report)[0].help).toBe('重新计算总计。');
    expect(validateReport(report, { locale: 'en' })[0].help).toBe('Recompute the total.');
  });
});

describe('knownProblems', () => {
  it('does not report a cell as not filled when an importer already reported it as an error', async () => {
    const { setCell, validateReport } = await import('./index.js');
    const report = createExampleReport({ year: 2024, seed: 3 });
    setCell(report, { table: 'active', row: 'normativeDocuments', column: 'inForce' }, null);
    setCell(report, { table: 'active', row: 'normativeDocuments', column: 'issued' }, null);
    const imported = {
      code: 'import-cell-not-number',
      severity: 'error' as const,
      message: '“五”不是数字',
      location: { table: 'active', row: 'normativeDocuments', column: 'inForce', sheet: '表二', cell: 'D6' },
    };
    const unfilled = (diagnostics: ReturnType<typeof validateReport>) => diagnostics.filter((d) => d.code === 'cell-not-filled');
    // Without the importer's word, both blank cells are reported.
    expect(unfilled(validateReport(report))).toMatchObject([{ params: { count: 2 } }]);
    // With it, only the cell nobody has reported yet is.
    const withKnown = unfilled(validateReport(report, { knownProblems: [imported] }));
    expect(withKnown).toMatchObject([{ params: { count: 1 }, location: { column: 'issued' } }]);
    // A warning about a cell does not hide it.
    expect(unfilled(validateReport(report, { knownProblems: [{ ...imported, severity: 'warning' }] }))).toMatchObject([{ params: { count: 2 } }]);
  });
});
