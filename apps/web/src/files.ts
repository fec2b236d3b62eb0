import type { InputBytes } from './protocol.js';

export async function readInput(file: File, path?: string): Promise<InputBytes> {
  return { name: file.name, path: path || (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

type Entry = { isFile: boolean; isDirectory: boolean; name: string; fullPath: string; file?: (ok: (file: File) => void, fail: (error: unknown) => void) => void; createReader?: () => { readEntries: (ok: (entries: Entry[]) => void, fail: (error: unknown) => void) => void } };

async function walk(entry: Entry, into: Array<{ file: File; path: string }>): Promise<void> {
  if (entry.isFile && entry.file) {
    const file = await new Promise<File>((resolve, reject) => entry.file!(resolve, reject));
    into.push({ file, path: entry.fullPath.replace(/^\//, '') });
  } else if (entry.isDirectory && entry.createReader) {
    const reader = entry.createReader();
    for (;;) {
      const batch = await new Promise<Entry[]>((resolve, reject) => reader.readEntries(resolve, reject));
      if (batch.length === 0) break;
      for (const child of batch) await walk(child, into);
    }
  }
}

/** The files of a drop, folders walked (their paths kept, as `webkitdirectory` gives them). */
export async function droppedFiles(transfer: DataTransfer): Promise<Array<{ file: File; path: string }>> {
  const entries = [...transfer.items].map((item) => (item as DataTransferItem & { webkitGetAsEntry?: () => Entry | null }).webkitGetAsEntry?.() ?? null);
  if (entries.every((entry) => entry === null)) return [...transfer.files].map((file) => ({ file, path: file.name }));
  const found: Array<{ file: File; path: string }> = [];
  for (const entry of entries) if (entry) await walk(entry, found);
  return found;
}
