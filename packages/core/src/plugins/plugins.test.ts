import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPipeline, forms, getCell, parseReport, ReportError, setCell, validateReport, type CatalogEntry, type Plugin, type Report } from '../index.js';
import { definePlugin, definePreset, layoutTable } from '../plugin.js';
import { catchReportError, createExampleReport, exampleTransferredRow } from '../testing.js';

const RESULTS = '三、本年度办理结果';
const OTHER_HANDLING = '（六）其他处理';

const transferredCode: CatalogEntry = {
  severity: 'warning',
  title: { zh: '转送件数多于本年新收申请', en: 'More transferred than newly received' },
  message: { zh: '{scope}：{leftText} = {left}，{rightText} = {right}，{relation}', en: '{scope}: {leftText} = {left}, {rightText} = {right}; {relation}' },
  cause: { zh: '转送其他机关办理的申请应来自本年新收的申请。', en: 'Transferred applications come from those received this year.' },
  fix: { zh: '核对转送件数和本年新收申请数。', en: 'Check the transferred and newly received counts.' },
};

/** A province's plugin: one more result row in table 三, a rule about it, and its own wording of R3-3. */
const hunan = definePlugin((options: { severity?: 'error' | 'warning' } = {}) => ({
  name: 'hunan-2021',
  extendForms: {
    'gov-2021': {
      tables: {
        applications: {
          addRows: [exampleTransferredRow()],
        },
      },
    },
  },
  rules: [
    {
      id: 'HN-1',
      kind: 'equation',
      severity: options.severity ?? 'warning',
      forms: ['gov-2021'],
      table: 'applications',
      each: 'column',
      left: ['otherHandling.transferred'],
      op: '<=',
      right: ['newReceived'],
      leftText: { zh: '（六）4', en: '(6)4' },
      rightText: { zh: '一', en: 'I' },
      description: { zh: '转送其他机关办理的件数不超过本年新收申请数', en: 'Transferred applications do not exceed new ones' },
    },
  ],
  catalog: { 'HN-1': transferredCode },
  messages: { 'zh-CN': { 'R3-3': '【湖南】{scope}：{leftText} = {left}，{rightText} = {right}，{relation}' } },
}));

/** A plugin adding a row to the first block of table 二. */
const policyDocuments = definePlugin(() => ({
  name: 'policy-documents',
  extendForms: { 'gov-2021': { tables: { active: { addRows: [{ id: 'otherPolicyDocuments', label: '其他政策文件', after: 'normativeDocuments' }] } } } },
}));

/** Counts natural persons' new applications as carried over instead: every built-in relation still holds. */
function moveNewToCarriedOver(report: Report): void {
  const moved = getCell(report, { table: 'applications', row: 'newReceived', column: 'naturalPerson' })!;
  for (const column of ['naturalPerson', 'total']) {
    const at = (row: string) => ({ table: 'applications', row, column });
    setCell(report, at('newReceived'), getCell(report, at('newReceived'))! - moved);
    setCell(report, at('carriedOver'), getCell(report, at('carriedOver'))! + moved);
  }
}

const codes = (report: Report, validate: (report: Report) => { code: string }[]) => [...new Set(validate(report).map((d) => d.code))].sort();

