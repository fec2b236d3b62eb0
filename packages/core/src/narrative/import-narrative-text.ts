import { createDiagnostic, type MessageOptions } from '../diagnostics/create.js';
import type { DiagnosticCode } from '../diagnostics/catalog.js';
import type { Diagnostic, DiagnosticLocation, MessageParam } from '../diagnostics/types.js';
import { legacyBase } from '../forms/legacy.js';
import type { FormDefinition } from '../forms/types.js';
import type { Organ, OrganLevel, Report, ReportSection } from '../model/report.js';
import { decodeText } from './decode-text.js';
import { parseHeading, type HeadingLevel } from './headings.js';
import { inferOrganLevel } from '../organ/infer-organ-level.js';
import { parseReportTitle } from './report-title.js';
import { matchFormSection } from './section-match.js';
import { recordSourceLines } from './source-lines.js';
import { parseStatedPeriod, splitSentences } from './stated-period.js';

export interface NarrativeImportOptions extends MessageOptions {
  /** The organ: its name, or fields that replace what the title says (name, level, codes). */
  organ?: string | Partial<Organ>;
  /** The report year, instead of the title's. */
  year?: number;
  /** The organ's level, instead of the one inferred from its name. */
  level?: OrganLevel;
  /** The narrative form whose sections headings are matched to; default the built-in `legacy` form. */
  form?: FormDefinition;
  /** The input's file name, for diagnostics and `report.sources`. */
  file?: string;
}

export interface NarrativeImportResult {
  /** The report, unless the input could not be read (then `diagnostics` says why). */
  report?: Report;
  diagnostics: Diagnostic[];
}

interface Line {
  text: string;
  /** 1-based line number in the input. */
  line: number;
}

interface Position {
  line: number;
  text: string;
}

