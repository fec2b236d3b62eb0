import { readdir, stat } from 'node:fs/promises';
import { skipReasonOf, type SkipReason } from '@report/core';
import { basename, join, resolve } from 'node:path';

/** One file given on the command line or found in a folder. */
export interface InputFile {
  /** Absolute path. */
  path: string;
  /** Base name, used in diagnostics and outputs (`青山镇.xlsx`). */
  name: string;
}

/** Why a file found in a folder is not read. */
export type { SkipReason };

/** A file found in a folder and not read, with the reason: every input is accounted for. */
export interface SkippedFile extends InputFile {
  reason: SkipReason;
}

export interface CollectedInputs {
  files: InputFile[];
  /** Files found in folders and not read (hidden, Office lock files, links…). */
  skipped: SkippedFile[];
  /** Arguments that name nothing readable. */
  missing: string[];
}

/** Why a name is never a submission (Office lock files, hidden files, OS thumbnails), or `undefined` (core's rule, the browser app's too). */
export const ignoredReason = skipReasonOf;

/** Made on first use: a Chinese collator costs about 10 ms to build, which `validate one.xlsx` need not pay. */
let collator: Intl.Collator | undefined;

async function walk(folder: string, into: CollectedInputs): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  collator ??= new Intl.Collator('zh-CN', { numeric: true });
  entries.sort((a, b) => collator!.compare(a.name, b.name));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    const ignored = ignoredReason(entry.name);
    if (ignored) {
      if (!entry.isDirectory()) into.skipped.push({ path, name: entry.name, reason: ignored });
    } else if (entry.isDirectory()) await walk(path, into);
    else if (entry.isFile()) into.files.push({ path, name: entry.name });
    // A link inside a folder could point anywhere (another county's files, a device): it is listed, not followed.
    else into.skipped.push({ path, name: entry.name, reason: entry.isSymbolicLink() ? 'symlink' : 'special' });
  }
}

/**
 * Expands files and folders (recursively) into a list of files in a stable order (pinyin order
 * within a folder). Hidden files, `~$` lock files, links and other non-files found in folders are
 * listed in `skipped` with the reason. The same file named twice counts once.
 */
export async function collectInputs(paths: readonly string[], cwd: string): Promise<CollectedInputs> {
  const collected: CollectedInputs = { files: [], skipped: [], missing: [] };
  const { files, missing } = collected;
  for (const argument of paths) {
    const path = resolve(cwd, argument);
    let info;
    try {
      info = await stat(path);
    } catch {
      missing.push(argument);
      continue;
    }
    if (info.isDirectory()) await walk(path, collected);
    else files.push({ path, name: basename(path) });
  }
  const seen = new Set<string>();
  return { ...collected, files: files.filter((file) => (seen.has(file.path) ? false : (seen.add(file.path), true))) };
}
