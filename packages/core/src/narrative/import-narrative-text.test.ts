import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importNarrativeText, parseReport, type Report, type ReportSection } from '../index.js';
import { parseReportTitle } from './report-title.js';
import { parseHeading } from './headings.js';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url));
const egongText = fixture('egong-2019-narrative.txt').toString('utf8');

function importOk(input: string | Uint8Array | ArrayBuffer, options?: Parameters<typeof importNarrativeText>[1]): Report {
  const result = importNarrativeText(input, options);
  expect(result.report, JSON.stringify(result.diagnostics)).toBeDefined();
  return result.report!;
}

/** Titles and paragraph counts of a section tree, for comparing structures. */
const outline = (sections: ReportSection[]): unknown[] =>
  sections.map((s) => ({ id: s.id, title: s.title, paragraphs: s.paragraphs.length, children: outline(s.children) }));

const allText = (report: Report): string[] => {
  const texts: string[] = [report.title ?? '', ...(report.preface ?? [])];
  const walk = (section: ReportSection) => {
    texts.push(section.title, ...section.paragraphs);
    if (section.paragraphs.length > 0) texts.push(section.title + section.paragraphs[0]);
    section.children.forEach(walk);
  };
  report.sections.forEach(walk);
  return texts;
};

describe('importNarrativeText: the 鹅公镇 2019 report', () => {
  const { report, diagnostics } = importNarrativeText(egongText);

  it('reads organ, year, level, title, preface and period with no import problem', () => {
    expect(diagnostics).toEqual([]);
    expect(report).toMatchObject({
      schema: 'report/v1',
      format: 'legacy',
      year: 2019,
      organ: { name: '鹅公镇', level: 'township' },
      title: '鹅公镇2019年政府信息公开工作年度报告',
      period: { start: '2018-01-01', end: '2019-12-31' },
      tables: {},
    });
    expect(report!.preface).toHaveLength(2);
    expect(report!.preface![0]).toMatch(/^2019年，在镇党委政府的坚强领导/);
    expect(report!.preface![1]).toMatch(/等五部分组成.*2019年12月31日止。$/);
  });

  it('builds six top-level sections matched to the legacy form, with their sub-sections', () => {
    const sections = report!.sections;
    expect(sections.map((s) => [s.id, s.title])).toEqual([
      ['overview', '一、概述'],
      ['active', '二、主动公开政府信息情况'],
      ['applications', '三、政府信息依申请公开情况'],
      ['fees', '四、政府信息公开收费及减免情况'],
      ['reviewLitigation', '五、因政府信息公开申请行政复议、提起行政诉讼的情况'],
      ['problems', '六、信息公开工作存在的主要问题及改进措施'],
    ]);
    const [overview, active, applications, , , problems] = sections;
    expect(overview.paragraphs).toEqual(['2019年，全镇政府信息公开工作主要开展了以下5方面工作。']);
    expect(overview.children.map((c) => c.title)).toEqual([
      '（一）切实加强了组织领导。',
      '（二）组织宣传培训',
      '（三）组织编制政府信息公开指南和目录',
      '（四）加强政府信息公开平台建设',
      '（五）落实监督评议机制',
    ]);
    expect(overview.children.every((c) => c.paragraphs.length === 1 && c.children.length === 0)).toBe(true);
    expect(active.paragraphs).toEqual(['全镇累计主动公开政府信息1200条以上。其中，政策法规类500条，工作动态类600条，人事管理类100条。']);
    expect(active.children.map((c) => [c.id, c.title, c.children.length])).toEqual([
      ['active.1', '（一）公开的内容主要有以下几个方面', 4],
      ['active.2', '（二）公开形式', 3],
    ]);
    // A heading line that carries its text: the heading is the title, the rest the paragraph.
    expect(active.children[0].children[0]).toMatchObject({
      id: 'active.1.1',
      title: '1.与公众密切相关的重大事项。',
      paragraphs: [expect.stringMatching(/^重点公开了扶贫、优抚、教育.*办事服务流程等信息。$/)],
    });
    // A heading alone on its line: the next line is its paragraph.
    expect(active.children[1].children.map((c) => [c.title, c.paragraphs.length])).toEqual([
      ['1.政府网站', 1],
      ['2.便民服务中心', 1],
      ['3.新闻媒体和镇村公示栏', 1],
    ]);
    expect(applications.paragraphs).toEqual(['全镇无依申请公开的政府信息。']);
    expect(problems.paragraphs).toHaveLength(1);
    expect(problems.children.map((c) => c.id)).toEqual(['problems.1', 'problems.2', 'problems.3', 'problems.4', 'problems.5', 'problems.6']);
  });

  it('keeps every line of the input somewhere', () => {
    const texts = new Set(allText(report!));
    const lines = egongText.split('\n').map((l) => l.trim()).filter(Boolean);
    for (const line of lines) expect(texts.has(line), line).toBe(true);
    // …and only once: the pieces add up to exactly the input's characters.
    const pieces: string[] = [report!.title!, ...report!.preface!];
    const walk = (section: ReportSection) => {
      pieces.push(section.title, ...section.paragraphs);
      section.children.forEach(walk);
    };
    report!.sections.forEach(walk);
    expect(pieces.join('').length).toBe(lines.join('').length);
  });

  it('is a valid report/v1 file once written as JSON', () => {
    const parsed = parseReport(JSON.stringify(report));
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.report).toEqual(report);
  });
});

