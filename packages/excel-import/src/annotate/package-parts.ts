import { zipSync, type Zippable } from 'fflate';
import { readZipEntry, type InflateBudget, type ZipArchive } from '../container/zip.js';
import { parseRelations, relationsPath, resolvePart, type Relation } from '../xlsx/workbook-package.js';
import { escapeXml } from '../xlsx/xml-text.js';

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

export const RELATIONSHIP_TYPE = {
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vmlDrawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
} as const;

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
} as const;

const EMPTY_RELATIONSHIPS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/**
 * Every part of an OOXML package, in its original order and under its original names, to edit
 * as text and write back. Parts that are not edited are written with the very bytes they had.
 */
export class PackageParts {
  private readonly parts = new Map<string, { name: string; bytes: Uint8Array }>();

  constructor(zip: ZipArchive, budget: InflateBudget) {
    for (const entry of zip.entries.values()) {
      if (entry.name.endsWith('/')) continue;
      this.parts.set(entry.name.toLowerCase(), { name: entry.name, bytes: readZipEntry(zip, entry.name, budget)! });
    }
  }

  has(name: string): boolean {
    return this.parts.has(name.toLowerCase());
  }

  text(name: string): string | undefined {
    const part = this.parts.get(name.toLowerCase());
    return part ? decoder.decode(part.bytes) : undefined;
  }

  setText(name: string, text: string): void {
    const existing = this.parts.get(name.toLowerCase());
    this.parts.set(name.toLowerCase(), { name: existing?.name ?? name, bytes: encoder.encode(text) });
  }

  /** `xl/comments3.xml`: the first name of the pattern (`N` the number) no part has. */
  freeName(pattern: (n: number) => string): string {
    for (let n = 1; ; n++) if (!this.has(pattern(n))) return pattern(n);
  }

  /** Every part name (original case). */
  names(): string[] {
    return [...this.parts.values()].map((part) => part.name);
  }

  relationships(part: string): Relation[] {
    return parseRelations(this.text(relationsPath(part)));
  }

  /** The part a relationship of `part` points to, by id. */
  target(part: string, id: string): string | undefined {
    const relation = this.relationships(part).find((candidate) => candidate.id === id);
    return relation ? resolvePart(part, relation.target) : undefined;
  }

  /** Adds a relationship from `part` to `target` (a part name) and returns its new id. */
  addRelationship(part: string, type: string, target: string): string {
    const path = relationsPath(part);
    const xml = this.text(path) ?? EMPTY_RELATIONSHIPS;
    const taken = new Set([...xml.matchAll(/\sId\s*=\s*["']([^"']*)["']/g)].map((match) => match[1]));
    let n = taken.size + 1;
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const relation = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(relativeTarget(part, target))}"/>`;
    const close = xml.lastIndexOf('</');
    const selfClosed = /<([\w.-]+:)?Relationships\b[^>]*\/>\s*$/.exec(xml);
    const updated = selfClosed
      ? `${xml.slice(0, selfClosed.index)}${selfClosed[0].replace(/\s*\/>\s*$/, '>')}${relation}</${selfClosed[1] ?? ''}Relationships>`
      : `${xml.slice(0, close)}${relation}${xml.slice(close)}`;
    this.setText(path, updated);
    return id;
  }

  /** Declares the content type of a new part (an override), or of an extension (a default) if it has none. */
  declareContentType(partOrExtension: { part: string } | { extension: string }, contentType: string): void {
    const xml = this.text('[Content_Types].xml');
    if (xml === undefined) throw new Error('[Content_Types].xml missing');
    let entry: string;
    if ('part' in partOrExtension) entry = `<Override PartName="/${escapeXml(partOrExtension.part)}" ContentType="${contentType}"/>`;
    else {
      const declared = [...xml.matchAll(/<(?:[\w.-]+:)?Default\b[^>]*\sExtension\s*=\s*["']([^"']*)["']/g)].some((match) => match[1].toLowerCase() === partOrExtension.extension);
      if (declared) return;
      entry = `<Default Extension="${partOrExtension.extension}" ContentType="${contentType}"/>`;
    }
    const close = xml.lastIndexOf('</');
    this.setText('[Content_Types].xml', `${xml.slice(0, close)}${entry}${xml.slice(close)}`);
  }

  /** The package as a zip: the parts in their order, new parts after them. */
  write(): Uint8Array {
    const files: Zippable = {};
    for (const part of this.parts.values()) files[part.name] = part.bytes;
    return zipSync(files, { level: 6 });
  }
}

/** A relationship target for `target`, relative to the folder of `source` (`../comments1.xml`). */
export function relativeTarget(source: string, target: string): string {
  const from = source.split('/').slice(0, -1);
  const to = target.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}
