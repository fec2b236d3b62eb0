import { cellAddress } from '../xlsx/cell-address.js';
import { decodeXmlText, xmlText } from '../xlsx/xml-text.js';
import { applyEdits, getAttribute, rootAndChildren, type TextEdit } from './xml-edit.js';

/** One comment to put on a cell. */
export interface CellComment {
  row: number;
  column: number;
  /** Plain text; lines separated by `\n`. */
  text: string;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RUN_PROPERTIES = (p: string, bold: boolean) => `<${p}rPr>${bold ? `<${p}b/>` : ''}<${p}sz val="9"/><${p}color indexed="81"/><${p}rFont val="宋体"/><${p}family val="3"/><${p}charset val="134"/></${p}rPr>`;

function runs(p: string, author: string, text: string, continuing: boolean): string {
  const head = `${continuing ? '\n\n' : ''}${author}：\n`;
  return `<${p}r>${RUN_PROPERTIES(p, true)}<${p}t xml:space="preserve">${xmlText(head)}</${p}t></${p}r><${p}r>${RUN_PROPERTIES(p, false)}<${p}t xml:space="preserve">${xmlText(text)}</${p}t></${p}r>`;
}

/**
 * The comments part of a sheet with `comments` added: a new part when the sheet had none; else the
 * existing part with the author added and each comment added, or, on a cell that already has one,
 * appended to it (the township's own comment is kept above ours). A cell's existing
 * note shape in the sheet's drawing serves the merged comment.
 */
export function mergeComments(existing: string | undefined, comments: readonly CellComment[], author: string): string {
  const xml = existing ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}"><authors></authors><commentList></commentList></comments>`;
  const { root, children } = rootAndChildren(xml);
  const p = root.name.includes(':') ? root.name.slice(0, root.name.indexOf(':') + 1) : '';
  const edits: TextEdit[] = [];
  const authors = children.find((child) => child.local === 'authors');
  const list = children.find((child) => child.local === 'commentList');
  const names = authors ? [...xml.slice(authors.tagEnd, authors.end).matchAll(/<(?:[\w.-]+:)?author\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?author>/g)].map((match) => decodeXmlText(match[1])) : [];
  let authorId = names.indexOf(author);
  if (authorId < 0) {
    authorId = names.length;
    const entry = `<${p}author>${xmlText(author)}</${p}author>`;
    if (!authors) edits.push({ start: root.tagEnd, end: root.tagEnd, text: `<${p}authors>${entry}</${p}authors>` });
    else if (authors.end === authors.tagEnd) edits.push({ start: authors.start, end: authors.end, text: `<${p}authors>${entry}</${p}authors>` });
    else edits.push({ start: xml.lastIndexOf('</', authors.end - 1), end: xml.lastIndexOf('</', authors.end - 1), text: entry });
  }
  // Existing comments by cell: where their text ends.
  const textEnds = new Map<string, number>();
  if (list && list.end > list.tagEnd) {
    for (const match of xml.slice(list.tagEnd, list.end).matchAll(/<((?:[\w.-]+:)?)comment\b([^>]*)>([\s\S]*?)<\/\1comment>/g)) {
      const reference = getAttribute(`<comment${match[2]}>`, 'ref');
      const textClose = match[3].lastIndexOf(`</${match[1]}text>`);
      if (reference && textClose >= 0) textEnds.set(reference.toUpperCase(), list.tagEnd + match.index! + match[0].length - match[3].length - `</${match[1]}comment>`.length + textClose);
    }
  }
  let added = '';
  for (const comment of comments) {
    const address = cellAddress(comment.row, comment.column);
    const end = textEnds.get(address);
    if (end !== undefined) {
      edits.push({ start: end, end, text: runs(p, author, comment.text, true) });
    } else {
      added += `<${p}comment ref="${address}" authorId="${authorId}"><${p}text>${runs(p, author, comment.text, false)}</${p}text></${p}comment>`;
    }
  }
  if (added) {
    if (!list) edits.push({ start: root.end - `</${root.name}>`.length, end: root.end - `</${root.name}>`.length, text: `<${p}commentList>${added}</${p}commentList>` });
    else if (list.end === list.tagEnd) edits.push({ start: list.start, end: list.end, text: `<${p}commentList>${added}</${p}commentList>` });
    else edits.push({ start: xml.lastIndexOf('</', list.end - 1), end: xml.lastIndexOf('</', list.end - 1), text: added });
  }
  return applyEdits(xml, edits);
}

const SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** Rows a note box spans, for its text (wrapped at about 24 characters a line, at most 24 rows). */
function boxRows(text: string): number {
  const lines = text.split('\n').reduce((count, line) => count + Math.max(1, Math.ceil(line.length / 24)), 0);
  return Math.min(24, Math.max(4, Math.ceil(lines * 0.9)));
}

function noteShape(id: number, comment: CellComment): string {
  const { row, column } = comment;
  const anchor = `${column + 1}, 15, ${Math.max(0, row - 1)}, 10, ${column + 5}, 15, ${Math.max(0, row - 1) + boxRows(comment.text)}, 4`;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:240pt;height:120pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${column}</x:Column></x:ClientData></v:shape>`
  );
}

/** The drawing block numbers (`o:idmap data`) every VML part of the package uses. */
export function usedDrawingBlocks(vmlParts: readonly string[]): number[] {
  return vmlParts.flatMap((xml) => [...xml.matchAll(/<o:idmap\b[^>]*\sdata\s*=\s*["']([^"']*)["']/g)].flatMap((match) => match[1].split(',').map(Number).filter(Number.isFinite)));
}

/**
 * The legacy (VML) drawing that makes Excel and LibreOffice show the comments: one hidden note box
 * per new comment. An existing drawing of the sheet (other notes, form controls) keeps its shapes;
 * the new ones get ids above the highest it uses. `block` is a drawing block no other part uses.
 */
export function mergeNoteDrawing(existing: string | undefined, comments: readonly CellComment[], block: number): string {
  const xml =
    existing ??
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout></xml>`;
  const ids = [...xml.matchAll(/_x0000_s(\d+)/g)].map((match) => Number(match[1]));
  let next = Math.max(block * 1024, ...ids) + 1;
  const shapes = comments.map((comment) => noteShape(next++, comment)).join('');
  const close = xml.lastIndexOf('</xml>');
  if (close < 0) throw new Error('the comment drawing is not a VML part');
  return `${xml.slice(0, close)}${xml.includes('_x0000_t202') ? '' : SHAPE_TYPE}${shapes}${xml.slice(close)}`;
}
