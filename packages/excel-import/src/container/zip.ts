import { Inflate, inflateSync } from 'fflate';
import { nodeZlib, type NodeZlib } from '../node-builtins.js';

/** Why a zip archive could not be read. */
export type ZipProblem = 'corrupt' | 'too-large' | 'encrypted-entry';

/** Thrown by the zip reader; the caller turns it into a diagnostic. */
export class ZipReadError extends Error {
  readonly problem: ZipProblem;
  constructor(problem: ZipProblem, message: string) {
    super(message);
    this.name = 'ZipReadError';
    this.problem = problem;
  }
}

export interface ZipEntry {
  /** Part name as stored (`xl/workbook.xml`). */
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** Uncompressed size as declared in the central directory (may lie; reading checks it). */
  size: number;
  localHeaderOffset: number;
}

export interface ZipArchive {
  bytes: Uint8Array;
  view: DataView;
  /** Entries by lower-cased name (OPC part names are case-insensitive). */
  entries: Map<string, ZipEntry>;
}

/** A shared budget of uncompressed bytes for every entry read from one archive. */
export interface InflateBudget {
  remaining: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
/**
 * Compressed bytes handed to the inflater at a time, so a zip bomb is stopped soon after it
 * passes the budget (deflate expands at most ~1032:1). Entries up to SMALL_ENTRY go in one push.
 */
const INFLATE_CHUNK = 4 * 1024;
const SMALL_ENTRY = 64 * 1024;

/**
 * Node's zlib where there is one (looked up on first use; null: none): native inflate takes about
 * a third of the time of fflate's on the entries of a workbook. Elsewhere (a browser) fflate
 * inflates. See docs/decisions/0019-native-inflate-in-node.md.
 */
let nativeZlib: NodeZlib | null | undefined;
const inflater = (): NodeZlib | null => (nativeZlib === undefined ? (nativeZlib = nodeZlib() ?? null) : nativeZlib);

/** Whether entries are inflated by Node's zlib (the default where there is one) or by fflate; for tests of both. */
export function useNativeInflate(enabled: boolean): void {
  nativeZlib = enabled ? undefined : null;
}

/** Largest output asked of native inflate at once (Node caps a Buffer's length; reading caps far lower). */
const NATIVE_MAX_OUTPUT = 2 ** 31 - 1;

/**
 * Inflates with Node's zlib, never producing more than `limit` bytes: zlib stops as soon as its
 * output passes the limit (a zip bomb), whatever the archive declares.
 */
function inflateNative(zlib: NodeZlib, data: Uint8Array, limit: number, name: string): Uint8Array {
  let out: Uint8Array;
  try {
    out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(limit, NATIVE_MAX_OUTPUT)) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new ZipReadError('too-large', `${name} expands beyond the limit`);
    corrupt(`${name}: ${(error as Error).message}`);
  }
  if (out.length > limit) throw new ZipReadError('too-large', `${name} expands beyond the limit`);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

function corrupt(message: string): never {
  throw new ZipReadError('corrupt', message);
}

/** The name as text when every byte is ASCII (then UTF-8 and Latin-1 read it alike and no decoder is needed), else undefined. */
function asciiName(bytes: Uint8Array): string | undefined {
  if (bytes.length > 256) return undefined;
  let name = '';
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte >= 0x80) return undefined;
    name += String.fromCharCode(byte);
  }
  return name;
}

function findEndOfCentralDirectory(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let offset = bytes.length - 22; offset >= lowest; offset--) {
    if (bytes[offset] === 0x50 && bytes[offset + 1] === 0x4b && view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  return corrupt('no end of central directory (file truncated?)');
}

/**
 * Reads a zip archive's central directory. Entries are not decompressed here: only the
 * parts a workbook needs are, through {@link readZipEntry}, against a byte budget.
 */
export function openZip(bytes: Uint8Array): ZipArchive {
  if (bytes.length < 22) corrupt('too short for a zip archive');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(bytes, view);
  let count = view.getUint16(end + 10, true);
  let directorySize = view.getUint32(end + 12, true);
  let directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff || directorySize === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) corrupt('zip64 locator missing');
    const zip64End = Number(view.getBigUint64(locator + 8, true));
    if (zip64End + 56 > bytes.length || view.getUint32(zip64End, true) !== ZIP64_END) corrupt('zip64 end record missing');
    count = Number(view.getBigUint64(zip64End + 32, true));
    directorySize = Number(view.getBigUint64(zip64End + 40, true));
    directoryOffset = Number(view.getBigUint64(zip64End + 48, true));
  }
  if (directoryOffset + directorySize > bytes.length) corrupt('central directory beyond the end of the file (file truncated?)');
  const entries = new Map<string, ZipEntry>();
  let offset = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_FILE_HEADER) corrupt('damaged central directory');
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    let compressedSize = view.getUint32(offset + 20, true);
    let size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    let localHeaderOffset = view.getUint32(offset + 42, true);
    const nameBytes = bytes.subarray(offset + 46, offset + 46 + nameLength);
    const name = asciiName(nameBytes) ?? (flags & 0x800 ? utf8 : latin1).decode(nameBytes);
    // zip64 extra field: the 0xFFFFFFFF fields follow in order.
    let extra = offset + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = view.getUint16(extra, true);
      const length = view.getUint16(extra + 2, true);
      if (id === 0x0001) {
        let field = extra + 4;
        if (size === 0xffffffff) (size = Number(view.getBigUint64(field, true))), (field += 8);
        if (compressedSize === 0xffffffff) (compressedSize = Number(view.getBigUint64(field, true))), (field += 8);
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = Number(view.getBigUint64(field, true));
      }
      extra += 4 + length;
    }
    entries.set(name.toLowerCase(), { name, method, flags, compressedSize, size, localHeaderOffset });
    offset = extraEnd + commentLength;
  }
  return { bytes, view, entries };
}

