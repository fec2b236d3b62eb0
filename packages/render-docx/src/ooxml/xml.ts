/** Characters XML 1.0 does not allow at all (they would make Word refuse the file). */
const forbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text or an attribute value escaped for XML, forbidden control characters removed. */
export function escapeXml(text: string): string {
  return text.replace(forbidden, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An element: `element('w:b')` → `<w:b/>`, with attributes (undefined ones left out) and content. */
export function element(name: string, attributes: Record<string, string | number | undefined> = {}, content = ''): string {
  const attributeText = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  return content === '' ? `<${name}${attributeText}/>` : `<${name}${attributeText}>${content}</${name}>`;
}

export const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The namespaces of WordprocessingML parts. */
export const namespaces = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};

/** Millimetres to twentieths of a point (twips), the unit of page geometry. */
export function twips(millimetres: number): number {
  return Math.round((millimetres / 25.4) * 1440);
}
