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

/** What a file holds, from its first bytes and then its extension. */
export type FileKind = 'empty' | 'workbook' | 'legacy-workbook' | 'report-json' | 'narrative' | 'other';

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
const compoundMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/** Zip containers that are not workbooks. */
const otherZipExtensions = new Set(['.docx', '.pptx', '.odt', '.ods', '.odp', '.zip', '.wps', '.ofd']);
const workbookExtensions = new Set(['.xlsx', '.xlsm', '.xls', '.et', '.ett', '.xltx']);
const textExtensions = new Set(['.txt', '.text', '.md']);

export function sniffFileKind(name: string, bytes: Uint8Array): FileKind {
  const extension = extname(name).toLowerCase();
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, zipMagic)) return otherZipExtensions.has(extension) ? 'other' : 'workbook';
  if (startsWith(bytes, compoundMagic)) return extension === '.doc' || extension === '.wps' ? 'other' : 'legacy-workbook';
  if (workbookExtensions.has(extension)) return 'workbook';
  if (extension === '.json') return 'report-json';
  if (textExtensions.has(extension)) return 'narrative';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) return 'report-json';
  return 'other';
}
