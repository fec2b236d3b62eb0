import { strFromU8, unzipSync } from 'fflate';

/** An element of a part, as the tests read it back. */
export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  /** The text directly inside (entities decoded). */
  text: string;
}

const decode = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_, entity: string) => {
    if (entity[0] === '#') return String.fromCodePoint(entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
    return ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[entity];
  });

/** A small XML parser, enough for the parts this package writes (and that a broken tag would fail). */
export function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: '#root', attributes: {}, children: [], text: '' };
  const stack = [root];
  const pattern = /<\?[^>]*\?>|<!--[\s\S]*?-->|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = pattern.exec(xml))) {
    if (match.index !== consumed) throw new Error(`unparsable XML at ${consumed}: ${xml.slice(consumed, consumed + 40)}`);
    consumed = pattern.lastIndex;
    const [, closing, name, attributeText, selfClosing, text] = match;
    const top = stack[stack.length - 1];
    if (text !== undefined) {
      top.text += decode(text);
      continue;
    }
    if (!name) continue;
    if (closing) {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const attribute of attributeText.matchAll(/([\w:.-]+)="([^"]*)"/g)) attributes[attribute[1]] = decode(attribute[2]);
    const node: XmlNode = { name, attributes, children: [], text: '' };
    top.children.push(node);
    if (!selfClosing) stack.push(node);
  }
  if (consumed !== xml.length || stack.length !== 1) throw new Error('unbalanced XML');
  return root;
}

export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((candidate) => candidate.name === name);
}

export function descendants(node: XmlNode, name: string): XmlNode[] {
  return node.children.flatMap((candidate) => [...(candidate.name === name ? [candidate] : []), ...descendants(candidate, name)]);
}

/** The text of a paragraph, a cell, any element: its `w:t` in order. */
export function textOf(node: XmlNode): string {
  return descendants(node, 'w:t')
    .map((t) => t.text)
    .join('');
}

/** The parts of a .docx, as text. */
export function readDocx(docx: Uint8Array): Record<string, string> {
  const files = unzipSync(docx);
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** A cell as Word sees it: its top-left grid position and spans, rebuilt from `w:gridSpan` and `w:vMerge`. */
export interface ReadCell {
  row: number;
  column: number;
  rowSpan: number;
  colSpan: number;
  text: string;
}

export interface ReadTable {
  columns: number[];
  rows: XmlNode[];
  cells: ReadCell[];
  /** Rows marked `w:tblHeader`, and rows marked `w:cantSplit`, by index. */
  headerRows: number[];
  cantSplitRows: number[];
}

/**
 * Every table of `word/document.xml`, read the way Word reads it: walk each row's cells along the
 * grid (a cell takes `w:gridSpan` columns); a `w:vMerge` without `restart` continues the cell above
 * at that grid column, which must have the same span.
 */
export function readTables(documentXml: string): ReadTable[] {
  const body = child(child(parseXml(documentXml), 'w:document')!, 'w:body')!;
  return descendants(body, 'w:tbl').map((table) => {
    const columns = descendants(child(table, 'w:tblGrid')!, 'w:gridCol').map((column) => Number(column.attributes['w:w']));
    const rows = table.children.filter((node) => node.name === 'w:tr');
    const cells: ReadCell[] = [];
    const open = new Map<number, ReadCell>();
    rows.forEach((row, rowIndex) => {
      let column = 0;
      for (const tc of row.children.filter((node) => node.name === 'w:tc')) {
        const tcPr = child(tc, 'w:tcPr');
        const colSpan = Number(tcPr && child(tcPr, 'w:gridSpan')?.attributes['w:val']) || 1;
        const vMerge = tcPr && child(tcPr, 'w:vMerge');
        if (vMerge && vMerge.attributes['w:val'] !== 'restart') {
          const above = open.get(column);
          if (!above || above.colSpan !== colSpan || above.row + above.rowSpan !== rowIndex) throw new Error(`row ${rowIndex}, column ${column}: a vMerge continuation with nothing to continue`);
          above.rowSpan += 1;
        } else {
          const cell: ReadCell = { row: rowIndex, column, rowSpan: 1, colSpan, text: textOf(tc) };
          cells.push(cell);
          for (let c = column; c < column + colSpan; c += 1) open.delete(c);
          if (vMerge) open.set(column, cell);
        }
        column += colSpan;
      }
      if (column !== columns.length) throw new Error(`row ${rowIndex} covers ${column} of ${columns.length} grid columns`);
    });
    const flagged = (name: string) => rows.flatMap((row, index) => (child(row, 'w:trPr') && child(child(row, 'w:trPr')!, name) ? [index] : []));
    return { columns, rows, cells, headerRows: flagged('w:tblHeader'), cantSplitRows: flagged('w:cantSplit') };
  });
}