describe('importNarrativeText: input forms', () => {
  const reference = outline(importOk(egongText).sections);

  it('reads CRLF, a BOM, indentation with full-width spaces and full-width heading numbers alike', () => {
    const messy =
      '\uFEFF' +
      egongText
        .split('\n')
        .map((line, index) => (index % 3 === 0 ? `\u3000\u3000${line}` : index % 3 === 1 ? `  ${line}\t` : line))
        .join('\r\n')
        .replace(/^(\s*)1\./gm, '$1１．')
        .replace(/^(\s*)（二）/gm, '$1(二)');
    const report = importOk(messy);
    expect(report.organ.name).toBe('鹅公镇');
    expect(report.period).toEqual({ start: '2018-01-01', end: '2019-12-31' });
    const shape = (sections: ReportSection[]): unknown[] => sections.map((s) => [s.id, s.paragraphs.length, shape(s.children)]);
    expect(shape(report.sections)).toEqual(shape(importOk(egongText).sections));
    expect(report.sections[1].children[1].title).toBe('(二)公开形式');
    expect(report.sections[1].children[0].children[0].title).toBe('１．与公众密切相关的重大事项。');
  });

  it('reads UTF-8 bytes, UTF-16 with a BOM and GB18030 bytes', () => {
    expect(outline(importOk(new TextEncoder().encode(egongText)).sections)).toEqual(reference);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(egongText, 'utf16le')]);
    const fromUtf16 = importNarrativeText(new Uint8Array(utf16));
    expect(outline(fromUtf16.report!.sections)).toEqual(reference);
    expect(fromUtf16.diagnostics.map((d) => d.code)).toEqual(['narrative-encoding']);

    const gb = importNarrativeText(new Uint8Array(fixture('gb18030-short.txt')));
    expect(gb.diagnostics.map((d) => [d.code, d.severity, d.message])).toEqual([
      ['narrative-encoding', 'info', '文件不是 UTF-8 编码，已按 GB18030（GBK） 编码读取'],
    ]);
    expect(gb.report).toMatchObject({
      year: 2021,
      organ: { name: '某某乡', level: 'township' },
      period: { start: '2021-01-01', end: '2021-12-31' },
    });
    expect(outline(gb.report!.sections)).toEqual([
      { id: 'overview', title: '一、总体情况', paragraphs: 1, children: [] },
      {
        id: 'active',
        title: '二、主动公开政府信息情况',
        paragraphs: 0,
        children: [
          {
            id: 'active.1',
            title: '（一）公开内容',
            paragraphs: 0,
            children: [
              { id: 'active.1.1', title: '1.政策文件', paragraphs: 0, children: [{ id: 'active.1.1.1', title: '（1）规范性文件', paragraphs: 1, children: [] }] },
            ],
          },
        ],
      },
    ]);
  });

  it('gives a clear diagnostic, not an exception, for input it cannot read', () => {
    const codes = (input: string | Uint8Array) => {
      const result = importNarrativeText(input);
      expect(result.report).toBeUndefined();
      return result.diagnostics.map((d) => [d.code, d.severity]);
    };
    expect(codes('')).toEqual([['narrative-empty', 'error']]);
    expect(codes(' \r\n\u3000\n\t')).toEqual([['narrative-empty', 'error']]);
    expect(codes(new Uint8Array())).toEqual([['narrative-empty', 'error']]);
    let state = 7;
    const garbage = Uint8Array.from({ length: 4096 }, () => (state = (state * 1103515245 + 12345) % 2 ** 31) & 0xff);
    expect(codes(garbage)).toEqual([['narrative-unreadable', 'error']]);
    const pdf = importNarrativeText(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'));
    expect(pdf.diagnostics[0].message).toBe('无法作为文本读取（看起来是 PDF 文件）');
    expect(importNarrativeText(new TextEncoder().encode('%PDF-1.7'), { locale: 'en' }).diagnostics[0].message).toBe(
      'Cannot be read as text (it looks like a PDF file)',
    );
    expect(importNarrativeText(undefined as unknown as string).diagnostics[0].message).toBe('无法作为文本读取（输入不是文本或字节，而是 undefined）');
    expect(outline(importOk(new TextEncoder().encode(egongText).buffer as ArrayBuffer).sections)).toHaveLength(6);
    const untitled = importNarrativeText('今年我们做了很多工作。\n一、概述\n工作情况良好。');
    expect(untitled.report).toBeUndefined();
    expect(untitled.diagnostics).toMatchObject([
      { code: 'narrative-title-missing', severity: 'error', location: { line: 1 }, message: expect.stringContaining('“今年我们做了很多工作。”') },
    ]);
    expect(untitled.diagnostics[0].help).toMatch(/第一行补上报告标题/);
  });

  it('accepts organ, year and level from options, even without a title', () => {
    const untitled = importNarrativeText('今年我们做了很多工作。\n一、概述\n工作情况良好。', { organ: '某某街道办事处', year: 2020 });
    expect(untitled.diagnostics.map((d) => [d.code, d.severity])).toEqual([['narrative-title-missing', 'warning']]);
    expect(untitled.report).toMatchObject({ year: 2020, organ: { name: '某某街道办事处', level: 'township' }, preface: ['今年我们做了很多工作。'] });
    expect(untitled.report!.title).toBeUndefined();

    const overridden = importOk(egongText, { organ: { name: '鹅公镇人民政府', creditCode: '11431200MB1234567X' }, year: 2020, level: 'other' });
    expect(overridden.organ).toEqual({ name: '鹅公镇人民政府', creditCode: '11431200MB1234567X', level: 'other' });
    expect(overridden.year).toBe(2020);
    expect(importOk(egongText, { file: '鹅公镇.txt' }).sources).toEqual([{ file: '鹅公镇.txt' }]);
  });

  it('keeps text before the title and sections it does not recognise, and says so', () => {
    const text = ['索引号：001-2020-0001', '发布日期：2020-01-20', '鹅公镇2019年政府信息公开工作年度报告', '一、概述', '概况。', '七、鹅公镇特色工作', '特色。'].join('\n');
    const result = importNarrativeText(text);
    expect(result.report!.preface).toEqual(['索引号：001-2020-0001', '发布日期：2020-01-20']);
    expect(result.report!.sections.map((s) => [s.id, s.title, s.paragraphs])).toEqual([
      ['overview', '一、概述', ['概况。']],
      ['section-7', '七、鹅公镇特色工作', ['特色。']],
    ]);
    expect(result.diagnostics.map((d) => [d.code, d.location.line])).toEqual([
      ['narrative-text-before-title', 1],
      ['narrative-section-unrecognized', 6],
    ]);
    expect(result.diagnostics[1].message).toBe('“七、鹅公镇特色工作”未对应到报告格式规定的部分，已按原标题作为单独的部分保存');
  });

  it('keeps a text without headings as the preface and warns', () => {
    const result = importNarrativeText('鹅公镇2019年政府信息公开工作年度报告\n第一段。\n第二段。');
    expect(result.report!.preface).toEqual(['第一段。', '第二段。']);
    expect(result.report!.sections).toEqual([]);
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([['narrative-no-sections', '未识别到“一、”“二、”等一级标题，全文 2 段已作为前言保存']]);
  });

  it('reads the statistical period in its usual wordings', () => {
    const periodOf = (sentence: string) => importNarrativeText(`某某县2023年政府信息公开工作年度报告\n${sentence}\n一、总体情况\n正文。`);
    expect(periodOf('本报告中使用数据统计期限为2023年1月1日至12月31日。').report!.period).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(periodOf('本报告所列数据的统计期限为2023年1月1日至2023年12月31日。').report!.period).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(periodOf('统计时间：２０２３年１月１日—２０２３年１２月３１日。').report!.period).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    // A date range that is not the statistical period is not taken for it.
    expect(periodOf('2023年3月1日至3月5日开展了培训。').report!.period).toBeUndefined();
    const invalid = periodOf('统计期限为2023年2月30日至12月31日。');
    expect(invalid.report!.period).toBeUndefined();
    expect(invalid.diagnostics).toMatchObject([{ code: 'narrative-period-invalid', location: { line: 2, path: 'period' } }]);
    expect(invalid.report!.organ.level).toBe('county');
  });
});

