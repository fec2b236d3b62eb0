import { strToU8, zipSync, type Zippable } from 'fflate';
import { element, escapeXml, namespaces, xmlDeclaration } from './xml.js';

export const docxMediaType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const contentTypes = `${xmlDeclaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>\
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
</Types>`;

const relationship = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const packageRelationships = `${xmlDeclaration}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" Type="${relationship}/officeDocument" Target="word/document.xml"/>\
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
<Relationship Id="rId3" Type="${relationship}/extended-properties" Target="docProps/app.xml"/>\
</Relationships>`;

const documentRelationships = `${xmlDeclaration}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rIdStyles" Type="${relationship}/styles" Target="styles.xml"/>\
<Relationship Id="rIdSettings" Type="${relationship}/settings" Target="settings.xml"/>\
<Relationship Id="rIdFontTable" Type="${relationship}/fontTable" Target="fontTable.xml"/>\
<Relationship Id="rIdFooterOdd" Type="${relationship}/footer" Target="footer1.xml"/>\
<Relationship Id="rIdFooterEven" Type="${relationship}/footer" Target="footer2.xml"/>\
</Relationships>`;

/** `word/settings.xml`: different footers on even pages (GB/T 9704 page numbers), Chinese punctuation compressed, Word 2013+ layout. */
export function settingsXml(evenAndOddFooters: boolean): string {
  return `${xmlDeclaration}<w:settings xmlns:w="${escapeXml(namespaces.w)}">${[
    element('w:zoom', { 'w:percent': 100 }),
    element('w:defaultTabStop', { 'w:val': 420 }),
    evenAndOddFooters ? element('w:evenAndOddHeaders') : '',
    element('w:characterSpacingControl', { 'w:val': 'compressPunctuation' }),
    element('w:compat', {}, element('w:compatSetting', { 'w:name': 'compatibilityMode', 'w:uri': 'http://schemas.microsoft.com/office/word', 'w:val': 15 })),
    element('w:themeFontLang', { 'w:val': 'en-US', 'w:eastAsia': 'zh-CN' }),
  ].join('')}</w:settings>`;
}

export interface DocumentProperties {
  title: string;
  creator: string;
  subject: string;
  keywords: string;
  created: Date;
}

function coreXml(properties: DocumentProperties): string {
  const date = properties.created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `${xmlDeclaration}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
${element('dc:title', {}, escapeXml(properties.title))}${element('dc:subject', {}, escapeXml(properties.subject))}${element('dc:creator', {}, escapeXml(properties.creator))}\
${element('cp:keywords', {}, escapeXml(properties.keywords))}${element('dc:language', {}, 'zh-CN')}\
${element('dcterms:created', { 'xsi:type': 'dcterms:W3CDTF' }, date)}${element('dcterms:modified', { 'xsi:type': 'dcterms:W3CDTF' }, date)}</cp:coreProperties>`;
}

const appXml = `${xmlDeclaration}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>@report/render-docx</Application></Properties>`;

export interface DocumentParts {
  document: string;
  styles: string;
  settings: string;
  fontTable: string;
  footerOdd: string;
  footerEven: string;
  properties: DocumentProperties;
}

/** The .docx: the parts zipped (deflated) in the order Word writes them, every entry dated `created` so the same input gives the same bytes. */
export function packageDocx(parts: DocumentParts): Uint8Array {
  const mtime = parts.properties.created.getTime() < Date.UTC(1980, 0, 2) ? new Date(Date.UTC(1980, 0, 2)) : parts.properties.created;
  const files: Zippable = {
    '[Content_Types].xml': strToU8(contentTypes),
    '_rels/.rels': strToU8(packageRelationships),
    'word/document.xml': strToU8(parts.document),
    'word/_rels/document.xml.rels': strToU8(documentRelationships),
    'word/styles.xml': strToU8(parts.styles),
    'word/settings.xml': strToU8(parts.settings),
    'word/fontTable.xml': strToU8(parts.fontTable),
    'word/footer1.xml': strToU8(parts.footerOdd),
    'word/footer2.xml': strToU8(parts.footerEven),
    'docProps/core.xml': strToU8(coreXml(parts.properties)),
    'docProps/app.xml': strToU8(appXml),
  };
  return zipSync(files, { level: 6, mtime });
}
