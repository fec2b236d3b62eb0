import type { CommandContext } from '../command.js';
import { exitCodes } from '../errors.js';
import { describeForms } from '../formats/describe-forms.js';
import { printFormats } from '../formats/print-formats.js';
import { displayPath } from '../output.js';

/** What `gov-report formats` does (its options and help are in `formats.ts`). */
export async function run(context: CommandContext): Promise<number> {
  const forms = describeForms(context);
  context.output.json({
    command: 'formats',
    ok: true,
    formats: forms,
    plugins: context.plugins.map((loaded) => ({
      names: loaded.names,
      module: loaded.source.specifier ?? null,
      config: loaded.source.config ? displayPath(context.io.cwd, loaded.source.config) : null,
    })),
  });
  if (!context.json) printFormats(context, forms);
  return exitCodes.ok;
}