export function hasZipEntry(archive: ZipArchive, name: string): boolean {
  return archive.entries.has(name.toLowerCase());
}

function inflateLimited(data: Uint8Array, budget: InflateBudget, name: string): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > budget.remaining) throw new ZipReadError('too-large', `${name} expands beyond the limit`);
    chunks.push(chunk);
  });
  try {
    const chunk = data.length <= SMALL_ENTRY ? Math.max(1, data.length) : INFLATE_CHUNK;
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
    for (let offset = 0; offset < data.length; offset += chunk) {
      const last = offset + chunk >= data.length;
      inflater.push(data.subarray(offset, last ? data.length : offset + chunk), last);
    }
  } catch (error) {
    if (error instanceof ZipReadError) throw error;
    corrupt(`${name}: ${(error as Error).message}`);
  }
  budget.remaining -= total;
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let position = 0;
  for (const chunk of chunks) {
    out.set(chunk, position);
    position += chunk.length;
  }
  return out;
}

/**
 * Decompresses one entry, or returns `undefined` when the archive has no such entry. Never
 * produces more than `budget.remaining` bytes: the inflater is fed in chunks and stopped as
 * soon as the output passes the budget, whatever sizes the archive declares (zip bombs).
 */
export function readZipEntry(archive: ZipArchive, name: string, budget: InflateBudget): Uint8Array | undefined {
  const entry = archive.entries.get(name.toLowerCase());
  if (!entry) return undefined;
  const { bytes, view } = archive;
  if (entry.flags & 0x1) throw new ZipReadError('encrypted-entry', `${entry.name} is encrypted`);
  if (entry.size > budget.remaining) throw new ZipReadError('too-large', `${entry.name} declares ${entry.size} bytes`);
  const header = entry.localHeaderOffset;
  if (header + 30 > bytes.length) corrupt(`${entry.name}: local header beyond the end of the file`);
  if (view.getUint32(header, true) !== LOCAL_FILE_HEADER) corrupt(`${entry.name}: damaged local header`);
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) corrupt(`${entry.name}: data beyond the end of the file (file truncated?)`);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (data.length > budget.remaining) throw new ZipReadError('too-large', `${entry.name} is too large`);
    budget.remaining -= data.length;
    return data;
  }
  if (entry.method !== 8) corrupt(`${entry.name}: unsupported compression method ${entry.method}`);
  const zlib = inflater();
  if (zlib) {
    // A small entry must not expand past its declared size (the fast path below); any entry not past the budget.
    const small = data.length <= SMALL_ENTRY && entry.size > 0;
    let out: Uint8Array;
    try {
      out = inflateNative(zlib, data, small ? entry.size : budget.remaining, entry.name);
    } catch (error) {
      if (small && error instanceof ZipReadError && error.problem === 'too-large') throw new ZipReadError('too-large', `${entry.name} expands beyond its declared ${entry.size} bytes`);
      throw error;
    }
    budget.remaining -= out.length;
    return out;
  }
  if (data.length <= SMALL_ENTRY && entry.size > 0) {
    // Fast path: inflate into a buffer one byte larger than declared; filling it means the
    // archive lied about the size (a bomb). The work is bounded by the small input.
    let out: Uint8Array;
    try {
      out = inflateSync(data, { out: new Uint8Array(entry.size + 1) });
    } catch (error) {
      corrupt(`${entry.name}: ${(error as Error).message}`);
    }
    if (out.length > entry.size) throw new ZipReadError('too-large', `${entry.name} expands beyond its declared ${entry.size} bytes`);
    budget.remaining -= out.length;
    return out;
  }
  return inflateLimited(data, budget, entry.name);
}