const EDGE_SPACE = /^[\s\u3000\u00a0\ufeff\u200b]+|[\s\u3000\u00a0\ufeff\u200b]+$/g;
const ENCODING_NAMES: Record<string, string> = { 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', gb18030: 'GB18030（GBK）' };

function shorten(text: string, length = 40): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

/**
 * Reads a plain-text narrative report (the pre-2019 structure, such as the 鹅公镇 2019 report) into a
 * `legacy` report: the title gives the organ and year (and the organ's level, from its name); the
 * untitled paragraphs before `一、` become the preface, from which the statistical period is read;
 * headings `一、` · `（一）` · `1.` · `（1）` become nested sections, the top ones matched to the form's
 * sections by title. Every line of the input is kept somewhere. Accepts a string or bytes (UTF-8,
 * UTF-16 with a BOM, GB18030); CRLF, a BOM and indentation with full-width spaces are fine.
 *
 * Problems come back as diagnostics; unreadable input (empty, binary, no title) gives no report.
 */
export function importNarrativeText(input: string | Uint8Array | ArrayBuffer, options: NarrativeImportOptions = {}): NarrativeImportResult {
  const diagnostics: Diagnostic[] = [];
  const fileLocation: DiagnosticLocation = options.file ? { file: options.file } : {};
  const diagnostic = (code: DiagnosticCode, params: Record<string, MessageParam> = {}, location: DiagnosticLocation = {}, severity?: Diagnostic['severity']) =>
    diagnostics.push(createDiagnostic({ code, params, location: { ...fileLocation, ...location }, ...(severity ? { severity } : {}) }, options));

  const decoded = decodeText(input);
  if ('reason' in decoded) {
    if (decoded.reason === 'empty') diagnostic('narrative-empty');
    else {
      const detail =
        decoded.looksLike === undefined
          ? { zh: '含有大量非文字内容', en: 'it contains binary data' }
          : /^[a-z]+$/.test(decoded.looksLike)
            ? { zh: `输入不是文本或字节，而是 ${decoded.looksLike}`, en: `the input is a ${decoded.looksLike}, not text or bytes` }
            : { zh: `看起来是 ${decoded.looksLike} 文件`, en: `it looks like a ${decoded.looksLike} file` };
      diagnostic('narrative-unreadable', { detail });
    }
    return { diagnostics };
  }
  if (decoded.encoding !== 'utf-8') diagnostic('narrative-encoding', { encoding: ENCODING_NAMES[decoded.encoding] ?? decoded.encoding });

  const lines: Line[] = decoded.text
    .split(/\r\n|\r|\n/)
    .map((raw, index) => ({ text: raw.replace(EDGE_SPACE, ''), line: index + 1 }))
    .filter((line) => line.text !== '');
  if (lines.length === 0) {
    diagnostic('narrative-empty');
    return { diagnostics };
  }

  // The title: the first title-like line before the first top-level heading, within the first lines.
  const firstHeading = lines.findIndex((line) => parseHeading(line.text)?.level === 1);
  const searchEnd = Math.min(firstHeading >= 0 ? firstHeading : lines.length, 10);
  const titleIndex = lines.slice(0, searchEnd).findIndex((line) => parseReportTitle(line.text) !== undefined);
  const titleLine = titleIndex >= 0 ? lines[titleIndex] : undefined;
  const titleInfo = titleLine ? parseReportTitle(titleLine.text) : undefined;

  const organOption: Partial<Organ> = typeof options.organ === 'string' ? { name: options.organ } : (options.organ ?? {});
  const organName = organOption.name ?? titleInfo?.organ;
  const year = options.year ?? titleInfo?.year;
  if (!titleLine) {
    const canContinue = organName !== undefined && year !== undefined;
    diagnostic('narrative-title-missing', { text: shorten(lines[0].text) }, { line: lines[0].line }, canContinue ? 'warning' : undefined);
    if (!canContinue) return { diagnostics };
  } else {
    if (organName === undefined) diagnostic('narrative-organ-missing', { title: titleLine.text }, { line: titleLine.line });
    if (year === undefined) diagnostic('narrative-year-missing', { title: titleLine.text }, { line: titleLine.line });
    if (organName === undefined || year === undefined) return { diagnostics };
  }

  const form = options.form ?? legacyBase;
  const positions = new Map<string, Position>();
  if (titleLine) positions.set('title', { line: titleLine.line, text: titleLine.text });
  const preface: string[] = [];
  const sections: ReportSection[] = [];
  const tops: Array<{ section: ReportSection; line: number }> = [];
  let open: Array<{ section: ReportSection; level: HeadingLevel; path: string }> = [];

  const addParagraph = (text: string, line: number) => {
    const top = open.at(-1);
    if (!top) {
      positions.set(`preface[${preface.length}]`, { line, text });
      preface.push(text);
      return;
    }
    positions.set(`${top.path}.paragraphs[${top.section.paragraphs.length}]`, { line, text });
    top.section.paragraphs.push(text);
  };

  if (titleIndex > 0) diagnostic('narrative-text-before-title', { count: titleIndex }, { line: lines[0].line, section: 'preface' });
  for (const [index, { text, line }] of lines.entries()) {
    if (index === titleIndex) continue;
    const heading = parseHeading(text);
    if (!heading || (heading.level > 1 && open.length === 0)) {
      addParagraph(text, line);
      continue;
    }
    const section: ReportSection = { id: '', title: heading.title, paragraphs: [], children: [] };
    let path: string;
    if (heading.level === 1) {
      path = `sections[${sections.length}]`;
      sections.push(section);
      tops.push({ section, line });
      open = [];
    } else {
      while (open.length > 1 && open.at(-1)!.level >= heading.level) open.pop();
      const parent = open.at(-1)!;
      path = `${parent.path}.children[${parent.section.children.length}]`;
      parent.section.children.push(section);
    }
    open.push({ section, level: heading.level, path });
    positions.set(path, { line, text: heading.title });
    if (heading.rest) addParagraph(heading.rest, line);
  }

  // Section ids: the form's section the title names, else a generic id; children numbered below.
  const used = new Set<string>();
  for (const [index, { section, line }] of tops.entries()) {
    const known = matchFormSection(form, section.title);
    if (known && !used.has(known.id)) section.id = known.id;
    else {
      const ordinal = parseHeading(section.title)?.ordinal ?? index + 1;
      let id = `section-${ordinal}`;
      for (let n = 2; used.has(id); n++) id = `section-${ordinal}-${n}`;
      section.id = id;
      diagnostic('narrative-section-unrecognized', { title: section.title, id }, { line, section: id });
    }
    used.add(section.id);
  }
  const numberChildren = (section: ReportSection) =>
    section.children.forEach((child, index) => {
      child.id = `${section.id}.${index + 1}`;
      numberChildren(child);
    });
  sections.forEach(numberChildren);
  if (sections.length === 0) diagnostic('narrative-no-sections', { count: preface.length }, { section: 'preface' });

  // The statistical period: the first sentence that announces one, the preface first.
  let period: Report['period'];
  for (const { text, line } of lines) {
    const stated = splitSentences(text)
      .map(parseStatedPeriod)
      .find((found) => found !== undefined);
    if (!stated) continue;
    if ('invalid' in stated) {
      diagnostic('narrative-period-invalid', { text: stated.source }, { line, path: 'period', section: 'preface' });
    } else {
      period = { start: stated.start, end: stated.end };
      positions.set('period', { line, text: `${stated.start}/${stated.end}` });
    }
    break;
  }

  const organ: Organ = {
    ...organOption,
    name: organName,
    level: options.level ?? organOption.level ?? inferOrganLevel(organName),
  };
  const report: Report = {
    schema: 'report/v1',
    format: form.id,
    year,
    organ,
    ...(period ? { period } : {}),
    ...(titleLine ? { title: titleLine.text } : {}),
    ...(preface.length > 0 ? { preface } : {}),
    tables: {},
    sections,
    ...(options.file ? { sources: [{ file: options.file }] } : {}),
  };
  recordSourceLines(report, positions);
  return { report, diagnostics };
}
