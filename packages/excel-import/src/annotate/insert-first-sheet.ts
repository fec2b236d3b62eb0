import { PROBLEM_LIST_NAME } from '../xlsx/workbook-package.js';
import { escapeXml } from '../xlsx/xml-text.js';
import { sheetReference } from './problem-list-sheet.js';
import { CONTENT_TYPE, RELATIONSHIP_TYPE, type PackageParts } from './package-parts.js';
import { applyEdits, getAttribute, relationshipIdAttribute, removeAttribute, rootAndChildren, setAttribute, type TextEdit } from './xml-edit.js';

/** A sheet name no sheet of the workbook has (Excel compares names regardless of case): `问题清单`, else `问题清单（2）`… */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? wanted : `${wanted}（${n}）`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/**
 * Adds a worksheet as the workbook's first sheet and makes it the one shown on opening. Everything
 * that counts sheets by position moves with them: a defined name's `localSheetId` (print titles,
 * print areas, filters), the window's `activeTab` and `firstSheet`. The other sheets stop being
 * selected (two selected tabs would open grouped, and typing would change both).
 */
export function insertFirstSheet(parts: PackageParts, workbookPath: string, sheetPaths: readonly string[], name: string, sheetXml: string): void {
  const sheetPath = parts.freeName((n) => `xl/worksheets/sheet${n}.xml`);
  parts.setText(sheetPath, sheetXml);
  parts.declareContentType({ part: sheetPath }, CONTENT_TYPE.worksheet);
  const id = parts.addRelationship(workbookPath, RELATIONSHIP_TYPE.worksheet, sheetPath);

  const xml = parts.text(workbookPath)!;
  const { root, children } = rootAndChildren(xml);
  const sheets = children.find((child) => child.local === 'sheets');
  if (!sheets) throw new Error(`${workbookPath} has no sheets`);
  const p = sheets.name.includes(':') ? sheets.name.slice(0, sheets.name.indexOf(':') + 1) : '';
  const sheetIds = [...xml.slice(sheets.start, sheets.end).matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)].map((match) => Number(getAttribute(match[0], 'sheetId')) || 0);
  const sheetId = Math.max(0, ...sheetIds) + 1;
  const element = `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${relationshipIdAttribute(xml.slice(root.start, root.tagEnd), id)}/>`;
  const edits: TextEdit[] = [{ start: sheets.tagEnd, end: sheets.tagEnd, text: element }];

  // The list is marked by a sheet-local name, which Excel and LibreOffice keep with the sheet.
  const marker = `<${p}definedName name="${PROBLEM_LIST_NAME}" localSheetId="0" hidden="1">${escapeXml(sheetReference(name, 0, 0))}</${p}definedName>`;
  const definedNames = children.find((child) => child.local === 'definedNames');
  if (!definedNames) {
    const before = children.find((child) => child.local === 'externalReferences') ?? children.find((child) => child.local === 'functionGroups') ?? sheets;
    edits.push({ start: before.end, end: before.end, text: `<${p}definedNames>${marker}</${p}definedNames>` });
  } else if (definedNames.end === definedNames.tagEnd) {
    edits.push({ start: definedNames.start, end: definedNames.end, text: `<${definedNames.name}>${marker}</${definedNames.name}>` });
  } else {
    const close = xml.lastIndexOf('</', definedNames.end - 1);
    edits.push({ start: close, end: close, text: marker });
    for (const match of xml.slice(definedNames.tagEnd, definedNames.end).matchAll(/<(?:[\w.-]+:)?definedName\b[^>]*>/g)) {
      const local = getAttribute(match[0], 'localSheetId');
      if (local === undefined || !/^\d+$/.test(local)) continue;
      const start = definedNames.tagEnd + match.index!;
      edits.push({ start, end: start + match[0].length, text: setAttribute(match[0], 'localSheetId', String(Number(local) + 1)) });
    }
  }
  const bookViews = children.find((child) => child.local === 'bookViews');
  if (bookViews) {
    for (const match of xml.slice(bookViews.tagEnd, bookViews.end).matchAll(/<(?:[\w.-]+:)?workbookView\b[^>]*>/g)) {
      const start = bookViews.tagEnd + match.index!;
      const tag = setAttribute(match[0].includes('firstSheet') ? setAttribute(match[0], 'firstSheet', '0') : match[0], 'activeTab', '0');
      edits.push({ start, end: start + match[0].length, text: tag });
    }
  }
  parts.setText(workbookPath, applyEdits(xml, edits));

  for (const path of sheetPaths) {
    const sheet = parts.text(path);
    if (!sheet?.includes('tabSelected')) continue;
    parts.setText(
      path,
      sheet.replace(/<(?:[\w.-]+:)?sheetView\b[^>]*>/g, (tag) => removeAttribute(tag, 'tabSelected')),
    );
  }
}
