import { readZipEntry, ZipReadError, type InflateBudget, type ZipArchive } from '../container/zip.js';
import { parseSharedStrings, parseSheetXml } from './parse-sheet.js';
import type { Sheet, SheetState } from './sheet.js';
import { parseAttributes } from './xml-text.js';

export interface SheetEntry {
  name: string;
  state: SheetState;
  /** Part name of the sheet XML, or undefined for a chart sheet or a dangling relation. */
  path?: string;
  /** The sheet is a problem list written by `annotateWorkbook` (marked by a defined name): not the township's data. */
  problemList?: boolean;
}

/**
 * The sheet-local defined name that marks the problem list `annotateWorkbook` adds, so reading an
 * annotated copy skips it (its messages quote labels and codes) and reads the same report.
 */
export const PROBLEM_LIST_NAME = '_GovReport.ProblemList';

/** An opened .xlsx package: its sheet list, with sheets parsed on demand. */
export interface WorkbookPackage {
  /** Part name of the workbook (`xl/workbook.xml`). */
  path: string;
  sheets: SheetEntry[];
  /** Parses a sheet (cached). Throws ZipReadError or CellLimitError. */
  sheet(entry: SheetEntry): Sheet;
}

const decoder = new TextDecoder('utf-8');

/** The part a relationship's target names, from the part that holds the relationship. */
export function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/** The relationships part of a part (`xl/_rels/workbook.xml.rels`). */
export function relationsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function readText(zip: ZipArchive, name: string, budget: InflateBudget): string | undefined {
  const bytes = readZipEntry(zip, name, budget);
  return bytes ? decoder.decode(bytes) : undefined;
}

export interface Relation {
  id: string;
  type: string;
  target: string;
}

/** The internal relationships of a relationships part (external targets left out). */
export function parseRelations(xml: string | undefined): Relation[] {
  if (!xml) return [];
  const relations: Relation[] = [];
  for (const match of xml.matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*?)\/?>/g)) {
    const attributes = parseAttributes(match[1]);
    if (attributes.TargetMode === 'External') continue;
    relations.push({ id: attributes.Id ?? '', type: attributes.Type ?? '', target: attributes.Target ?? '' });
  }
  return relations;
}

/** The sheets a workbook part lists, from its XML and its relationships' XML. */
function listSheets(workbookPath: string, workbookXml: string, relationsXml: string | undefined): { sheets: SheetEntry[]; relations: Relation[] } {
  const relations = parseRelations(relationsXml);
  const targets = new Map(relations.map((relation) => [relation.id, relation]));
  const sheets: SheetEntry[] = [];
  for (const match of workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b([^>]*?)\/?>/g)) {
    const attributes = parseAttributes(match[1]);
    const relation = targets.get(attributes.id ?? '');
    const state: SheetState = attributes.state === 'hidden' ? 'hidden' : attributes.state === 'veryHidden' ? 'veryHidden' : 'visible';
    const isWorksheet = relation && !relation.type.endsWith('/chartsheet') && !relation.type.endsWith('/dialogsheet');
    sheets.push({ name: attributes.name ?? '', state, path: isWorksheet ? resolvePart(workbookPath, relation.target) : undefined });
  }
  for (const match of workbookXml.matchAll(/<(?:[\w.-]+:)?definedName\b([^>]*?)>/g)) {
    const attributes = parseAttributes(match[1]);
    const sheet = sheets[Number(attributes.localSheetId)];
    if (attributes.name === PROBLEM_LIST_NAME && sheet) sheet.problemList = true;
  }
  return { sheets, relations };
}

/**
 * Parsed package parts by their text: files from one template or one program carry the same
 * `_rels/.rels`, workbook and relationships parts, so each is parsed once per run. Bounded
 * (cleared when full; parts over 64 KB are not kept). What is kept is shared: only read.
 */
const parsed = new Map<string, unknown>();

function parsedParts<T>(prefix: string, xml: string | undefined, parse: (xml: string | undefined) => T): T {
  if (xml === undefined || xml.length + prefix.length > 64 * 1024) return parse(xml);
  const key = prefix + xml;
  if (parsed.has(key)) return parsed.get(key) as T;
  const value = parse(xml);
  if (parsed.size >= 64) parsed.clear();
  parsed.set(key, value);
  return value;
}

/**
 * Opens the parts of an .xlsx that reading needs — `_rels/.rels`, the workbook, its relations and
 * shared strings — and parses sheets only when asked. Decompression draws on one byte budget and
 * parsing on one cell budget, both set by the read limits.
 */
export function openWorkbookPackage(zip: ZipArchive, budget: InflateBudget, cellBudget: { remaining: number }): WorkbookPackage {
  const rootRelations = parsedParts('R\u0000', readText(zip, '_rels/.rels', budget), parseRelations);
  const office = rootRelations.find((relation) => relation.type.endsWith('/officeDocument'));
  const workbookPath = office ? resolvePart('', office.target) : 'xl/workbook.xml';
  const workbookXml = readText(zip, workbookPath, budget);
  if (workbookXml === undefined) throw new ZipReadError('corrupt', `${workbookPath} missing`);
  const relationsXml = readText(zip, relationsPath(workbookPath), budget);
  const listing = parsedParts(`W\u0000${workbookPath}\u0000${relationsXml?.length ?? -1}\u0000${relationsXml ?? ''}\u0000`, workbookXml, (xml) => listSheets(workbookPath, xml ?? '', relationsXml));
  const { relations } = listing;
  // Each package gets entries of its own (the listing may be shared with other files of the same layout).
  const sheets = listing.sheets.map((entry) => ({ ...entry }));
  const sharedPath = relations.find((relation) => relation.type.endsWith('/sharedStrings'));
  let sharedStrings: string[] | undefined;
  const cache = new Map<SheetEntry, Sheet>();
  return {
    path: workbookPath,
    sheets,
    sheet(entry) {
      const cached = cache.get(entry);
      if (cached) return cached;
      if (!sharedStrings) {
        const xml = sharedPath ? readText(zip, resolvePart(workbookPath, sharedPath.target), budget) : undefined;
        sharedStrings = xml ? parseSharedStrings(xml) : [];
      }
      let parsed: Sheet = { name: entry.name, state: entry.state, cells: new Map(), merges: [], rowCount: 0, columnCount: 0 };
      if (entry.path) {
        const xml = readText(zip, entry.path, budget);
        if (xml === undefined) throw new ZipReadError('corrupt', `${entry.path} missing`);
        parsed = { name: entry.name, state: entry.state, ...parseSheetXml(xml, sharedStrings, cellBudget) };
      }
      cache.set(entry, parsed);
      return parsed;
    },
  };
}
