import type { NodePlatform } from './node-platform.js';

const fontFilePattern = /\.(ttf|otf|ttc)$/i;
const maximumDepth = 5;

/**
 * Every font file under the given directories, by lower-case file name (the first path found
 * wins). Directories that do not exist or cannot be read are skipped.
 */
export async function findSystemFonts(node: NodePlatform, directories: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  async function walk(directory: string, depth: number): Promise<void> {
    let entries: Array<{ name: string; isDirectory(): boolean; isFile(): boolean; isSymbolicLink(): boolean }>;
    try {
      entries = await node.fs.readdir(directory, { withFileTypes: true });
    } catch {
      return;
    }
    const subdirectories: string[] = [];
    for (const entry of entries) {
      const full = node.path.join(directory, entry.name);
      if (entry.isDirectory()) subdirectories.push(full);
      else if ((entry.isFile() || entry.isSymbolicLink()) && fontFilePattern.test(entry.name)) {
        const key = entry.name.toLowerCase();
        if (!found.has(key)) found.set(key, full);
      }
    }
    if (depth < maximumDepth) await Promise.all(subdirectories.map((subdirectory) => walk(subdirectory, depth + 1)));
  }
  for (const directory of directories) await walk(directory, 0);
  return found;
}
