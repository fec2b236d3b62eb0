import type { Diagnostic, DiagnosticLocation, MessageParam } from '../diagnostics/types.js';
import type { CustomRule } from '../forms/types.js';
import type { Report, ReportSection } from '../model/report.js';
import { findDeclaredParts } from '../narrative/declared-parts.js';
import { chineseNumeral, headingText, parseHeading, type HeadingLevel } from '../narrative/headings.js';
import { labelSimilarity, matchFormSection } from '../narrative/section-match.js';
import { narrativeSourceLine } from '../narrative/source-lines.js';
import { breakdownProblem, findStatedBreakdowns } from '../narrative/stated-counts.js';
import { formatNumber, sumExact } from '../numbers.js';
import type { RuleContext } from './types.js';

/** Where a piece of narrative text is: its section, its path in the report and, when known, its input line. */
function textLocation(report: Report, path: string, text: string, section: string, label: string): DiagnosticLocation {
  const line = narrativeSourceLine(report, path, text);
  const file = report.sources?.length === 1 ? report.sources[0].file : undefined;
  return { section, label, path, ...(line !== undefined ? { line } : {}), ...(line !== undefined && file ? { file } : {}) };
}

interface Paragraph {
  text: string;
  path: string;
  section: string;
  label: string;
}

/** Every paragraph of a report, the preface first, with its path and section. */
function paragraphsOf(report: Report, context: Pick<RuleContext, 'text'>): Paragraph[] {
  const found: Paragraph[] = (report.preface ?? []).map((text, index) => ({
    text,
    path: `preface[${index}]`,
    section: 'preface',
    label: context.text('前言', 'preface'),
  }));
  const walk = (section: ReportSection, path: string) => {
    section.paragraphs.forEach((text, index) => found.push({ text, path: `${path}.paragraphs[${index}]`, section: section.id, label: section.title }));
    section.children.forEach((child, index) => walk(child, `${path}.children[${index}]`));
  };
  report.sections.forEach((section, index) => walk(section, `sections[${index}]`));
  return found;
}

/**
 * The preface announces the report's parts (`报告内容主要由概述、…等五部分组成`) and the body has a
 * different number of top-level sections. Says which body sections the preface does not name, and
 * which named parts the body lacks. Parts are matched to sections through the form's section titles
 * and their variants, then by similarity of wording.
 */
export const partCountRule: CustomRule = {
  id: 'narrative-part-count-mismatch',
  kind: 'custom',
  severity: 'warning',
  description: {
    zh: '前言所述的报告组成部分与正文一级标题一致',
    en: 'The parts the preface announces match the top-level sections of the body',
  },
  check(context) {
    const { report, form, text } = context;
    const preface = report.preface ?? [];
    for (const [index, paragraph] of preface.entries()) {
      const declared = findDeclaredParts(paragraph);
      if (!declared) continue;
      const body = report.sections;
      if (declared.count === body.length) return [];
      const matched = new Set<ReportSection>();
      const missing: string[] = [];
      for (const name of declared.names) {
        const known = matchFormSection(form, name);
        let section = known ? body.find((candidate) => candidate.id === known.id && !matched.has(candidate)) : undefined;
        if (!section) {
          const scored = body
            .filter((candidate) => !matched.has(candidate))
            .map((candidate) => ({ candidate, score: labelSimilarity(name, headingText(candidate.title)) }))
            .sort((a, b) => b.score - a.score);
          if (scored[0] && scored[0].score >= 0.5) section = scored[0].candidate;
        }
        if (section) matched.add(section);
        else missing.push(name);
      }
      const unnamed = body.filter((section) => !matched.has(section)).map((section) => section.title);
      const detail = {
        zh: [unnamed.length > 0 ? `；前言未提及：${unnamed.join('、')}` : '', missing.length > 0 ? `；正文中没有前言所列的：${missing.join('、')}` : ''].join(''),
        en: [
          unnamed.length > 0 ? `; the preface does not name ${unnamed.join(', ')}` : '',
          missing.length > 0 ? `; the body has no section for ${missing.join(', ')}` : '',
        ].join(''),
      };
      return [
        context.diagnostic({
          code: 'narrative-part-count-mismatch',
          params: { stated: declared.count, actual: body.length, detail, unnamed: unnamed.join('、'), missing: missing.join('、') },
          location: textLocation(report, `preface[${index}]`, paragraph, 'preface', text('前言', 'preface')),
          expected: body.length,
          actual: declared.count,
        }),
      ];
    }
    return [];
  },
};

