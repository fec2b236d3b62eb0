import { decodeXmlText, escapeXml } from '../xlsx/xml-text.js';

/** A change to a part's text: the characters `start`..`end` become `text` (an insertion when they are equal). */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Applies edits that do not overlap; two insertions at one offset keep their order. */
export function applyEdits(xml: string, edits: readonly TextEdit[]): string {
  const ordered = edits.map((edit, index) => ({ ...edit, index })).sort((a, b) => a.start - b.start || a.index - b.index);
  let out = '';
  let last = 0;
  for (const edit of ordered) {
    out += xml.slice(last, edit.start) + edit.text;
    last = Math.max(last, edit.end);
  }
  return out + xml.slice(last);
}

const ATTRIBUTE_NAME = (name: string) => new RegExp(`(\\s)${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*("[^"]*"|'[^']*')`);

/** An attribute of a start tag (`<c r="B2" s="3">`), decoded, by its exact qualified name. */
export function getAttribute(tag: string, name: string): string | undefined {
  const match = ATTRIBUTE_NAME(name).exec(tag);
  return match ? decodeXmlText(match[2].slice(1, -1)) : undefined;
}

/** The start tag with the attribute set (replaced where it is, else added at the end). */
export function setAttribute(tag: string, name: string, value: string): string {
  const attribute = `${name}="${escapeXml(value)}"`;
  const pattern = ATTRIBUTE_NAME(name);
  if (pattern.test(tag)) return tag.replace(pattern, (_, space: string) => `${space}${attribute}`);
  const close = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close).replace(/\s+$/, '')} ${attribute}${tag.slice(close)}`;
}

/** The start tag without the attribute. */
export function removeAttribute(tag: string, name: string): string {
  return tag.replace(ATTRIBUTE_NAME(name), '');
}

/** One element: its qualified and local name and where it is. */
export interface ElementAt {
  /** Qualified name (`x:sheetData`). */
  name: string;
  local: string;
  start: number;
  /** Just past the start tag. */
  tagEnd: number;
  /** Just past the end tag (equals `tagEnd` for `<name/>`). */
  end: number;
}

/** Start tags, end tags, comments, processing instructions and CDATA; quoted attribute values may hold `>`. */
const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[?!][^>]*>|<(\/?)([\w.:-]+)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

/**
 * The root element and its children, in one linear pass over the part (depth counted, so an
 * element of the same name nested deeper — an `extLst` inside a conditional format — is never
 * taken for a child of the root). Throws on XML whose tags do not balance.
 */
export function rootAndChildren(xml: string): { root: ElementAt; children: ElementAt[] } {
  const stack: ElementAt[] = [];
  const children: ElementAt[] = [];
  let root: ElementAt | undefined;
  TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TOKEN.exec(xml))) {
    if (match[2] === undefined) continue;
    const name = match[2];
    if (match[1] === '/') {
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`unbalanced </${name}>`);
      open.end = TOKEN.lastIndex;
      if (stack.length === 1) children.push(open);
      if (stack.length === 0) root = open;
      continue;
    }
    const element: ElementAt = { name, local: name.slice(name.indexOf(':') + 1), start: match.index, tagEnd: TOKEN.lastIndex, end: TOKEN.lastIndex };
    if (match[3].endsWith('/')) {
      if (stack.length === 1) children.push(element);
      if (stack.length === 0) root = element;
    } else stack.push(element);
  }
  if (!root || stack.length > 0) throw new Error('the part is not well-formed XML');
  return { root, children };
}

/** `x:` when the element is written `<x:name`, else ''. */
export function prefixOf(element: ElementAt): string {
  return element.name.includes(':') ? element.name.slice(0, element.name.indexOf(':') + 1) : '';
}

export const RELATIONSHIPS_NAMESPACE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * How to write a relationship id attribute on an element under `rootTag`: with the prefix the root
 * declares for the relationships namespace, or with a declaration of its own.
 */
export function relationshipIdAttribute(rootTag: string, id: string): string {
  const declared = new RegExp(`\\sxmlns:([\\w.-]+)\\s*=\\s*["']${RELATIONSHIPS_NAMESPACE.replace(/[./]/g, '\\$&')}["']`).exec(rootTag);
  return declared ? `${declared[1]}:id="${escapeXml(id)}"` : `xmlns:r="${RELATIONSHIPS_NAMESPACE}" r:id="${escapeXml(id)}"`;
}
