import type { CustomRule, SectionDefinition } from '../forms/types.js';
import type { ReportSection } from '../model/report.js';
import { hasNarrativeText, narrativeLocation } from '../narrative/report-paragraphs.js';

const list = (titles: string[]) => ({ zh: titles.join('、'), en: titles.join(', ') });

/**
 * The parts the format requires (`required` sections: the six of the national formats) are in the
 * report's text. A part the form prints a table in is supplied by its table, so only the text parts
 * (一、总体情况, 五、存在的主要问题及改进情况, 六、其他需要报告的事项) can be missing: absent, or there with
 * no text. A report with no text of its own (a workbook's tables only) is not checked.
 */
export const requiredSectionsRule: CustomRule = {
  id: 'narrative-section-missing',
  kind: 'custom',
  severity: 'warning',
  description: { zh: '报告包含格式规定的各部分', en: 'The report has every part the format requires' },
  check(context) {
    const { report, form } = context;
    if (!hasNarrativeText(report)) return [];
    const written = (section: ReportSection) => section.children.length > 0 || section.paragraphs.some((text) => text.trim() !== '');
    const missing = form.sections.filter((section) => section.required && !section.tableId && !report.sections.some((s) => s.id === section.id && written(s)));
    if (missing.length === 0) return [];
    return [
      context.diagnostic({
        code: 'narrative-section-missing',
        params: { count: missing.length, sections: list(missing.map((section) => section.title)) },
        location: { section: missing[0].id, label: missing[0].title, path: 'sections' },
        expected: missing.map((section) => section.title).join('、'),
      }),
    ];
  },
};

/** The first section that comes after one it should precede, with that one. */
function firstOutOfOrder(report: ReportSection[], form: SectionDefinition[]): { index: number; section: ReportSection; after: ReportSection } | undefined {
  let latest: { section: ReportSection; order: number } | undefined;
  for (const [index, section] of report.entries()) {
    const order = form.findIndex((known) => known.id === section.id);
    if (order < 0) continue;
    if (latest && order < latest.order) return { index, section, after: latest.section };
    if (!latest || order > latest.order) latest = { section, order };
  }
  return undefined;
}

/** The parts of the report come in the format's order (一 before 二 … before 六). */
export const sectionOrderRule: CustomRule = {
  id: 'narrative-section-order',
  kind: 'custom',
  severity: 'warning',
  description: { zh: '报告各部分按格式规定的顺序排列', en: 'The parts of the report follow the format’s order' },
  check(context) {
    const { report, form } = context;
    if (!hasNarrativeText(report) || !form.sections.some((section) => section.required)) return [];
    const found = firstOutOfOrder(report.sections, form.sections);
    if (!found) return [];
    const path = `sections[${found.index}]`;
    return [
      context.diagnostic({
        code: 'narrative-section-order',
        params: { title: found.section.title, after: found.after.title, order: list(form.sections.filter((s) => s.required).map((s) => s.title)) },
        location: narrativeLocation(report, path, found.section.title, found.section.id, found.section.title),
      }),
    ];
  },
};
