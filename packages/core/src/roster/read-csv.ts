export interface CsvTable {
  rows: string[][];
  /** 1-based line on which each row starts. */
  lines: number[];
  delimiter: string;
}

const DELIMITERS = [',', '\t', ';', '，'];

function guessDelimiter(text: string): string {
  const firstLine = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
  let best = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    let count = 0;
    let quoted = false;
    for (const char of firstLine) {
      if (char === '"') quoted = !quoted;
      else if (!quoted && char === delimiter) count++;
    }
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Reads CSV text (RFC 4180): a leading BOM, quoted fields with `""` escapes, line breaks inside
 * quotes, CRLF, LF or CR line ends. The delimiter (comma, tab, semicolon or full-width comma) is
 * guessed from the first line. Never throws: an unclosed quote runs to the end of the text.
 */
export function readCsv(input: string): CsvTable {
  const text = input.replace(/^\ufeff/, '');
  const delimiter = guessDelimiter(text);
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let atFieldStart = true;
  const endRow = () => {
    row.push(field);
    rows.push(row);
    lines.push(rowLine);
    row = [];
    field = '';
    atFieldStart = true;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
    } else if (char === delimiter) {
      row.push(field);
      field = '';
      atFieldStart = true;
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      field += char;
      atFieldStart = false;
    }
  }
  if (field !== '' || row.length > 0) endRow();
  return { rows, lines, delimiter };
}
