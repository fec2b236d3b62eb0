import { chromium, type Browser, type Page } from 'playwright-core';

/** Headless Chromium from the system (never downloaded). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A page holding `html`, with every network request recorded (a standalone document makes none). */
export async function openHtml(browser: Browser, html: string): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
  const requests: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('data:') && request.url() !== 'about:blank') requests.push(request.url());
  });
  await page.setContent(html, { waitUntil: 'load' });
  return { page, requests };
}

export interface BrowserCell {
  text: string;
  rowSpan: number;
  colSpan: number;
  /** Grid position, computed from the spans of the rows above (as the HTML table model does). */
  row: number;
  column: number;
  ref: string | null;
  tag: string;
}

/** Every cell of the `table[data-table=id]` as the browser parsed it, with its grid position. */
export async function readTable(page: Page, tableId: string): Promise<{ cells: BrowserCell[]; headRows: number; bodies: number[] }> {
  return page.evaluate((id) => {
    const table = document.querySelector(`table[data-table="${id}"]`) as HTMLTableElement | null;
    if (!table) throw new Error(`no table ${id}`);
    const occupied: boolean[][] = [];
    const cells: Array<{ text: string; rowSpan: number; colSpan: number; row: number; column: number; ref: string | null; tag: string }> = [];
    Array.from(table.rows).forEach((tr, r) => {
      occupied[r] ??= [];
      let c = 0;
      for (const cell of Array.from(tr.cells)) {
        while (occupied[r][c]) c += 1;
        for (let dr = 0; dr < cell.rowSpan; dr++) {
          occupied[r + dr] ??= [];
          for (let dc = 0; dc < cell.colSpan; dc++) occupied[r + dr][c + dc] = true;
        }
        cells.push({ text: cell.textContent ?? '', rowSpan: cell.rowSpan, colSpan: cell.colSpan, row: r, column: c, ref: cell.getAttribute('data-ref'), tag: cell.tagName.toLowerCase() });
        c += cell.colSpan;
      }
    });
    return { cells, headRows: table.tHead?.rows.length ?? 0, bodies: Array.from(table.tBodies).map((body) => body.rows.length) };
  }, tableId);
}
