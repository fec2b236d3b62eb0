import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser, type Download, type Page } from 'playwright-core';

export const exec = promisify(execFile);
export const app = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const root = resolve(app, '../..');
export const county = join(root, 'examples/demo-county');
export const singleFile = join(app, 'dist-single/gov-report.html');
export const siteIndex = join(app, 'dist/index.html');
export const cliBin = join(root, 'apps/cli/dist/cli.js');
export const chromiumPath = '/usr/bin/chromium';

/** Builds the app (and the CLI, to compare with) only when a build is missing, as `apps/cli/test/bin.test.ts` does. */
export async function ensureBuilt(): Promise<void> {
  const filters = [...(!existsSync(singleFile) || !existsSync(siteIndex) ? ['--filter=@report/web...'] : []), ...(!existsSync(cliBin) ? ['--filter=@report/cli...'] : [])];
  if (filters.length > 0) await exec('npx', ['turbo', 'run', 'build', ...filters, '--output-logs=errors-only'], { cwd: root });
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.woff': 'font/woff', '.svg': 'image/svg+xml' };

/** A tiny static server for `dist/` on 127.0.0.1 and an ephemeral port. */
export async function serve(folder: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(folder, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(folder) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

/** Every request the page makes, and every CSP violation or page error it reports. */
export function watch(page: Page, allowedOrigin?: string) {
  const requests: string[] = [];
  const foreign: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    requests.push(url);
    const local = /^(file|data|blob):/.test(url) || (allowedOrigin !== undefined && new URL(url).origin === allowedOrigin);
    if (!local) foreign.push(url);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return { requests, foreign, problems };
}

export async function downloadBytes(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = (await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), click()])) as [Download, void];
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

export function pdfText(pdf: Uint8Array): string {
  const directory = mkdtempSync(join(tmpdir(), 'web-pdf-'));
  try {
    const file = join(directory, 'report.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

export const squeeze = (text: string) => text.replace(/\s+/g, '');

/** axe-core run inside the page (evaluated over CDP, so the page's CSP is left as it is). */
export async function axeViolations(page: Page): Promise<Array<{ id: string; impact: string; help: string; nodes: number }>> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: unknown[] }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  });
}