describe('a plugin that adds a row and a rule to gov-2021', () => {
  const pipeline = createPipeline({ plugins: [hunan()] });
  const form = pipeline.getForm('gov-2021');

  it('fills and passes an example report of the extended form', () => {
    for (const seed of [1, 2, 3]) {
      const report = createExampleReport({ form, seed });
      expect(getCell(report, { table: 'applications', row: 'otherHandling.transferred', column: 'total' })).toEqual(expect.any(Number));
      expect(pipeline.validateReport(report)).toEqual([]);
    }
  });

  it('R3-3 counts the new row: breaking it makes the built-in rule fire', () => {
    const report = createExampleReport({ form, seed: 1 });
    const ref = { table: 'applications', row: 'otherHandling.transferred', column: 'naturalPerson' };
    const totalRef = { ...ref, column: 'total' };
    setCell(report, ref, getCell(report, ref)! + 2);
    setCell(report, totalRef, getCell(report, totalRef)! + 2);
    const diagnostics = pipeline.validateReport(report);
    expect([...new Set(diagnostics.map((d) => d.code))]).toEqual(['R3-3']);
    const handled = getCell(report, { table: 'applications', row: 'totalHandled', column: 'naturalPerson' })!;
    expect(diagnostics.find((d) => d.location.column === 'naturalPerson')).toMatchObject({ actual: String(handled), expected: String(handled + 2) });
  });

  it('breaking the plugin’s rule makes its code fire, with its documented message', () => {
    const report = createExampleReport({ form, seed: 1 });
    moveNewToCarriedOver(report);
    expect(getCell(report, { table: 'applications', row: 'otherHandling.transferred', column: 'naturalPerson' })).toBeGreaterThan(0);
    const diagnostics = pipeline.validateReport(report);
    expect(codes(report, pipeline.validateReport)).toEqual(['HN-1']);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', help: '核对转送件数和本年新收申请数。' });
    expect(diagnostics[0].message).toMatch(/^表三“自然人”列：（六）4 = [1-9]\d*，一 = 0，前者不应大于后者$/);
    expect(pipeline.validateReport(report, { locale: 'en' })[0].message).toMatch(/^Table III, column ".+": \(6\)4 = [1-9]\d*, I = 0; the left must not exceed the right$/);
    // The factory's options reach the plugin.
    expect(createPipeline({ plugins: [hunan({ severity: 'error' })] }).validateReport(report)[0].severity).toBe('error');
  });

  it('the plugin’s message replaces the built-in wording (Chinese only; English stays)', () => {
    const report = createExampleReport({ form, seed: 1 });
    const ref = { table: 'applications', row: 'granted', column: 'naturalPerson' };
    setCell(report, ref, getCell(report, ref)! + 1);
    setCell(report, { ...ref, column: 'total' }, getCell(report, { ...ref, column: 'total' })! + 1);
    const [zh] = pipeline.validateReport(report).filter((d) => d.code === 'R3-3');
    expect(zh.message).toMatch(/^【湖南】表三“自然人”列：三（七）总计 = /);
    const [en] = pipeline.validateReport(report, { locale: 'en' }).filter((d) => d.code === 'R3-3');
    expect(en.message).toMatch(/^Table III, column ".+": III\(7\) total = \d+, sum of results \(1\)–\(6\) = \d+; they must be equal$/);
    // Call-time messages win over the plugin's.
    const [override] = pipeline.validateReport(report, { messages: { 'zh-CN': { 'R3-3': '本次：{scope}' } } }).filter((d) => d.code === 'R3-3');
    expect(override.message).toBe('本次：表三“自然人”列');
  });

  it('prints the extra row under （六）其他处理 with the merged cells grown by one', () => {
    const grid = layoutTable(form.tables.find((t) => t.id === 'applications')!);
    expect(grid.rowCount).toBe(29);
    expect(grid.cells.find((c) => c.text === RESULTS)).toMatchObject({ rowSpan: 23, column: 0 });
    const otherHandling = grid.cells.find((c) => c.text === OTHER_HANDLING)!;
    expect(otherHandling).toMatchObject({ rowSpan: 4, column: 1 });
    const label = grid.cells.find((c) => c.text === '4.转送其他机关办理')!;
    expect(label).toMatchObject({ kind: 'rowLabel', column: 2, row: otherHandling.row + 3, rowSpan: 1, colSpan: 1 });
    const values = grid.cells.filter((c) => c.kind === 'value' && c.row === label.row);
    expect(values.map((c) => c.ref!.column)).toEqual(['naturalPerson', 'business', 'research', 'publicInterest', 'legalService', 'otherOrganization', 'total']);
    expect(grid.cells.find((c) => c.text === '（七）总计')!.row).toBe(label.row + 1);
  });

  it('reads report JSON with the extended form; the built-in form rejects the unknown row', () => {
    const json = JSON.stringify(createExampleReport({ form, seed: 5 }));
    expect(pipeline.parseReport(json).diagnostics).toEqual([]);
    const plain = parseReport(json);
    expect(plain.report).toBeUndefined();
    expect(plain.diagnostics[0]).toMatchObject({ code: 'schema-invalid', location: { table: 'applications' } });
  });

  it('leaves the built-in forms and plain validateReport as they were', () => {
    expect(forms['gov-2021'].tables.find((t) => t.id === 'applications')!.rows).toHaveLength(25);
    const report = createExampleReport({ year: 2023, seed: 1 });
    expect(validateReport(report)).toEqual([]);
    // Through the pipeline, a report made for the national form lacks the province's row.
    // Not filled, and a part of （七）总计 left blank in every column whose total is not 0.
    const nonZeroTotals = Object.values(report.tables.applications.totalHandled).filter((value) => value !== 0).length;
    expect(nonZeroTotals).toBeGreaterThan(0);
    expect(pipeline.validateReport(report).map((d) => [d.code, d.location.row])).toEqual([
      ['cell-not-filled', 'otherHandling.transferred'],
      ...Array.from({ length: nonZeroTotals }, () => ['part-not-filled', 'otherHandling.transferred']),
    ]);
  });
});

