import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether LibreOffice Writer can be run here (`soffice` plus the Writer component, which reads .docx). */
export function hasLibreOfficeWriter(): boolean {
  const version = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 });
  if (version.status !== 0 || !/LibreOffice/.test(version.stdout)) return false;
  const writer = spawnSync('dpkg', ['-s', 'libreoffice-writer-nogui'], { encoding: 'utf8' }).status === 0 || spawnSync('dpkg', ['-s', 'libreoffice-writer'], { encoding: 'utf8' }).status === 0;
  return writer || existsSync('/usr/lib/libreoffice/program/libswlo.so');
}

/**
 * Converts .docx files to PDF with headless LibreOffice in one run: its own profile (so it runs beside
 * any other LibreOffice), its own process group, killed when done or after `timeout` ms (soffice
 * leaves soffice.bin behind when it hangs). Returns the PDF paths, in input order.
 */
export async function convertDocxToPdf(files: Record<string, Uint8Array>, directory = mkdtempSync(join(tmpdir(), 'render-docx-lo-')), timeout = 180_000): Promise<Record<string, string>> {
  const inputs = join(directory, 'docx');
  const outputs = join(directory, 'pdf');
  mkdirSync(inputs, { recursive: true });
  mkdirSync(outputs, { recursive: true });
  const paths = Object.entries(files).map(([name, bytes]) => {
    const path = join(inputs, `${name}.docx`);
    writeFileSync(path, bytes);
    return path;
  });
  const profile = join(directory, 'profile');
  const child = spawn('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--nologo', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', outputs, ...paths], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const killGroup = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // The group is gone already.
    }
  };
  const timer = setTimeout(killGroup, timeout);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  killGroup();
  const result: Record<string, string> = {};
  for (const name of Object.keys(files)) {
    const pdf = join(outputs, `${name}.pdf`);
    if (!existsSync(pdf)) throw new Error(`soffice did not convert ${name}.docx (status ${status}): ${output}`);
    result[name] = pdf;
  }
  return result;
}

/** `pdftotext` of a PDF file: `raw` (drawing order) or `layout`. */
export function pdfText(file: string, mode: 'raw' | 'layout' = 'raw'): string {
  return spawnSync('pdftotext', [`-${mode}`, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout;
}

/** `pdfinfo` as a map. */
export function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout.split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) info[match[1]] = match[2];
  }
  return info;
}

/** Text without any whitespace, for finding labels that wrap inside a cell. */
export const squeeze = (text: string) => text.replace(/\s+/g, '');
