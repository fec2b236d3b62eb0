import type { Locale, DiagnosticCode } from '@report/core';
import { formatBytes, type ReadLimits } from '../limits.js';
import { pick } from '../locale.js';
import { compoundFileEntryNames, isCompoundFile } from './compound-file.js';
import { hasZipEntry, openZip, readZipEntry, ZipReadError, type ZipArchive } from './zip.js';

/** Why the bytes are not a workbook this package reads, as a diagnostic code and its params. */
export interface ContainerProblem {
  ok: false;
  code: DiagnosticCode;
  params: Record<string, string | number>;
}

export interface ContainerWorkbook {
  ok: true;
  zip: ZipArchive;
}

export type ContainerResult = ContainerWorkbook | ContainerProblem;

const startsWith = (bytes: Uint8Array, ...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);

function extensionOf(fileName: string): string {
  const match = /\.([^./\\]+)$/.exec(fileName);
  return match ? `.${match[1].toLowerCase()}` : '';
}

function problem(code: DiagnosticCode, params: Record<string, string | number>): ContainerProblem {
  return { ok: false, code, params };
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return false;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control += 1;
  }
  return control <= sample.length / 100;
}

function classifyCompoundFile(bytes: Uint8Array, file: string, extension: string, locale: Locale | undefined): ContainerProblem {
  const names = new Set(compoundFileEntryNames(bytes).map((name) => name.toLowerCase()));
  if (names.has('encryptioninfo') || names.has('encryptedpackage')) return problem('import-encrypted', { file });
  if (names.has('worddocument')) return problem('import-not-workbook', { file, kind: pick(locale, 'Word 文档（.doc）', 'a Word document (.doc)') });
  if (names.has('powerpoint document')) return problem('import-not-workbook', { file, kind: pick(locale, 'PowerPoint 演示文稿（.ppt）', 'a PowerPoint file (.ppt)') });
  if (extension === '.et' || names.has('etextdata')) return problem('import-et', { file });
  if (names.has('workbook') || names.has('book') || extension === '.xls') return problem('import-xls', { file });
  // A compound file whose directory could not be read: an encrypted .xlsx keeps the .xlsx name.
  if (extension === '.xlsx') return problem('import-encrypted', { file });
  return problem('import-xls', { file });
}

function classifyZip(bytes: Uint8Array, file: string, locale: Locale | undefined): ContainerResult {
  let zip: ZipArchive;
  try {
    zip = openZip(bytes);
  } catch (error) {
    const detail = error instanceof ZipReadError ? error.message : String(error);
    return problem('import-corrupt', { file, detail });
  }
  if (hasZipEntry(zip, 'mimetype')) {
    let mimetype = '';
    try {
      mimetype = new TextDecoder().decode(readZipEntry(zip, 'mimetype', { remaining: 4096 })).trim();
    } catch {
      mimetype = '';
    }
    if (mimetype.includes('opendocument.spreadsheet')) return problem('import-ods', { file });
    if (mimetype.includes('opendocument')) return problem('import-not-workbook', { file, kind: pick(locale, `OpenDocument 文档（${mimetype}）`, `an OpenDocument file (${mimetype})`) });
  }
  if (hasZipEntry(zip, 'xl/workbook.bin')) return problem('import-xlsb', { file });
  if (hasZipEntry(zip, 'word/document.xml')) return problem('import-not-workbook', { file, kind: pick(locale, 'Word 文档（.docx）', 'a Word document (.docx)') });
  if (hasZipEntry(zip, 'ppt/presentation.xml')) return problem('import-not-workbook', { file, kind: pick(locale, 'PowerPoint 演示文稿（.pptx）', 'a PowerPoint file (.pptx)') });
  if (hasZipEntry(zip, '[Content_Types].xml') || hasZipEntry(zip, '_rels/.rels')) return { ok: true, zip };
  if (zip.entries.size === 0) return problem('import-corrupt', { file, detail: pick(locale, '压缩包中没有任何内容', 'the archive is empty') });
  return problem('import-not-workbook', { file, kind: pick(locale, '普通压缩包（.zip）', 'a zip archive') });
}

function classifyText(bytes: Uint8Array, file: string, extension: string, locale: Locale | undefined): ContainerProblem {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 8192)).replace(/^\ufeff/, '');
  const lower = head.toLowerCase();
  if (/^\s*<\?xml/.test(lower) && (lower.includes('urn:schemas-microsoft-com:office:spreadsheet') || lower.includes('progid="excel.sheet"'))) {
    return problem('import-xml-spreadsheet', { file });
  }
  if (/<(!doctype html|html|table|meta)\b/.test(lower)) return problem('import-html-table', { file, extension: extension || pick(locale, '（无）', '(none)') });
  if (/^\s*</.test(lower)) return problem('import-not-workbook', { file, kind: pick(locale, 'XML 文件', 'an XML file') });
  if (/[,\t，]/.test(head) || extension === '.csv' || extension === '.txt') return problem('import-csv', { file });
  return problem('import-not-workbook', { file, kind: pick(locale, '文本文件', 'a text file') });
}

/**
 * Tells what kind of file the bytes are, before any parsing: an .xlsx (a zip with an Office Open
 * XML package) is opened; everything else — empty, too large, .xls/.et, encrypted, .ods, CSV, HTML,
 * PDF, damaged — becomes one diagnostic saying what it is and what to do.
 */
export function detectContainer(bytes: Uint8Array, file: string, limits: ReadLimits, locale?: Locale): ContainerResult {
  const extension = extensionOf(file);
  if (bytes.length === 0) return problem('import-file-empty', { file });
  if (bytes.length > limits.maxFileBytes) return problem('import-file-too-large', { file, size: formatBytes(bytes.length), limit: formatBytes(limits.maxFileBytes) });
  if (isCompoundFile(bytes)) return classifyCompoundFile(bytes, file, extension, locale);
  if (startsWith(bytes, 0x50, 0x4b) && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)) return classifyZip(bytes, file, locale);
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return problem('import-not-workbook', { file, kind: pick(locale, 'PDF 文件', 'a PDF file') });
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) || startsWith(bytes, 0xff, 0xd8, 0xff) || startsWith(bytes, 0x47, 0x49, 0x46, 0x38)) {
    return problem('import-not-workbook', { file, kind: pick(locale, '图片', 'a picture') });
  }
  if (startsWith(bytes, 0x52, 0x61, 0x72, 0x21) || startsWith(bytes, 0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c)) {
    return problem('import-not-workbook', { file, kind: pick(locale, '压缩包（RAR/7z）', 'a RAR or 7z archive') });
  }
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) {
    // UTF-16 text with a byte-order mark: Excel's “Unicode text” export.
    const text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2, 16386));
    return classifyText(new TextEncoder().encode(text), file, extension, locale);
  }
  if (looksLikeText(bytes)) return classifyText(bytes, file, extension, locale);
  return problem('import-corrupt', { file, detail: pick(locale, '不是可识别的工作簿格式', 'not a recognisable workbook format') });
}
