import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';

/** One file given on the command line or found in a folder. */
export interface InputFile {
  /** Absolute path. */
  path: string;
  /** Base name, used in diagnostics and outputs (`青山镇.xlsx`). */
  name: string;
}

export interface CollectedInputs {
  files: InputFile[];
  /** Arguments that name nothing readable. */
  missing: string[];
}

/** Files that are never submissions: Office lock files, hidden files, OS thumbnails. */
export function isIgnoredFile(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$') || /^(thumbs\.db|desktop\.ini)$/i.test(name);
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

async function walk(folder: string, into: InputFile[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => collator.compare(a.name, b.name));
  for (const entry of entries) {
    if (isIgnoredFile(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await walk(path, into);
    else if (entry.isFile()) into.push({ path, name: entry.name });
  }
}

/**
 * Expands files and folders (recursively; hidden files and `~$` lock files skipped) into a list of
 * files in a stable order (pinyin order within a folder). The same file named twice counts once.
 */
export async function collectInputs(paths: readonly string[], cwd: string): Promise<CollectedInputs> {
  const files: InputFile[] = [];
  const missing: string[] = [];
  for (const argument of paths) {
    const path = resolve(cwd, argument);
    let info;
    try {
      info = await stat(path);
    } catch {
      missing.push(argument);
      continue;
    }
    if (info.isDirectory()) await walk(path, files);
    else files.push({ path, name: basename(path) });
  }
  const seen = new Set<string>();
  return { files: files.filter((file) => (seen.has(file.path) ? false : (seen.add(file.path), true))), missing };
}
