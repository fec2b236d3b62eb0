import { createPipeline, type Pipeline, type Plugin, type Preset } from '@report/core';
import { displayPath } from '../output.js';
import type { Text } from '../text.js';
import { builtInPlugins } from './built-in-plugins.js';
import { findConfigFile, loadConfig } from './load-config.js';
import { loadPlugin, type LoadedPlugin } from './load-plugin.js';
import { PluginError, thrownMessage } from './plugin-error.js';
import { describeSource, sourceDetails, type PluginSource } from './plugin-source.js';

/** The pipeline a run works with, and the plugins it was built from. */
export interface CliPipeline {
  pipeline: Pipeline;
  /** The plugins of `--plugin` and the config file, in pipeline order (after the built-in ones). */
  loaded: LoadedPlugin[];
  /** The config file used, if any. */
  config?: string;
}

export interface CliPipelineOptions {
  cwd: string;
  /** `--plugin` arguments, in order. */
  plugins?: readonly string[];
  /** `--config` argument. */
  config?: string;
  text: Text;
}

/** Why core refused a plugin, in words and with what to do, by the `ReportError` code. */
function conflictHint(text: Text, code: string): { reason: string; hint: string } {
  switch (code) {
    case 'plugin-duplicate':
      return { reason: text('有两个插件同名', 'two plugins have the same name'), hint: text('同一个插件只能添加一次：请从命令行或配置文件中去掉重复的一项；两个不同的插件须有不同的 name。', 'Add a plugin once: remove the repeated entry from the command line or the config file; two different plugins need different names.') };
    case 'plugin-dependency-missing':
    case 'plugin-dependency-order':
      return { reason: text('缺少它依赖的插件，或顺序不对', 'a plugin it depends on is missing or comes after it'), hint: text('请把它依赖的插件加到它前面。', 'List the plugins it depends on before it.') };
    case 'plugin-form-conflict':
      return { reason: text('它添加的报告格式与已有格式同名', 'it adds a report format whose id already exists'), hint: text('要修改已有格式请用 extendForms；新格式须用新的 id（运行 gov-report formats 查看已有格式）。', 'To change a format use extendForms; a new format needs a new id (gov-report formats lists them).') };
    case 'plugin-unknown-form':
      return { reason: text('它要扩展或引用的报告格式不存在', 'it extends or names a report format that does not exist'), hint: text('运行 gov-report formats 查看可用的格式 id；扩展插件格式时，须把提供该格式的插件排在前面。', 'gov-report formats lists the format ids; to extend a plugin\'s format, list that plugin first.') };
    case 'invalid-form-extension':
      return { reason: text('它对报告格式的扩展有误', 'its extension of a report format does not fit the format'), hint: text('请对照格式的表格、行、列 id 修改插件的 extendForms。', "Check the table, row and column ids in the plugin's extendForms against the format.") };
    case 'plugin-code-undocumented':
    case 'plugin-message-params':
      return { reason: text('它的规则或消息代码没有写明', 'a rule or message code of it is not documented'), hint: text('请在插件的 catalog 中为每个代码写明中英文消息（参数一致）、原因和修改方法。', "Document every code in the plugin's catalog: zh and en message (same parameters), cause and fix.") };
    default:
      return { reason: text('它不是有效的插件', 'it is not a valid plugin'), hint: text('请对照插件的写法（name、forms、extendForms、rules…）检查该模块，或联系插件的作者。', 'Check the module against the plugin contract (name, forms, extendForms, rules…), or ask its author.') };
  }
}

const isReportError = (error: unknown): error is Error & { code: string } => error instanceof Error && error.name === 'ReportError' && typeof (error as { code?: unknown }).code === 'string';

function tryPipeline(plugins: ReadonlyArray<Plugin | Preset>): { pipeline?: Pipeline; error?: unknown } {
  try {
    return { pipeline: createPipeline({ plugins }) };
  } catch (error) {
    return { error };
  }
}

/**
 * The error for a pipeline core refused, naming the first loaded plugin whose addition fails. What
 * the built-in plugins alone cannot do is a bug, not the user's plugin, and is passed on as it is.
 */
function conflictError(error: unknown, builtIns: ReadonlyArray<Plugin | Preset>, loaded: readonly LoadedPlugin[], options: CliPipelineOptions): unknown {
  const { text, cwd } = options;
  const culprit = loaded.find((_, index) => tryPipeline([...builtIns, ...loaded.slice(0, index + 1).map((l) => l.value)]).error !== undefined);
  if (!culprit) return error;
  const { reason, hint } = conflictHint(text, isReportError(error) ? error.code : 'invalid-plugin');
  const detail = thrownMessage(error);
  const name = culprit.names.join('、') || '?';
  const twin = isReportError(error) && error.code === 'plugin-duplicate' ? loaded.find((other) => other !== culprit && other.names.some((n) => culprit.names.includes(n))) : undefined;
  const also = twin ? text(`，与 ${describeSource(text, twin.source, cwd)}同名`, `; ${describeSource(text, twin.source, cwd)} has the same name`) : '';
  return new PluginError(
    text(`插件 ${name}（${sourceDetails(text, culprit.source, cwd)}）无法使用：${reason}${also}。${detail}`, `the plugin ${name} (${sourceDetails(text, culprit.source, cwd)}) cannot be used: ${reason}${also}. Details: ${detail}`),
    { plugin: culprit.source.specifier ?? name, config: culprit.source.config && displayPath(cwd, culprit.source.config), hint, cause: error },
  );
}

/**
 * Builds the run's pipeline: `builtInPlugins()`, then the plugins of `--plugin` (in order), then those
 * of the config file (`--config`, or `gov-report.config.json` / `.mjs` in the working directory).
 * A plugin that cannot be loaded or that core refuses is a `PluginError` naming it (exit code 2).
 */
export async function createCliPipeline(options: CliPipelineOptions): Promise<CliPipeline> {
  const { cwd, text } = options;
  const configPath = await findConfigFile(cwd, options.config, text);
  const config = configPath ? await loadConfig(configPath, cwd, text) : undefined;
  const sources: PluginSource[] = [...(options.plugins ?? []).map((specifier) => ({ specifier, directory: cwd, hasOptions: false })), ...(config?.plugins ?? [])];
  const loaded: LoadedPlugin[] = [];
  for (const source of sources) loaded.push(await loadPlugin(source, { cwd, text }));
  const builtIns = builtInPlugins();
  const attempt = tryPipeline([...builtIns, ...loaded.map((l) => l.value)]);
  if (!attempt.pipeline) throw conflictError(attempt.error, builtIns, loaded, options);
  return { pipeline: attempt.pipeline, loaded, ...(configPath ? { config: configPath } : {}) };
}
