import { describe, expect, it } from 'vitest';
import { getCell, getForm, type FormDefinition, type Report } from '@report/core';
import { applicableMemberFigures, documentOutline, formatNumber, layoutTable, memberApplicationItems, outcomeShareItems, type OutlineTable } from '@report/core/plugin';
import { child, descendants, parseXml, readDocx, readTables, textOf, type ReadTable } from './__fixtures__/docx-reader.js';
import { countyAggregate, department2019, township2021 } from './__fixtures__/reports.js';
import { renderAggregateDocx, renderDocx } from './index.js';
import { typeAreaWidth } from './ooxml/page-geometry.js';

const created = new Date(Date.UTC(2024, 0, 15));
const outlineTables = (report: Report, form: FormDefinition = getForm(report.format)) => documentOutline(report, form).sections.flatMap((section) => section.tables);

/** The printed grid's cells as Word will see them: position, spans, text. */
const gridCells = (table: OutlineTable) =>
  table.cells.map((cell) => ({ row: cell.row, column: cell.column, rowSpan: cell.rowSpan, colSpan: cell.colSpan, text: cell.kind === 'value' ? cell.text : cell.text.replace(/\s*\n\s*/g, '') }));

const sortCells = <T extends { row: number; column: number }>(cells: T[]) => [...cells].sort((a, b) => a.row - b.row || a.column - b.column);

