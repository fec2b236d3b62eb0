import type { Text } from './text.js';

/**
 * The received-date register (文件, 收到日期): the CLI's `received-manifest.ts` and `csv.ts`, replicated
 * for the browser because the CLI's copy reads from disk (follow-up: move the parser to core).
 */
export interface ReceivedManifest {
  dates: Map<string, string>;
  problems: string[];
}

export function parseCsv(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.split(/\r?\n/, 1)[0] ?? '';
  const separator = firstLine.includes('\t') ? '\t' : !firstLine.includes(',') && firstLine.includes('，') ? '，' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === separator) {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.map((r) => r.map((c) => c.trim())).filter((r) => r.some((c) => c !== ''));
}

const fileHeaders = ['文件', '文件名', '报送文件', 'file', 'filename', 'name'];
const dateHeaders = ['收到日期', '收文日期', '报送日期', '接收日期', '日期', 'received', 'receivedon', 'date', 'submittedon'];

const normalizeHeader = (header: string) => header.normalize('NFKC').replace(/[\s_\-*]/g, '').toLowerCase();

function normalizeDate(value: string): string | undefined {
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(value.trim());
  if (!match) return undefined;
  const iso = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? undefined : iso;
}

export function parseReceivedManifest(content: string, text: Text): ReceivedManifest {
  const rows = parseCsv(content);
  const dates = new Map<string, string>();
  const problems: string[] = [];
  if (rows.length === 0) return { dates, problems: [text('文件是空的', 'the file is empty')] };
  const header = rows[0].map(normalizeHeader);
  const fileColumn = header.findIndex((h) => fileHeaders.includes(h));
  const dateColumn = header.findIndex((h) => dateHeaders.includes(h));
  if (fileColumn < 0 || dateColumn < 0) {
    return { dates, problems: [text('第一行应为表头，含“文件”和“收到日期”两列', 'the first line must be a header with the columns "file" and "received"')] };
  }
  rows.slice(1).forEach((row, index) => {
    const file = row[fileColumn] ?? '';
    const date = normalizeDate(row[dateColumn] ?? '');
    if (!file) return;
    if (!date) {
      problems.push(text(`第 ${index + 2} 行：“${row[dateColumn] ?? ''}”不是日期（应如 2025-01-15）`, `line ${index + 2}: "${row[dateColumn] ?? ''}" is not a date (like 2025-01-15)`));
      return;
    }
    dates.set(file.replace(/\\/g, '/').split('/').pop()!, date);
  });
  return { dates, problems };
}
