import { decodeText } from '../narrative/decode-text.js';
import { readCsv } from '../roster/read-csv.js';

/**
 * When each file was received: a CSV with a file column (`文件`/`file`, the file name or its path
 * inside the submissions folder) and a date column (`收到日期`/`received`). The register a county
 * office keeps anyway; file modification times are not reliable after copying. Read the same way by
 * the CLI and the browser app.
 */
export interface ReceivedRegister {
  /** Received date (ISO) by file name. */
  dates: Map<string, string>;
  /** Lines that could not be read, in the requested language. */
  problems: string[];
}

const fileHeaders = ['文件', '文件名', '报送文件', 'file', 'filename', 'name'];
const dateHeaders = ['收到日期', '收文日期', '报送日期', '接收日期', '日期', 'received', 'receivedon', 'date', 'submittedon'];

function normalizeHeader(header: string): string {
  return header.normalize('NFKC').replace(/[\s_\-*]/g, '').toLowerCase();
}

/** `2025-01-15`, `2025/1/15`, `2025.1.15` or `2025年1月15日` as an ISO date; `undefined` for anything else (also 2025-02-30). */
export function normalizeDate(value: string): string | undefined {
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(value.trim());
  if (!match) return undefined;
  const iso = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? undefined : iso;
}

/** Reads the register from its text or bytes (UTF-8, UTF-16 with a BOM, or GB18030). Never throws. */
export function parseReceivedRegister(input: string | Uint8Array, text: (zh: string, en: string) => string): ReceivedRegister {
  const dates = new Map<string, string>();
  const decoded = typeof input === 'string' ? { text: input } : decodeText(input);
  if (!('text' in decoded)) return { dates, problems: [text('不是文本（CSV）文件', 'not a text (CSV) file')] };
  const rows = readCsv(decoded.text).rows.map((row) => row.map((cell) => cell.trim())).filter((row) => row.some((cell) => cell !== ''));
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
    dates.set(file.replace(/\\/g, '/').replace(/^.*\//, ''), date);
  });
  return { dates, problems };
}
