import { parseFont, type ParsedFont } from './load-font.js';

/**
 * Fonts parsed once per process: reading and inflating a CJK font costs far more than rendering a
 * page, and a county renders hundreds of reports in one run.
 */
const byPath = new Map<string, Promise<ParsedFont>>();
const byData = new WeakMap<object, Map<string, ParsedFont>>();

export function cachedFontFromPath(path: string, postscriptName: string | undefined, read: (path: string) => Promise<Uint8Array>): Promise<ParsedFont> {
  const key = `${path}\u0000${postscriptName ?? ''}`;
  let entry = byPath.get(key);
  if (!entry) {
    entry = read(path).then((bytes) => parseFont(bytes, postscriptName));
    byPath.set(key, entry);
    entry.catch(() => byPath.delete(key));
  }
  return entry;
}

export function cachedFontFromData(data: Uint8Array | ArrayBuffer, postscriptName: string | undefined): ParsedFont {
  const key = postscriptName ?? '';
  let faces = byData.get(data);
  if (!faces) {
    faces = new Map();
    byData.set(data, faces);
  }
  let parsed = faces.get(key);
  if (!parsed) {
    parsed = parseFont(data instanceof Uint8Array ? data : new Uint8Array(data), postscriptName);
    faces.set(key, parsed);
  }
  return parsed;
}
