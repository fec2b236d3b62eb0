import { crossYearRules } from '../compare.js';
import { forms } from '../forms/registry.js';
import type { LocalizedText, Severity } from '../forms/types.js';
import { reportRules } from '../rules/report-rules.js';
import { catalogParts, diagnosticCatalog, type CatalogEntry, type CatalogPart } from './catalog.js';

/** The command that regenerates `docs/diagnostics.md`. */
export const DIAGNOSTICS_DOC_COMMAND = 'npm run docs:diagnostics -w @report/core';

/** Where the document lives, relative to the repository root. */
export const DIAGNOSTICS_DOC_PATH = 'docs/diagnostics.md';

/** A rule id and where it applies, for the rule list of the document. */
export interface DocumentedRule {
  id: string;
  severity: Severity;
  description: LocalizedText;
  /** Form ids, `all` (report-wide checks) or `compareYears` (cross-year rules). */
  appliesTo: string[];
}

/**
 * Every rule the toolkit ships: the rules of the built-in forms, the report-wide checks and the
 * cross-year rules. Each id is a diagnostic code and must be in the catalog.
 */
export function builtInRules(): DocumentedRule[] {
  const byId = new Map<string, DocumentedRule>();
  const add = (rule: { id: string; severity: Severity; description: LocalizedText }, where: string) => {
    const known = byId.get(rule.id);
    if (known) {
      if (!known.appliesTo.includes(where)) known.appliesTo.push(where);
    } else {
      byId.set(rule.id, { id: rule.id, severity: rule.severity, description: rule.description, appliesTo: [where] });
    }
  };
  for (const rule of reportRules) add(rule, 'all');
  for (const form of Object.values(forms)) for (const rule of form.rules) add(rule, form.id);
  for (const form of Object.values(forms)) for (const rule of form.plausibility ?? []) add({ ...rule, severity: rule.severity ?? 'warning' }, form.id);
  for (const rule of crossYearRules) add(rule, 'compareYears');
  return [...byId.values()];
}

const severityText: Record<Severity, string> = { error: '错误 error', warning: '警告 warning', info: '提示 info' };

/** Escapes text for a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function anchor(code: string): string {
  return `code-${code.toLowerCase().replace(/[^a-z0-9-]/g, '-')}`;
}

function entrySection(code: string, entry: CatalogEntry): string[] {
  return [
    `<a id="${anchor(code)}"></a>`,
    '',
    `### \`${code}\` — ${entry.title.zh}`,
    '',
    `*${entry.title.en}* · ${severityText[entry.severity]}`,
    '',
    '| | 中文 | English |',
    '|---|---|---|',
    `| 消息 Message | ${cell(entry.message.zh)} | ${cell(entry.message.en)} |`,
    `| 原因 Cause | ${cell(entry.cause.zh)} | ${cell(entry.cause.en)} |`,
    `| 处理 Fix | ${cell(entry.fix.zh)} | ${cell(entry.fix.en)} |`,
    '',
  ];
}

function partSection(part: CatalogPart): string[] {
  const codes = Object.keys(part.codes);
  const lines = [`## ${part.title.zh} — ${part.title.en}`, '', `Source: \`packages/core/src/diagnostics/codes/${part.id}.ts\``, ''];
  if (codes.length === 0) return [...lines, '*(no codes yet)*', ''];
  lines.push('| Code | Severity | 中文 | English |', '|---|---|---|---|');
  for (const code of codes) {
    const entry = part.codes[code];
    lines.push(`| [\`${code}\`](#${anchor(code)}) | ${entry.severity} | ${cell(entry.title.zh)} | ${cell(entry.title.en)} |`);
  }
  lines.push('');
  for (const code of codes) lines.push(...entrySection(code, part.codes[code]));
  return lines;
}

/**
 * The Markdown of `docs/diagnostics.md`: every code of the catalog with its severity, zh/en title,
 * message, cause and fix, grouped by catalog part, and the list of built-in rules. Deterministic,
 * so a test can tell when the file is stale.
 */
export function renderDiagnosticsDocument(): string {
  const inParts = new Set(catalogParts.flatMap((part) => Object.keys(part.codes)));
  const stray = Object.keys(diagnosticCatalog).filter((code) => !inParts.has(code));
  const parts: CatalogPart[] = [...catalogParts];
  if (stray.length > 0) {
    parts.push({
      id: 'catalog',
      title: { zh: '其他', en: 'Other' },
      codes: Object.fromEntries(stray.map((code) => [code, diagnosticCatalog[code]])),
    });
  }
  const total = Object.keys(diagnosticCatalog).length;
  const lines: string[] = [
    '# Diagnostic codes',
    '',
    `<!-- Generated from packages/core/src/diagnostics/codes/*.ts by \`${DIAGNOSTICS_DOC_COMMAND}\`. Do not edit by hand. -->`,
    '',
    'Every problem the toolkit reports is a diagnostic `{ code, severity, message, location, expected?, actual?, help? }`.',
    'Codes are stable. Messages are Chinese by default and English with `locale: \'en\'`; `{name}` in a message is',
    'filled from the diagnostic\'s `params` (a param may be `{ zh, en }`, so `localizeDiagnostics` can re-render a',
    'diagnostic in the other language). `help` is the fix below, in the same language, with its `{name}`s filled too.',
    '',
    `${total} codes. Severity: **error** — the report is wrong and must be corrected; **warning** — probably wrong or`,
    'incomplete, check it; **info** — for information (a conversion made, a difference explained).',
    '',
    '## Rules',
    '',
    'Rule ids are diagnostic codes. `all`: every report (`validateReport`); a form id: reports of that form;',
    '`compareYears`: checked between two consecutive years.',
    '',
    '| Rule | Severity | Applies to | 说明 | Description |',
    '|---|---|---|---|---|',
    ...builtInRules().map(
      (rule) =>
        `| [\`${rule.id}\`](#${anchor(rule.id)}) | ${rule.severity} | ${rule.appliesTo.join(', ')} | ${cell(rule.description.zh)} | ${cell(rule.description.en)} |`,
    ),
    '',
  ];
  for (const part of parts) lines.push(...partSection(part));
  return `${lines.join('\n').trimEnd()}\n`;
}
