import { sha256Hex } from '../sha256.js';
import { skipReasonText } from './skipped.js';
import type { CountyFile, CountyJob, RecordedFile } from './types.js';

/** What `checking.json` says about the run, so a set of outputs can be traced to its inputs. */
export interface RunRecord {
  tool: string;
  version: string;
  startedAt: string;
  finishedAt?: string;
  /** The command and its file arguments (CLI), or the app's mode. */
  command: string[];
  inputs: RecordedFile[];
  skipped: Array<{ file: string; reason: string; why: string }>;
  /** The roster, register and county text, by role. */
  sources: Record<string, RecordedFile>;
  plugins: string[];
}

async function record(file: CountyFile): Promise<RecordedFile> {
  try {
    const bytes = await file.read();
    return { file: file.path, size: bytes.length, sha256: await sha256Hex(bytes) };
  } catch {
    return { file: file.path, size: 0 };
  }
}

/** The record of a county job: tool and version, when, every input with its hash, what was skipped and why, the sources, the plugins. */
export async function countyRunRecord(
  job: CountyJob,
  options: { tool: string; version: string; startedAt: Date; command: string[]; sources: Record<string, CountyFile | undefined>; plugins: readonly string[]; locale?: string },
): Promise<RunRecord> {
  const sources: Record<string, RecordedFile> = {};
  for (const [role, file] of Object.entries(options.sources)) if (file) sources[role] = await record(file);
  return {
    tool: options.tool,
    version: options.version,
    startedAt: options.startedAt.toISOString(),
    command: [...options.command],
    inputs: [...job.inputs],
    skipped: job.skipped.map((file) => ({ file: file.path, reason: file.reason, why: skipReasonText(file.reason, options.locale) })),
    sources,
    plugins: [...options.plugins],
  };
}
