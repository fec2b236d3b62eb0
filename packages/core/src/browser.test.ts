import { build, type Metafile } from 'esbuild';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext, Script } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createExampleReport } from './example-report.js';

const source = dirname(fileURLToPath(import.meta.url));
/** The three entries in one bundle: what a browser app imports from any of them must run there. */
const entries = ['index', 'plugin', 'testing'];

/** What a browser page has (and Node-only globals it does not: no process, require, Buffer, fs). */
function browserGlobals() {
  return {
    console,
    TextEncoder,
    TextDecoder,
    URL,
    URLSearchParams,
    atob,
    btoa,
    queueMicrotask,
    setTimeout,
    clearTimeout,
    structuredClone,
    crypto: globalThis.crypto,
    performance: { now: () => performance.now() },
  };
}

describe('@report/core runs in a browser', () => {
  let code = '';
  let metafile: Metafile;

  beforeAll(async () => {
    const result = await build({
      stdin: { contents: entries.map((name) => `export * from './${name}.ts';`).join('\n'), resolveDir: resolve(source), loader: 'ts' },
      bundle: true,
      format: 'iife',
      globalName: 'ReportCore',
      platform: 'browser',
      target: 'es2022',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    code = result.outputFiles[0].text;
    metafile = result.metafile;
  });

  it('bundles for platform "browser" with no Node built-in', () => {
    const inputs = Object.keys(metafile.inputs);
    for (const name of entries) expect(inputs.some((path) => path.includes(`src/${name}.ts`)), name).toBe(true);
    expect(inputs.filter((path) => path.startsWith('node:') || /^(fs|path|os|crypto|url|vm|buffer|stream|util)$/.test(path))).toEqual([]);
    const imports = Object.values(metafile.inputs).flatMap((input) => input.imports.map((i) => i.path));
    expect(imports.filter((path) => path.startsWith('node:'))).toEqual([]);
    expect(code).not.toMatch(/\brequire\(["']/);
  });

  it('parses, validates and lays out a report in a context with no process, require, Buffer or fs', () => {
    const sandbox: Record<string, unknown> = browserGlobals();
    const context = createContext(sandbox);
    for (const name of ['process', 'require', 'Buffer', 'fs', 'module', 'global']) {
      expect(new Script(`typeof ${name}`).runInContext(context), name).toBe('undefined');
    }
    new Script(code, { filename: 'report-core.browser.js' }).runInContext(context);

    const valid = createExampleReport({ year: 2023, seed: 4 });
    const broken = structuredClone(valid);
    broken.tables.applications.newReceived.naturalPerson! += 1;
    sandbox.validInput = JSON.stringify(valid);
    sandbox.brokenInput = JSON.stringify(broken);
    const result = JSON.parse(
      new Script(`
        (() => {
          const { parseReport, validateReport, layoutTable, getForm, compareYears } = ReportCore;
          const valid = parseReport(validInput);
          const broken = parseReport(new TextEncoder().encode(brokenInput));
          const grids = getForm('gov-2021').tables.map((table) => layoutTable(table));
          return JSON.stringify({
            parsed: valid.diagnostics.length === 0 && broken.diagnostics.length === 0,
            validDiagnostics: validateReport(valid.report),
            brokenCodes: validateReport(broken.report).map((d) => d.code),
            english: validateReport(broken.report, { locale: 'en' })[0].message,
            grids: grids.map((grid) => [grid.table, grid.rowCount, grid.columnCount]),
            compared: compareYears(valid.report, broken.report).changes.length,
            badJson: parseReport('{').diagnostics[0].message,
          });
        })()
      `).runInContext(context),
    );
    expect(result.parsed).toBe(true);
    expect(result.validDiagnostics).toEqual([]);
    expect(result.brokenCodes).toEqual(['R3-1', 'R3-2']);
    expect(result.english).toMatch(/^Table III, column "自然人": I\+II = \d+, III\(7\)\+IV = \d+; they must be equal$/);
    expect(result.grids).toEqual([
      ['active', 14, 4],
      ['applications', 28, 10],
      ['reviewLitigation', 4, 15],
    ]);
    expect(result.compared).toBe(200);
    expect(result.badJson).toBe('文件不是有效的 JSON：文件不完整，可能被截断');
  });
});
