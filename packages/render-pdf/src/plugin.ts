import { definePlugin, reportRenderOptions, type Renderer } from '@report/core/plugin';

/** The package itself (pdfkit and the fonts), loaded at the first render. */
const load = () => import('@report/render-pdf');

const pdfRenderer: Renderer = {
  name: 'pdf',
  mediaType: 'application/pdf',
  extension: '.pdf',
  async render(input, context) {
    const { renderPdf } = await load();
    const result = await renderPdf(input.report, reportRenderOptions(input, context));
    return { content: result.pdf, diagnostics: result.diagnostics };
  },
};

/**
 * The PDF plugin: `pdf` renders a report or a county's aggregate as an A4 PDF after GB/T 9704, with
 * embedded Chinese font subsets. Renderer options (`fonts`, `systemFonts`, `creationDate`…) are those
 * of `renderPdf`.
 */
export const pdfPlugin = definePlugin(() => ({ name: 'pdf', renderers: [pdfRenderer] }));
