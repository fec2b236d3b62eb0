const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function isHexCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 102) || (code >= 65 && code <= 70);
}

/**
 * Replaces the entities `&lt;` `&gt;` `&amp;` `&quot;` `&apos;` `&#NNN;` `&#xHHH;` (left to right,
 * as a global `/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/` would), leaving anything else and
 * character references beyond U+10FFFF as written.
 */
function decodeEntities(text: string, first: number): string {
  let out = '';
  let last = 0;
  for (let at = first; at >= 0; at = text.indexOf('&', at + 1)) {
    let end = -1;
    let replacement: string | undefined;
    if (text.charCodeAt(at + 1) === 35) {
      // &#…;
      const hex = text.charCodeAt(at + 2) === 120; // x
      let i = at + (hex ? 3 : 2);
      const digitsStart = i;
      while (hex ? isHexCode(text.charCodeAt(i)) : text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
      // `&#x;` or `&#x1g;` is no reference (and `#\d+` cannot match after `x` either).
      if (i > digitsStart && text.charCodeAt(i) === 59) {
        end = i + 1;
        const code = hex ? Number.parseInt(text.slice(digitsStart, i), 16) : Number.parseInt(text.slice(digitsStart, i), 10);
        replacement = Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
      }
    } else {
      for (const name of ['lt', 'gt', 'amp', 'quot', 'apos']) {
        if (text.startsWith(name, at + 1) && text.charCodeAt(at + 1 + name.length) === 59) {
          end = at + 2 + name.length;
          replacement = NAMED[name];
          break;
        }
      }
    }
    if (end < 0) continue;
    if (replacement !== undefined) {
      out += text.slice(last, at) + replacement;
      last = end;
    }
    at = end - 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Replaces the OOXML escapes `_xHHHH_` (as a global `/_x([0-9a-fA-F]{4})_/` would). */
function decodeEscapes(text: string, first: number): string {
  let out = '';
  let last = 0;
  for (let at = first; at >= 0; at = text.indexOf('_x', at + 1)) {
    if (text.charCodeAt(at + 6) !== 95 || !isHexCode(text.charCodeAt(at + 2)) || !isHexCode(text.charCodeAt(at + 3)) || !isHexCode(text.charCodeAt(at + 4)) || !isHexCode(text.charCodeAt(at + 5))) continue;
    out += text.slice(last, at) + String.fromCharCode(Number.parseInt(text.slice(at + 2, at + 6), 16));
    last = at + 7;
    at += 6;
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * Decodes XML character data: entities (`&amp;`, `&#20320;`, `&#x4F60;`) and the OOXML escape
 * `_xHHHH_` that Excel writes for control characters (`_x000D_`).
 */
export function decodeXmlText(text: string): string {
  let out = text;
  const amp = out.indexOf('&');
  if (amp >= 0) out = decodeEntities(out, amp);
  const escape = out.indexOf('_x');
  if (escape >= 0) out = decodeEscapes(out, escape);
  return out;
}

/** Escapes text for XML character data and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : '&quot;'));
}

/**
 * Text for OOXML character data (cell strings, comments): escapes markup, the OOXML `_xHHHH_` form
 * and the control characters XML cannot hold (as `_xHHHH_`, which Excel decodes back).
 */
export function xmlText(text: string): string {
  return escapeXml(text.replace(/_x([0-9a-fA-F]{4})_/g, '_x005F_x$1_')).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
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

/** One element found by {@link elementsNamed}. */
export interface ElementSpan {
  /** Offset of `<`. */
  start: number;
  /** Offset just past the closing tag (or the self-closing tag). */
  end: number;
  /** The element's content; undefined for `<name/>`. */
  inner: string | undefined;
}

/**
 * Each `<name …>…</name>` (any namespace prefix) in order, in one pass: every character is
 * looked at a bounded number of times, so hostile XML (thousands of unclosed elements) cannot
 * make it quadratic. Stops at an element that is never closed.
 */
export function* elementsNamed(xml: string, name: string): Generator<ElementSpan> {
  const pattern = new RegExp(`<([\\w.-]+:)?${name}(?=[\\s/>])[^>]*>`, 'g');
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(xml))) {
    const afterTag = pattern.lastIndex;
    if (xml.charCodeAt(afterTag - 2) === 47) {
      yield { start: match.index, end: afterTag, inner: undefined };
      continue;
    }
    const closing = `</${match[1] ?? ''}${name}>`;
    const close = xml.indexOf(closing, afterTag);
    if (close < 0) return;
    pattern.lastIndex = close + closing.length;
    yield { start: match.index, end: pattern.lastIndex, inner: xml.slice(afterTag, close) };
  }
}

/** The first `<name>` element's content ('' for `<name/>`), or undefined when there is none. */
export function firstElement(xml: string, name: string): string | undefined {
  // Fast path for the unprefixed element (`<v>…</v>`); prefixed ones (`<x:v>`) take the general scan.
  const open = `<${name}`;
  for (let at = xml.indexOf(open); at >= 0; at = xml.indexOf(open, at + 1)) {
    const next = xml.charCodeAt(at + open.length);
    if (next !== 62 && next !== 47 && next !== 32 && next !== 9 && next !== 10 && next !== 13) continue;
    const tagEnd = xml.indexOf('>', at);
    if (tagEnd < 0) return undefined;
    if (xml.charCodeAt(tagEnd - 1) === 47) return '';
    const close = xml.indexOf(`</${name}>`, tagEnd + 1);
    return close < 0 ? undefined : xml.slice(tagEnd + 1, close);
  }
  if (!xml.includes(`:${name}`)) return undefined;
  for (const element of elementsNamed(xml, name)) return element.inner ?? '';
  return undefined;
}

/** The text of a string item (`<si>` or `<is>` content): plain or rich-text runs, without phonetic runs. */
export function stringItemText(inner: string): string {
  let content = inner;
  if (inner.includes('rPh')) {
    content = '';
    let last = 0;
    for (const phonetic of elementsNamed(inner, 'rPh')) {
      content += inner.slice(last, phonetic.start);
      last = phonetic.end;
    }
    content += inner.slice(last);
  }
  let text = '';
  for (const run of elementsNamed(content, 't')) text += run.inner ?? '';
  return decodeXmlText(text);
}
