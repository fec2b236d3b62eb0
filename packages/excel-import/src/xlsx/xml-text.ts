const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Decodes XML character data: entities (`&amp;`, `&#20320;`, `&#x4F60;`) and the OOXML escape
 * `_xHHHH_` that Excel writes for control characters (`_x000D_`).
 */
export function decodeXmlText(text: string): string {
  let out = text;
  if (out.includes('&')) {
    out = out.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (whole, name: string) => {
      if (name[0] !== '#') return NAMED[name] ?? whole;
      const code = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
  }
  if (out.includes('_x')) out = out.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return out;
}

/** Escapes text for XML character data and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : '&quot;'));
}

/** Attributes of a start tag's attribute text, by local name (namespace prefixes dropped). */
export function parseAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const pattern = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text))) {
    const name = match[1];
    const local = name.includes(':') && !name.startsWith('xmlns') ? name.slice(name.indexOf(':') + 1) : name;
    attributes[local] = decodeXmlText(match[2] ?? match[3] ?? '');
  }
  return attributes;
}

const RUN_PHONETIC = /<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g;
const TEXT_RUN = /<(?:[\w.-]+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g;

/** The text of a string item (`<si>` or `<is>` content): plain or rich-text runs, without phonetic runs. */
export function stringItemText(inner: string): string {
  const content = inner.includes('rPh') ? inner.replace(RUN_PHONETIC, '') : inner;
  let text = '';
  TEXT_RUN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TEXT_RUN.exec(content))) text += match[1] ?? '';
  return decodeXmlText(text);
}
