import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { createPipeline } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { createTemplate, fillTemplate } from '@report/excel-import';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * What the built `gov-report` bin loads for a command (decision 0016): a module hook records the
 * files Node loads, and the build's metafile says which sources each chunk holds. `--version` and
 * `--help` load no package's code; validating a workbook loads the pipeline and the workbook
 * reader but no renderer, no aggregation, and no package from node_modules (zod, date-fns and
 * fflate are bundled and tree-shaken; exceljs, pdfkit and fontkit load only for what needs them).
 */
const exec = promisify(execFile);
const app = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The package's bin (a launcher that starts dist/cli.js), as `gov-report` runs. */
const bin = join(app, 'bin/gov-report.js');
let folder: string;

/** The sources (paths from the repository root, `apps/cli/src/…`, `packages/…`, `node_modules/…`) of the bundle's chunks. */
async function chunkSources(): Promise<Map<string, string[]>> {
  const metafile = JSON.parse(await readFile(join(app, 'dist/metafile-esm.json'), 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> };
  return new Map(
    Object.entries(metafile.outputs).map(([output, { inputs }]) => [
      resolve(app, output),
      Object.keys(inputs).map((input) => relative(resolve(app, '../..'), resolve(app, input)).split(sep).join('/')),
    ]),
  );
}

/** The files the bin loads for `args`, and the sources in them. */
async function loaded(args: string[]): Promise<{ code: number; urls: string[]; sources: string[] }> {
  const log = join(folder, `loaded-${args.join('-').replace(/\W+/g, '_')}.txt`);
  let code = 0;
  try {
    await exec(process.execPath, ['--import', pathToFileURL(join(folder, 'register.mjs')).href, bin, ...args], { cwd: folder, env: { ...process.env, LOADED_MODULES_LOG: log } });
  } catch (error) {
    code = (error as { code: number }).code;
  }
  const urls = (await readFile(log, 'utf8')).split('\n').filter(Boolean);
  const chunks = await chunkSources();
  const sourcesOf = (file: string) => (file === bin ? ['apps/cli/bin/gov-report.js'] : (chunks.get(file) ?? [`(not in the bundle) ${file}`]));
  const sources = urls.filter((url) => url.startsWith('file:')).flatMap((url) => sourcesOf(fileURLToPath(url)));
  return { code, urls, sources };
}

beforeAll(async () => {
  if (!existsSync(join(app, 'dist/cli.js'))) await exec('npx', ['turbo', 'run', 'build', '--filter=@report/cli...', '--output-logs=errors-only'], { cwd: resolve(app, '../..') });
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
  it.each([{ args: ['--version'] }, { args: ['--help'] }, { args: ['validate', '--help'] }])('gov-report $args loads the bin’s own code only', async ({ args }) => {
    const { code, sources } = await loaded(args);
    expect(code).toBe(0);
    expect(sources).toContain('apps/cli/src/help.ts');
    expect(sources.filter((source) => !source.startsWith('apps/cli/'))).toEqual([]); // its sources and package.json (the version)
  });

  it('validate one.xlsx loads the pipeline and the workbook reader, and no renderer, aggregation or package', async () => {
    const { code, urls, sources } = await loaded(['validate', 'one.xlsx']);
    expect(code).toBe(0);
    expect(urls.filter((url) => url.includes('/node_modules/'))).toEqual([]);
    expect(urls).not.toContain('node:worker_threads');
    expect(sources).toEqual(expect.arrayContaining(['packages/core/src/plugins/create-pipeline.ts', 'packages/excel-import/src/read/read-workbook.ts', 'apps/cli/src/commands/validate-run.ts']));
    const unwanted = /^(packages\/render-(pdf|html|docx)\/src\/(?!plugin\.ts)|apps\/cli\/src\/(aggregate|compare|render|template|convert)\/|apps\/cli\/src\/commands\/(?!validate-run)[a-z]+-run\.ts|node_modules\/zod\/v4\/locales\/(?!en\.js)|\(not in the bundle\))/;
    expect(sources.filter((source) => unwanted.test(source))).toEqual([]);
    // Bundled and shaken: of zod's 64 locales only the default one, English.
    expect(sources.filter((source) => source.startsWith('node_modules/zod/v4/locales/'))).toEqual(['node_modules/zod/v4/locales/en.js']);
  });
});
