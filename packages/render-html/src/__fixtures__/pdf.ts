import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';

/** Prints `html` to PDF the way a reader's browser does (the document's own @page size), and reads it back with poppler. */
export interface PrintedPdf {
  /** Each page's text with all white space removed (CJK text extracts with stray spaces). */
  pages: string[];
  /** Each page's text lines, as laid out. */
  lines: string[][];
  /** `pdfinfo` output. */
  info: string;
}

export async function printPdf(browser: Browser, html: string): Promise<PrintedPdf> {
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
    const text = (index: number, layout: boolean) =>
      execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-f', String(index + 1), '-l', String(index + 1), file, '-'], { encoding: 'utf8' });
    const indexes = Array.from({ length: count }, (_, index) => index);
    return {
      pages: indexes.map((index) => text(index, false).replace(/\s+/g, '')),
      lines: indexes.map((index) =>
        text(index, true)
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      ),
      info,
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
