// What the web build takes from its environment: where it writes (`GOV_REPORT_WEB_OUT`) and which
// config's plugins it bundles (`GOV_REPORT_CONFIG`). Shared by vite.config.ts, size-budget.mjs,
// check-dist.mjs and bench.mjs, so they all look at the same folders.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const app = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The config file names looked for in `apps/web/` when `GOV_REPORT_CONFIG` is not set (the CLI's names). */
export const configFileNames = ['gov-report.config.json', 'gov-report.config.mjs'];

/**
 * Relative paths in the variables are from the folder the command was typed in: npm runs a
 * workspace's script in the workspace's folder but passes the caller's as `INIT_CWD`.
 */
function fromCaller(path, env) {
  return resolve(env.INIT_CWD ?? process.cwd(), path);
}

/** A file as messages name it: from the caller's folder when under it, else in full. */
function shownPath(file, env = process.env) {
  const path = relative(env.INIT_CWD ?? process.cwd(), file);
  return path && !path.startsWith('..') ? path : file;
}

/**
 * The two builds' folders. By default `dist/` (the site) and `dist-single/gov-report.html`; with
 * `GOV_REPORT_WEB_OUT=OUT`, `OUT/site/` and `OUT/gov-report.html`, leaving `dist*` alone.
 */
export function webOutputs(env = process.env) {
  if (!env.GOV_REPORT_WEB_OUT) {
    const singleDir = join(app, 'dist-single');
    return { site: join(app, 'dist'), singleDir, singleFile: join(singleDir, 'gov-report.html'), emptySingleDir: true };
  }
  const out = fromCaller(env.GOV_REPORT_WEB_OUT, env);
  // The single build writes into OUT itself, so it must not empty it (OUT/site is the other build's).
  return { site: join(out, 'site'), singleDir: out, singleFile: join(out, 'gov-report.html'), emptySingleDir: false };
}

/** A build error with the Chinese and the English sentence, naming the file and how to fix it. */
function configError(file, zh, en) {
  return new Error(`${file}: ${zh}\n${file}: ${en}`);
}

/** Options are written into the page as JSON, so they must be plain data. */
function isPlainData(value) {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainData);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value).every(isPlainData);
  return false;
}

/** One item of `plugins`: `"module"` or `["module", options]`. */
function configEntry(item, index, shown) {
  const [specifier, options] = Array.isArray(item) ? item : [item];
  const hasOptions = Array.isArray(item) && item.length > 1;
  if (Array.isArray(item) && (item.length < 1 || item.length > 2)) {
    throw configError(shown, `plugins 第 ${index + 1} 项应为 [模块路径, 选项]`, `plugins entry ${index + 1} should be [module, options]`);
  }
  if (typeof specifier !== 'string') {
    const value = specifier !== null && (typeof specifier === 'object' || typeof specifier === 'function');
    throw configError(
      shown,
      value
        ? `plugins 第 ${index + 1} 项是插件本身，网页版读不了：网页版在构建时把每个插件的模块打包进页面，只认模块路径或包名。请改为 "./plugins/province.mjs" 或 ["./plugins/province.mjs", { 选项 }]。`
        : `plugins 第 ${index + 1} 项应为模块路径或包名（"./plugins/province.mjs"），或 [模块路径, 选项]。`,
      value
        ? `plugins entry ${index + 1} is a plugin value, which the web build cannot read: it bundles each plugin's module into the page, so it names plugins by module path or package name. Write "./plugins/province.mjs" or ["./plugins/province.mjs", { options }].`
        : `plugins entry ${index + 1} should be a module path or package name ("./plugins/province.mjs"), or [module, options].`,
    );
  }
  if (hasOptions && !isPlainData(options)) {
    throw configError(
      shown,
      `plugins 第 ${index + 1} 项的选项只能是数据（文字、数字、是否、列表、对象），因为它们以 JSON 写进页面。`,
      `the options of plugins entry ${index + 1} must be plain data (strings, numbers, booleans, lists, objects): they are written into the page as JSON.`,
    );
  }
  return { specifier, options, hasOptions };
}

/** `{ plugins: [...] }` from a JSON file, or from the default export of an `.mjs`/`.js` file. */
async function configValue(file, shown) {
  if (['.mjs', '.js'].includes(extname(file).toLowerCase())) {
    // The modification time in the URL: a changed config is read again in `vite --watch`.
    try {
      const module = await import(`${pathToFileURL(file).href}?t=${statSync(file).mtimeMs}`);
      return module.default;
    } catch (error) {
      throw configError(
        shown,
        `加载时出错：${error.message}。网页版构建会在 Node 中运行这个 .mjs 文件；它应当 export default { plugins: [ … ] }，列出插件的模块路径，不必 import 插件。`,
        `loading it failed: ${error.message}. The web build runs this .mjs file in Node; it should \`export default { plugins: [ … ] }\` naming the plugins' modules, with no need to import them.`,
      );
    }
  }
  try {
    return JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw configError(shown, `不是有效的 JSON：${error.message}`, `is not valid JSON: ${error.message}`);
  }
}

/** The config file to bundle: `GOV_REPORT_CONFIG`, else the one `gov-report.config.{json,mjs}` in `apps/web/`, else none. */
export function findConfigFile(env = process.env) {
  if (env.GOV_REPORT_CONFIG) {
    const file = fromCaller(env.GOV_REPORT_CONFIG, env);
    if (!existsSync(file)) throw configError('GOV_REPORT_CONFIG', `找不到配置文件 ${file}`, `no config file ${file}`);
    return file;
  }
  const found = configFileNames.map((name) => join(app, name)).filter((file) => existsSync(file));
  if (found.length > 1) throw configError(shownPath(app, env), `同时有 ${configFileNames.join(' 和 ')}，请删除其中一个`, `has both ${configFileNames.join(' and ')}; remove one`);
  return found[0];
}

/**
 * The plugins of the config file, as module specifiers with their options. Specifiers resolve
 * relative to the config file (see vite.config.ts); plugin values (allowed in the CLI's `.mjs`
 * configs) are refused with a message saying why.
 */
export async function readPluginConfig(file) {
  const shown = shownPath(file);
  const config = await configValue(file, shown);
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    throw configError(shown, '内容应为 { "plugins": [ … ] }（.mjs 文件为 export default { plugins: [ … ] }）', 'should hold { "plugins": [ … ] } (an .mjs file: export default { plugins: [ … ] })');
  }
  const unknown = Object.keys(config).filter((key) => key !== 'plugins' && key !== '$schema');
  if (unknown.length > 0) throw configError(shown, `有不认识的设置：${unknown.join('、')}（只有 plugins 一项）`, `has unknown settings: ${unknown.join(', ')} (the only one is plugins)`);
  const plugins = config.plugins ?? [];
  if (!Array.isArray(plugins)) throw configError(shown, 'plugins 应为列表 [ … ]', 'plugins should be a list [ … ]');
  return plugins.map((item, index) => configEntry(item, index, shown));
}
