// Prints the size budget after a build: the app's JavaScript without fonts (the site), and the single file with fonts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { app, webOutputs } from './build-options.mjs';

const files = (folder) => readdirSync(folder, { recursive: true }).map((name) => join(folder, String(name))).filter((path) => statSync(path).isFile());
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const sum = (paths) => paths.reduce((total, path) => total + statSync(path).size, 0);
const gzip = (paths) => paths.reduce((total, path) => total + gzipSync(readFileSync(path)).length, 0);

/** Budgets: fail the build when the app grows past them by accident (raise them on purpose, in README too). */
export const budgets = { siteJavaScript: 4.5 * 1024 * 1024, singleFile: 8 * 1024 * 1024 };

/** Of the build `webOutputs()` names: `dist/` and `dist-single/`, or those under `GOV_REPORT_WEB_OUT`. */
export function sizes(outputs = webOutputs()) {
  const site = files(outputs.site);
  const js = site.filter((path) => path.endsWith('.js'));
  const main = js.filter((path) => !/worker/.test(path));
  const fonts = site.filter((path) => /\.(woff2?|ttf|otf)$/.test(path));
  const single = outputs.singleFile;
  return { siteJavaScript: sum(js), mainJavaScript: sum(main), siteJavaScriptGzip: gzip(js), fonts: sum(fonts), singleFile: statSync(single).size, singleFileGzip: gzip([single]) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const s = sizes();
  console.log('@report/web size budget');
  console.log(`  site JavaScript, no fonts: ${mb(s.siteJavaScript)} (gzip ${mb(s.siteJavaScriptGzip)}); of it the page itself ${(s.mainJavaScript / 1024).toFixed(1)} KB, the rest the worker`);
  console.log(`  font (Noto Serif SC, Simplified Chinese subset, WOFF): ${mb(s.fonts)}`);
  console.log(`  single file with fonts: ${mb(s.singleFile)} (gzip ${mb(s.singleFileGzip)})  ${relative(app, webOutputs().singleFile)}`);
  const over = Object.entries(budgets).filter(([key, limit]) => s[key] > limit);
  for (const [key, limit] of over) console.error(`  over budget: ${key} ${mb(s[key])} > ${mb(limit)}`);
  if (over.length > 0) process.exit(1);
}
