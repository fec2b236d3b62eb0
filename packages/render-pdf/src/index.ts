export { renderPdf, renderAggregatePdf } from './render-pdf.js';
export type { RenderPdfOptions, RenderPdfResult, UsedFont } from './render-pdf.js';
export type { PageNumberPosition } from './document/pdf-writer.js';
export type { FontData, FontInput, FontOptions } from './fonts/font-options.js';
export type { FontOrigin } from './fonts/font-face.js';
export { fontRoles, roleStyle } from './fonts/font-roles.js';
export type { FontRole, FontStyle } from './fonts/font-roles.js';
// The key figures moved to core (shared with the HTML); re-exported so this package's API stays.
export { defaultMemberFigures } from '@report/core/plugin';
export type { MemberFigure } from '@report/core/plugin';
export { woffToSfnt } from './fonts/woff.js';
export { pdfPlugin } from './plugin.js';
