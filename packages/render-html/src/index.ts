export { renderHtml, renderHtmlDocument, renderAggregateHtml } from './render-html.js';
export type { RenderHtmlOptions, RenderHtmlResult } from './render-html.js';
export { renderDiagnosticsHtml } from './render-diagnostics.js';
export type { RenderDiagnosticsOptions } from './render-diagnostics.js';
export { renderTable } from './render-table.js';
export type { RenderTableOptions } from './render-table.js';
// The key figures moved to core (shared with the PDF); re-exported so this package's API stays.
export { defaultMemberFigures } from '@report/core/plugin';
export type { MemberFigure } from '@report/core/plugin';
export { escapeHtml } from './escape.js';
export { fontStacks } from './fonts.js';
export type { RenderLocale } from './messages.js';
export { htmlPlugin } from './plugin.js';