describe('a plugin that adds a row to the first block of table 二', () => {
  const pipeline = createPipeline({ plugins: [policyDocuments()] });
  const form = pipeline.getForm('gov-2021');

  it('prints it in block 第二十条第（一）项 with that block’s columns, and checks it', () => {
    const active = form.tables.find((t) => t.id === 'active')!;
    const grid = layoutTable(active);
    const first = grid.bands[0];
    expect(first.endRow - first.startRow).toBe(5);
    const label = grid.cells.find((c) => c.text === '其他政策文件')!;
    expect(label.row).toBeLessThan(first.endRow);
    expect(grid.cells.filter((c) => c.kind === 'value' && c.row === label.row).map((c) => c.ref!.column)).toEqual(['issued', 'repealed', 'inForce']);

    const report = createExampleReport({ form, seed: 3 });
    expect(pipeline.validateReport(report)).toEqual([]);
    setCell(report, { table: 'active', row: 'otherPolicyDocuments', column: 'issued' }, -1);
    expect(pipeline.validateReport(report).map((d) => [d.code, d.location.row])).toEqual([['R2-1', 'otherPolicyDocuments']]);
  });

  it('composes with another plugin extending the same form, in order', () => {
    const both = createPipeline({ plugins: [hunan(), policyDocuments()] });
    const extended = both.getForm('gov-2021');
    expect(extended.tables.find((t) => t.id === 'active')!.rows.map((r) => r.id)).toContain('otherPolicyDocuments');
    expect(extended.tables.find((t) => t.id === 'applications')!.rows.map((r) => r.id)).toContain('otherHandling.transferred');
    expect(both.validateReport(createExampleReport({ form: extended, seed: 2 }))).toEqual([]);
  });
});

