import type { Severity } from '@report/core';
import { applyEdits, getAttribute, prefixOf, rootAndChildren, setAttribute, type ElementAt, type TextEdit } from './xml-edit.js';

/** Highlight colours, as Excel's own “bad”, “neutral” and note fills. */
const SEVERITY_COLOR: Record<Severity, string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' };
const HEADER_COLOR = 'FFD9D9D9';

/** The collections of a style sheet, in the order the schema requires. */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'] as const;
type Collection = 'fonts' | 'fills' | 'borders' | 'cellXfs';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
/** What a package without a style sheet gets: the defaults every spreadsheet program assumes. */
export const DEFAULT_STYLESHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** Style indices of the problem list sheet. */
export interface ListStyles {
  title: number;
  header: number;
  text: number;
  centered: number;
  link: number;
  severity: Record<Severity, number>;
}

/**
 * The workbook's style sheet, only ever added to: new fonts, fills, borders and cell formats go after
 * the existing ones, so every index a cell already uses keeps its meaning. A highlighted cell gets a
 * copy of its own cell format with only the fill changed (number format, font, border, alignment and
 * protection kept).
 */
export class StyleSheet {
  private readonly prefix: string;
  private readonly children: ElementAt[];
  private readonly root: ElementAt;
  private readonly counts = new Map<Collection, number>();
  private readonly added = new Map<Collection, string[]>();
  private readonly xfs: string[];
  private readonly highlights = new Map<string, number>();
  private readonly fills = new Map<string, number>();
  private listStylesCache: ListStyles | undefined;

  constructor(private readonly xml: string) {
    const { root, children } = rootAndChildren(xml);
    this.root = root;
    this.children = children;
    this.prefix = prefixOf(root);
    for (const name of ['fonts', 'fills', 'borders', 'cellXfs'] as const) this.counts.set(name, this.items(name).length);
    this.xfs = this.items('cellXfs');
  }

  private collection(name: string): ElementAt | undefined {
    return this.children.find((child) => child.local === name);
  }

  private items(name: Collection): string[] {
    const element = this.collection(name);
    if (!element || element.end === element.tagEnd) return [];
    return rootAndChildren(this.xml.slice(element.start, element.end)).children.map((child) => this.xml.slice(element.start + child.start, element.start + child.end));
  }

  private add(name: Collection, item: string): number {
    const list = this.added.get(name) ?? this.added.set(name, []).get(name)!;
    list.push(item);
    return this.counts.get(name)! + list.length - 1;
  }

  private solidFill(color: string): number {
    const known = this.fills.get(color);
    if (known !== undefined) return known;
    const p = this.prefix;
    const index = this.add('fills', `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${color}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`);
    this.fills.set(color, index);
    return index;
  }

  /** A cell format like `style` (a cell's `s`) with the highlight fill of the severity. */
  highlight(style: number, severity: Severity): number {
    const key = `${style}/${severity}`;
    const known = this.highlights.get(key);
    if (known !== undefined) return known;
    const p = this.prefix;
    const original = this.xfs[style] ?? this.xfs[0] ?? `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const tagEnd = original.indexOf('>') + 1;
    let tag = original.slice(0, tagEnd);
    tag = setAttribute(setAttribute(tag, 'fillId', String(this.solidFill(SEVERITY_COLOR[severity]))), 'applyFill', '1');
    if (getAttribute(tag, 'xfId') === undefined) tag = setAttribute(tag, 'xfId', '0');
    const index = this.add('cellXfs', tag + original.slice(tagEnd));
    this.highlights.set(key, index);
    return index;
  }

  /** The formats of the problem list sheet (added once). */
  listStyles(): ListStyles {
    if (this.listStylesCache) return this.listStylesCache;
    const p = this.prefix;
    const font = (inner: string) => this.add('fonts', `<${p}font>${inner}<${p}name val="宋体"/><${p}family val="3"/><${p}charset val="134"/></${p}font>`);
    const title = font(`<${p}b/><${p}sz val="12"/>`);
    const bold = font(`<${p}b/><${p}sz val="11"/>`);
    const body = font(`<${p}sz val="11"/>`);
    const link = font(`<${p}u/><${p}sz val="11"/><${p}color rgb="FF0563C1"/>`);
    const side = (name: string) => `<${p}${name} style="thin"><${p}color rgb="FF808080"/></${p}${name}>`;
    const border = this.add('borders', `<${p}border>${side('left')}${side('right')}${side('top')}${side('bottom')}<${p}diagonal/></${p}border>`);
    const xf = (fontId: number, fillId: number, borderId: number, alignment: string) =>
      this.add(
        'cellXfs',
        `<${p}xf numFmtId="0" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0" applyFont="1"${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''} applyAlignment="1"><${p}alignment ${alignment} wrapText="1"/></${p}xf>`,
      );
    const severityStyle = (severity: Severity) => xf(body, this.solidFill(SEVERITY_COLOR[severity]), border, 'horizontal="center" vertical="top"');
    this.listStylesCache = {
      title: xf(title, 0, 0, 'vertical="center"'),
      header: xf(bold, this.solidFill(HEADER_COLOR), border, 'horizontal="center" vertical="center"'),
      text: xf(body, 0, border, 'vertical="top"'),
      centered: xf(body, 0, border, 'horizontal="center" vertical="top"'),
      link: xf(link, 0, border, 'horizontal="center" vertical="top"'),
      severity: { error: severityStyle('error'), warning: severityStyle('warning'), info: severityStyle('info') },
    };
    return this.listStylesCache;
  }

  /** The style sheet with everything added. */
  toXml(): string {
    const edits: TextEdit[] = [];
    const p = this.prefix;
    for (const [name, items] of this.added) {
      const element = this.collection(name);
      const count = String(this.counts.get(name)! + items.length);
      if (element) {
        const tag = this.xml.slice(element.start, element.tagEnd);
        if (element.end === element.tagEnd) {
          edits.push({ start: element.start, end: element.end, text: `${setAttribute(tag, 'count', count).replace(/\s*\/>$/, '>')}${items.join('')}</${element.name}>` });
        } else {
          edits.push({ start: element.start, end: element.tagEnd, text: setAttribute(tag, 'count', count) });
          const close = this.xml.lastIndexOf('</', element.end - 1);
          edits.push({ start: close, end: close, text: items.join('') });
        }
        continue;
      }
      // A collection the sheet lacks goes before the first collection that follows it in the schema.
      const later = ORDER.slice(ORDER.indexOf(name) + 1);
      const next = this.children.find((child) => (later as readonly string[]).includes(child.local));
      const at = next ? next.start : this.xml.lastIndexOf('</', this.root.end - 1);
      edits.push({ start: at, end: at, text: `<${p}${name} count="${count}">${items.join('')}</${p}${name}>` });
    }
    return applyEdits(this.xml, edits);
  }
}