/**
 * A total written in the text and its breakdown after `其中` disagree
 * (`共1200条。其中，A 500条，B 600条，C 50条`). `1200条以上` is a lower bound.
 */
export const statedCountRule: CustomRule = {
  id: 'narrative-count-mismatch',
  kind: 'custom',
  severity: 'warning',
  description: { zh: '正文所列分项数之和与总数一致', en: 'Counts listed in the text add up to the stated total' },
  check(context) {
    const { report, text } = context;
    const diagnostics: Diagnostic[] = [];
    for (const paragraph of paragraphsOf(report, context)) {
      for (const breakdown of findStatedBreakdowns(paragraph.text)) {
        const sum = sumExact(breakdown.parts.map((part) => part.value));
        const problem = breakdownProblem(breakdown, sum);
        if (!problem) continue;
        const relation =
          problem === 'partsExceedTotal'
            ? { zh: '各项之和大于总数', en: 'the parts exceed the total' }
            : breakdown.qualifier === 'atLeast'
              ? { zh: `各项之和小于所称的“${breakdown.totalText}”`, en: `the parts are fewer than the "${breakdown.totalText}" stated` }
              : { zh: '各项之和小于总数', en: 'the parts fall short of the total' };
        diagnostics.push(
          context.diagnostic({
            code: 'narrative-count-mismatch',
            params: {
              scope: paragraph.section === 'preface' ? { zh: '前言', en: 'preface' } : paragraph.label,
              total: breakdown.totalText,
              parts: breakdown.parts.map((part) => part.text).join(' + '),
              sum: `${formatNumber(sum)}${breakdown.unit}`,
              relation,
            },
            location: textLocation(report, paragraph.path, paragraph.text, paragraph.section, paragraph.label),
            expected: breakdown.totalText,
            actual: `${formatNumber(sum)}${breakdown.unit}`,
          }),
        );
      }
    }
    return diagnostics;
  },
};

function markerFor(level: HeadingLevel, ordinal: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(ordinal)}、`;
    case 2:
      return `（${chineseNumeral(ordinal)}）`;
    case 3:
      return `${ordinal}.`;
    case 4:
      return `（${ordinal}）`;
  }
}

/** Headings of one level under one parent are numbered 一, 二, 三… (or 1, 2, 3…) with no repeat or gap. */
export const headingSequenceRule: CustomRule = {
  id: 'narrative-heading-sequence',
  kind: 'custom',
  severity: 'warning',
  description: { zh: '同级标题序号依次排列', en: 'Headings of one level are numbered in sequence' },
  check(context) {
    const { report, text } = context;
    const diagnostics: Diagnostic[] = [];
    const checkSiblings = (siblings: ReportSection[], basePath: string, scope: MessageParam) => {
      const last = new Map<HeadingLevel, number>();
      siblings.forEach((section, index) => {
        const heading = parseHeading(section.title);
        if (!heading) return;
        const expected = (last.get(heading.level) ?? 0) + 1;
        last.set(heading.level, heading.ordinal);
        if (heading.ordinal === expected) return;
        const path = `${basePath}[${index}]`;
        diagnostics.push(
          context.diagnostic({
            code: 'narrative-heading-sequence',
            params: { scope, title: section.title, expected: markerFor(heading.level, expected) },
            location: textLocation(report, path, section.title, section.id, section.title),
            expected: markerFor(heading.level, expected),
            actual: heading.marker,
          }),
        );
      });
      siblings.forEach((section, index) => checkSiblings(section.children, `${basePath}[${index}].children`, section.title));
    };
    checkSiblings(report.sections, 'sections', { zh: '正文', en: 'body' });
    return diagnostics;
  },
};

/** The checks of the `legacy` (narrative) form. */
export const narrativeRules: CustomRule[] = [partCountRule, statedCountRule, headingSequenceRule];
