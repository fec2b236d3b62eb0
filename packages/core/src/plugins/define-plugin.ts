import { reportError } from '../errors.js';
import type { LocalizedText } from '../forms/types.js';
import type { Plugin, PluginFactory, Preset } from './types.js';

/** Checks a value is a plugin (a programmer error otherwise). */
export function assertPlugin(value: unknown, where: LocalizedText): asserts value is Plugin {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const received = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    throw reportError('invalid-plugin', { problem: { zh: `${where.zh}不是插件对象（应为 { name, … }，收到 ${received}）`, en: `${where.en} is not a plugin object (expected { name, … }, got ${received})` } });
  }
  const name = (value as { name?: unknown }).name;
  if (typeof name !== 'string' || name.trim() === '') throw reportError('invalid-plugin', { problem: { zh: `${where.zh}缺少名称（name）`, en: `${where.en} has no name` } });
  const plugin = value as Plugin;
  for (const key of ['dependencies', 'forms', 'rules', 'importers', 'renderers'] as const) {
    if (plugin[key] !== undefined && !Array.isArray(plugin[key])) throw reportError('invalid-plugin', { problem: { zh: `插件 ${name} 的 ${key} 应为数组`, en: `the ${key} of the plugin ${name} must be an array` } });
  }
  for (const key of ['extendForms', 'catalog', 'messages'] as const) {
    if (plugin[key] !== undefined && (typeof plugin[key] !== 'object' || plugin[key] === null || Array.isArray(plugin[key]))) {
      throw reportError('invalid-plugin', { problem: { zh: `插件 ${name} 的 ${key} 应为对象`, en: `the ${key} of the plugin ${name} must be an object` } });
    }
  }
}

/**
 * Declares a plugin: `factory` takes the plugin's options and returns the plugin (see `Plugin` for
 * its hooks and how a pipeline combines them). Returns the factory, typed, checking what it makes.
 *
 * ```ts
 * export const hunan = definePlugin((options: { strict?: boolean } = {}) => ({
 *   name: 'hunan-2021',
 *   extendForms: { 'gov-2021': { tables: { applications: { addRows: [...] } } } },
 *   rules: [...],
 * }));
 * const pipeline = createPipeline({ plugins: [hunan({ strict: true })] });
 * ```
 */
export function definePlugin<Options = undefined>(factory: (options: Options) => Plugin): PluginFactory<Options> {
  if (typeof factory !== 'function') throw reportError('invalid-plugin', { problem: { zh: 'definePlugin 需要一个函数：(options) => 插件', en: 'definePlugin needs a function: (options) => plugin' } });
  const create = (options?: Options): Plugin => {
    const plugin = factory(options as Options);
    assertPlugin(plugin, { zh: 'definePlugin 的工厂函数返回值', en: 'the value the definePlugin factory returned' });
    return plugin;
  };
  return create as PluginFactory<Options>;
}

/** Declares a preset: a named list of plugins (and presets) used together, e.g. a province's rules. */
export function definePreset(preset: { name: string; plugins: ReadonlyArray<Plugin | Preset> }): Preset {
  if (typeof preset?.name !== 'string' || preset.name.trim() === '') throw reportError('invalid-plugin', { problem: { zh: '预设（preset）缺少名称（name）', en: 'the preset has no name' } });
  if (!Array.isArray(preset.plugins)) throw reportError('invalid-plugin', { problem: { zh: `预设 ${preset.name} 的 plugins 应为数组`, en: `the plugins of the preset ${preset.name} must be an array` } });
  preset.plugins.forEach((plugin, index) => {
    if (!isPreset(plugin)) assertPlugin(plugin, { zh: `预设 ${preset.name} 的第 ${index + 1} 个插件`, en: `plugin ${index + 1} of the preset ${preset.name}` });
  });
  return Object.freeze({ kind: 'preset', name: preset.name, plugins: Object.freeze([...preset.plugins]) });
}

export function isPreset(value: unknown): value is Preset {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'preset';
}
