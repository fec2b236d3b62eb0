import { readFileSync } from 'node:fs';
import { getForm, type Report, type ReportSection } from '@report/core';

/** The 鹅公镇 2019 narrative report (spec §12), as shipped in the shared fixtures. */
export const egongPath = new URL('./egong-2019-narrative.txt', import.meta.url);

const top = /^([一二三四五六七八九十]+)、/;
const second = /^（[一二三四五六七八九十]+）/;
const third = /^\d+[.．]/;

/**
 * The 鹅公镇 report as a legacy `Report`, structured by hand-written rules for this one text
 * (first line the title, then the preface, `一、` parts, `（一）` sub-parts, and short `1.` lines
 * without a full stop as third-level headings). A stand-in until core's narrative importer lands.
 */
export function egongReport(): Report {
  const lines = readFileSync(egongPath, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const form = getForm('legacy');
  const title = lines[0];
  const preface: string[] = [];
  const sections: ReportSection[] = [];
  let level1: ReportSection | undefined;
  let level2: ReportSection | undefined;
  let current: ReportSection | undefined;
  for (const line of lines.slice(1)) {
    const topMatch = line.match(top);
    if (topMatch) {
      const definition = form.sections.find((section) => section.number === topMatch[1]);
      level1 = { id: definition?.id ?? `section-${topMatch[1]}`, title: line, paragraphs: [], children: [] };
      sections.push(level1);
      level2 = undefined;
      current = level1;
    } else if (level1 && second.test(line)) {
      level2 = { id: `${level1.id}.${level1.children.length + 1}`, title: line, paragraphs: [], children: [] };
      level1.children.push(level2);
      current = level2;
    } else if (level2 && third.test(line) && line.length <= 16 && !line.includes('。')) {
      current = { id: `${level2.id}.${level2.children.length + 1}`, title: line, paragraphs: [], children: [] };
      level2.children.push(current);
    } else if (current) {
      current.paragraphs.push(line);
    } else {
      preface.push(line);
    }
  }
  return {
    schema: 'report/v1',
    format: 'legacy',
    year: 2019,
    organ: { name: '鹅公镇', level: 'township' },
    period: { start: '2018-01-01', end: '2019-12-31' },
    title,
    preface,
    tables: {},
    sections,
  };
}
