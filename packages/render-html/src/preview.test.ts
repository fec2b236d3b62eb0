import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExampleReport } from '@report/core/testing';
import { describe, it } from 'vitest';
import { countyAggregate, countyRoster } from './__fixtures__/aggregate.js';
import { launchBrowser } from './__fixtures__/browser.js';
import { egongReport } from './__fixtures__/egong.js';
import { extendedForm } from './__fixtures__/extended-form.js';
import { report2019, report2021 } from './__fixtures__/reports.js';
import { renderAggregateHtml, renderDiagnosticsHtml, renderHtml } from './index.js';

/**
 * Not a check: writes the sample documents as HTML, a full-page screenshot and an A4 PDF, to look at.
 * `RENDER_HTML_PREVIEW_DIR=/tmp/preview npx vitest run --project render-html preview`
 */
const directory = process.env.RENDER_HTML_PREVIEW_DIR;

describe.runIf(directory)('preview', () => {
  it('writes the samples', async () => {
    mkdirSync(directory!, { recursive: true });
    const aggregate = countyAggregate();
    const form = extendedForm();
    const documents: Record<string, string> = {
      'report-2021': renderHtml(report2021(), { generatedAt: '2024-01-20 09:30' }),
      'report-2019': renderHtml(report2019()),
      'egong-2019': renderHtml(egongReport()),
      county: renderAggregateHtml(aggregate, { roster: countyRoster() }),
      'extended-form': renderHtml(createExampleReport({ year: 2023, form }), { form }),
      diagnostics: renderDiagnosticsHtml(aggregate.diagnostics),
    };
    const browser = await launchBrowser();
    for (const [name, html] of Object.entries(documents)) {
      writeFileSync(join(directory!, `${name}.html`), html);
      const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
      await page.setContent(html);
      await page.screenshot({ path: join(directory!, `${name}.png`), fullPage: true });
      await page.pdf({ path: join(directory!, `${name}.pdf`), preferCSSPageSize: true });
      await page.close();
    }
    await browser.close();
  }, 180_000);
});
