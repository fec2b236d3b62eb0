export { renderDocx, renderAggregateDocx } from './render-docx.js';
export type { RenderDocxOptions, RenderDocxResult } from './render-docx.js';
export type { PageNumberPosition } from './ooxml/document.js';
export { defaultDocxFonts, docxFontRoles } from './ooxml/fonts.js';
export type { DocxFont, DocxFontOptions, DocxFontRole } from './ooxml/fonts.js';
export { docxMediaType } from './ooxml/package.js';
export { docxPlugin } from './plugin.js';
