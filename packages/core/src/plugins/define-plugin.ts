import { ReportError } from '../errors.js';
import type { Plugin, PluginFactory, Preset } from './types.js';

/** Checks a value is a plugin (a programmer error otherwise). */
export function assertPlugin(value: unknown, where: string): asserts value is Plugin {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ReportError('invalid-plugin', `${where}不是插件对象（应为 { name, … }，收到 ${value === null ? 'null' : typeof value}）`);
  }
  const name = (value as { name?: unknown }).name;
  if (typeof name !== 'string' || name.trim() === '') throw new ReportError('invalid-plugin', `${where}缺少名称（name）`);
  const plugin = value as Plugin;
  for (const key of ['dependencies', 'forms', 'rules', 'importers', 'renderers'] as const) {
    if (plugin[key] !== undefined && !Array.isArray(plugin[key])) throw new ReportError('invalid-plugin', `插件 ${name} 的 ${key} 应为数组`);
  }
  for (const key of ['extendForms', 'catalog', 'messages'] as const) {
    if (plugin[key] !== undefined && (typeof plugin[key] !== 'object' || plugin[key] === null || Array.isArray(plugin[key]))) {
      throw new ReportError('invalid-plugin', `插件 ${name} 的 ${key} 应为对象`);
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
  if (typeof factory !== 'function') throw new ReportError('invalid-plugin', 'definePlugin 需要一个函数：(options) => 插件');
  const create = (options?: Options): Plugin => {
    const plugin = factory(options as Options);
    assertPlugin(plugin, 'definePlugin 的工厂函数返回值');
    return plugin;
  };
  return create as PluginFactory<Options>;
}

/** Declares a preset: a named list of plugins (and presets) used together, e.g. a province's rules. */
export function definePreset(preset: { name: string; plugins: ReadonlyArray<Plugin | Preset> }): Preset {
  if (typeof preset?.name !== 'string' || preset.name.trim() === '') throw new ReportError('invalid-plugin', '预设（preset）缺少名称（name）');
  if (!Array.isArray(preset.plugins)) throw new ReportError('invalid-plugin', `预设 ${preset.name} 的 plugins 应为数组`);
  preset.plugins.forEach((plugin, index) => {
    if (!isPreset(plugin)) assertPlugin(plugin, `预设 ${preset.name} 的第 ${index + 1} 个插件`);
  });
  return Object.freeze({ kind: 'preset', name: preset.name, plugins: Object.freeze([...preset.plugins]) });
}

export function isPreset(value: unknown): value is Preset {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'preset';
}
