import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createExampleReport } from '@report/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, temporaryFolder } from '../test-support.js';

/**
 * The CLI loading real plugin modules from a scratch folder: `--plugin`, `gov-report.config.json`
 * and `.mjs`, packages, and every way a plugin can fail. The plugins are plain modules without
 * imports, so they load from a temporary folder; one lives inside the repository to import core.
 */

/** A province's factory: an extension of gov-2021 with a new id, one more row in table 二, and a rule with its message. */
const provincePlugin = (name = 'xm-2021') => `
export default (options) => ({
  name: ${JSON.stringify(name)},
  extendForms: {
    'gov-2021': {
      id: options?.formId ?? 'gov-2021-xm',
      name: '政府信息公开工作年度报告格式（厦门市补充）',
      tables: { active: { addRows: [{ id: 'otherPolicyDocuments', label: '其他政策文件', after: 'normativeDocuments' }] } },
    },
  },
  rules: [
    {
      id: 'XM-1',
      kind: 'custom',
      severity: 'info',
      forms: ['gov-2021'],
      description: { zh: '厦门提示', en: 'Xiamen note' },
      check: (context) => [context.diagnostic({ code: 'XM-1', params: { organ: context.report.organ.name } })],
    },
  ],
  catalog: {
    'XM-1': {
      severity: 'info',
      title: { zh: '厦门提示', en: 'Xiamen note' },
      message: { zh: '厦门：{organ}的报告已按本市要求检查', en: 'Xiamen: the report of {organ} was checked the city way' },
      cause: { zh: '本市补充要求。', en: 'The city asks for it.' },
      fix: { zh: '无需处理。', en: 'Nothing to do.' },
    },
  },
});
`;

let folder: { path: string; remove: () => Promise<void> };

beforeEach(async () => {
  folder = await temporaryFolder('gov-report-plugins-');
});
afterEach(async () => {
  await folder.remove();
});

async function write(relativePath: string, content: string): Promise<void> {
  await mkdir(dirname(join(folder.path, relativePath)), { recursive: true });
  await writeFile(join(folder.path, relativePath), content);
}

const run = (args: string[]) => runCli(args, { cwd: folder.path });

function expectPluginError(result: { code: number; stderr: string; stdout: string }, ...fragments: string[]) {
  expect(result.code).toBe(2);
  for (const fragment of fragments) expect(result.stderr).toContain(fragment);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stderr).not.toContain('内部错误');
}

