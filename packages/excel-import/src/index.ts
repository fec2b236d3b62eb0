export { createTemplate } from './template/create-template.js';
export type { TemplateOptions } from './template/create-template.js';
export { readWorkbook } from './read/read-workbook.js';
export type { ReadWorkbookOptions, ReadWorkbookResult } from './read/read-workbook.js';
export { defaultLimits } from './limits.js';
export type { ReadLimits } from './limits.js';
export { fillTemplate } from './template/fill-template.js';
