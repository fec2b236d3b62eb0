/** Why a text input could not be read. */
export type UnreadableReason = 'empty' | 'binary';

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read as (`utf-8` for string input). */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

export interface UnreadableText {
  reason: UnreadableReason;
  /** What the bytes look like, when recognisable (`PDF`, `Word/Excel (.docx/.xlsx)`…). */
  looksLike?: string;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** Recognises common binary files people mistake for text, so the message can say what to do. */
function recogniseBinary(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'PDF';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'Word/Excel (.docx/.xlsx)';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'Word/Excel (.doc/.xls)';
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'RTF';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff])) return 'PNG/JPEG';
  return undefined;
}

function decodeStrict(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Whether decoded text is mostly control characters or replacement characters: not text. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  let bad = 0;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (code === 0xfffd || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c)) bad += 1;
  }
  return bad > Math.max(2, text.length * 0.01);
}

/**
 * Reads text input: a string, or bytes in UTF-8 (with or without a BOM), UTF-16 with a BOM, or
 * GB18030/GBK (common for files saved by Chinese Windows). Returns why it cannot when the input is
 * empty or not text at all (a PDF, a Word file, random bytes). Never throws.
 */
export function decodeText(input: string | Uint8Array | ArrayBuffer): DecodedText | UnreadableText {
  if (input instanceof ArrayBuffer) return decodeText(new Uint8Array(input));
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) return { reason: 'binary', looksLike: typeof input };
  if (typeof input === 'string') {
    const text = input.replace(/^\uFEFF/, '');
    if (text.trim() === '') return { reason: 'empty' };
    return looksBinary(text) ? { reason: 'binary' } : { text, encoding: 'utf-8' };
  }
  if (input.length === 0) return { reason: 'empty' };
  const looksLike = recogniseBinary(input);
  if (looksLike) return { reason: 'binary', looksLike };
  let decoded: DecodedText | undefined;
  if (startsWith(input, [0xff, 0xfe])) decoded = { text: new TextDecoder('utf-16le').decode(input), encoding: 'utf-16le' };
  else if (startsWith(input, [0xfe, 0xff])) decoded = { text: new TextDecoder('utf-16be').decode(input), encoding: 'utf-16be' };
  else {
    const utf8 = decodeStrict(input, 'utf-8');
    const gb = utf8 === undefined ? decodeStrict(input, 'gb18030') : undefined;
    decoded =
      utf8 !== undefined
        ? { text: utf8, encoding: 'utf-8' }
        : gb !== undefined
          ? { text: gb, encoding: 'gb18030' }
          : { text: new TextDecoder('utf-8').decode(input), encoding: 'utf-8' };
  }
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (looksBinary(text)) return { reason: 'binary' };
  if (text.trim() === '') return { reason: 'empty' };
  return { ...decoded, text };
}

/**
 * The text of a file a clerk saved (a roster or register CSV, a JSON): UTF-8 with or without BOM,
 * UTF-16 with a BOM, or GB18030 — what Excel and Notepad on Chinese Windows write. Bytes that are
 * no text come back as they decode as UTF-8, for the reader to reject with its own words.
 */
export function decodeTextFile(bytes: Uint8Array): string {
  const decoded = decodeText(bytes);
  return 'text' in decoded ? decoded.text : new TextDecoder('utf-8').decode(bytes);
}
