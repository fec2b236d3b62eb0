/**
 * The heavy libraries load when a command needs them, not at start-up. The pipeline's built-in
 * plugins load their packages themselves on first use; the roster reader is the one direct use left.
 */
export const loadExcelImport = () => import('@report/excel-import');
