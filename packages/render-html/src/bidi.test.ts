import { aggregate, type Roster } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { describe, expect, it } from 'vitest';
import { escapeHtml, renderAggregateHtml, renderHtml } from './index.js';

const controls = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];

describe('display safety of input text in HTML', () => {
  it('escapeHtml drops bidirectional controls and control characters, and still escapes markup', () => {
    for (const control of controls) expect(escapeHtml(`甲镇${control}<b>`)).toBe('甲镇&lt;b&gt;');
    expect(escapeHtml('a\u0000b\u0008c\u001fd\u007fe\u009ff\tg\nh')).toBe('abcdef\tg\nh');
  });

  it('a U+202E in one organ name does not reverse the names after it in the completeness list', () => {
    const names = ['\u202e甲镇人民政府', '乙镇人民政府', '丙镇人民政府'];
    const roster: Roster = { entries: names.map((name, index) => ({ id: `t${index}`, name, level: 'township' as const })) };
    const submissions = names.slice(0, 2).map((name, index) => ({
      report: createExampleReport({ year: 2023, seed: 7 + index, organ: { name, level: 'township' } }),
      file: `${index}.xlsx`,
    }));
    const result = aggregate(submissions, { roster, organ: { name: '某县人民政府', level: 'county' }, year: 2023, includeReportsWithErrors: true });
    const html = renderAggregateHtml(result, { roster });
    for (const control of controls) expect(html).not.toContain(control);
    // Each name of the list is isolated on its own.
    expect(html).toMatch(/<td><bdi>甲镇人民政府<\/bdi>、<bdi>乙镇人民政府<\/bdi>、<bdi>丙镇人民政府<\/bdi><\/td>/);
  });

  it('a report whose title and paragraphs carry overrides renders without them', () => {
    const report = createExampleReport({ year: 2023, seed: 1, organ: { name: '\u202e某镇人民政府\u2066', level: 'township' } });
    report.sections[0].paragraphs = ['正文\u202e倒序\u202c内容'];
    const html = renderHtml(report);
    for (const control of controls) expect(html).not.toContain(control);
    expect(html).toContain('正文倒序内容');
  });
});
