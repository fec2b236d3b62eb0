import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs a poppler tool on PDF bytes (written to a temporary file) and returns its stdout. */
function poppler(tool: string, pdf: Uint8Array, args: string[]): string {
  const directory = mkdtempSync(join(tmpdir(), 'render-pdf-'));
  try {
    const file = join(directory, 'report.pdf');
    writeFileSync(file, pdf);
    return execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/**
 * The text of a PDF as `pdftotext` reads it: `raw` keeps the order the text was drawn (cell by
 * cell), `layout` the physical layout. `page` limits it to one page (1-based).
 */
export function pdfText(pdf: Uint8Array, mode: 'raw' | 'layout' = 'raw', page?: number): string {
  const pages = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return poppler('pdftotext', pdf, [`-${mode}`, '-enc', 'UTF-8', ...pages]);
}

/** `pdfinfo` (with the document's custom metadata, `pdfinfo -custom`) as a map, keys as pdfinfo prints them. */
export function pdfInfo(pdf: Uint8Array): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of [...poppler('pdfinfo', pdf, []).split('\n'), ...poppler('pdfinfo', pdf, ['-custom']).split('\n')]) {
    const match = line.match(/^([^:]+):\s*(.*)$/);
    if (match && !(match[1] in info)) info[match[1]] = match[2];
  }
  return info;
}

/** The embedded fonts, as `pdffonts` lists them: name, type, embedded, subset, has ToUnicode. */
export function pdfFonts(pdf: Uint8Array): Array<{ name: string; type: string; embedded: boolean; subset: boolean; unicode: boolean }> {
  return poppler('pdffonts', pdf, [])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      const [embedded, subset, unicode] = columns.slice(-5, -2);
      return { name: columns[0], type: columns.slice(1, -6).join(' '), embedded: embedded === 'yes', subset: subset === 'yes', unicode: unicode === 'yes' };
    });
}

/** A page rendered by `pdftoppm` as an 8-bit grey image (PGM), for looking at ink. */
export function pageImage(pdf: Uint8Array, page: number, resolution = 30): { width: number; height: number; pixels: Uint8Array } {
  const directory = mkdtempSync(join(tmpdir(), 'render-pdf-'));
  try {
    const file = join(directory, 'report.pdf');
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-gray', '-r', String(resolution), '-f', String(page), '-l', String(page), '-singlefile', file, join(directory, 'page')]);
    const data = readFileSync(join(directory, 'page.pgm'));
    // P5\n<width> <height>\n<max>\n<pixels>
    let offset = 0;
    const fields: string[] = [];
    while (fields.length < 4) {
      while (/\s/.test(String.fromCharCode(data[offset]))) offset++;
      let field = '';
      while (!/\s/.test(String.fromCharCode(data[offset]))) field += String.fromCharCode(data[offset++]);
      fields.push(field);
    }
    offset++;
    return { width: Number(fields[1]), height: Number(fields[2]), pixels: new Uint8Array(data.subarray(offset)) };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/**
 * Text as a reader takes it in: page numbers (`— 2 —`) left out, no whitespace at all — so
 * labels wrapped over lines and paragraphs running on to the next page still match.
 */
export function squeeze(text: string): string {
  return text.replace(/—\s*\d+\s*—/g, '').replace(/\s+/g, '');
}

/** The numbers in a text, in order (`-8`, `3.19`, `1200`). */
export function numbersIn(text: string): string[] {
  return text.match(/-?\d+(?:\.\d+)?/g) ?? [];
}

/** Whether `wanted` appears in `tokens` in order (other tokens may come between). */
export function isSubsequence(wanted: readonly string[], tokens: readonly string[]): { ok: boolean; missingAt?: number } {
  let position = 0;
  for (let index = 0; index < wanted.length; index++) {
    while (position < tokens.length && tokens[position] !== wanted[index]) position++;
    if (position === tokens.length) return { ok: false, missingAt: index };
    position++;
  }
  return { ok: true };
}

/** The words `pdftotext -bbox` finds on a page, with their boxes in points (a run of Chinese text is one word). */
export function pdfWords(pdf: Uint8Array, page: number): Array<{ text: string; xMin: number; xMax: number; yMin: number; yMax: number }> {
  const xml = poppler('pdftotext', pdf, ['-bbox', '-f', String(page), '-l', String(page)]);
  return [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((match) => ({
    text: match[5].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
    xMin: Number(match[1]),
    yMin: Number(match[2]),
    xMax: Number(match[3]),
    yMax: Number(match[4]),
  }));
}