describe('titles and headings', () => {
  it('reads organ and year from the usual title forms', () => {
    expect(parseReportTitle('鹅公镇2019年政府信息公开工作年度报告')).toEqual({ title: '鹅公镇2019年政府信息公开工作年度报告', organ: '鹅公镇', year: 2019 });
    expect(parseReportTitle('2019年鹅公镇政府信息公开工作年度报告')).toMatchObject({ organ: '鹅公镇', year: 2019 });
    expect(parseReportTitle('《某某县财政局2022年度政府信息公开工作年度报告》')).toMatchObject({ organ: '某某县财政局', year: 2022 });
    expect(parseReportTitle('关于某某市人民政府２０２１年政务公开工作的报告')).toMatchObject({ organ: '某某市人民政府', year: 2021 });
    expect(parseReportTitle('政府信息公开工作年度报告')).toEqual({ title: '政府信息公开工作年度报告' });
    expect(parseReportTitle('现将年度报告向全社会予以公布，报告内容主要由概述等五部分组成。')).toBeUndefined();
  });

  it('recognises the four heading levels and splits a heading from its text', () => {
    expect(parseHeading('十二、其他')).toMatchObject({ level: 1, ordinal: 12 });
    expect(parseHeading('(三)规范工作流程')).toMatchObject({ level: 2, ordinal: 3, marker: '(三)' });
    expect(parseHeading('１０．政策解读')).toMatchObject({ level: 3, ordinal: 10 });
    expect(parseHeading('2、便民服务中心')).toMatchObject({ level: 3, ordinal: 2 });
    expect(parseHeading('（２）其他')).toMatchObject({ level: 4, ordinal: 2 });
    expect(parseHeading('2019年，全镇政府信息公开工作主要开展了以下5方面工作。')).toBeUndefined();
    expect(parseHeading('3.5万元用于平台建设。')).toBeUndefined();
    expect(parseHeading('一是加强领导。')).toBeUndefined();
    // A long first sentence with commas is a numbered paragraph, kept whole as the title.
    const long = '1.建立健全内部考核、定期督查和岗位责任追究制度，增强主动性。完善档案管理制度。';
    expect(parseHeading(long)).toEqual({ level: 3, ordinal: 1, marker: '1.', title: long });
  });
});