describe('pipelines', () => {
  const base = definePlugin(() => ({
    name: 'province',
    extendForms: { 'gov-2021': { id: 'province-2021', name: '某省格式', tables: { applications: { rowLabels: { 'otherHandling.other': '3.其他情形' } } } } },
  }));
  const county = definePlugin(() => ({
    name: 'county',
    dependencies: ['province'],
    extendForms: { 'province-2021': { id: 'county-2021', sections: { other: { hint: '本县要求说明的事项' } } } },
  }));

  it('chains extensions in plugin order and honours dependencies', () => {
    const pipeline = createPipeline({ plugins: [base(), county()] });
    expect(pipeline.forms.map((f) => f.id)).toEqual(['gov-2021', 'gov-2019', 'legacy', 'province-2021', 'county-2021']);
    const countyForm = pipeline.getForm('county-2021');
    expect(countyForm).toMatchObject({ extends: 'province-2021', name: '某省格式' });
    expect(countyForm.tables.find((t) => t.id === 'applications')!.rows.find((r) => r.id === 'otherHandling.other')!.label).toBe('3.其他情形');
    expect(pipeline.getForm('gov-2021')).toBe(forms['gov-2021']);
  });

  it('rejects a missing or later dependency, a duplicate plugin, an unknown form, with the names', () => {
    const error = (run: () => unknown) => {
      const caught = catchReportError(run);
      expect(caught).toBeInstanceOf(ReportError);
      return caught;
    };
    expect(error(() => createPipeline({ plugins: [county()] }))).toMatchObject({
      code: 'plugin-dependency-missing',
      message: '插件 county 依赖插件 province，但流水线中没有它：请在 county 之前添加 province',
    });
    expect(error(() => createPipeline({ plugins: [county(), base()] })).code).toBe('plugin-dependency-order');
    expect(error(() => createPipeline({ plugins: [base(), base()] })).code).toBe('plugin-duplicate');
    const stray = definePlugin(() => ({ name: 'stray', extendForms: { 'gov-2030': {} } }));
    expect(error(() => createPipeline({ plugins: [stray()] })).message).toMatch(/插件 stray 要扩展的格式“gov-2030”不存在/);
    const badRow = definePlugin(() => ({ name: 'bad-row', extendForms: { 'gov-2021': { tables: { applications: { addRows: [{ id: 'granted', label: 'x' }] } } } } }));
    expect(error(() => createPipeline({ plugins: [badRow()] }))).toMatchObject({ code: 'invalid-form-extension', message: expect.stringMatching(/^插件 bad-row：扩展报告格式 gov-2021 出错：表格“applications”中已有行“granted”/) });
    const undocumented = definePlugin(() => ({ name: 'quiet', rules: [{ ...forms['gov-2021'].rules.find((r) => r.id === 'R3-8')!, id: 'Q-1' }] }));
    expect(error(() => createPipeline({ plugins: [undocumented()] })).code).toBe('plugin-code-undocumented');
    const badMessage = definePlugin(() => ({ name: 'typo', messages: { 'zh-CN': { 'R3-1': '{scoep}不平衡' } } }));
    expect(error(() => createPipeline({ plugins: [badMessage()] })).message).toMatch(/使用了该代码没有的参数：\{scoep\}/);
    expect(error(() => definePlugin(() => ({}) as Plugin)())).toMatchObject({ code: 'invalid-plugin' });
  });

  it('is frozen; use() returns a new pipeline and leaves the old one as it was', () => {
    const pipeline = createPipeline();
    expect(Object.isFrozen(pipeline)).toBe(true);
    expect(() => {
      (pipeline as { forms: unknown }).forms = [];
    }).toThrow(TypeError);
    const next = pipeline.use(base).use(county());
    expect(next.plugins.map((p) => p.name)).toEqual(['province', 'county']);
    expect(pipeline.plugins).toEqual([]);
    expect(() => pipeline.getForm('county-2021')).toThrow(ReportError);
    expect(next.getForm('county-2021').id).toBe('county-2021');
  });

  it('takes presets, applied before the plugins', () => {
    const preset = definePreset({ name: 'hunan-all', plugins: [base(), county()] });
    const pipeline = createPipeline({ plugins: [policyDocuments()], presets: [preset] });
    expect(pipeline.plugins.map((p) => p.name)).toEqual(['province', 'county', 'policy-documents']);
    expect(() => definePreset({ name: '', plugins: [] })).toThrow(ReportError);
  });

  it('applies plugin rules to their forms and to forms extended from them', () => {
    const pipeline = createPipeline({ plugins: [hunan(), base(), county()] });
    const countyForm = pipeline.getForm('county-2021');
    const report = createExampleReport({ form: countyForm, seed: 1 });
    moveNewToCarriedOver(report);
    expect(codes(report, pipeline.validateReport)).toEqual(['HN-1']);
    const legacy = pipeline.validateReport({ ...report, format: 'legacy', tables: {}, sections: [] });
    expect(legacy.map((d) => d.code)).not.toContain('HN-1');
  });

  it('imports by file name with the built-in and plugin importers, with diagnostics for what it cannot', async () => {
    const egong = readFileSync(new URL('../narrative/__fixtures__/egong-2019-narrative.txt', import.meta.url));
    const csv = definePlugin(() => ({
      name: 'csv',
      importers: [
        { name: 'broken-csv', extensions: ['.csv'], import: () => { throw new Error('列数不对'); } },
      ],
    }));
    const pipeline = createPipeline({ plugins: [hunan(), csv()] });
    const text = await pipeline.importReport(new Uint8Array(egong), { file: '鹅公镇.TXT' });
    expect(text.report).toMatchObject({ format: 'legacy', organ: { name: '鹅公镇' } });
    expect(pipeline.validateReport(text.report!).map((d) => [d.code, d.location.file, d.location.line])).toEqual([
      ['period-not-calendar-year', '鹅公镇.TXT', 4],
      ['narrative-part-count-mismatch', '鹅公镇.TXT', 4],
    ]);
    const json = await pipeline.importReport(JSON.stringify(createExampleReport({ form: pipeline.getForm('gov-2021') })), { file: 'a.json' });
    expect(json.diagnostics).toEqual([]);
    const unknown = await pipeline.importReport('x', { file: '报告.docx' });
    expect(unknown.diagnostics[0]).toMatchObject({ code: 'plugin-importer-unknown', location: { file: '报告.docx' } });
    expect(unknown.diagnostics[0].message).toMatch(/^没有能读取“\.docx”的导入器（可用：report-json（\.json）、narrative-text（\.txt \.text \.md）、broken-csv（\.csv））$/);
    const broken = await pipeline.importReport('a,b', { file: 'x.csv', locale: 'en' });
    expect(broken.diagnostics[0].message).toBe('Importer broken-csv failed: 列数不对');
    const named = await pipeline.importReport(new Uint8Array(egong), { importer: 'narrative-text', options: { year: 2020 } });
    expect(named.report!.year).toBe(2020);
  });
});
