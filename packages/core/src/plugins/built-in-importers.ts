import { parseReport } from '../model/parse.js';
import { importNarrativeText, type NarrativeImportOptions } from '../narrative/import-narrative-text.js';
import type { Importer } from './types.js';

const textEndings = ['.txt', '.text', '.md'];

function ending(file: string | undefined): string | undefined {
  return file?.toLowerCase().match(/\.[^./\\]+$/)?.[0];
}

/** The first characters of the input, past a byte-order mark and white space. */
function head(input: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(input.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
}

/** The importers every pipeline has: report JSON files and plain-text narrative reports. */
export const builtInImporters: readonly Importer[] = [
  {
    name: 'report-json',
    extensions: ['.json'],
    detect: (input, file) => (head(input).startsWith('{') ? 2 : ending(file) === '.json' ? 1 : 0),
    import: (input, context) => parseReport(input, context),
  },
  {
    name: 'narrative-text',
    extensions: textEndings,
    detect: (_input, file) => (textEndings.includes(ending(file) ?? '') ? 1 : 0),
    // The text states its own sections; the caller's format (e.g. the county's form for its year)
    // decides the sections it is matched to, else the legacy narrative structure.
    import: (input, context) =>
      importNarrativeText(input, {
        ...(context.options as NarrativeImportOptions | undefined),
        form: context.getForm(context.format ?? 'legacy'),
        ...(context.file ? { file: context.file } : {}),
        ...(context.year !== undefined ? { year: context.year } : {}),
        ...(context.organ ? { organ: context.organ } : {}),
        locale: context.locale,
        catalog: context.catalog,
        messages: context.messages,
      }),
  },
];
