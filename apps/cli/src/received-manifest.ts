import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseCsv } from './csv.js';
import { decodeText } from './decode-text.js';
import type { Text } from './text.js';

/**
 * When each file was received: a CSV with a file column (`文件`/`file`, the file name or its path
 * inside the submissions folder) and a date column (`收到日期`/`received`). The register a county
 * office keeps anyway; file modification times are not reliable after copying.
 */
export interface ReceivedManifest {
  /** Received date (ISO) by file name. */
  dates: Map<string, string>;
  /** Lines that could not be read. */
  problems: string[];
}

const fileHeaders = ['文件', '文件名', '报送文件', 'file', 'filename', 'name'];
const dateHeaders = ['收到日期', '收文日期', '报送日期', '接收日期', '日期', 'received', 'receivedon', 'date', 'submittedon'];

function normalizeHeader(header: string): string {
  return header.normalize('NFKC').replace(/[\s_\-*]/g, '').toLowerCase();
}

export function normalizeDate(value: string): string | undefined {
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
    return {
      dates,
      problems: [text('第一行应为表头，含“文件”和“收到日期”两列', 'the first line must be a header with the columns "file" and "received"')],
    };
  }
  rows.slice(1).forEach((row, index) => {
    const file = row[fileColumn] ?? '';
    const date = normalizeDate(row[dateColumn] ?? '');
    if (!file) return;
    if (!date) {
      problems.push(text(`第 ${index + 2} 行：“${row[dateColumn] ?? ''}”不是日期（应如 2025-01-15）`, `line ${index + 2}: "${row[dateColumn] ?? ''}" is not a date (like 2025-01-15)`));
      return;
    }
    dates.set(basename(file.replace(/\\/g, '/')), date);
  });
  return { dates, problems };
}

export async function readReceivedManifest(path: string, text: Text): Promise<ReceivedManifest> {
  return parseReceivedManifest(decodeText(new Uint8Array(await readFile(path))), text);
}
