import { aggregateCounty } from '../aggregate/aggregate-county.js';
import { aggregateJson } from '../aggregate/aggregate-json.js';
import { readAggregateJob } from '../aggregate/aggregate-job.js';
import { printCompleteness } from '../aggregate/print-completeness.js';
import { printWrittenOutputs } from '../aggregate/print-written-outputs.js';
import type { CommandContext } from '../command.js';

/** What `gov-report aggregate` does (its options and help are in `aggregate.ts`). */
export async function run(context: CommandContext): Promise<number> {
  const job = await readAggregateJob(context);
  const run = await aggregateCounty(context, job);
  if (context.json) {
    context.output.json(aggregateJson(run));
    return run.code;
  }
  printCompleteness(context, run);
  printWrittenOutputs(context, run);
  return run.code;
}
