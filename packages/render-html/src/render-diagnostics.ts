import { describeLocation, sortDiagnostics, type Diagnostic, type DiagnosticLocation, type FormDefinition, type Severity } from '@report/core';
import { htmlDocument } from './document.js';
import { escapeHtml } from './escape.js';
import { message, type RenderLocale } from './messages.js';
import { topOrdinal } from './ordinals.js';
import { generatedLine } from './render-html.js';

export interface RenderDiagnosticsOptions {
  locale?: RenderLocale;
  /** Document title; default `检查报告`. */
  title?: string;
  generatedAt?: string | Date;
  /** Forms whose official labels name the places of problems that carry only ids; default the built-in forms. */
  forms?: readonly FormDefinition[];
  /** The roster's file name: its problems are grouped under `名册（file）`, not under the bare file name. */
  rosterFile?: string;
}

function counts(diagnostics: readonly Diagnostic[]): Record<Severity | 'total', number> {
  const result = { error: 0, warning: 0, info: 0, total: diagnostics.length };
  for (const diagnostic of diagnostics) result[diagnostic.severity] += 1;
  return result;
}

/** Where a problem is, as a reader looks for it (core's `describeLocation`): `工作表“表三”单元格 D6`, the official label, the section or line, a field by its name; never an id. */
function locationHtml(location: DiagnosticLocation, options: RenderDiagnosticsOptions): string {
  return describeLocation(location, { locale: options.locale, ...(options.forms ? { forms: options.forms } : {}) })
    .map((part) => `<div>${escapeHtml(part)}</div>`)
    .join('');
}

function valueText(value: string | number | undefined): string {
  return value === undefined ? '' : escapeHtml(String(value));
}

function rowsHtml(diagnostics: readonly Diagnostic[], options: RenderDiagnosticsOptions): string {
  const { locale } = options;
  return sortDiagnostics(diagnostics)
    .map(
      (diagnostic) =>
        `<tr class="diagnostic diagnostic--${escapeHtml(diagnostic.severity)}" data-code="${escapeHtml(diagnostic.code)}">` +
        `<td><span class="severity severity--${escapeHtml(diagnostic.severity)}">${escapeHtml(message(locale, diagnostic.severity))}</span></td>` +
        `<td>${locationHtml(diagnostic.location, options)}</td>` +
        `<td>${escapeHtml(diagnostic.message)}<div class="code diagnostic-code">${escapeHtml(diagnostic.code)}</div></td>` +
        `<td class="value">${valueText(diagnostic.expected)}</td>` +
        `<td class="value">${valueText(diagnostic.actual)}</td>` +
        `<td>${escapeHtml(diagnostic.help ?? '')}</td>` +
        '</tr>',
    )
    .join('\n');
}

function tableHtml(diagnostics: readonly Diagnostic[], options: RenderDiagnosticsOptions): string {
  const { locale } = options;
  const heads = ['severity', 'location', 'message', 'expectedValue', 'actualValue', 'help'] as const;
  return `<table class="data-table diagnostics-table">
<colgroup><col style="width:4.2em"><col style="width:21%"><col style="width:30%"><col style="width:10%"><col style="width:10%"><col></colgroup>
<thead><tr>${heads.map((key) => `<th scope="col">${escapeHtml(message(locale, key))}</th>`).join('')}</tr></thead>
<tbody>
${rowsHtml(diagnostics, options)}
</tbody>
</table>`;
}

function summary(diagnostics: readonly Diagnostic[], locale: RenderLocale | undefined): string {
  return escapeHtml(message(locale, 'diagnosticsSummary', counts(diagnostics)));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const list = groups.get(name) ?? [];
    list.push(item);
    groups.set(name, list);
  }
  return groups;
}

/**
 * A checking report as a standalone HTML document: counts per severity, then the problems grouped
 * by file and, within a file, by organ; each with its place (sheet and cell, official label, ids,
 * section or line), message, expected and actual values, and how to fix it. Errors come first.
 */
export function renderDiagnosticsHtml(diagnostics: readonly Diagnostic[], options: RenderDiagnosticsOptions = {}): string {
  const { locale } = options;
  const title = options.title ?? message(locale, 'diagnosticsTitle');
  const parts = [`<h1 class="document-title">${escapeHtml(title)}</h1>`];
  if (diagnostics.length === 0) {
    parts.push(`<p class="diagnostics-summary">${escapeHtml(message(locale, 'diagnosticsNone'))}</p>`);
  } else {
    parts.push(`<p class="diagnostics-summary">${summary(diagnostics, locale)}</p>`);
    const noFile = '\u0000';
    // Files in the order they first come up; problems that name no file last.
    const files = [...groupBy(diagnostics, (diagnostic) => diagnostic.location.file ?? noFile)].sort(([a], [b]) => Number(a === noFile) - Number(b === noFile));
    let index = 0;
    for (const [file, fileDiagnostics] of files) {
      index += 1;
      const fileName = file === noFile ? message(locale, 'diagnosticsNoFile') : file === options.rosterFile ? message(locale, 'rosterFile', { file }) : file;
      const organs = groupBy(fileDiagnostics, (diagnostic) => diagnostic.location.organ ?? noFile);
      const organParts = [...organs].map(([organ, organDiagnostics]) => {
        const organSummary = organs.size > 1 ? `\n<p class="diagnostics-summary note">${summary(organDiagnostics, locale)}</p>` : '';
        const heading = organs.size > 1 || organ !== noFile ? `<div class="keep-with-next"><h3 class="heading heading--2">${escapeHtml(organ === noFile ? message(locale, 'diagnosticsNoOrgan') : organ)}</h3>${organSummary}</div>\n` : '';
        return `<section class="diagnostic-organ" data-organ="${escapeHtml(organ === noFile ? '' : organ)}">\n${heading}${tableHtml(organDiagnostics, options)}\n</section>`;
      });
      parts.push(
        `<section class="diagnostic-group" data-file="${escapeHtml(file === noFile ? '' : file)}">\n<div class="keep-with-next"><h2 class="heading heading--1">${escapeHtml(`${topOrdinal(index - 1, locale)}${fileName}`)}</h2>\n<p class="diagnostics-summary note">${summary(fileDiagnostics, locale)}</p></div>\n${organParts.join('\n')}\n</section>`,
      );
    }
  }
  parts.push(generatedLine(locale, options.generatedAt));
  return htmlDocument({ lang: locale === 'en' ? 'en' : 'zh-CN', title, body: parts.filter(Boolean).join('\n'), variant: 'working' });
}
