import type { AggregateResult, Roster } from '../aggregate/types.js';
import type { Locale } from '../diagnostics/types.js';
import type { FormDefinition } from '../forms/types.js';
import type { RenderContext, RenderInput } from './types.js';

/** What a report renderer's plain function takes from the pipeline: the usual options of `renderHtml`, `renderPdf`… */
export interface ReportRenderOptions {
  locale: Locale;
  form: FormDefinition;
  aggregate?: AggregateResult;
  roster?: Roster;
  title?: string;
}

/**
 * The options a renderer plugin passes to its package's plain render function: the context's locale
 * and form, the input's aggregate, roster and title, then the renderer-specific options of the call.
 */
export function reportRenderOptions(input: RenderInput, context: RenderContext): ReportRenderOptions & Record<string, unknown> {
  return {
    locale: context.locale,
    form: context.form,
    ...(input.aggregate ? { aggregate: input.aggregate } : {}),
    ...(input.roster ? { roster: input.roster } : {}),
    ...(input.title ? { title: input.title } : {}),
    ...(context.options ?? {}),
  };
}
