import { diagnosticFromError, withFile } from './pipeline-stages.js';
import type { AnnotateResult, Annotator, Pipeline, PipelineContext } from './types.js';
import type { MessageOptions } from '../diagnostics/create.js';

/**
 * `pipeline.annotate`: the annotator of the importer that read the input writes the problems back
 * into a copy of it. An importer without one, or an annotator that throws, is a diagnostic.
 */
export function createAnnotateStage(annotators: ReadonlyMap<string, Annotator>, context: (options?: MessageOptions) => PipelineContext): Pipeline['annotate'] {
  return async (input, options): Promise<AnnotateResult> => {
    const { importer, file, diagnostics, options: annotatorOptions, ...messageOptions } = options;
    const base = context(messageOptions);
    const location = file ? { file } : {};
    const annotator = annotators.get(importer);
    if (!annotator) {
      return { diagnostics: [base.diagnostic({ code: 'pipeline-annotator-unknown', params: { file: file ?? '—', importer }, location })] };
    }
    try {
      const result = await annotator.annotate(input, diagnostics, { ...base, importer, ...(file ? { file } : {}), ...(annotatorOptions ? { options: annotatorOptions } : {}) });
      return { ...(result.content ? { content: result.content } : {}), diagnostics: withFile(result.diagnostics, file), annotator: annotator.name };
    } catch (error) {
      return { diagnostics: [diagnosticFromError(error, base, 'pipeline-annotator-failed', { annotator: annotator.name, file: file ?? '—' }, location)], annotator: annotator.name };
    }
  };
}
