/**
 * Reading an .xlsx package's XML for the annotation tests: sheets, cells, comments and links as
 * they are stored, so a test compares the annotated copy with the original part by part.
 */
import { parseRelations, relationsPath, resolvePart } from '../xlsx/workbook-package.js';
import { decodeXmlText, stringItemText } from '../xlsx/xml-text.js';

const decoder = new TextDecoder();

export function partText(parts: Record<string, Uint8Array>, name: string): string {
  const bytes = parts[name];
  if (!bytes) throw new Error(`no part ${name}`);
  return decoder.decode(bytes);
}

/** The workbook's sheets in order, with their parts. */
export function sheetParts(parts: Record<string, Uint8Array>): Array<{ name: string; path: string; state: string }> {
  const workbook = partText(parts, 'xl/workbook.xml');
  const relations = parseRelations(partText(parts, relationsPath('xl/workbook.xml')));
  return [...workbook.matchAll(/<(?:x:)?sheet\b([^>]*)\/>/g)].map((match) => {
    const id = /r:id="([^"]*)"/.exec(match[1])![1];
    return {
      name: decodeXmlText(/name="([^"]*)"/.exec(match[1])![1]),
      path: resolvePart('xl/workbook.xml', relations.find((relation) => relation.id === id)!.target),
      state: /state="([^"]*)"/.exec(match[1])?.[1] ?? 'visible',
    };
  });
}

/** Each stored cell by address: its attributes other than the style, its content, and its style index. */
export function cellsOf(xml: string): Map<string, { attributes: string; content: string; style: number }> {
  const cells = new Map<string, { attributes: string; content: string; style: number }>();
  for (const match of xml.matchAll(/<(?:x:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:x:)?c>)/g)) {
    const address = /\sr="([A-Z]+\d+)"/.exec(match[1])![1];
    const style = Number(/\ss="(\d+)"/.exec(match[1])?.[1] ?? 0);
    cells.set(address, { attributes: match[1].replace(/\ss="\d+"/, '').replace(/\/$/, '').trim(), content: match[2] ?? '', style });
  }
  return cells;
}

/** A top-level element of a sheet as stored, or undefined. */
export function topLevel(xml: string, name: string): string | undefined {
  return new RegExp(`<${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`).exec(xml)?.[0];
}

/** The `index`th cell format of a style sheet. */
export function xfOf(styles: string, index: number): string {
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1];
  return [...cellXfs.matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)][index][0];
}

/** The comments of a sheet by cell, as plain text. */
export function commentsOf(parts: Record<string, Uint8Array>, sheetPath: string): Map<string, string> {
  const relation = parseRelations(parts[relationsPath(sheetPath)] ? partText(parts, relationsPath(sheetPath)) : undefined).find((r) => r.type.endsWith('/comments'));
  const comments = new Map<string, string>();
  if (!relation) return comments;
  const xml = partText(parts, resolvePart(sheetPath, relation.target));
  for (const match of xml.matchAll(/<comment\b[^>]*\bref="([^"]*)"[^>]*>([\s\S]*?)<\/comment>/g)) comments.set(match[1], stringItemText(match[2]));
  return comments;
}

/** The problem list's rows as texts (inline strings and numbers). */
export function listRows(xml: string): string[][] {
  return [...xml.matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)].map((row) =>
    [...row[1].matchAll(/<c\b[^>]*>([\s\S]*?)<\/c>/g)].map((cell) => (cell[1].startsWith('<is>') ? stringItemText(cell[1]) : decodeXmlText(/<v>([^<]*)<\/v>/.exec(cell[1])![1]))),
  );
}

/** The internal links of a sheet. */
export function hyperlinksOf(xml: string): Array<{ ref: string; location: string }> {
  return [...xml.matchAll(/<hyperlink\b[^>]*\bref="([^"]*)"[^>]*\blocation="([^"]*)"/g)].map((match) => ({ ref: match[1], location: decodeXmlText(match[2]) }));
}
