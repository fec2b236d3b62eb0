/**
 * Text from an input (an organ name, a file name, a message quoting a cell) made safe for a
 * terminal: control characters (ESC, BEL, CR, a newline inside one line…) and the bidirectional
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069) are shown escaped, so a township cannot
 * clear the clerk's screen, move the cursor or forge a "✓ 通过" line. The colour codes this tool
 * writes itself (`output.style`) are kept.
 */
const UNSAFE = /\u001b\[(?:1|2|22|31|32|33|36|39)m|[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\u001b': '\\e' };

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (match) => {
    if (match.length > 1) return match;
    if (named[match]) return named[match];
    const code = match.codePointAt(0)!;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}
