import { describe, expect, it } from 'vitest';
import { createPipeline, getCell, ReportError, setCell, validateReport, type CatalogEntry, type Plugin, type Report, type RosterEntry } from '../index.js';
import { definePlugin } from '../plugin.js';
import { createExampleReport } from '../testing.js';

const newMediaCode: CatalogEntry = {
  severity: 'error',
  title: { zh: '政务新媒体账号数为负', en: 'Negative new-media accounts' },
  message: { zh: '{scope}：{leftText} = {left}，{rightText} = {right}，{relation}', en: '{scope}: {leftText} = {left}, {rightText} = {right}; {relation}' },
  cause: { zh: '注销的账号不能多于原有和新开的账号。', en: 'Closed accounts cannot exceed existing and new ones.' },
  fix: { zh: '核对政务新媒体账号数。', en: 'Check the account counts.' },
};

/** A province's plugin: a new form `gov-2021-xm` with a table 七、政务新媒体情况 and a rule on it. */
const province = definePlugin((options: { formId?: string } = {}) => ({
  name: 'province-xm',
  extendForms: {
    'gov-2021': {
      id: options.formId ?? 'gov-2021-xm',
      name: '某省政府信息公开工作年度报告格式',
      addTables: [
        {
          table: {
            id: 'newMedia',
            sectionId: 'newMedia',
            title: '七、政务新媒体情况',
            columns: [
              { id: 'existing', label: '上年末账号数', kind: 'count' },
              { id: 'opened', label: '本年新开设', kind: 'count' },
              { id: 'closed', label: '本年注销', kind: 'count' },
            ],
            rows: [{ id: 'accounts', label: '政务新媒体账号' }],
            layout: { type: 'matrix', labelColumns: 1 },
          },
          section: { id: 'newMedia', number: '七', title: '七、政务新媒体情况' },
          after: 'other',
        },
      ],
    },
  },
  rules: [
    {
      id: 'XM-1',
      kind: 'equation',
      severity: 'error',
      forms: [options.formId ?? 'gov-2021-xm'],
      table: 'newMedia',
      each: 'row',
      left: ['closed'],
      op: '<=',
      right: ['existing', 'opened'],
      leftText: { zh: '本年注销', en: 'closed' },
      rightText: { zh: '上年末账号数+本年新开设', en: 'existing + opened' },
      description: { zh: '注销的账号不多于原有和新开的账号', en: 'Closed accounts do not exceed existing and opened ones' },
    },
  ],
  catalog: { 'XM-1': newMediaCode },
}));

function provinceReport(pipeline = createPipeline({ plugins: [province()] }), organ = '青山镇人民政府', closed = 1): Report {
  const report = createExampleReport({ form: pipeline.getForm('gov-2021-xm'), seed: 3, year: 2024, organ: { name: organ, level: 'township' } });
  setCell(report, { table: 'newMedia', row: 'accounts', column: 'existing' }, 2);
  setCell(report, { table: 'newMedia', row: 'accounts', column: 'opened' }, 1);
  setCell(report, { table: 'newMedia', row: 'accounts', column: 'closed' }, closed);
  return report;
}

const roster = (names: string[]) => ({ entries: names.map((name, index): RosterEntry => ({ id: `m${index}`, name, level: 'township', parent: 'county' })).concat([{ id: 'county', name: '青山县人民政府', level: 'county' }]) });

