import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { createPipeline } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { createTemplate, fillTemplate } from '@report/excel-import';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * What the built `gov-report` bin loads for a command (decision 0010): the modules Node loads are
 * recorded by a module hook and read back. `--version` and `--help` load no pipeline; validating a
 * workbook loads no renderer, no aggregation code and no package from node_modules (zod, date-fns
 * and fflate are bundled, tree-shaken; exceljs, pdfkit and fontkit load only for what needs them).
 */
const exec = promisify(execFile);
const app = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(app, 'dist/cli.js');
let folder: string;

/** The code a module defines, found by the names of its functions (the bundle is not minified). */
const defines = (code: string, name: string) => new RegExp(`function ${name}\\d*\\(`).test(code);

async function loadedModules(args: string[]): Promise<{ code: number; urls: string[]; sources: Map<string, string> }> {
  const log = join(folder, `loaded-${args.join('-').replace(/\W+/g, '_')}.txt`);
  let code = 0;
  try {
    await exec(process.execPath, ['--import', pathToFileURL(join(folder, 'register.mjs')).href, bin, ...args], { cwd: folder, env: { ...process.env, LOADED_MODULES_LOG: log } });
  } catch (error) {
    code = (error as { code: number }).code;
  }
  const urls = (await readFile(log, 'utf8')).split('\n').filter(Boolean);
  const sources = new Map<string, string>();
  for (const url of urls) if (url.startsWith('file:')) sources.set(url, await readFile(fileURLToPath(url), 'utf8'));
  return { code, urls, sources };
}

beforeAll(async () => {
  if (!existsSync(bin)) await exec('npx', ['turbo', 'run', 'build', '--filter=@report/cli...', '--output-logs=errors-only'], { cwd: resolve(app, '../..') });
  folder = await mkdtemp(join(tmpdir(), 'gov-report-startup-'));
  await writeFile(join(folder, 'hooks.mjs'), "import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) {\n  appendFileSync(process.env.LOADED_MODULES_LOG, `${url}\\n`);\n  return next(url, context);\n}\n");
  await writeFile(join(folder, 'register.mjs'), "import { register } from 'node:module';\nregister(new URL('./hooks.mjs', import.meta.url));\n");
  const form = createPipeline().getForm('gov-2021');
  const organ = { name: '示例县城关镇人民政府', level: 'township' as const };
  const report = createExampleReport({ form, year: 2024, seed: 5, organ });
  await writeFile(join(folder, 'one.xlsx'), fillTemplate(await createTemplate(form, { year: 2024, organ }), report));
}, 600_000);

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('what gov-report loads at start-up', () => {
  it.each([{ args: ['--version'] }, { args: ['--help'] }, { args: ['validate', '--help'] }])('gov-report $args loads the bin’s own code only: no pipeline, no package', async ({ args }) => {
    const { code, urls, sources } = await loadedModules(args);
    expect(code).toBe(0);
    expect(urls.filter((url) => url.includes('/node_modules/'))).toEqual([]);
    expect([...sources].filter(([, source]) => defines(source, 'createPipeline')).map(([url]) => url)).toEqual([]);
    expect(urls.some((url) => defines(sources.get(url) ?? '', 'mainHelp'))).toBe(true); // the check sees the bin's code
  });

  it('validate one.xlsx loads the pipeline and the workbook reader, and no renderer, aggregation or package', async () => {
    const { code, urls, sources } = await loadedModules(['validate', 'one.xlsx']);
    expect(code).toBe(0);
    expect(urls.filter((url) => url.includes('/node_modules/'))).toEqual([]);
    expect(urls).not.toContain('node:worker_threads');
    const loading = (name: string) => [...sources].filter(([, source]) => defines(source, name)).map(([url]) => url);
    expect(loading('createPipeline')).toHaveLength(1);
    expect(loading('readWorkbook')).toHaveLength(1);
    for (const name of ['renderPdf', 'renderHtmlDocument', 'renderDocx', 'aggregateCounty', 'compareSides', 'writeRosterTemplates']) expect(loading(name)).toEqual([]);
  });
});
