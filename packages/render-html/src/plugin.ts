import { definePlugin, reportRenderOptions, type Renderer } from '@report/core/plugin';

/** The package itself, loaded at the first render. */
const load = () => import('@report/render-html');

const reportRenderer: Renderer = {
  name: 'html',
  mediaType: 'text/html',
  extension: '.html',
  async render(input, context) {
    const { renderHtmlDocument } = await load();
    const { html, diagnostics } = renderHtmlDocument(input.report, reportRenderOptions(input, context));
    return { content: html, diagnostics };
  },
};

const checkingRenderer: Renderer = {
  name: 'checking-html',
  mediaType: 'text/html',
  extension: '.html',
  async render(input, context) {
    const { renderDiagnosticsHtml } = await load();
    return renderDiagnosticsHtml(input.diagnostics ?? input.aggregate?.diagnostics ?? [], {
      locale: context.locale,
      forms: [context.form, ...context.forms],
      ...(input.roster?.file ? { rosterFile: input.roster.file } : {}),
      ...(input.title ? { title: input.title } : {}),
      ...(context.options ?? {}),
    });
  },
};

/**
 * The HTML plugin: `html` renders a report or a county's aggregate (with its appendix) as a standalone
 * page in the official layout of the pipeline's form; `checking-html` renders the checking report
 * (every problem, by file, sheet and cell).
 */
export const htmlPlugin = definePlugin(() => ({ name: 'html', renderers: [reportRenderer, checkingRenderer] }));
