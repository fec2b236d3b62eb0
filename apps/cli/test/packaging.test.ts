import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { lstat, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The packages as a user gets them: `npm pack` each one, install the tarballs into an empty project
 * (no workspace links; dependencies from the npm cache), then run the installed `gov-report` on the
 * example county and import every library from an ES module and with `require()` from CommonJS.
 */
const run = promisify(execFile);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const county = join(root, 'examples/demo-county');
const workspaces = ['@report/core', '@report/excel-import', '@report/render-html', '@report/render-pdf', '@report/render-docx', '@report/cli'];
const folders = ['packages/core', 'packages/excel-import', 'packages/render-html', 'packages/render-pdf', 'packages/render-docx', 'apps/cli'];

let scratch: string;
let project: string;

async function sh(command: string, args: string[], cwd: string, allowFailure = false) {
  try {
    const result = await run(command, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false' } });
    return { code: 0, stdout: result.stdout, stderr: result.stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    if (!allowFailure) throw new Error(`${command} ${args.join(' ')} failed (${failure.code}):\n${failure.stderr ?? ''}${failure.stdout ?? ''}`);
    return { code: typeof failure.code === 'number' ? failure.code : -1, stdout: failure.stdout ?? '', stderr: failure.stderr ?? '' };
  }
}

beforeAll(async () => {
  // The test command builds first (`turbo run typecheck lint` builds every package); build here too
  // when run on its own, so the tarballs never hold a missing dist.
  if (folders.some((folder) => !existsSync(join(root, folder, 'dist/index.js')))) {
    await sh('npx', ['turbo', 'run', 'build', '--filter=@report/cli...', '--output-logs=errors-only'], root);
  }
  scratch = await mkdtemp(join(tmpdir(), 'gov-report-packaging-'));
  const tarballs = join(scratch, 'tarballs');
  await mkdir(tarballs);
  const packed = await sh('npm', ['pack', '--json', '--pack-destination', tarballs, ...workspaces.flatMap((w) => ['-w', w])], root);
  const files: string[] = (JSON.parse(packed.stdout) as Array<{ filename: string }>).map((entry) => join(tarballs, entry.filename.replace(/^@/, '').replace('/', '-')));
  project = join(scratch, 'project');
  await mkdir(project);
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'scratch', version: '1.0.0', private: true }, null, 2));
  const install = ['install', ...files, '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'];
  const offline = await sh('npm', [...install, '--offline'], project, true);
  if (offline.code !== 0) await sh('npm', [...install, '--prefer-offline'], project);
}, 240_000);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('the packed packages installed into an empty project', () => {
  it('installs real copies, not links to the workspace', async () => {
    for (const name of workspaces) {
      const folder = join(project, 'node_modules', name);
      expect((await lstat(folder)).isSymbolicLink()).toBe(false);
      expect(existsSync(join(folder, 'dist/index.js'))).toBe(true);
    }
    expect(existsSync(join(project, 'node_modules/.bin/gov-report'))).toBe(true);
  });

  it('runs gov-report validate on the example county: problems by file, a summary line, exit 1', async () => {
    const result = await sh(join(project, 'node_modules/.bin/gov-report'), ['validate', join(county, 'submissions')], project, true);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/共检查 \d+ 个文件：\d+ 个通过，\d+ 个有错误/);
    expect(result.stdout).toContain('白云镇');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('runs gov-report aggregate on the example county and writes every output', async () => {
    const out = join(project, 'out');
    const result = await sh(
      join(project, 'node_modules/.bin/gov-report'),
      ['aggregate', join(county, 'submissions'), '--roster', join(county, 'roster.xlsx'), '--received', join(county, 'received.csv'), '--organ', '青山县人民政府', '--year', '2024', '-o', out, '--json'],
      project,
      true,
    );
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.completeness.expected).toBeGreaterThanOrEqual(14);
    expect(document.completeness.missing).toBeGreaterThanOrEqual(1);
    for (const name of ['report.json', 'report.html', 'report.pdf', 'report.docx', 'summary.xlsx', 'checking.html', 'checking.json']) {
      expect((await stat(join(out, name))).size).toBeGreaterThan(100);
    }
    const pdf = await readFile(join(out, 'report.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('imports every library from an ES module and with require() from CommonJS', async () => {
    const checks = {
      '@report/core': ['validateReport', 'aggregate', 'parseReport', 'createPipeline'],
      '@report/core/plugin': ['definePlugin', 'extendForm', 'reportError'],
      '@report/core/testing': ['createExampleReport'],
      '@report/excel-import': ['createTemplate', 'readWorkbook', 'writeSummaryWorkbook'],
      '@report/render-html': ['renderHtml', 'renderDiagnosticsHtml'],
      '@report/render-pdf': ['renderPdf'],
      '@report/render-docx': ['renderDocx', 'renderAggregateDocx', 'docxPlugin'],
      '@report/cli': ['run'],
    };
    const esm = Object.entries(checks)
      .map(([name, exports], index) => `import * as m${index} from '${name}';\nfor (const e of ${JSON.stringify(exports)}) if (typeof m${index}[e] !== 'function') throw new Error('${name} has no ' + e);`)
      .join('\n');
    await writeFile(join(project, 'check.mjs'), `${esm}\nconsole.log('esm ok');\n`);
    const cjs = Object.entries(checks)
      .map(([name, exports]) => `{ const m = require('${name}'); for (const e of ${JSON.stringify(exports)}) if (typeof m[e] !== 'function') throw new Error('${name} has no ' + e); }`)
      .join('\n');
    await writeFile(join(project, 'check.cjs'), `${cjs}\nconsole.log('cjs ok');\n`);
    expect((await sh('node', ['check.mjs'], project)).stdout.trim()).toBe('esm ok');
    expect((await sh('node', ['check.cjs'], project)).stdout.trim()).toBe('cjs ok');
  });
});