describe('a pipeline stage given a report of a form it does not know', () => {
  const bare = createPipeline();
  const report = provinceReport();

  it('import: a report of an unknown form is a diagnostic, not a silent success', async () => {
    const json = await bare.import(JSON.stringify(report), { file: '青山镇.json' });
    expect(json.report).toBeUndefined();
    expect(json.diagnostics.map((d) => [d.code, d.location.file])).toEqual([['unknown-format', '青山镇.json']]);
    expect(json.diagnostics[0].message).toContain('gov-2021-xm');
  });

  it('validate: the report is not checked against a form it was not made with', () => {
    expect(bare.validate(report).map((d) => d.code)).toEqual(['unknown-format']);
    // The same cells under the base form's id: the extra table is named, not dropped.
    const asBase = { ...report, format: 'gov-2021' };
    const diagnostics = bare.validate(asBase);
    expect(diagnostics.find((d) => d.code === 'report-table-unknown')).toMatchObject({ severity: 'error', params: { table: 'newMedia', count: 3, format: 'gov-2021' } });
  });

  it('validate: rows and columns the form lacks are named', () => {
    const odd = structuredClone(createExampleReport({ seed: 4 }));
    (odd.tables.applications as Record<string, Record<string, number>>)['otherHandling.transferred'] = { naturalPerson: 2 };
    const found = validateReport(odd).find((d) => d.code === 'report-cells-unknown');
    expect(found?.message).toContain('“otherHandling.transferred” / 自然人');
    expect(found?.location).toMatchObject({ table: 'applications', row: 'otherHandling.transferred', column: 'naturalPerson' });
  });

  it('render and template: an unknown form is a diagnostic and no output', async () => {
    const rendering = await bare.render('html', { report });
    expect(rendering.content).toBeUndefined();
    expect(rendering.diagnostics.map((d) => d.code)).toEqual(['pipeline-renderer-unknown']);
    const withRenderer = bare.use(definePlugin(() => ({ name: 'echo', renderers: [{ name: 'html', render: () => '<p></p>' }] }))());
    expect((await withRenderer.render('html', { report })).diagnostics.map((d) => d.code)).toEqual(['unknown-format']);
    const template = await bare.template({ year: 2024, format: 'gov-2021-xm' });
    expect(template.content).toBeUndefined();
    expect(template.diagnostics.map((d) => d.code)).toEqual(['unknown-format']);
  });

  it('aggregate: a member of an unknown form is excluded with a reason', () => {
    const result = bare.aggregate([{ report, file: '青山镇.json' }], { roster: roster(['青山镇人民政府']), organ: { name: '青山县人民政府', level: 'county' }, year: 2024 });
    expect(result.outcomes[0]).toMatchObject({ status: 'excluded' });
    expect(result.diagnostics.some((d) => d.code === 'unknown-format' || d.code === 'aggregate-format-mismatch')).toBe(true);
  });

  it('compare: an unknown form is a diagnostic', () => {
    const comparison = bare.compare(report, { ...report, year: 2025 });
    expect(comparison.diagnostics.map((d) => d.code)).toContain('unknown-format');
    expect(comparison.changes).toEqual([]);
  });
});

