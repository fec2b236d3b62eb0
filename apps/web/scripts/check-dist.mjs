// `lint` for the app (turbo runs it after `build`): both builds exist, carry the CSP, and reference nothing off the page's origin.
// With GOV_REPORT_WEB_OUT, the builds in that folder (a province's copy).
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { app, webOutputs } from './build-options.mjs';

const outputs = webOutputs();
const problems = [];
for (const path of [join(outputs.site, 'index.html'), outputs.singleFile]) {
  const file = relative(app, path);
  if (!existsSync(path)) {
    problems.push(`${file} is missing: run npm run build -w @report/web`);
    continue;
  }
  const html = readFileSync(path, 'utf8');
  const head = html.slice(0, html.indexOf('<script'));
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(head)?.[1];
  if (!csp) problems.push(`${file}: no Content-Security-Policy meta tag before the first script`);
  else {
    if (!csp.includes("default-src 'self'")) problems.push(`${file}: the CSP lacks default-src 'self'`);
    if (!/connect-src 'self'(;|$)/.test(csp)) problems.push(`${file}: connect-src must be 'self' only`);
    if (/https?:/.test(csp) || /script-src[^;]*'unsafe-inline'/.test(csp)) problems.push(`${file}: the CSP allows remote or inline scripts`);
  }
  // Tags of the page itself (not text inside its scripts): no src/href off the origin.
  const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '<script></script>');
  for (const match of markup.matchAll(/\s(?:src|href)="(https?:)?\/\/[^"]*"/g)) problems.push(`${file}: remote reference ${match[0].trim()}`);
}
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
console.log('@report/web: both builds present, CSP in place, no remote reference');
