import { displayPath } from '../output.js';
import type { Text } from '../text.js';

/** One entry of the plugin list: a `--plugin` argument or an item of the config file's `plugins`. */
export interface PluginSource {
  /** The module path or package name as written; absent for a plugin given as a value in a `.mjs` config. */
  specifier?: string;
  /** A plugin, plugin factory or preset given directly in a `.mjs` config. */
  value?: unknown;
  /** Options for a plugin factory (`["./province.mjs", { … }]`); `undefined` when none were given. */
  options?: unknown;
  hasOptions: boolean;
  /** Folder a relative specifier resolves against: the config file's folder, or the working directory for `--plugin`. */
  directory: string;
  /** The config file the entry comes from; absent for `--plugin`. */
  config?: string;
  /** 1-based position in the config file's `plugins`. */
  index?: number;
}

/** Where an entry was given, for messages: `命令行 --plugin` / `配置文件 gov-report.config.json`. */
export function sourcePlace(text: Text, source: PluginSource, cwd: string): string {
  if (!source.config) return text('命令行 --plugin', 'command line --plugin');
  const file = displayPath(cwd, source.config);
  return source.index !== undefined ? text(`配置文件 ${file} 第 ${source.index} 项`, `config file ${file}, entry ${source.index}`) : text(`配置文件 ${file}`, `config file ${file}`);
}

/** The entry as the user knows it: `./plugins/a.mjs（命令行 --plugin）`. */
export function describeSource(text: Text, source: PluginSource, cwd: string): string {
  const place = sourcePlace(text, source, cwd);
  if (source.specifier === undefined) return place;
  return text(`${source.specifier}（${place}）`, `${source.specifier} (${place})`);
}

/** The module and the place, for inside parentheses: `./plugins/a.mjs，命令行 --plugin`. */
export function sourceDetails(text: Text, source: PluginSource, cwd: string): string {
  const place = sourcePlace(text, source, cwd);
  return source.specifier === undefined ? place : text(`${source.specifier}，${place}`, `${source.specifier}, ${place}`);
}
