import { describe, expect, it } from 'vitest';
import { diagnosticCatalog, getForm, ReportError, reportErrorMessage } from './index.js';
import { definePlugin, reportError } from './plugin.js';
import { catchReportError } from './testing.js';
import { createPipeline } from './plugins/create-pipeline.js';
import { errorCodes } from './diagnostics/codes/errors.js';

describe('reportError', () => {
  it('words the message from the catalog, in Chinese by default, and keeps the code and params', () => {
    const error = reportError('unknown-table', { form: 'gov-2021', table: 'table9' });
    expect(error).toBeInstanceOf(ReportError);
    expect(ReportError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ name: 'ReportError', code: 'unknown-table', message: '格式 gov-2021 中没有表格 table9', params: { form: 'gov-2021', table: 'table9' } });
    expect(reportError('unknown-table', { form: 'gov-2021', table: 'table9' }, { locale: 'en' }).message).toBe('The form gov-2021 has no table table9');
  });

  it('keeps the cause, and words a plugin prefix and the fix when asked', () => {
    const cause = new Error('inner');
    const error = reportError('plugin-duplicate', { plugin: 'xm' }, { cause, plugin: 'county' });
    expect(error.cause).toBe(cause);
    expect(error.message).toBe('插件 county：插件 xm 被添加了两次');
    expect(reportErrorMessage(error, 'en')).toBe('The plugin county: The plugin xm is added twice');
    const font = reportError('render-font-unavailable', { role: { zh: '标题', en: 'the title' }, searched: 'fonts' }, { withFix: true, locale: 'en' });
    expect(font.message).toContain(diagnosticCatalog['render-font-unavailable'].fix.en.slice(0, 20));
  });

  it('a thrown error can be shown in English afterwards (reportErrorMessage)', () => {
    const error = catchReportError(() => getForm('gov-2030'));
    expect(error.code).toBe('unknown-form');
    expect(error.message).toBe('未知的报告格式：gov-2030（可用：gov-2021、gov-2019、legacy）');
    expect(reportErrorMessage(error, 'en')).toBe('Unknown report form: gov-2030 (available: gov-2021, gov-2019, legacy)');
    const plugin = catchReportError(() => definePlugin(() => ({ name: '' }))());
    expect(plugin.code).toBe('invalid-plugin');
    expect(reportErrorMessage(plugin, 'en')).toBe('Invalid plugin: the value the definePlugin factory returned has no name');
    const duplicate = catchReportError(() => createPipeline({ plugins: [{ name: 'a' }, { name: 'a' }] }));
    expect(reportErrorMessage(duplicate, 'zh-CN')).toBe(duplicate.message);
  });

  it('an error without params (another copy, or made by hand) keeps its own message', () => {
    expect(reportErrorMessage(new ReportError('unknown-form', '自己的消息'), 'en')).toBe('自己的消息');
  });

  it('every ReportError code is documented in the catalog', () => {
    for (const code of Object.keys(errorCodes)) expect(diagnosticCatalog[code as keyof typeof errorCodes], code).toBeDefined();
  });
});
