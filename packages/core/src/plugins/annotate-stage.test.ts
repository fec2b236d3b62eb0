import { describe, expect, it } from 'vitest';
import { createPipeline, type Diagnostic } from '../index.js';
import { definePlugin, type AnnotateContext } from '../plugin.js';

const problem: Diagnostic = { code: 'R3-1', severity: 'error', message: '表三不平', location: { sheet: '表三', cell: 'J8' } };

describe('pipeline.annotate', () => {
  it('an importer without an annotator gives no copy and says so', async () => {
    const pipeline = createPipeline();
    const result = await pipeline.annotate(new TextEncoder().encode('{}'), { importer: 'report-json', file: '青山镇.json', diagnostics: [problem] });
    expect(result.content).toBeUndefined();
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: 'pipeline-annotator-unknown', severity: 'info', location: { file: '青山镇.json' } });
    expect(result.diagnostics[0].message).toContain('report-json');
    const english = await pipeline.annotate(new Uint8Array([1]), { importer: 'report-json', diagnostics: [], locale: 'en' });
    expect(english.diagnostics[0].message).toMatch(/cannot write problems back/);
  });

  it('hands the annotator of the importer the bytes, the problems and the one context; the later plugin wins', async () => {
    const seen: Array<{ name: string; context: AnnotateContext; diagnostics: readonly Diagnostic[] }> = [];
    const plugin = (name: string) =>
      definePlugin(() => ({
        name,
        annotators: [
          {
            name,
            importer: 'report-json',
            annotate(input, diagnostics, context) {
              seen.push({ name, context, diagnostics });
              return { content: new Uint8Array([...input, 9]), diagnostics: [{ code: 'x', severity: 'info', message: 'note', location: {} }] };
            },
          },
        ],
      }))();
    const pipeline = createPipeline({ plugins: [plugin('first'), plugin('second')] });
    expect(pipeline.annotators.map((a) => a.name)).toEqual(['second']);
    const result = await pipeline.annotate(new Uint8Array([1, 2]), { importer: 'report-json', file: 'a.json', diagnostics: [problem], locale: 'en', options: { flag: true } });
    expect(result).toEqual({ content: new Uint8Array([1, 2, 9]), annotator: 'second', diagnostics: [{ code: 'x', severity: 'info', message: 'note', location: { file: 'a.json' } }] });
    expect(seen).toHaveLength(1);
    expect(seen[0].diagnostics).toEqual([problem]);
    expect(seen[0].context).toMatchObject({ locale: 'en', file: 'a.json', importer: 'report-json', options: { flag: true } });
    expect(seen[0].context.forms.length).toBeGreaterThan(0);
  });

  it('an annotator that throws is an error diagnostic naming it, never an exception', async () => {
    const broken = definePlugin(() => ({
      name: 'broken',
      annotators: [{ name: 'broken-annotator', importer: 'report-json', annotate: () => Promise.reject(new Error('boom')) }],
    }))();
    const result = await createPipeline({ plugins: [broken] }).annotate(new Uint8Array([1]), { importer: 'report-json', file: 'b.json', diagnostics: [] });
    expect(result.content).toBeUndefined();
    expect(result.diagnostics[0]).toMatchObject({ code: 'pipeline-annotator-failed', severity: 'error', location: { file: 'b.json' } });
    expect(result.diagnostics[0].message).toContain('broken-annotator');
    expect(result.diagnostics[0].message).toContain('boom');
  });

  it('an annotator without a name, importer or function is a programmer error naming the plugin', () => {
    const bad = { name: 'bad', annotators: [{ name: 'x', annotate: () => ({ diagnostics: [] }) }] } as never;
    expect(() => createPipeline({ plugins: [bad] })).toThrow(/bad/);
  });
});
