import type { CommandContext } from '../command.js';
import { formatOption, inputFiles, stringOption, yearOption } from '../command-helpers.js';
import { exitCodes } from '../errors.js';
import { loadFile } from '../load-file.js';
import { createProgress } from '../progress.js';
import { checkAnnotateFolder, printAnnotated, writeAnnotatedCopies } from '../validate/annotate-files.js';
import { checkLoaded, type CheckedFile } from '../validate/check-file.js';
import { annotatedJson, printValidation, validationJson, validationSummary } from '../validate/print-validation.js';

/** What `gov-report validate` does (its options and help are in `validate.ts`). */
export async function run(context: CommandContext): Promise<number> {
  const { text, output } = context;
  const year = yearOption(context, 'year', 'validate');
  const format = formatOption(context, 'validate');
  const blankAsZero = context.values['blank-as-zero'] === true;
  const strict = context.values.strict === true;
  const files = await inputFiles(context, context.positionals, 'validate');
  const annotate = stringOption(context, 'annotate');
  // Checked before any work: a folder that could overwrite an input is a usage error.
  const annotateFolder = annotate === undefined ? undefined : await checkAnnotateFolder(context, annotate, files);
  const progress = createProgress(context.io, { total: files.length, label: text('检查', 'Checking'), enabled: !context.json });
  const checked: CheckedFile[] = [];
  for (const file of files) {
    progress.tick(file.name);
    const loaded = await loadFile(file, { pipeline: context.pipeline, locale: context.locale, year, format });
    checked.push(checkLoaded(loaded, context, { blankAsZero }));
  }
  progress.done();

  const summary = validationSummary(checked, strict);
  const annotated = annotateFolder === undefined ? undefined : await writeAnnotatedCopies(context, annotateFolder, checked, strict);
  if (context.json) output.json({ ...validationJson(context, checked, summary, strict), ...(annotated ? { annotated: annotatedJson(context, annotated) } : {}) });
  else {
    printValidation(context, checked, summary, strict);
    if (annotated) printAnnotated(context, annotated);
  }
  // Nothing checked is no pass: a folder of links or lock files must not look like a clean county.
  return summary.failed > 0 || files.length === 0 ? exitCodes.problems : exitCodes.ok;
}
