import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Catalog, DiagnosticCode, DiagnosticInput } from '../index.js';
import { createDiagnostic, diagnosticCatalog } from '../index.js';
import type { PluginDiagnosticInput, RuleContext } from '../plugin.js';

/*
 * DiagnosticCode is derived from the catalog parts, so a typo in a built-in code fails to compile.
 * `tsc -p packages/core` checks the `@ts-expect-error` lines: if a typo compiled, the directive
 * itself would be an error.
 */
const xmCatalog = {
  'XM-1': {
    severity: 'error',
    title: { zh: '政务新媒体账号数不平衡', en: 'New-media accounts do not balance' },
    message: { zh: '{scope}：账号数不平衡', en: '{scope}: the accounts do not balance' },
    cause: { zh: '上年末账号数加新开设减关停应等于年末运营数。', en: 'Start plus opened minus closed equals in operation.' },
    fix: { zh: '核对表七。', en: 'Check table VII.' },
  },
} satisfies Catalog;

describe('DiagnosticCode', () => {
  it('is the union of the built-in catalog’s literal keys', () => {
    expectTypeOf<'R3-1'>().toExtend<DiagnosticCode>();
    expectTypeOf<'json-syntax'>().toExtend<DiagnosticCode>();
    expectTypeOf<'pipeline-renderer-failed'>().toExtend<DiagnosticCode>();
    expectTypeOf<'R3-1x'>().not.toExtend<DiagnosticCode>();
    expectTypeOf<string>().not.toExtend<DiagnosticCode>();
    expectTypeOf<DiagnosticInput['code']>().toEqualTypeOf<DiagnosticCode>();
    // Every runtime key is a DiagnosticCode and back: the type and the catalog cannot drift apart.
    const keys = Object.keys(diagnosticCatalog) as DiagnosticCode[];
    expect(keys.length).toBeGreaterThan(100);
  });

  it('a typo in a built-in code fails to compile', () => {
    expect(createDiagnostic({ code: 'R3-1', params: { scope: '表三' } }).code).toBe('R3-1');
    // @ts-expect-error 'R3-1x' is not a code of the catalog
    createDiagnostic({ code: 'R3-1x' });
    // @ts-expect-error nor is a misspelt kebab-case code, with options but no catalog
    createDiagnostic({ code: 'json-sytnax' }, { locale: 'en' });
  });

  it('a plugin’s code is checked against the catalog passed with it', () => {
    expect(createDiagnostic({ code: 'XM-1', params: { scope: '表七' } }, { catalog: xmCatalog }).message).toBe('表七：账号数不平衡');
    expect(createDiagnostic({ code: 'R3-1' }, { catalog: xmCatalog }).code).toBe('R3-1');
    // @ts-expect-error 'XM-9' is neither built in nor in the plugin's catalog
    createDiagnostic({ code: 'XM-9' }, { catalog: xmCatalog });
    // A catalog typed only `Catalog` does not know its codes, so any code compiles.
    const loose: Catalog = xmCatalog;
    expect(createDiagnostic({ code: 'XM-1' }, { catalog: loose }).severity).toBe('error');
  });

  it('a rule’s context takes built-in and plugin codes (checked when the plugin is added)', () => {
    expectTypeOf<Parameters<RuleContext['diagnostic']>[0]>().toEqualTypeOf<PluginDiagnosticInput>();
    expectTypeOf<'XM-2'>().toExtend<PluginDiagnosticInput['code']>();
    expectTypeOf<'R3-1'>().toExtend<PluginDiagnosticInput['code']>();
  });
});
