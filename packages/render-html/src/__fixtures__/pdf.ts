import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';

/** Prints `html` to PDF the way a reader's browser does (the document's own @page size), and reads it back with poppler. */
export async function printPdf(browser: Browser, html: string): Promise<{ pages: string[]; info: string }> {
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  await page.close();
  const directory = mkdtempSync(join(tmpdir(), 'render-html-'));
  try {
    const file = join(directory, 'out.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const count = Number(info.match(/Pages:\s+(\d+)/)?.[1] ?? 0);
    const pages = Array.from({ length: count }, (_, index) =>
      execFileSync('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ''),
    );
    return { pages, info };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