describe('--plugin', () => {
  it('loads a factory module: formats lists its form, with the plugin that added it', async () => {
    await write('xm.mjs', provincePlugin());
    const result = await run(['--plugin', './xm.mjs', 'formats']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('gov-2021-xm  政府信息公开工作年度报告格式（厦门市补充）');
    expect(result.stdout).toContain('由插件 xm-2021（./xm.mjs）在 gov-2021 的基础上扩展而成');
    expect(result.stdout).toContain('2021 年起');
    expect(result.stdout).toContain('2019–2020 年');
    expect(result.stdout).toContain('三、收到和处理政府信息公开申请情况');
    expect(result.stdout).toContain('已加载 1 个插件。');

    const json = JSON.parse((await run(['formats', '--plugin', './xm.mjs', '--json', '--lang', 'en'])).stdout);
    expect(json).toMatchObject({ command: 'formats', ok: true, plugins: [{ names: ['xm-2021'], module: './xm.mjs', config: null }] });
    const form = json.formats.find((f: { id: string }) => f.id === 'gov-2021-xm');
    expect(form).toMatchObject({ extends: 'gov-2021', years: { from: 2021, to: null }, yearsText: 'from 2021', addedBy: { plugin: 'xm-2021', module: './xm.mjs' } });
    expect(json.formats.find((f: { id: string }) => f.id === 'gov-2021').addedBy).toBeNull();
  });

  it('lists the built-in formats without plugins, in English with --lang en', async () => {
    const result = await run(['formats', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Report formats (3):');
    expect(result.stdout).toContain('Origin: built in');
    expect(result.stdout).toContain('Years: 2019–2020');
    expect(result.stdout).toContain('No plugin loaded.');
  });

  it("makes the plugin's form a --format choice: template writes it and validate reads it back with the plugin's rules", async () => {
    await write('xm.mjs', provincePlugin());
    const without = await run(['template', '--year', '2024', '--format', 'gov-2021-xm', '-o', 't.xlsx']);
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('没有“gov-2021-xm”这种报告格式');
    expect(without.stderr).toContain('gov-report formats');

    const made = await run(['template', '--year', '2024', '--format', 'gov-2021-xm', '--organ', '青山镇人民政府', '-o', 't.xlsx', '--plugin', './xm.mjs']);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('已生成 2024 年度模板（gov-2021-xm）：t.xlsx');
    const bytes = await readFile(join(folder.path, 't.xlsx'));
    expect(bytes.subarray(0, 2).toString()).toBe('PK');

    const checked = JSON.parse((await run(['validate', 't.xlsx', '--plugin', './xm.mjs', '--json'])).stdout);
    expect(checked.files[0]).toMatchObject({ organ: '青山镇人民政府', format: 'gov-2021-xm' });
    expect(checked.files[0].diagnostics.map((d: { code: string }) => d.code)).toContain('XM-1');

    const report = createExampleReport({ year: 2024, organ: { name: '青山镇人民政府', level: 'township' } });
    await write('青山镇.json', JSON.stringify(report));
    const validated = await run(['validate', '青山镇.json', '--plugin', './xm.mjs']);
    expect(validated.stdout).toContain('[XM-1]');
    expect(validated.stdout).toContain('厦门：青山镇人民政府的报告已按本市要求检查');
    expect((await run(['validate', '青山镇.json'])).stdout).not.toContain('XM-1');
  });

  it('does not need plugins for --help, even a broken one', async () => {
    const result = await run(['validate', '--help', '--plugin', './missing.mjs']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--plugin');
    expect(result.stdout).toContain('--config');
    const main = await run(['--plugin', './missing.mjs', '--help']);
    expect(main.code).toBe(0);
    expect(main.stdout).toContain('formats');
  });

  it('resolves a bare name as a package installed in the working directory, also an ES-module-only one', async () => {
    await write('node_modules/gov-report-plugin-xm/package.json', JSON.stringify({ name: 'gov-report-plugin-xm', type: 'module', exports: { '.': { import: './index.js' } } }));
    await write('node_modules/gov-report-plugin-xm/index.js', provincePlugin('xm-package'));
    const result = await run(['formats', '--plugin', 'gov-report-plugin-xm']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('插件 xm-package（gov-report-plugin-xm）');
  });

  it('suggests the file path for a bare name that is no package, without doubling its ending', async () => {
    const named = await run(['formats', '--plugin', 'province.mjs']);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('或写成文件路径（如 ./province.mjs）');
    const bare = await run(['formats', '--plugin', 'province']);
    expect(bare.stderr).toContain('或写成文件路径（如 ./province.mjs）');
  });
});

describe('gov-report.config.json and .mjs', () => {
  it('loads the plugins of gov-report.config.json in the working directory, relative to the config, with options', async () => {
    await write('plugins/province.mjs', provincePlugin());
    await write('gov-report.config.json', JSON.stringify({ plugins: [['./plugins/province.mjs', { formId: 'gov-2021-fj' }]] }));
    const result = await run(['formats']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('gov-2021-fj  ');
    expect(result.stdout).toContain('插件 xm-2021（./plugins/province.mjs，配置文件 gov-report.config.json）');
    const made = await run(['template', '--year', '2024', '--format', 'gov-2021-fj', '-o', 'fj.xlsx']);
    expect(made.code).toBe(0);
  });

  it('takes --config from elsewhere, and a .mjs config may hold plugin objects and factories themselves', async () => {
    await write(
      'settings/county.mjs',
      `const extend = { name: 'county-rows', extendForms: { 'gov-2021': { tables: { active: { title: '二、主动公开政府信息情况（县）' } } } } };
export default { plugins: [extend, [(options) => ({ name: 'county-' + options.suffix, forms: [] }), { suffix: 'b' }]] };`,
    );
    const result = await run(['formats', '--config', 'settings/county.mjs', '--json']);
    expect(result.stderr).toBe('');
    const json = JSON.parse(result.stdout);
    expect(json.plugins.map((p: { names: string[] }) => p.names[0])).toEqual(['county-rows', 'county-b']);
    const gov2021 = json.formats.find((f: { id: string }) => f.id === 'gov-2021');
    expect(gov2021.extendedBy).toEqual([{ plugin: 'county-rows', module: null, config: join('settings', 'county.mjs') }]);
    expect(gov2021.tables.find((t: { id: string }) => t.id === 'active').title).toBe('二、主动公开政府信息情况（县）');
    const text = await run(['formats', '--config', 'settings/county.mjs']);
    expect(text.stdout).toContain('内置，经插件 county-rows（配置文件 settings/county.mjs）扩展');
  });

  it('reports a config file that is not JSON, not an object, or has an entry it cannot read', async () => {
    await write('gov-report.config.json', '{ "plugins": [ "./a.mjs", ] }');
    expectPluginError(await run(['formats']), '配置文件 gov-report.config.json 不是有效的 JSON');
    await write('gov-report.config.json', JSON.stringify({ plugin: ['./a.mjs'] }));
    expectPluginError(await run(['formats']), '不认识的设置：plugin');
    await write('gov-report.config.json', JSON.stringify({ plugins: [42] }));
    expectPluginError(await run(['formats']), 'plugins 第 1 项写法不对');
    expectPluginError(await run(['formats', '--config', 'nowhere.json']), '找不到配置文件：nowhere.json');
  });
});

describe('a plugin that fails', () => {
  const cases: Array<{ title: string; files: Record<string, string>; plugins: string[]; zh: string[]; en: string }> = [
    { title: 'a missing module', files: {}, plugins: ['./plugins/missing.mjs'], zh: ['找不到插件 ./plugins/missing.mjs（命令行 --plugin）', '相对路径从当前文件夹算起'], en: 'plugin not found: ./plugins/missing.mjs' },
    { title: 'a missing package', files: {}, plugins: ['gov-report-plugin-nowhere'], zh: ['找不到插件 gov-report-plugin-nowhere', 'npm install gov-report-plugin-nowhere'], en: 'No package named gov-report-plugin-nowhere' },
    { title: 'a module with a syntax error', files: { 'bad.mjs': 'export default { name: ' }, plugins: ['./bad.mjs'], zh: ['加载插件 ./bad.mjs（命令行 --plugin）时出错'], en: 'loading the plugin ./bad.mjs (command line --plugin) failed' },
    { title: 'a module that throws when imported', files: { 'throws.mjs': "throw new Error('省份代码未设置');" }, plugins: ['./throws.mjs'], zh: ['加载插件 ./throws.mjs（命令行 --plugin）时出错：省份代码未设置'], en: 'failed: 省份代码未设置' },
    { title: 'a default export that is a number', files: { 'number.mjs': 'export default 42;' }, plugins: ['./number.mjs'], zh: ['./number.mjs（命令行 --plugin）不是插件：一个数字（42）', '默认导出插件对象'], en: 'is not a plugin: a number (42)' },
    { title: 'a factory that throws', files: { 'factory.mjs': "export default () => { throw new Error('缺少 formId 选项'); };" }, plugins: ['./factory.mjs'], zh: ['插件 ./factory.mjs（命令行 --plugin）的工厂函数出错：缺少 formId 选项'], en: 'the plugin factory of ./factory.mjs (command line --plugin) failed' },
    { title: 'two plugins of one name', files: { 'a.mjs': provincePlugin('same'), 'b.mjs': "export const plugin = { name: 'same' };" }, plugins: ['./a.mjs', './b.mjs'], zh: ['插件 same（./b.mjs，命令行 --plugin）无法使用：有两个插件同名，与 ./a.mjs（命令行 --plugin）同名'], en: 'two plugins have the same name' },
    { title: 'an extension of an unknown form', files: { 'unknown.mjs': "export default { name: 'extends-nothing', extendForms: { 'gov-2030': { id: 'gov-2030-xm' } } };" }, plugins: ['./unknown.mjs'], zh: ['插件 extends-nothing（./unknown.mjs，命令行 --plugin）无法使用：它要扩展或引用的报告格式不存在', 'gov-2030'], en: 'it extends or names a report format that does not exist' },
  ];

  it.each(cases)('$title: exit 2, the plugin named, a hint, no stack trace; in English and as JSON too', async ({ files, plugins, zh, en }) => {
    for (const [name, content] of Object.entries(files)) await write(name, content);
    const args = ['formats', ...plugins.flatMap((plugin) => ['--plugin', plugin])];
    const result = await run(args);
    expectPluginError(result, ...zh);
    expect(result.stderr.split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(2);
    expectPluginError(await run([...args, '--lang', 'en']), en);
    const json = await run([...args, '--json']);
    expect(json.code).toBe(2);
    expect(json.stderr).toBe('');
    const document = JSON.parse(json.stdout);
    expect(document).toMatchObject({ command: 'formats', ok: false, error: { kind: 'usage', config: null } });
    expect(document.error.message).toContain(plugins[plugins.length - 1]);
    expect(document.error.hint).toBeTruthy();
    expect(plugins).toContain(document.error.plugin);
  });

  it('names the config file of a failing plugin, for any command that runs', async () => {
    await write('gov-report.config.json', JSON.stringify({ plugins: ['./plugins/a.mjs'] }));
    const result = await run(['validate', '.']);
    expectPluginError(result, '找不到插件 ./plugins/a.mjs（配置文件 gov-report.config.json 第 1 项）', '配置文件所在的文件夹');
    const json = JSON.parse((await run(['validate', '.', '--json'])).stdout);
    expect(json.error).toMatchObject({ kind: 'usage', plugin: './plugins/a.mjs', config: 'gov-report.config.json' });
  });
});

describe('a plugin that imports @report/core', () => {
  // Inside the repository (apps/cli/.tmp is git-ignored), so `@report/core` resolves as for any installed plugin.
  const inside = resolve(dirname(fileURLToPath(import.meta.url)), '../../.tmp');
  let scratch: string;
  beforeEach(async () => {
    await mkdir(inside, { recursive: true });
    scratch = await mkdtemp(join(inside, 'plugins-'));
  });
  afterEach(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('loads a definePlugin factory and a definePreset', async () => {
    await writeFile(
      join(scratch, 'province.mjs'),
      `import { definePlugin, definePreset } from '@report/core';
const rows = definePlugin((options) => ({ name: 'province-rows', extendForms: { 'gov-2021': { id: options?.formId ?? 'gov-2021-sd', name: '山东格式' } } }));
export default definePreset({ name: 'shandong', plugins: [rows({ formId: 'gov-2021-sd' })] });`,
    );
    const result = await runCli(['formats', '--plugin', './province.mjs'], { cwd: scratch });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('gov-2021-sd  山东格式');
    expect(result.stdout).toContain('插件 province-rows（./province.mjs）');
  });
});
