import { zipSync, type Zippable } from 'fflate';
import { getCell, getForm, organLevelLabels, type FormDefinition, type Report, type ReportSection } from '@report/core';
import { reportError } from '@report/core/plugin';
import { openZip, readZipEntry, type ZipArchive } from '../container/zip.js';
import { evaluateSimpleFormula } from '../read/formula.js';
import { metaRows } from '../read/read-template.js';
import { openWorkbookPackage } from '../xlsx/workbook-package.js';
import { xmlText } from '../xlsx/xml-text.js';
import { META_SHEET } from './metadata.js';
import { tablePlacements, templateMap } from './template-map.js';

type CellWrite = { kind: 'number'; value: number } | { kind: 'text'; value: string } | { kind: 'computed'; values: Map<string, number> };

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

function writeCell(attributes: string, inner: string | undefined, write: CellWrite): string {
  const kept = attributes.replace(/\s+t\s*=\s*"[^"]*"/, '');
  const formula = inner ? /<f\b[^>]*>([\s\S]*?)<\/f>/.exec(inner) : null;
  if (write.kind === 'computed' || formula) {
    if (!formula) return `<c${kept}/>`;
    const value =
      write.kind === 'number'
        ? write.value
        : write.kind === 'computed'
          ? evaluateSimpleFormula(formula[1].replace(/&quot;/g, '"'), (row, column) => write.values.get(`${row}/${column}`) ?? null)
          : undefined;
    if (typeof value === 'number') return `<c${kept}>${formula[0]}<v>${value}</v></c>`;
    return `<c${kept} t="str">${formula[0]}<v></v></c>`;
  }
  if (write.kind === 'number') return `<c${kept}><v>${write.value}</v></c>`;
  return `<c${kept} t="inlineStr"><is><t xml:space="preserve">${xmlText(write.value)}</t></is></c>`;
}

function patchSheet(xml: string, writes: Map<string, CellWrite>, sheetName: string): string {
  let out = '';
  let last = 0;
  let done = 0;
  CELL.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = CELL.exec(xml))) {
    const reference = /\sr="([A-Z]+\d+)"/.exec(match[1]);
    const write = reference ? writes.get(reference[1]) : undefined;
    if (!write) continue;
    out += xml.slice(last, match.index) + writeCell(match[1], match[2], write);
    last = match.index + match[0].length;
    done += 1;
  }
  if (done !== writes.size) {
    const missing = [...writes.keys()].filter((address) => !new RegExp(`<c\\b[^>]*\\sr="${address}"`).test(xml));
    throw reportError('template-cell-missing', { sheet: sheetName, cells: { zh: missing.join('、'), en: missing.join(', ') } });
  }
  return out + xml.slice(last);
}

function sectionText(section: ReportSection): string {
  return [...section.paragraphs, ...section.children.flatMap((child) => [child.title, sectionText(child)].filter(Boolean))].join('\n');
}

function readPart(zip: ZipArchive, name: string): Uint8Array {
  const bytes = readZipEntry(zip, name, { remaining: Number.MAX_SAFE_INTEGER });
  if (!bytes) throw reportError('template-invalid', { problem: { zh: `缺少 ${name}`, en: `${name} is missing` } });
  return bytes;
}

/**
 * Fills a template made by `createTemplate` with a report, as a clerk would type it: every
 * table cell, the cover fields and the narrative. Totals keep their formulas and get the result
 * Excel would show, so the file reads back the same without being opened in Excel. Throws a
 * ReportError when the template is not one (or is for another form or year): a programmer error.
 */
export function fillTemplate(
  template: Uint8Array,
  report: Report,
  options: { contact?: { person?: string; phone?: string }; forms?: readonly FormDefinition[] } = {},
): Uint8Array {
  const zip = openZip(template);
  const workbook = openWorkbookPackage(zip, { remaining: Number.MAX_SAFE_INTEGER }, { remaining: Number.MAX_SAFE_INTEGER });
  const metaEntry = workbook.sheets.find((entry) => entry.name === META_SHEET);
  if (!metaEntry) throw reportError('template-invalid', { problem: { zh: '没有模板元数据', en: 'it has no template metadata' } });
  const rows = metaRows(workbook.sheet(metaEntry));
  const meta = (kind: string) => rows.find((row) => row.kind === kind)?.id;
  if (meta('form') !== report.format) throw reportError('template-form-mismatch', { templateForm: meta('form') ?? '?', reportForm: report.format });
  if (meta('year') !== String(report.year)) throw reportError('template-year-mismatch', { templateYear: meta('year') ?? '?', reportYear: report.year });
  const english = meta('locale') === 'en';
  const pathOf = new Map(workbook.sheets.map((entry) => [entry.name, entry.path]));

  const writes = new Map<string, Map<string, CellWrite>>();
  const numbers = new Map<string, Map<string, number>>();
  const put = (sheet: string | undefined, address: string | undefined, write: CellWrite) => {
    if (!sheet || !address) return;
    (writes.get(sheet) ?? writes.set(sheet, new Map()).get(sheet)!).set(address, write);
  };
  const form = getForm(report.format, options.forms);
  for (const cell of templateMap(form, tablePlacements(form, rows)).cells) {
    const value = getCell(report, cell.ref);
    const position = cell;
    const sheetNumbers = numbers.get(cell.sheet) ?? numbers.set(cell.sheet, new Map()).get(cell.sheet)!;
    if (value !== null) sheetNumbers.set(`${position.row}/${position.column}`, value);
    put(cell.sheet, cell.address, value === null ? { kind: 'computed', values: sheetNumbers } : { kind: 'number', value });
  }
  const contact = options.contact ?? {};
  const fieldValues: Record<string, string | undefined> = {
    'organ.name': report.organ.name,
    'organ.level': english ? organLevelLabels[report.organ.level].en : organLevelLabels[report.organ.level].zh,
    'organ.creditCode': report.organ.creditCode,
    'organ.divisionCode': report.organ.divisionCode,
    'contact.person': contact.person,
    'contact.phone': contact.phone,
  };
  for (const row of rows) {
    if (row.kind === 'field' && fieldValues[row.id]) put(row.sheet, row.address, { kind: 'text', value: fieldValues[row.id]! });
    if (row.kind === 'section') {
      const section = report.sections.find((candidate) => candidate.id === row.id);
      const text = section ? sectionText(section) : '';
      if (text) put(row.sheet, row.address, { kind: 'text', value: text });
    }
  }

  const files: Zippable = {};
  for (const entry of zip.entries.values()) files[entry.name] = readPart(zip, entry.name);
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  for (const [sheet, sheetWrites] of writes) {
    const path = pathOf.get(sheet);
    if (!path) throw reportError('template-invalid', { problem: { zh: `缺少工作表“${sheet}”`, en: `the sheet “${sheet}” is missing` } });
    const name = [...zip.entries.values()].find((entry) => entry.name.toLowerCase() === path.toLowerCase())!.name;
    files[name] = encoder.encode(patchSheet(decoder.decode(files[name] as Uint8Array), sheetWrites, sheet));
  }
  return zipSync(files, { level: 6 });
}
