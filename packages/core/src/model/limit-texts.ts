import { createDiagnostic, type MessageOptions } from '../diagnostics/create.js';
import type { Diagnostic, DiagnosticLocation } from '../diagnostics/types.js';
import type { LocalizedText } from '../forms/types.js';
import { inputLimits, shortenText, type TextLimits } from '../limits.js';
import type { Organ, Report, ReportSection } from './report.js';

export interface LimitTextOptions extends MessageOptions {
  /** File the text came from, for the diagnostic's location. */
  file?: string;
  /** Replacement text limits (default `inputLimits.maxTextLength`). */
  maxTextLength?: Partial<TextLimits>;
}

/** What a text is, for messages: `机关名称`, `段落`… */
export type TextKind = keyof TextLimits;

const kindLabels: Record<TextKind, LocalizedText> = {
  organName: { zh: '机关名称', en: 'The organ name' },
  title: { zh: '标题', en: 'The title' },
  paragraph: { zh: '段落', en: 'The paragraph' },
  short: { zh: '字段', en: 'The field' },
};

/**
 * One text held to its limit: the text, shortened with `…` when longer than the limit of its
 * kind, and then a `text-too-long` diagnostic at `path` saying how long it was.
 */
export function limitText(
  text: string,
  kind: TextKind,
  path: string,
  options: LimitTextOptions = {},
  location: DiagnosticLocation = {},
): { text: string; diagnostic?: Diagnostic } {
  const limit = options.maxTextLength?.[kind] ?? inputLimits.maxTextLength[kind];
  if (text.length <= limit) return { text };
  const start = shortenText(text.slice(0, 40), 21);
  const diagnostic = createDiagnostic(
    {
      code: 'text-too-long',
      params: { field: kindLabels[kind], path, length: text.length, limit, start },
      location: { ...(options.file ? { file: options.file } : {}), ...location, path },
      expected: limit,
      actual: text.length,
    },
    options,
  );
  return { text: shortenText(text, limit), diagnostic };
}

const sourceFields = ['file', 'sheet', 'cell'] as const;

/**
 * Holds every text of a report to its limit (`inputLimits.maxTextLength`): organ names, titles,
 * paragraphs, ids, file names and cell sources. Shortens in place, so no later stage (matching,
 * messages, HTML, PDF layout) ever carries a megabyte name, and returns one `text-too-long` error
 * per shortened text. A record key (of `cellSources`, `contributions`) longer than the short limit
 * cannot be a cell id: its entry is removed, also with a diagnostic.
 */
export function limitReportTexts(report: Report, options: LimitTextOptions = {}): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const limit = (text: unknown, kind: TextKind, path: string): string | undefined => {
    if (typeof text !== 'string') return undefined;
    const result = limitText(text, kind, path, options);
    if (result.diagnostic) diagnostics.push(result.diagnostic);
    return result.text;
  };
  // A path is made only for a text that is too long (most reports have none): `Path` may be a function.
  type Path = string | (() => string);
  const pathText = (path: Path) => (typeof path === 'string' ? path : path());
  const set = <T extends object, K extends keyof T>(target: T, key: K, kind: TextKind, path: Path) => {
    const value = target[key];
    if (typeof value === 'string' && value.length > (options.maxTextLength?.[kind] ?? inputLimits.maxTextLength[kind])) {
      target[key] = limit(value, kind, pathText(path)) as T[K];
    }
  };
  const strings = (list: string[] | undefined, kind: TextKind, path: string) => {
    list?.forEach((_, index) => set(list, index, kind, () => `${path}[${index}]`));
  };
  const organ = (value: Organ | undefined, path: Path) => {
    if (!value || typeof value !== 'object') return;
    set(value, 'name', 'organName', () => `${pathText(path)}.name`);
    set(value, 'creditCode', 'short', () => `${pathText(path)}.creditCode`);
    set(value, 'divisionCode', 'short', () => `${pathText(path)}.divisionCode`);
  };
  /** Removes the keys too long to be a cell id (with a diagnostic each) and returns the others, in order. */
  const keys = (record: Record<string, unknown> | undefined, path: string): string[] => {
    if (!record) return [];
    const max = options.maxTextLength?.short ?? inputLimits.maxTextLength.short;
    const kept: string[] = [];
    for (const key of Object.keys(record)) {
      if (key.length <= max) {
        kept.push(key);
        continue;
      }
      limit(key, 'short', `${path}[…]`);
      delete record[key];
    }
    return kept;
  };
  // A cell's source: `set(value, field, 'short', path)` for each field, with no function made per
  // cell (a report has hundreds); its path is `${record}["${key}"]`, and `[${index}].source` for a contribution's.
  const shortLimit = options.maxTextLength?.short ?? inputLimits.maxTextLength.short;
  const source = (value: { file?: string; sheet?: string; cell?: string } | undefined, record: string, key: string, index?: number) => {
    if (!value || typeof value !== 'object') return;
    for (const field of sourceFields) {
      const text = value[field];
      if (typeof text !== 'string' || text.length <= shortLimit) continue;
      value[field] = limit(text, 'short', `${record}["${key}"]${index === undefined ? '' : `[${index}].source`}.${field}`);
    }
  };

  organ(report.organ, 'organ');
  set(report, 'title', 'title', 'title');
  strings(report.preface, 'paragraph', 'preface');
  // Sections without recursion: their depth is bounded where reports enter, but a report built in
  // code need not be.
  const pending: Array<{ sections: ReportSection[]; path: string }> = [{ sections: report.sections ?? [], path: 'sections' }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    next.sections.forEach((section, index) => {
      if (!section || typeof section !== 'object') return;
      const path = `${next.path}[${index}]`;
      set(section, 'id', 'short', `${path}.id`);
      set(section, 'title', 'title', `${path}.title`);
      strings(section.paragraphs, 'paragraph', `${path}.paragraphs`);
      if (Array.isArray(section.children) && section.children.length > 0) pending.push({ sections: section.children, path: `${path}.children` });
    });
  }
  report.sources?.forEach((file, index) => {
    set(file, 'file', 'short', `sources[${index}].file`);
    set(file, 'sha256', 'short', `sources[${index}].sha256`);
  });
  // Object.keys and a lookup, not Object.entries: much faster on records of hundreds of cells.
  const cellSources = report.cellSources;
  for (const key of keys(cellSources, 'cellSources')) source(cellSources![key], 'cellSources', key);
  report.members?.forEach((member, index) => {
    organ(member.organ, () => `members[${index}].organ`);
    set(member, 'file', 'short', () => `members[${index}].file`);
    set(member, 'sha256', 'short', () => `members[${index}].sha256`);
  });
  report.memberLayouts?.forEach((layout, index) => {
    const record = `memberLayouts[${index}]`;
    for (const key of keys(layout, record)) source(layout[key], record, key);
  });
  const contributions = report.contributions;
  for (const key of keys(contributions, 'contributions')) {
    contributions![key].forEach((contribution, index) => source(contribution.source, 'contributions', key, index));
  }
  return diagnostics;
}
