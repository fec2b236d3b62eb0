import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnosticCatalog, importNarrativeText, localizeDiagnostics, parseReport, validateReport, type Report } from '../index.js';
import { narrativeRules } from './narrative-rules.js';

const egongText = readFileSync(new URL('../narrative/__fixtures__/egong-2019-narrative.txt', import.meta.url), 'utf8');
const load = (text: string, file?: string): Report => {
  const { report, diagnostics } = importNarrativeText(text, file ? { file } : {});
  expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  return report!;
};

describe('the legacy form checks the 鹅公镇 2019 report', () => {
  it('ACCEPTANCE: exactly two warnings, the period and the part count, each with its place', () => {
    const report = load(egongText);
    const diagnostics = validateReport(report);
    expect(diagnostics).toHaveLength(2);
    const [period, parts] = diagnostics;
    expect(period).toMatchObject({
      code: 'period-not-calendar-year',
      severity: 'warning',
      message: '统计期限为 2018-01-01 至 2019-12-31，2019年度报告应为 2019-01-01 至 2019-12-31',
      location: { path: 'period', section: 'preface', line: 4 },
    });
    expect(parts).toMatchObject({
      code: 'narrative-part-count-mismatch',
      severity: 'warning',
      message: '前言称报告由5个部分组成，正文有6个一级标题；前言未提及：四、政府信息公开收费及减免情况',
      location: { section: 'preface', path: 'preface[1]', line: 4 },
      expected: 6,
      actual: 5,
      params: { unnamed: '四、政府信息公开收费及减免情况', missing: '' },
    });
    expect(parts.help).toBe('修改前言中的部分数量和名称，使之与正文的一级标题一致。');
  });

  it('ACCEPTANCE: the same two in English', () => {
    const diagnostics = validateReport(load(egongText), { locale: 'en' });
    expect(diagnostics.map((d) => d.message)).toEqual([
      'The statistical period is 2018-01-01 to 2019-12-31; a report for 2019 covers 2019-01-01 to 2019-12-31',
      'The preface says the report has 5 parts, but the body has 6 top-level sections; the preface does not name 四、政府信息公开收费及减免情况',
    ]);
    expect(diagnostics[1].location.label).toBe('preface');
    // Diagnostics made in Chinese re-render in English from their params.
    expect(localizeDiagnostics(validateReport(load(egongText)), { locale: 'en' }).map((d) => d.message)).toEqual(diagnostics.map((d) => d.message));
    expect(diagnostics[1].help).toBe('Correct the number and names of the parts in the preface to match the body’s headings.');
  });

  it('gives the file with the line, and the section and path alone for a report read back from JSON', () => {
    const fromFile = validateReport(load(egongText, '鹅公镇.txt'));
    expect(fromFile[1].location).toMatchObject({ file: '鹅公镇.txt', line: 4 });
    const roundTrip = parseReport(JSON.stringify(load(egongText))).report!;
    const diagnostics = validateReport(roundTrip);
    expect(diagnostics.map((d) => d.code)).toEqual(['period-not-calendar-year', 'narrative-part-count-mismatch']);
    expect(diagnostics[1].location).toEqual({ section: 'preface', label: '前言', path: 'preface[1]' });
  });

  it('is silent once the preface and the period are corrected', () => {
    const fixed = egongText
      .replace('存在问题及改进措施等五部分', '政府信息公开收费及减免情况、存在问题及改进措施等六部分')
      .replace('自2018年1月1日起', '自2019年1月1日起');
    expect(validateReport(load(fixed))).toEqual([]);
  });

  it('names the parts the body lacks when the preface announces more', () => {
    const fewer = egongText.replace(/四、政府信息公开收费及减免情况\n[^\n]+\n/, '').replace('五、因政府', '四、因政府').replace('六、信息公开', '五、信息公开');
    const text = fewer.replace('等五部分', '、其他需要报告的事项等六部分');
    const report = load(text);
    expect(report.sections).toHaveLength(5);
    const diagnostic = validateReport(report).find((d) => d.code === 'narrative-part-count-mismatch')!;
    expect(diagnostic.message).toBe('前言称报告由6个部分组成，正文有5个一级标题；正文中没有前言所列的：其他需要报告的事项');
    expect(localizeDiagnostics([diagnostic], { locale: 'en' })[0].message).toMatch(/^The preface says the report has 6 parts, but the body has 5/);
  });
});