describe('renderDocx', () => {
  it('writes a .docx Word opens: the parts, their content types and relationships, every part well-formed', async () => {
    const { docx, diagnostics } = await renderDocx(township2021(), { creationDate: created });
    expect(diagnostics).toEqual([]);
    expect([...docx.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    const parts = readDocx(docx);
    expect(Object.keys(parts)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'word/document.xml',
      'word/_rels/document.xml.rels',
      'word/styles.xml',
      'word/settings.xml',
      'word/fontTable.xml',
      'word/footer1.xml',
      'word/footer2.xml',
      'docProps/core.xml',
      'docProps/app.xml',
    ]);
    for (const xml of Object.values(parts)) expect(() => parseXml(xml)).not.toThrow();
    for (const part of Object.keys(parts).filter((name) => !name.endsWith('.rels') && !name.startsWith('['))) expect(parts['[Content_Types].xml']).toContain(`PartName="/${part}"`);
    expect(parts['docProps/core.xml']).toContain('<dc:title>示例县城关镇人民政府2023年政府信息公开工作年度报告</dc:title>');
    expect(parts['docProps/core.xml']).toContain('2024-01-15T00:00:00Z');
  });

  it('the same report and date give the same bytes', async () => {
    const report = township2021();
    const [first, second] = await Promise.all([renderDocx(report, { creationDate: created }), renderDocx(report, { creationDate: created })]);
    expect(first.docx).toEqual(second.docx);
  });

  it('A4 after GB/T 9704: margins 37/35/28/26 mm, 22 lines, page numbers — N — as a PAGE field, odd right and even left', async () => {
    const parts = readDocx((await renderDocx(township2021(), { creationDate: created })).docx);
    const body = child(child(parseXml(parts['word/document.xml']), 'w:document')!, 'w:body')!;
    const section = child(body, 'w:sectPr')!;
    expect(child(section, 'w:pgSz')!.attributes).toEqual({ 'w:w': '11906', 'w:h': '16838' });
    const margins = child(section, 'w:pgMar')!.attributes;
    expect([margins['w:top'], margins['w:bottom'], margins['w:left'], margins['w:right']].map((twips) => Math.round((Number(twips) / 1440) * 25.4))).toEqual([37, 35, 28, 26]);
    const grid = child(section, 'w:docGrid')!.attributes;
    expect(Number(grid['w:linePitch']) * 22).toBeLessThanOrEqual(16838 - Number(margins['w:top']) - Number(margins['w:bottom']));
    expect(Number(grid['w:linePitch']) * 23).toBeGreaterThan(16838 - Number(margins['w:top']) - Number(margins['w:bottom']));
    expect(descendants(section, 'w:footerReference').map((reference) => reference.attributes['w:type'])).toEqual(['even', 'default']);
    expect(parts['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
    for (const [footer, side] of [['word/footer1.xml', 'right'], ['word/footer2.xml', 'left']]) {
      const xml = parseXml(parts[footer]);
      expect(textOf(xml)).toBe('— 1 —');
      expect(descendants(xml, 'w:instrText')[0].text.trim()).toBe('PAGE');
      expect(descendants(xml, 'w:jc')[0].attributes['w:val']).toBe(side);
    }
    const centred = readDocx((await renderDocx(township2021(), { pageNumbers: 'center', creationDate: created })).docx);
    expect(centred['word/settings.xml']).not.toContain('evenAndOddHeaders');
    expect(descendants(parseXml(centred['word/footer1.xml']), 'w:jc')[0].attributes['w:val']).toBe('center');
  });

  it('faces: 小标宋 二号 title, 仿宋 三号 body, 黑体 and 楷体 headings on w:eastAsia, with fallbacks in the font table', async () => {
    const parts = readDocx((await renderDocx(township2021(), { creationDate: created })).docx);
    const styles = descendants(parseXml(parts['word/styles.xml']), 'w:style');
    const style = (id: string) => {
      const found = styles.find((candidate) => candidate.attributes['w:styleId'] === id)!;
      const rPr = child(found, 'w:rPr')!;
      return { fonts: child(rPr, 'w:rFonts')!.attributes, size: child(rPr, 'w:sz')!.attributes['w:val'], pPr: child(found, 'w:pPr') };
    };
    expect(style('ReportTitle')).toMatchObject({ fonts: { 'w:eastAsia': '方正小标宋简体', 'w:ascii': 'Times New Roman', 'w:hAnsi': 'Times New Roman' }, size: '44' });
    expect(child(style('ReportTitle').pPr!, 'w:jc')!.attributes['w:val']).toBe('center');
    expect(style('Normal')).toMatchObject({ fonts: { 'w:eastAsia': '仿宋' }, size: '32' });
    expect(child(style('Normal').pPr!, 'w:ind')!.attributes['w:firstLineChars']).toBe('200');
    expect(style('Heading1')).toMatchObject({ fonts: { 'w:eastAsia': '黑体' }, size: '32' });
    expect(style('Heading2')).toMatchObject({ fonts: { 'w:eastAsia': '楷体' }, size: '32' });
    expect(style('TableText')).toMatchObject({ fonts: { 'w:eastAsia': '宋体' }, size: '21' });
    const fonts = descendants(parseXml(parts['word/fontTable.xml']), 'w:font');
    const font = (name: string) => fonts.find((candidate) => candidate.attributes['w:name'] === name)!;
    for (const [name, alternative] of [['仿宋', '仿宋_GB2312'], ['楷体', 'KaiTi'], ['黑体', 'SimHei'], ['宋体', 'SimSun'], ['方正小标宋简体', 'FZXiaoBiaoSong-B05S']]) {
      expect(child(font(name), 'w:altName')!.attributes['w:val'].split(',')).toContain(alternative);
      expect(child(font(name), 'w:charset')!.attributes['w:val']).toBe('86');
    }
    expect(font('Times New Roman')).toBeDefined();
    // The document's paragraphs use those styles: the title, the headings 一、 and （一）.
    const paragraphs = descendants(parseXml(parts['word/document.xml']), 'w:p').map((p) => [descendants(p, 'w:pStyle')[0]?.attributes['w:val'], textOf(p)]);
    expect(paragraphs[0]).toEqual(['ReportTitle', '示例县城关镇人民政府2023年政府信息公开工作年度报告']);
    expect(paragraphs).toContainEqual(['Heading1', '一、总体情况']);
    expect(paragraphs).toContainEqual(['Heading2', '（一）主动公开']);
  });

  it('fonts can be renamed by role', async () => {
    const { docx, fonts } = await renderDocx(township2021(), { fonts: { body: { eastAsia: '仿宋_GB2312', fallbacks: ['仿宋'] } }, creationDate: created });
    expect(fonts.body).toEqual({ eastAsia: '仿宋_GB2312', latin: 'Times New Roman', fallbacks: ['仿宋'] });
    expect(readDocx(docx)['word/styles.xml']).toContain('w:eastAsia="仿宋_GB2312"');
  });

  for (const [name, make] of [
    ['gov-2021', township2021],
    ['gov-2019', department2019],
  ] as const) {
    it(`${name}: every table cell by cell as the printed grid says, each number as in the report JSON; header rows repeat, rows never split`, async () => {
      const report = make();
      const tables = outlineTables(report);
      const read = readTables(readDocx((await renderDocx(report, { creationDate: created })).docx)['word/document.xml']);
      expect(read).toHaveLength(tables.length);
      tables.forEach((table, index) => {
        const docx = read[index];
        expect(docx.columns).toHaveLength(table.grid.columnCount);
        expect(docx.rows).toHaveLength(table.grid.rowCount);
        expect(sortCells(docx.cells)).toEqual(sortCells(gridCells(table)));
        expect(docx.headerRows).toEqual(Array.from({ length: table.grid.headerRows }, (_, row) => row));
        expect(docx.cantSplitRows).toHaveLength(table.grid.rowCount);
        // Against the report JSON itself, not only the outline: every cell of the table.
        for (const cell of table.cells.filter((candidate) => candidate.kind === 'value')) {
          const value = getCell(report, cell.ref!);
          const printed = docx.cells.find((candidate) => candidate.row === cell.row && candidate.column === cell.column)!;
          expect(printed.text.replace(/万元$/, ''), `${cell.ref!.row}/${cell.ref!.column}`).toBe(value === null ? '' : formatNumber(value));
        }
      });
      // Every filled cell of the report's tables is in the document.
      const filled = Object.entries(report.tables).flatMap(([, rows]) => Object.values(rows).flatMap((columns) => Object.values(columns).filter((value) => value !== null)));
      expect(read.flatMap((table) => table.cells).filter((cell) => /^-?[\d.]+/.test(cell.text)).length).toBeGreaterThanOrEqual(filled.length);
    });
  }

  it('表三 and 表四: every merged header and row label comes out with w:gridSpan and w:vMerge exactly as layoutTable spans it', async () => {
    const report = township2021();
    const form = getForm('gov-2021');
    const tables = readTables(readDocx((await renderDocx(report, { creationDate: created })).docx)['word/document.xml']);
    const byId = (id: string): ReadTable => tables[outlineTables(report).findIndex((table) => table.id === id)];
    for (const id of ['applications', 'reviewLitigation']) {
      const grid = layoutTable(form.tables.find((table) => table.id === id)!);
      const docx = byId(id);
      const spans = (cells: Array<{ row: number; column: number; rowSpan: number; colSpan: number }>) => sortCells(cells.map(({ row, column, rowSpan, colSpan }) => ({ row, column, rowSpan, colSpan })));
      expect(spans(docx.cells)).toEqual(spans(grid.cells));
      expect(grid.cells.some((cell) => cell.rowSpan > 1 && cell.column === 0)).toBe(true);
      // The XML itself: a restart where a merged cell starts, a continuation of the same span below it.
      for (const cell of grid.cells.filter((candidate) => candidate.rowSpan > 1 || candidate.colSpan > 1)) {
        for (let row = cell.row; row < cell.row + cell.rowSpan; row += 1) {
          let column = 0;
          const tc = docx.rows[row].children.filter((node) => node.name === 'w:tc').find((candidate) => {
            const at = column;
            column += Number(descendants(candidate, 'w:gridSpan')[0]?.attributes['w:val'] ?? 1);
            return at === cell.column;
          })!;
          const tcPr = child(tc, 'w:tcPr')!;
          expect(Number(child(tcPr, 'w:gridSpan')?.attributes['w:val'] ?? 1)).toBe(cell.colSpan);
          const vMerge = child(tcPr, 'w:vMerge');
          if (cell.rowSpan === 1) expect(vMerge).toBeUndefined();
          else expect(vMerge!.attributes['w:val']).toBe(row === cell.row ? 'restart' : undefined);
        }
      }
    }
    // Table 三's header, as the format has it: the corner 3 × 3, 申请人情况 over 7, 法人或其他组织 over 5, 自然人 and 总计 over 2 rows.
    const header = byId('applications').cells.filter((cell) => cell.row < 3);
    expect(header.map((cell) => [cell.text.slice(0, 6), cell.rowSpan, cell.colSpan])).toEqual([
      ['（本列数据的', 3, 3],
      ['申请人情况', 1, 7],
      ['自然人', 2, 1],
      ['法人或其他组', 1, 5],
      ['总计', 2, 1],
      ['商业企业', 1, 1],
      ['科研机构', 1, 1],
      ['社会公益组织', 1, 1],
      ['法律服务机构', 1, 1],
      ['其他', 1, 1],
    ]);
  });

  it('a county aggregate: the draft in the sections without text, marked 【草稿】; the appendix on its own page; the county’s own text replaces the draft', async () => {
    const county = countyAggregate();
    const parts = readDocx((await renderAggregateDocx(county, { creationDate: created })).docx);
    const paragraphs = descendants(parseXml(parts['word/document.xml']), 'w:p').map((p) => ({ style: descendants(p, 'w:pStyle')[0]?.attributes['w:val'], text: textOf(p), pageBreak: descendants(p, 'w:pageBreakBefore').length > 0 }));
    const notes = paragraphs.filter((p) => p.style === 'DraftNote');
    expect(notes.length).toBe(county.narrativeDraft.sections.filter((section) => section.paragraphs.length > 0).length);
    for (const note of notes) expect(note.text.startsWith('【草稿】')).toBe(true);
    expect(paragraphs.filter((p) => p.style === 'DraftText').map((p) => p.text)).toEqual(county.narrativeDraft.paragraphs);
    const appendix = paragraphs.find((p) => p.text === '附：汇总说明')!;
    expect(appendix).toMatchObject({ style: 'Heading1', pageBreak: true });
    expect(paragraphs.map((p) => p.text)).toEqual(expect.arrayContaining(['（一）报送情况', '（二）各单位主要数据']));
    const members = readTables(parts['word/document.xml']).at(-1)!;
    expect(members.cells.filter((cell) => cell.column === 1 && cell.row > 0).map((cell) => cell.text)).toEqual([...county.report.members!.map((member) => member.organ.name.replace('长乐乡人民政府', '长乐乡人民政府（逾期）')), '合计']);

    const overview = county.report.sections.find((section) => section.id === 'overview')!;
    const withText = { ...county, report: { ...county.report, sections: county.report.sections.map((section) => (section === overview ? { ...section, paragraphs: ['全县政府信息公开工作稳步推进。'] } : section)) } };
    const own = readDocx((await renderAggregateDocx(withText, { creationDate: created })).docx)['word/document.xml'];
    expect(own).toContain('全县政府信息公开工作稳步推进。');
    for (const paragraph of county.narrativeDraft.sections.find((section) => section.id === 'overview')!.paragraphs) expect(own).not.toContain(paragraph);
    const none = readDocx((await renderAggregateDocx(county, { draft: false, creationDate: created })).docx)['word/document.xml'];
    expect(none).not.toContain('【草稿】');
  });

  it('a county aggregate: the HTML’s two charts as inline vector drawings, captioned, the alternative text naming every member and value', async () => {
    const county = countyAggregate();
    const form = getForm(county.report.format);
    const xml = readDocx((await renderAggregateDocx(county, { creationDate: created })).docx)['word/document.xml'];
    const root = parseXml(xml);
    const documentElement = child(root, 'w:document')!;
    for (const prefix of ['wp', 'a', 'wpg', 'wps', 'mc']) expect(documentElement.attributes[`xmlns:${prefix}`]).toBeTruthy();
    const paragraphs = descendants(root, 'w:p').map((p) => textOf(p));
    expect(paragraphs).toEqual(expect.arrayContaining(['（三）图表', '各单位本年新收政府信息公开申请数量（件）', '本年度办理结果构成（件，占比）']));

    const drawings = descendants(root, 'wp:inline');
    expect(drawings).toHaveLength(2);
    const [bars, shares] = drawings;
    for (const drawing of drawings) {
      const group = descendants(drawing, 'wpg:wgp');
      expect(group).toHaveLength(1);
      const extent = child(drawing, 'wp:extent')!.attributes;
      expect(Number(extent.cx)).toBe(typeAreaWidth * 635);
      expect(descendants(drawing, 'wp:docPr')[0].attributes.id).not.toBe('');
    }
    expect(new Set(drawings.map((drawing) => descendants(drawing, 'wp:docPr')[0].attributes.id)).size).toBe(2);

    // The bars: the same items as the HTML (core's memberApplicationItems), largest first, every one in the alt text.
    const items = memberApplicationItems(county, applicableMemberFigures(form))!;
    expect(items).toHaveLength(county.report.members!.length);
    const descr = descendants(bars, 'wp:docPr')[0].attributes.descr;
    expect(descr).toBe(`各单位本年新收政府信息公开申请数量（件）：${items.map((item) => `${item.label} ${formatNumber(item.value!)}`).join('，')}`);
    for (const member of county.report.members!) expect(descr).toContain(member.organ.name);
    const shapes = descendants(bars, 'wps:wsp');
    const filled = shapes.filter((shape) => descendants(shape, 'a:srgbClr')[0]?.attributes.val === '4D4D4D');
    expect(filled).toHaveLength(items.filter((item) => (item.value ?? 0) > 0).length);
    const widths = filled.map((shape) => Number(descendants(shape, 'a:ext')[0].attributes.cx));
    const ratio = widths[0] / items[0].value!;
    widths.forEach((width, index) => expect(Math.abs(width - items[index].value! * ratio)).toBeLessThanOrEqual(1));
    const texts = shapes.filter((shape) => descendants(shape, 'wps:txbx').length > 0).map((shape) => textOf(shape));
    for (const item of items) expect(texts).toEqual(expect.arrayContaining([item.label, formatNumber(item.value!)]));

    // The shares: the outcome categories with their totals, each with count and percentage.
    const categories = outcomeShareItems(county, form)!;
    const total = categories.reduce((sum, item) => sum + (item.value ?? 0), 0);
    const shareDescr = descendants(shares, 'wp:docPr')[0].attributes.descr;
    expect(shareDescr.startsWith('本年度办理结果构成（件，占比）：')).toBe(true);
    for (const item of categories) expect(shareDescr).toContain(`${item.label} ${formatNumber(item.value ?? 0)}（${(Math.round(((item.value ?? 0) / total) * 1000) / 10).toFixed(1)}%）`);
    expect(shareDescr.endsWith(`合计 ${formatNumber(total)}`)).toBe(true);
    const segments = descendants(shares, 'wps:wsp').filter((shape) => Number(descendants(shape, 'a:off')[0].attributes.y) < 36_000 * 5 && descendants(shape, 'wps:txbx').length === 0);
    const positive = categories.filter((item) => (item.value ?? 0) > 0);
    expect(segments).toHaveLength(positive.length);
    const segmentWidths = segments.map((shape) => Number(descendants(shape, 'a:ext')[0].attributes.cx));
    const width = typeAreaWidth * 635;
    segmentWidths.forEach((segment, index) => expect(Math.abs(segment - (positive[index].value! / total) * width)).toBeLessThanOrEqual(positive.length));
  });

  it('English: the appendix and the draft note in English, official labels in Chinese', async () => {
    const xml = readDocx((await renderAggregateDocx(countyAggregate(), { locale: 'en', creationDate: created })).docx)['word/document.xml'];
    expect(xml).toContain('Appendix: aggregation');
    expect(xml).toContain('[DRAFT]');
    expect(xml).toContain('申请人情况');
  });

  it('a table the form does not define is printed last with its notice and reported', async () => {
    const report = township2021();
    report.tables.extra = { only: { count: 5 } };
    const { docx, diagnostics } = await renderDocx(report, { creationDate: created });
    expect(diagnostics.map((d) => d.code)).toEqual(['render-table-not-in-form']);
    const xml = readDocx(docx)['word/document.xml'];
    expect(xml).toContain(diagnostics[0].message.replace(/"/g, '&quot;'));
    expect(readTables(xml).at(-1)!.cells.map((cell) => cell.text)).toEqual(['', 'count', 'only', '5']);
  });
});
