import type { CommandContext } from '../command.js';
import { convertFile } from '../convert/convert-file.js';
import { conversionJson, printConversion } from '../convert/print-conversion.js';
import { exitCodes } from '../errors.js';

/** What `gov-report convert` does (its options and help are in `convert.ts`). */
export async function run(context: CommandContext): Promise<number> {
  const converted = await convertFile(context);
  if (context.json) context.output.json(conversionJson(converted));
  else printConversion(context, converted);
  return converted.written ? exitCodes.ok : exitCodes.problems;
}