describe('stated counts in the text', () => {
  const withCounts = (sentence: string) => egongText.replace(/全镇累计主动公开政府信息[^\n]+/, sentence);
  const countDiagnostics = (text: string, locale?: 'en') =>
    validateReport(load(text), locale ? { locale } : {}).filter((d) => d.code === 'narrative-count-mismatch');

  it('accepts the fixture’s 1200条以上 = 500 + 600 + 100', () => {
    expect(countDiagnostics(egongText)).toEqual([]);
  });

  it('warns when the parts fall short of an 以上 total, at the paragraph’s line', () => {
    const [diagnostic, ...others] = countDiagnostics(withCounts('全镇累计主动公开政府信息1200条以上。其中，政策法规类500条，工作动态类600条，人事管理类50条。'));
    expect(others).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'warning',
      message: '二、主动公开政府信息情况：总数为1200条以上，其中各项 政策法规类500条 + 工作动态类600条 + 人事管理类50条 之和为 1150条，各项之和小于所称的“1200条以上”',
      location: { section: 'active', path: 'sections[1].paragraphs[0]', line: 18, label: '二、主动公开政府信息情况' },
      expected: '1200条以上',
      actual: '1150条',
    });
  });

  it('warns when the parts exceed an exact total, in English too', () => {
    const [diagnostic] = countDiagnostics(withCounts('全镇共主动公开政府信息1,200条，其中政策法规类500条、工作动态类600条、人事管理类300条。'), 'en');
    expect(diagnostic.message).toBe(
      '二、主动公开政府信息情况: the total is 1,200条, and the parts 政策法规类500条 + 工作动态类600条 + 人事管理类300条 add up to 1400条; the parts exceed the total',
    );
  });

  it('does not warn for a single part (a subset), an approximate total, or parts in another unit', () => {
    expect(countDiagnostics(withCounts('全镇共主动公开政府信息1200条，其中政策法规类500条。'))).toEqual([]);
    expect(countDiagnostics(withCounts('全镇主动公开政府信息约1200条，其中政策法规类500条，工作动态类600条。'))).toEqual([]);
    expect(countDiagnostics(withCounts('全镇共主动公开政府信息1200条，其中网站发布30次，公示栏张贴20次。'))).toEqual([]);
  });
});

describe('heading numbers', () => {
  it('warns at a skipped or repeated number, once per break', () => {
    const text = egongText.replace('（三）组织编制', '（四）组织编制').replace('（四）加强政府', '（五）加强政府').replace('（五）落实监督', '（六）落实监督').replace('3.新闻媒体', '2.新闻媒体');
    const diagnostics = validateReport(load(text)).filter((d) => d.code === 'narrative-heading-sequence');
    expect(diagnostics.map((d) => [d.message, d.location.section, d.location.line])).toEqual([
      ['一、概述：标题“（四）组织编制政府信息公开指南和目录”的序号应为“（三）”', 'overview.3', 11],
      ['（二）公开形式：标题“2.新闻媒体和镇村公示栏”的序号应为“3.”', 'active.2.3', 29],
    ]);
  });
});

describe('catalog', () => {
  it('documents every code the narrative import and rules emit, with the same params in both languages', () => {
    const codes = [
      ...narrativeRules.map((rule) => rule.id),
      'narrative-empty',
      'narrative-unreadable',
      'narrative-encoding',
      'narrative-title-missing',
      'narrative-organ-missing',
      'narrative-year-missing',
      'narrative-text-before-title',
      'narrative-no-sections',
      'narrative-section-unrecognized',
      'narrative-period-invalid',
    ];
    const params = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const code of codes) {
      const entry = diagnosticCatalog[code];
      expect(entry, code).toBeDefined();
      expect(params(entry.message.zh), code).toEqual(params(entry.message.en));
      for (const field of [entry.title, entry.cause, entry.fix]) expect(field.zh && field.en, code).toBeTruthy();
    }
  });
});
