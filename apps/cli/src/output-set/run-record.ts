import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { CommandContext } from '../command.js';
import type { InputFile } from '../inputs.js';
import type { LoadedFile } from '../load-file.js';
import { skipReasonText } from '../command-helpers.js';

/** One file a run read, as `checking.json` records it. */
export interface RecordedFile {
  file: string;
  size: number;
  /** SHA-256 of the bytes read, hex; absent for a file that could not be read. */
  sha256?: string;
}

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

/** The record of a run: tool and version, when, the command line, every input with its hash, what was skipped and why. */
export async function runRecord(
  context: CommandContext,
  options: { version: string; startedAt: Date; loaded: readonly LoadedFile[]; sources: Record<string, string | undefined>; extra?: readonly InputFile[] },
): Promise<RunRecord> {
  const sources: Record<string, RecordedFile> = {};
  for (const [role, path] of Object.entries(options.sources)) if (path) sources[role] = await recordPath(context, path);
  return {
    tool: 'gov-report',
    version: options.version,
    startedAt: options.startedAt.toISOString(),
    command: ['aggregate', ...context.positionals],
    inputs: options.loaded.map((file) => ({ file: context.output.path(file.input.path), size: file.size, ...(file.sha256 ? { sha256: file.sha256 } : {}) })),
    skipped: context.skipped.map((file) => ({ file: context.output.path(file.path), reason: file.reason, why: skipReasonText(context, file.reason) })),
    sources,
    plugins: context.pipeline.plugins.map((plugin) => plugin.name),
  };
}
