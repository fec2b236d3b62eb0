import type { Plugin, Preset } from '@report/core';
import { excelPlugin } from '@report/excel-import/plugin';
import { docxPlugin } from '@report/render-docx/plugin';
import { htmlPlugin } from '@report/render-html/plugin';
import { pdfPlugin } from '@report/render-pdf/plugin';

/**
 * The plugins every `gov-report` pipeline starts with, before those of `--plugin` and the config
 * file: reading and writing workbooks, HTML, PDF and Word. Their light `./plugin` entries load exceljs,
 * pdfkit, the fonts and the Word writer only when a command first reads a workbook or renders. This is the one place
 * the CLI's built-in plugins are listed.
 */
export function builtInPlugins(): Array<Plugin | Preset> {
  return [excelPlugin(), htmlPlugin(), pdfPlugin(), docxPlugin()];
}
