/**
 * The heavy libraries load when a command needs them, not at start-up: `gov-report --help` and
 * checking report JSON never load exceljs, and only rendering loads pdfkit and the fonts.
 */
export const loadExcelImport = () => import('@report/excel-import');
export const loadRenderHtml = () => import('@report/render-html');
export const loadRenderPdf = () => import('@report/render-pdf');
