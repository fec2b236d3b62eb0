import { pathToFileURL } from 'node:url';

/** Imports an ES module (or CommonJS) file by its absolute path, as Node does for `import()`. */
export async function importModule(file: string): Promise<Record<string, unknown>> {
  return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Record<string, unknown>;
}
