import { resolve } from 'node:path';
import type { CommandContext } from '../command.js';
import { JobError, UsageError } from '../errors.js';
import { readReceivedManifest, type ReceivedManifest } from '../received-manifest.js';

/** `--received`: the register of received dates; a missing file is a usage error, one with no usable line a job error. */
export async function loadReceivedRegister(context: CommandContext, argument: string): Promise<ReceivedManifest> {
  const { text, io } = context;
  let manifest: ReceivedManifest;
  try {
    manifest = await readReceivedManifest(resolve(io.cwd, argument), text);
  } catch {
    throw new UsageError(text(`找不到收文登记表：${argument}`, `received-date register not found: ${argument}`), { command: 'aggregate' });
  }
  if (manifest.problems.length > 0 && manifest.dates.size === 0) {
    throw new JobError(text(`收文登记表 ${argument} 无法使用：${manifest.problems.join('；')}`, `cannot use the register ${argument}: ${manifest.problems.join('; ')}`));
  }
  return manifest;
}
