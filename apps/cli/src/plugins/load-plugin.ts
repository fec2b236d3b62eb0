import type { Plugin, Preset } from '@report/core';
import { displayPath } from '../output.js';
import type { Text } from '../text.js';
import { importModule } from './import-module.js';
import { PluginError, thrownMessage } from './plugin-error.js';
import { describeSource, type PluginSource } from './plugin-source.js';
import { resolvePluginModule } from './resolve-plugin-module.js';

/** A plugin entry made into what the pipeline takes: a plugin or a preset, with where it came from. */

/** How a bare name is written as a file path: `./x.mjs` for `x`, `./x.mjs` for `x.mjs`. */
function asPath(specifier: string): string {
  return /\.[cm]?js$/.test(specifier) ? specifier : `${specifier}.mjs`;
}

export interface LoadedPlugin {
  source: PluginSource;
  value: Plugin | Preset;
  /** The names of the plugins it brings (a preset's, flattened). */
  names: string[];
  /** The module file, when it came from one. */
  file?: string;
}

interface LoadContext {
  cwd: string;
  text: Text;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isPreset = (value: unknown): value is Preset => isObject(value) && value.kind === 'preset';
const looksLikePlugin = (value: unknown): value is Plugin | Preset => isPreset(value) || (isObject(value) && typeof value.name === 'string');

/** What a value is, in words, for "the default export is not a plugin: it is …". */
function describeValue(text: Text, value: unknown): string {
  if (value === undefined) return text('没有默认导出（也没有名为 plugin 的导出）', 'there is no default export (and no export named plugin)');
  if (value === null) return 'null';
  if (Array.isArray(value)) return text('一个数组', 'an array');
  if (isObject(value)) return text('一个没有 name 的对象', 'an object without a name');
  const kinds: Record<string, string> = { number: '数字', string: '字符串', boolean: '布尔值', bigint: '数字', symbol: '符号' };
  const shown = String(value).slice(0, 40);
  return text(`一个${kinds[typeof value] ?? typeof value}（${shown}）`, `a ${typeof value} (${shown})`);
}

function pluginNames(value: Plugin | Preset): string[] {
  if (!isPreset(value)) return [value.name];
  return (Array.isArray(value.plugins) ? value.plugins : []).flatMap((item) => (looksLikePlugin(item) ? pluginNames(item) : []));
}

/** The module's plugin: its default export, or else its export named `plugin`. */
async function importPluginValue(source: PluginSource & { specifier: string }, context: LoadContext): Promise<{ value: unknown; file: string }> {
  const { text, cwd } = context;
  const where = describeSource(text, source, cwd);
  let resolved;
  try {
    resolved = resolvePluginModule(source.specifier, source.directory);
  } catch (error) {
    resolved = { missing: 'package' as const, tried: thrownMessage(error) };
  }
  if ('missing' in resolved) {
    const relativeTo = source.config ? text(`配置文件所在的文件夹 ${displayPath(cwd, source.directory)}`, `the config file's folder ${displayPath(cwd, source.directory)}`) : text('当前文件夹', 'the current folder');
    throw new PluginError(text(`找不到插件 ${where}`, `plugin not found: ${where}`), {
      plugin: source.specifier,
      config: source.config && displayPath(cwd, source.config),
      hint:
        resolved.missing === 'file'
          ? text(`没有文件 ${displayPath(cwd, resolved.tried)}。请检查路径；相对路径从${relativeTo}算起。`, `There is no file ${displayPath(cwd, resolved.tried)}. Check the path; a relative path starts from ${relativeTo}.`)
          : text(`没有安装名为 ${source.specifier} 的包：请在 ${displayPath(cwd, source.directory)} 运行 npm install ${source.specifier}，或写成文件路径（如 ./${asPath(source.specifier)}）。`, `No package named ${source.specifier} is installed: run npm install ${source.specifier} in ${displayPath(cwd, source.directory)}, or give a file path (such as ./${asPath(source.specifier)}).`),
    });
  }
  let module: Record<string, unknown>;
  try {
    module = await importModule(resolved.file);
  } catch (error) {
    throw new PluginError(text(`加载插件 ${where}时出错：${thrownMessage(error)}`, `loading the plugin ${where} failed: ${thrownMessage(error)}`), {
      plugin: source.specifier,
      config: source.config && displayPath(cwd, source.config),
      hint: text('插件模块本身有错误（语法错误或加载时抛出异常）：请检查该文件，或联系插件的作者。', 'The plugin module itself has an error (a syntax error, or it throws when loaded): check the file, or ask its author.'),
      cause: error,
    });
  }
  return { value: module.default !== undefined ? module.default : module.plugin, file: resolved.file };
}

/** A factory is called with the entry's options (or `undefined`); a plugin or preset is used as it is. */
async function pluginFromValue(value: unknown, source: PluginSource, context: LoadContext): Promise<Plugin | Preset> {
  const { text, cwd } = context;
  const where = describeSource(text, source, cwd);
  const errorOptions = { plugin: source.specifier, config: source.config && displayPath(cwd, source.config) };
  if (typeof value === 'function') {
    let made: unknown;
    try {
      made = await (value as (options: unknown) => unknown)(source.options);
    } catch (error) {
      throw new PluginError(text(`插件 ${where}的工厂函数出错：${thrownMessage(error)}`, `the plugin factory of ${where} failed: ${thrownMessage(error)}`), {
        ...errorOptions,
        hint: source.hasOptions
          ? text('请检查配置文件中给这个插件的选项是否符合插件的说明。', "Check the options the config file gives this plugin against the plugin's documentation.")
          : text('这个插件可能需要选项：在配置文件中写成 ["模块", { …选项… }]。', 'The plugin may need options: list it in the config file as ["module", { …options… }].'),
        cause: error,
      });
    }
    if (looksLikePlugin(made)) return made;
    throw new PluginError(text(`插件 ${where}的工厂函数没有返回插件，而是${describeValue(text, made)}`, `the plugin factory of ${where} did not return a plugin but ${describeValue(text, made)}`), {
      ...errorOptions,
      hint: text('工厂函数应返回 { name, forms?, extendForms?, rules?, … }。', 'The factory should return { name, forms?, extendForms?, rules?, … }.'),
    });
  }
  if (looksLikePlugin(value)) {
    if (source.hasOptions) {
      throw new PluginError(text(`插件 ${where}不是工厂函数，不接受选项`, `the plugin ${where} is not a factory and takes no options`), {
        ...errorOptions,
        hint: text('请去掉配置文件中给它的选项，或让模块默认导出 (options) => 插件 的工厂函数。', 'Remove its options from the config file, or make the module default-export a factory (options) => plugin.'),
      });
    }
    return value;
  }
  throw new PluginError(text(`${where}不是插件：${describeValue(text, value)}`, `${where} is not a plugin: ${describeValue(text, value)}`), {
    ...errorOptions,
    hint: text(
      '插件模块应默认导出插件对象 { name, … }、插件工厂函数 (options) => ({ name, … }) 或预设 { kind: "preset", name, plugins }。',
      'A plugin module default-exports a plugin object { name, … }, a plugin factory (options) => ({ name, … }) or a preset { kind: "preset", name, plugins }.',
    ),
  });
}

/** Loads one plugin entry: imports its module (if named), calls its factory, checks it is a plugin or preset. */
export async function loadPlugin(source: PluginSource, context: LoadContext): Promise<LoadedPlugin> {
  const imported = source.specifier !== undefined ? await importPluginValue({ ...source, specifier: source.specifier }, context) : { value: source.value, file: undefined };
  const value = await pluginFromValue(imported.value, source, context);
  return { source, value, names: pluginNames(value), ...(imported.file ? { file: imported.file } : {}) };
}
