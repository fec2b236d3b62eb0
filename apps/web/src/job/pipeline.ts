import { createPipeline, type Pipeline } from '@report/core';
import { excelPlugin } from '@report/excel-import/plugin';
import { htmlPlugin } from '@report/render-html/plugin';
import { docxPlugin } from '@report/render-docx/plugin';
import { pdfPlugin } from '@report/render-pdf/plugin';
import { configuredPlugins } from 'virtual:gov-report/plugins';

let pipeline: Pipeline | undefined;

/**
 * The app's one pipeline: the CLI's built-in plugins (workbooks, HTML, PDF, Word) then the plugins of the
 * `gov-report.config.json` the copy was built with (see `vite.config.ts`), in the same order as the CLI.
 */
export function webPipeline(): Pipeline {
  pipeline ??= createPipeline({ plugins: [excelPlugin(), htmlPlugin(), pdfPlugin(), docxPlugin(), ...configuredPlugins] });
  return pipeline;
}

/** Renderer options for the PDF in a browser: the font bytes the page gave, never system fonts or a fetch. */
export function pdfOptions(font: Uint8Array | undefined) {
  return { fonts: font ? { default: font } : {}, systemFonts: false, fontsource: false };
}
