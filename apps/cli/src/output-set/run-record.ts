import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { CommandContext } from '../command.js';
import type { RecordedFile } from '@report/core';

/** What `checking.json` says about the run, so a set of outputs can be traced to its inputs. */
export interface RunRecord {
  tool: string;
  version: string;
  startedAt: string;
  finishedAt?: string;
  command: string[];
  inputs: RecordedFile[];
  skipped: Array<{ file: string; reason: string; why: string }>;
  /** The roster, register and county text, by role. */
  sources: Record<string, RecordedFile>;
  plugins: string[];
}

async function recordPath(context: CommandContext, path: string): Promise<RecordedFile> {
  try {
    const bytes = await readFile(path);
    return { file: context.output.path(path), size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  } catch {
    return { file: context.output.path(path), size: 0 };
  }
}

/**
 * The time a run records: now, or `SOURCE_DATE_EPOCH` (seconds) when set, the reproducible-builds
 * convention, so two runs on the same inputs can be compared byte for byte.
 */
export function runClock(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

/** The record of a run: tool and version, when, the command line, every input with its hash, what was skipped and why. */
export async function runRecord(
  context: CommandContext,
  options: { version: string; startedAt: Date; inputs: readonly RecordedFile[]; skipped: RunRecord['skipped']; sources: Record<string, string | undefined> },
): Promise<RunRecord> {
  const sources: Record<string, RecordedFile> = {};
  for (const [role, path] of Object.entries(options.sources)) if (path) sources[role] = await recordPath(context, path);
  return {
    tool: 'gov-report',
    version: options.version,
    startedAt: options.startedAt.toISOString(),
    command: ['aggregate', ...context.positionals],
    inputs: [...options.inputs],
    skipped: [...options.skipped],
    sources,
    plugins: context.pipeline.plugins.map((plugin) => plugin.name),
  };
}
