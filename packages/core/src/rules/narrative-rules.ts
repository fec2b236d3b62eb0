import type { Diagnostic, MessageParam } from '../diagnostics/types.js';
import type { CustomRule, FormDefinition } from '../forms/types.js';
import type { ReportSection } from '../model/report.js';
import { findDeclaredParts, type DeclaredParts } from '../narrative/declared-parts.js';
import { chineseNumeral, headingText, parseHeading, parseOrdinal, type Heading, type HeadingLevel } from '../narrative/headings.js';
import { narrativeLocation as textLocation, reportParagraphs } from '../narrative/report-paragraphs.js';
import { labelSimilarity, matchFormSection } from '../narrative/section-match.js';
import { findFigureStatements } from '../narrative/figure-statements.js';
import { breakdownProblem, findStatedBreakdowns } from '../narrative/stated-counts.js';
import { formatNumber, sumExact } from '../numbers.js';
import { accountabilityRule, feeNoticeRule } from './narrative-duty-rules.js';
import { requiredSectionsRule, sectionOrderRule } from './narrative-section-rules.js';
import { narrativeTableRule } from './narrative-table-rule.js';

interface PartMatch {
  /** Named parts with no body section. */
  missing: string[];
  /** Titles of body sections the preface does not name. */
  unnamed: string[];
}

/**
 * Matches the parts a preface names to the body's top-level sections: through the form's section
 * titles and their variants, then by similarity of wording.
 */
function matchParts(declared: DeclaredParts, body: ReportSection[], form: FormDefinition): PartMatch {
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
  return { missing, unnamed: body.filter((section) => !matched.has(section)).map((section) => section.title) };
}

/**
 * The preface announces the report's parts (`报告内容主要由概述、…等五部分组成`), and:
 * - the body has a different number of top-level sections (`narrative-part-count-mismatch`, saying
 *   which body sections the preface does not name and which named parts the body lacks);
 * - the number stated is not the number of parts it names, when it names two or more
 *   (`narrative-part-names-count`: `由A、B、C、D等五部分组成`; one name with 等 is a short form);
 * - the numbers agree but a named part has no section and a section is not named
 *   (`narrative-part-names-mismatch`).
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
      const location = textLocation(report, `preface[${index}]`, paragraph, 'preface', text('前言', 'preface'));
      const { missing, unnamed } = matchParts(declared, body, form);
      const diagnostics: Diagnostic[] = [];
      const named = declared.names.length;
      if (named >= 2 && named !== declared.count) {
        diagnostics.push(
          context.diagnostic({
            code: 'narrative-part-names-count',
            params: { stated: declared.count, named, names: { zh: declared.names.join('、'), en: declared.names.join(', ') } },
            location,
            expected: named,
            actual: declared.count,
          }),
        );
      }
      if (declared.count !== body.length) {
        const detail = {
          zh: [unnamed.length > 0 ? `；前言未提及：${unnamed.join('、')}` : '', missing.length > 0 ? `；正文中没有前言所列的：${missing.join('、')}` : ''].join(''),
          en: [
            unnamed.length > 0 ? `; the preface does not name ${unnamed.join(', ')}` : '',
            missing.length > 0 ? `; the body has no section for ${missing.join(', ')}` : '',
          ].join(''),
        };
        diagnostics.push(
          context.diagnostic({
            code: 'narrative-part-count-mismatch',
            params: { stated: declared.count, actual: body.length, detail, unnamed: unnamed.join('、'), missing: missing.join('、') },
            location,
            expected: body.length,
            actual: declared.count,
          }),
        );
      } else if (named === declared.count && missing.length > 0 && unnamed.length > 0) {
        diagnostics.push(
          context.diagnostic({
            code: 'narrative-part-names-mismatch',
            params: { missing: { zh: missing.join('、'), en: missing.join(', ') }, unnamed: { zh: unnamed.join('、'), en: unnamed.join(', ') } },
            location,
          }),
        );
      }
      return diagnostics;
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
    const { report, form } = context;
    const diagnostics: Diagnostic[] = [];
    const figures = form.narrativeChecks?.figures ?? [];
    for (const paragraph of reportParagraphs(report)) {
      // Figures of the tables are checked against the tables (narrative-table-mismatch), not against
      // each other: `办结26件，其中予以公开8件、部分公开2件` names two of the results, not all of them.
      const figureClauses = figures.length > 0 ? findFigureStatements(paragraph.text, figures, { year: report.year, organ: report.organ.name }).map((s) => s.text) : [];
      const isFigure = (written: string) => figureClauses.some((clause) => clause.includes(written.replace(/[\s\u3000]+/gu, '')));
      const label = paragraph.title ?? context.text('前言', 'preface');
      for (const breakdown of findStatedBreakdowns(paragraph.text)) {
        if (breakdown.parts.some((part) => isFigure(part.text))) continue;
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
              scope: paragraph.title ?? { zh: '前言', en: 'preface' },
              total: breakdown.totalText,
              parts: breakdown.parts.map((part) => part.text).join(' + '),
              sum: `${formatNumber(sum)}${breakdown.unit}`,
              relation,
            },
            location: textLocation(report, paragraph.path, paragraph.text, paragraph.section, label),
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

/**
 * `parseHeading` of section titles, the last few hundred kept: most reports' sections carry the
 * form's own titles, the same in every report. The rule only reads what it gets.
 */
const titleHeadings = new Map<string, Heading | undefined>();

function sectionHeading(title: string): Heading | undefined {
  if (titleHeadings.has(title)) return titleHeadings.get(title);
  const heading = parseHeading(title);
  if (titleHeadings.size >= 512) titleHeadings.clear();
  titleHeadings.set(title, heading);
  return heading;
}

/**
 * Headings of one level under one parent are numbered 一, 二, 三… (or 1, 2, 3…) with no repeat or gap.
 * A top-level heading of a part of the form may also carry that part's own number: a county's text
 * that gives 一、五、六 and leaves 二、三、四 to the tables is numbered as the format numbers it.
 */
export const headingSequenceRule: CustomRule = {
  id: 'narrative-heading-sequence',
  kind: 'custom',
  severity: 'warning',
  description: { zh: '同级标题序号依次排列', en: 'Headings of one level are numbered in sequence' },
  check(context) {
    const { report, form } = context;
    const diagnostics: Diagnostic[] = [];
    const formNumber = (section: ReportSection) => {
      const known = form.sections.find((candidate) => candidate.id === section.id);
      return known ? parseOrdinal(known.number) : undefined;
    };
    const checkSiblings = (siblings: ReportSection[], basePath: string, scope: MessageParam) => {
      const last = new Map<HeadingLevel, number>();
      siblings.forEach((section, index) => {
        const heading = sectionHeading(section.title);
        if (!heading) return;
        const expected = (last.get(heading.level) ?? 0) + 1;
        last.set(heading.level, heading.ordinal);
        if (heading.ordinal === expected) return;
        if (basePath === 'sections' && heading.level === 1 && heading.ordinal === formNumber(section)) return;
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

/**
 * The checks of a report's text, for every built-in form: the parts the preface announces, counts
 * in the text, heading numbers; and, driven by the form's data (`required` sections,
 * `narrativeChecks`), the required parts and their order, R1-1, R6-1 and the figures against the
 * tables. A form without that data (`legacy`) gets the first three only, in effect.
 */
export const narrativeRules: CustomRule[] = [
  partCountRule,
  statedCountRule,
  headingSequenceRule,
  requiredSectionsRule,
  sectionOrderRule,
  accountabilityRule,
  feeNoticeRule,
  narrativeTableRule,
];
