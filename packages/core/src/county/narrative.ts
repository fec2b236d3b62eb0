import type { Report } from '../model/report.js';

/** The county report with the narrative sections (those without a table) taken from the county's own text. */
export function withNarrative(report: Report, narrative: Report): Report {
  const sections = report.sections.map((section) => {
    const fromText = narrative.sections.find((s) => s.id === section.id);
    return fromText && (fromText.paragraphs.length > 0 || fromText.children.length > 0) ? { ...section, paragraphs: fromText.paragraphs, children: fromText.children } : section;
  });
  return { ...report, sections, ...(narrative.preface?.length ? { preface: narrative.preface } : {}) };
}
