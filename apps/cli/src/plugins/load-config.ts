import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { displayPath } from '../output.js';
import type { Text } from '../text.js';
import { importModule } from './import-module.js';
import { PluginError, thrownMessage } from './plugin-error.js';
import type { PluginSource } from './plugin-source.js';
import { exists } from '../write-file.js';

/** The names a config file is looked for under in the working directory. */
export const configFileNames = ['gov-report.config.json', 'gov-report.config.mjs'] as const;

/** A config file read: where it is and its plugin entries. */
export interface LoadedConfig {
  path: string;
  plugins: PluginSource[];
}

/** `--config FILE`, else the one `gov-report.config.json` or `.mjs` in the working directory, else none. */
export async function findConfigFile(cwd: string, argument: string | undefined, text: Text): Promise<string | undefined> {
  if (argument !== undefined) {
    const path = resolve(cwd, argument);
    if (!(await exists(path))) {
      throw new PluginError(text(`找不到配置文件：${argument}`, `config file not found: ${argument}`), {
        config: argument,
        hint: text('请检查 --config 后面的路径；相对路径从当前文件夹算起。', 'Check the path after --config; a relative path starts from the current folder.'),
      });
    }
    return path;
  }
  const found: string[] = [];
  for (const name of configFileNames) if (await exists(resolve(cwd, name))) found.push(resolve(cwd, name));
  if (found.length > 1) {
    throw new PluginError(text(`当前文件夹里同时有 ${configFileNames.join(' 和 ')}，不知道用哪一个`, `the current folder has both ${configFileNames.join(' and ')}; which one is meant is unclear`), {
      config: configFileNames.join(', '),
      hint: text('请删除或改名其中一个，或用 --config 指定要用的文件。', 'Remove or rename one of them, or choose one with --config.'),
    });
  }
  return found[0];
}

async function readConfigValue(path: string, shown: string, text: Text): Promise<unknown> {
  const extension = extname(path).toLowerCase();
  if (extension === '.mjs' || extension === '.js') {
    let module: Record<string, unknown>;
    try {
      module = await importModule(path);
    } catch (error) {
      throw new PluginError(text(`加载配置文件 ${shown} 时出错：${thrownMessage(error)}`, `loading the config file ${shown} failed: ${thrownMessage(error)}`), {
        config: shown,
        hint: text('请检查该文件的语法；它应当 export default { plugins: [ … ] }。', 'Check the file\'s syntax; it should `export default { plugins: [ … ] }`.'),
        cause: error,
      });
    }
    return module.default;
  }
  const content = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  try {
    return JSON.parse(content);
  } catch (error) {
    throw new PluginError(text(`配置文件 ${shown} 不是有效的 JSON：${thrownMessage(error)}`, `the config file ${shown} is not valid JSON: ${thrownMessage(error)}`), {
      config: shown,
      hint: text('应为 { "plugins": ["./plugins/a.mjs", ["./plugins/b.mjs", { …选项… }]] }；注意引号和逗号。', 'It should be { "plugins": ["./plugins/a.mjs", ["./plugins/b.mjs", { …options… }]] }; mind the quotes and commas.'),
      cause: error,
    });
  }
}

/** One item of `plugins`: a name or path, `[name or path, options]`, or (in a `.mjs` config) a plugin value, possibly with options. */
function configEntry(item: unknown, index: number, path: string, shown: string, text: Text): PluginSource {
  const base = { directory: dirname(path), config: path, index: index + 1 };
  // A `.mjs` config may hold the plugin itself (object, factory or preset) instead of its module's name.
  const fromModule = extname(path).toLowerCase() !== '.json';
  const isTarget = (value: unknown) => typeof value === 'string' || (fromModule && value !== null && (typeof value === 'object' || typeof value === 'function'));
  const valid = Array.isArray(item) ? item.length >= 1 && item.length <= 2 && isTarget(item[0]) : isTarget(item);
  if (!valid) {
    throw new PluginError(
      text(`配置文件 ${shown} 的 plugins 第 ${index + 1} 项写法不对`, `entry ${index + 1} of plugins in the config file ${shown} is not understood`),
      {
        config: shown,
        hint: text(
          '每一项应为模块路径或包名（"./plugins/a.mjs"），或 [模块路径, 选项]（["./plugins/b.mjs", { "formId": "…" }]）。',
          'Each entry is a module path or package name ("./plugins/a.mjs"), or [module, options] (["./plugins/b.mjs", { "formId": "…" }]).',
        ),
      },
    );
  }
  const [target, options] = Array.isArray(item) ? item : [item];
  const hasOptions = Array.isArray(item) && item.length > 1;
  return typeof target === 'string' ? { ...base, specifier: target, options, hasOptions } : { ...base, value: target, options, hasOptions };
}

/** Reads a config file: `{ "plugins": [...] }` (JSON), or the same as the default export of a `.mjs` file. */
export async function loadConfig(path: string, cwd: string, text: Text): Promise<LoadedConfig> {
  const shown = displayPath(cwd, path) || basename(path);
  const value = await readConfigValue(path, shown, text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new PluginError(text(`配置文件 ${shown} 的内容应为一个对象：{ "plugins": [ … ] }`, `the config file ${shown} should hold an object: { "plugins": [ … ] }`), {
      config: shown,
      hint: text('.json 文件写 { "plugins": [ … ] }；.mjs 文件写 export default { plugins: [ … ] }。', 'A .json file holds { "plugins": [ … ] }; an .mjs file has export default { plugins: [ … ] }.'),
    });
  }
  const unknown = Object.keys(value).filter((key) => key !== 'plugins' && key !== '$schema');
  if (unknown.length > 0) {
    throw new PluginError(text(`配置文件 ${shown} 中有不认识的设置：${unknown.join('、')}`, `the config file ${shown} has unknown settings: ${unknown.join(', ')}`), {
      config: shown,
      hint: text('目前只有 plugins 一项设置。', 'The only setting is plugins.'),
    });
  }
  const plugins = (value as { plugins?: unknown }).plugins ?? [];
  if (!Array.isArray(plugins)) {
    throw new PluginError(text(`配置文件 ${shown} 的 plugins 应为列表 [ … ]`, `plugins in the config file ${shown} should be a list [ … ]`), {
      config: shown,
      hint: text('如 "plugins": ["./plugins/a.mjs"]。', 'For example "plugins": ["./plugins/a.mjs"].'),
    });
  }
  return { path, plugins: plugins.map((item, index) => configEntry(item, index, path, shown, text)) };
}
