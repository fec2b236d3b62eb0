import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getForm, type AggregateResult } from '@report/core';
import { appendixOutline, formatNumber, sharePercent, type AppendixChart } from '@report/core/plugin';
import { beforeAll, describe, expect, it } from 'vitest';
import { cityAggregate, countyAggregate, demoCounty } from './__fixtures__/reports.js';
import { pageImage, pdfInfo, pdfText, pdfWords, squeeze } from './__fixtures__/pdf-tools.js';
import { renderAggregatePdf } from './index.js';

const creationDate = new Date('2024-03-01T00:00:00Z');

function pages(pdf: Uint8Array): string[] {
  return Array.from({ length: Number(pdfInfo(pdf).Pages) }, (_, index) => pdfText(pdf, 'layout', index + 1));
}

/** The images in a PDF, as `pdfimages -list` lists them (none when everything is drawn as paths and text). */
function images(pdf: Uint8Array): string[] {
  const directory = mkdtempSync(join(tmpdir(), 'render-pdf-'));
  try {
    writeFileSync(join(directory, 'report.pdf'), pdf);
    return execFileSync('pdfimages', ['-list', join(directory, 'report.pdf')], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => line.trim() !== '');
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** Share of the page's pixels in the light grey of the draft's band (not white, not text). */
function bandShare(pdf: Uint8Array, page: number): number {
  const { pixels } = pageImage(pdf, page, 30);
  let grey = 0;
  for (const value of pixels) if (value >= 234 && value <= 238) grey += 1;
  return grey / pixels.length;
}

const charts = (result: AggregateResult): AppendixChart[] =>
  appendixOutline(result, { form: getForm('gov-2021') })
    .parts.flatMap((part) => part.blocks)
    .flatMap((block) => (block.kind === 'chart' ? [block.chart] : []));

describe('renderAggregatePdf: the appendix carries the HTML’s charts and draft', () => {
  let result: AggregateResult;
  let pdf: Uint8Array;
  let text: string[];
  beforeAll(async () => {
    result = countyAggregate();
    ({ pdf } = await renderAggregatePdf(result, { creationDate }));
    text = pages(pdf);
  }, 60_000);

  it('has the parts of the appendix outline, in order, as the HTML and the Word document', () => {
    const outline = appendixOutline(result, { form: getForm('gov-2021') });
    const all = squeeze(text.join(''));
    let position = all.indexOf(squeeze(outline.title));
    expect(position).toBeGreaterThan(0);
    for (const part of outline.parts) {
      const next = all.indexOf(squeeze(part.heading), position);
      expect(next, part.heading).toBeGreaterThan(position);
      position = next;
    }
    expect(outline.parts.map((part) => part.heading)).toEqual(['（一）报送情况', '（二）各单位主要数据', '（三）图表', '（四）汇总文字草稿']);
  });

  it('draws both charts as vector paths with their captions, every label and every value as text: no image', () => {
    expect(images(pdf)).toEqual([]);
    const all = squeeze(text.join(''));
    const [bars, shares] = charts(result);
    expect([bars.kind, shares.kind]).toEqual(['bars', 'shares']);
    for (const chart of [bars, shares]) expect(all).toContain(squeeze(chart.caption));
    // Bars largest first, each label (shortened with … when long) followed by its value.
    const page = squeeze(text.find((content) => content.includes('各单位本年新收政府信息公开申请数量'))!);
    let position = 0;
    for (const item of bars.items) {
      const at = page.indexOf(`${item.label.slice(0, 6)}`, position);
      expect(at, item.label).toBeGreaterThanOrEqual(position);
      const value = page.indexOf(formatNumber(item.value!), at);
      expect(value, item.label).toBeGreaterThan(at);
      position = value;
    }
    // The legend: each category with its count and its share, then the total at 100%.
    const total = shares.items.reduce((sum, item) => sum + (item.value ?? 0), 0);
    for (const item of shares.items) expect(all).toContain(squeeze(`${item.label.slice(0, 8)}`));
    for (const item of shares.items) expect(all).toContain(`${formatNumber(item.value!)}${sharePercent(item.value!, total)}`);
    expect(all).toContain(`合计${formatNumber(total)}100%`);
  });

  it('prints the draft marked 草稿 with its note, on a shaded band, every paragraph under its section’s title', () => {
    const start = text.findIndex((content) => content.includes('汇总文字草稿'));
    expect(start).toBeGreaterThan(0);
    const draft = squeeze(text.slice(start).join(''));
    expect(draft).toContain(squeeze(`草稿${result.narrativeDraft.note}`));
    let position = 0;
    for (const section of result.narrativeDraft.sections) {
      const title = getForm('gov-2021').sections.find((candidate) => candidate.id === section.id)!.title;
      position = draft.indexOf(squeeze(title), position);
      expect(position, title).toBeGreaterThan(0);
      for (const paragraph of section.paragraphs) expect(draft).toContain(squeeze(paragraph));
    }
    // The band: light grey on the draft's pages, none on the report's own pages.
    expect(bandShare(pdf, start + 1)).toBeGreaterThan(0.05);
    expect(bandShare(pdf, 1)).toBeLessThan(0.005);
  });

  it('sets the lists of organs flush left, never spread out character by character', async () => {
    const { result: county, roster } = demoCounty();
    const { pdf: demo } = await renderAggregatePdf(county, { roster, creationDate });
    const page = pages(demo).findIndex((content) => content.includes('纳入汇总')) + 1;
    const words = pdfWords(demo, page);
    // The lines of the 纳入汇总 cell: every word right of the count column between its first organ and its last.
    const first = words.findIndex((word) => word.text.startsWith('青山镇人民政府（青山镇.xlsx）'));
    const last = words.findIndex((word, index) => index > first && word.text.includes('县自然资源局.xlsx）'));
    const lines = words.slice(first, last + 1).filter((word) => word.xMin > words[first].xMin - 1);
    expect(lines.length).toBeGreaterThanOrEqual(5);
    // Justified, every full line ended at the cell's right edge, its characters spread apart (`青 山 镇 …`);
    // set flush left, each line ends where its text does.
    const rightEdges = new Set(lines.slice(0, -1).map((word) => Math.round(word.xMax * 2) / 2));
    expect(rightEdges.size).toBeGreaterThan(1);
    expect(lines.map((word) => word.text).join('')).toBe(county.completeness.accepted.map((outcome) => `${outcome.organ}（${outcome.file}）`).join('、'));
  });
});

describe('renderAggregatePdf: a multi-level aggregate lists each level’s direct members', () => {
  it('a city’s PDF lists its counties with their counts, not the townships below them', async () => {
    const { result, townships } = cityAggregate();
    const { pdf } = await renderAggregatePdf(result, { creationDate });
    const all = squeeze(pdfText(pdf));
    expect(all).toContain('（五）下级汇总情况');
    // 下级汇总单位, then its own members: expected, filed, missing, included, rejected, duplicate, late.
    expect(all).toContain('甲县人民政府3303000');
    expect(all).toContain('乙县人民政府3212000');
    for (const township of townships) expect(all).not.toContain(township);
  }, 60_000);
});