describe('the pipeline with a province plugin', () => {
  const pipeline = createPipeline({ plugins: [province()] });

  it('knows which plugin made each form, and picks the most recent form for a year', () => {
    expect(pipeline.formOrigins).toEqual({ 'gov-2021-xm': 'province-xm' });
    expect(pipeline.formForYear(2024)?.id).toBe('gov-2021-xm');
    expect(pipeline.formForYear(2020)?.id).toBe('gov-2019');
    expect(pipeline.formForYear(2010)).toBeUndefined();
    expect(createPipeline().formForYear(2024)?.id).toBe('gov-2021');
  });

  it('aggregates the plugin form by default for the year, sums its table, and rejects a member breaking the plugin rule with its message', () => {
    const good = provinceReport(pipeline, '青山镇人民政府', 1);
    const bad = provinceReport(pipeline, '白云镇人民政府', 9);
    const result = pipeline.aggregate(
      [
        { report: good, file: '青山镇.json' },
        { report: bad, file: '白云镇.json' },
      ],
      { roster: roster(['青山镇人民政府', '白云镇人民政府']), organ: { name: '青山县人民政府', level: 'county' }, year: 2024 },
    );
    expect(result.report.format).toBe('gov-2021-xm');
    expect(result.outcomes.map((o) => o.status)).toEqual(['accepted', 'rejected']);
    const rule = result.diagnostics.find((d) => d.code === 'XM-1')!;
    expect(rule.message).toMatch(/^表七“政务新媒体账号”行：本年注销 = 9，上年末账号数\+本年新开设 = 3/);
    expect(rule.location).toMatchObject({ organ: '白云镇人民政府', file: '白云镇.json' });
    expect(getCell(result.report, { table: 'newMedia', row: 'accounts', column: 'opened' })).toBe(1);
  });

  it('passes the one context to importers, renderers and template writers', async () => {
    const seen: Record<string, unknown> = {};
    const probe = definePlugin(() => ({
      name: 'probe',
      importers: [
        {
          name: 'probe-import',
          detect: (bytes) => (bytes[0] === 0x23 ? 2 : 0),
          import: (_input, context) => {
            seen.import = { locale: context.locale, file: context.file, year: context.year, forms: context.forms.map((f) => f.id), rules: context.rules.map((r) => r.id) };
            return { report: provinceReport(pipeline), diagnostics: [context.diagnostic({ code: 'XM-1', params: { scope: 's', leftText: 'a', left: 1, rightText: 'b', right: 0, relation: { zh: 'r', en: 'r' } } })] };
          },
        },
      ],
      renderers: [
        {
          name: 'text',
          extension: '.txt',
          render: ({ report, aggregate }, context) => ({ content: `${context.form.id}:${report.organ.name}:${aggregate ? 'aggregate' : 'report'}`, diagnostics: [] }),
        },
        { name: 'county-only', input: 'aggregate', render: () => 'x' },
        { name: 'broken', render: () => { throw new Error('坏了'); } },
      ],
      templates: [{ name: 'text-template', extension: '.txt', write: (request, context) => new TextEncoder().encode(`${context.form.id}/${request.year}/${request.organ?.name}`) }],
    }));
    const withProbe = pipeline.use(probe());
    const imported = await withProbe.import(new TextEncoder().encode('# anything'), { file: 'x.probe', year: 2024, locale: 'en' });
    expect(imported.importer).toBe('probe-import');
    expect(imported.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(imported.report!.sources).toEqual([{ file: 'x.probe', sha256: imported.sha256 }]);
    expect(imported.diagnostics[0]).toMatchObject({ code: 'XM-1', location: { file: 'x.probe' } });
    expect(imported.diagnostics[0].message).toBe('s: a = 1, b = 0; r');
    expect(seen.import).toEqual({ locale: 'en', file: 'x.probe', year: 2024, forms: ['gov-2021', 'gov-2019', 'legacy', 'gov-2021-xm'], rules: ['XM-1'] });

    const report = provinceReport(pipeline);
    expect(await withProbe.render('text', { report })).toMatchObject({ content: 'gov-2021-xm:青山镇人民政府:report', extension: '.txt', renderer: 'text', diagnostics: [] });
    expect((await withProbe.render('county-only', { report })).diagnostics.map((d) => d.code)).toEqual(['pipeline-renderer-needs-aggregate']);
    const broken = await withProbe.render('broken', { report }, { locale: 'en' });
    expect(broken.content).toBeUndefined();
    expect(broken.diagnostics[0].message).toBe('The renderer “broken” failed: 坏了');

    const template = await withProbe.template({ year: 2024, organ: { name: '青山镇人民政府' } });
    expect(new TextDecoder().decode(template.content)).toBe('gov-2021-xm/2024/青山镇人民政府');
    expect((await withProbe.template({ year: 2024, format: 'legacy' })).diagnostics.map((d) => d.code)).toEqual(['pipeline-form-has-no-tables']);
    expect((await withProbe.template({ year: 2015 })).diagnostics.map((d) => d.code)).toEqual(['pipeline-no-form-for-year']);
    expect((await pipeline.template({ year: 2024 })).diagnostics.map((d) => d.code)).toEqual(['pipeline-template-writer-unknown']);
  });

  it('chooses importers by content, then ending, then the fallback; empty input is a diagnostic', async () => {
    const reader = (name: string, extra: Partial<Plugin['importers'] extends readonly (infer I)[] | undefined ? I : never>) =>
      ({ name, import: () => ({ diagnostics: [{ code: name, severity: 'info', message: name, location: {} }] }), ...extra }) as NonNullable<Plugin['importers']>[number];
    const withReaders = pipeline.use(
      definePlugin(() => ({
        name: 'readers',
        importers: [reader('sheet', { extensions: ['.xlsx'], detect: (bytes, file) => (bytes[0] === 0x50 && bytes[1] === 0x4b ? 2 : file?.endsWith('.xlsx') ? 1 : 0), fallback: true })],
      }))(),
    );
    const codeOf = async (bytes: number[] | string, file: string) => (await withReaders.import(typeof bytes === 'string' ? bytes : new Uint8Array(bytes), { file })).diagnostics[0]?.code;
    expect(await codeOf([0x50, 0x4b, 3, 4], 'named.json')).toBe('sheet');
    expect(await codeOf('{"schema":1}', 'report.xlsx')).toBe('schema-invalid');
    expect(await codeOf([1, 2, 3], 'odd.xlsx')).toBe('sheet');
    expect(await codeOf([1, 2, 3], 'odd.docx')).toBe('sheet');
    expect(await codeOf([], 'empty.json')).toBe('import-file-empty');
    expect(await codeOf([1, 2, 3], 'odd.docx')).toBe('sheet');
    expect((await pipeline.import(new Uint8Array([1, 2]), { file: 'odd.docx' })).diagnostics[0].code).toBe('plugin-importer-unknown');
    expect((await pipeline.import('{}', { file: 'a.txt', format: 'gov-2030' })).diagnostics[0].code).toBe('unknown-format');
  });
});

describe('ReportError.isInstance', () => {
  it('recognises errors of another copy of the package, and nothing else', () => {
    const mark = Symbol.for('@report/core/ReportError');
    class OtherCopy extends Error {
      readonly code = 'unknown-form';
      constructor() {
        super('another copy');
        Object.defineProperty(this, mark, { value: true });
      }
    }
    expect(ReportError.isInstance(new ReportError('x', 'y'))).toBe(true);
    expect(ReportError.isInstance(new OtherCopy())).toBe(true);
    expect(new OtherCopy() instanceof ReportError).toBe(false);
    expect(ReportError.isInstance(new Error('x'))).toBe(false);
    expect(ReportError.isInstance({ code: 'x' })).toBe(false);
    expect(ReportError.isInstance(null)).toBe(false);
  });
});
