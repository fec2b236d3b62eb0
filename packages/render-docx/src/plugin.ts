import { definePlugin } from '@report/core';
import { reportRenderOptions, type Renderer } from '@report/core/plugin';

/** The package itself, loaded at the first render (building a pipeline costs nothing). */
const load = () => import('@report/render-docx');

const docxRenderer: Renderer = {
  name: 'docx',
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  extension: '.docx',
  async render(input, context) {
    const { renderDocx } = await load();
    const result = await renderDocx(input.report, reportRenderOptions(input, context));
    return { content: result.docx, diagnostics: result.diagnostics };
  },
};

/**
 * The Word plugin: `docx` renders a report or a county's aggregate (with its appendix and the
 * narrative draft marked as a draft) as a .docx after GB/T 9704, to finish in Word or WPS.
 * Renderer options (`fonts`, `pageNumbers`, `creationDate`, `draft`…) are those of `renderDocx`.
 */
export const docxPlugin = definePlugin(() => ({ name: 'docx', renderers: [docxRenderer] }));
