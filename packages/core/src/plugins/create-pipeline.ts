import { diagnosticCatalog } from '../diagnostics/catalog.js';
import type { Catalog } from '../diagnostics/codes/types.js';
import { placeholders } from '../diagnostics/create.js';
import { listParam, ReportError, reportError } from '../errors.js';
import { extendForm, type FormExtension } from '../forms/extend.js';
import { forms as builtInForms } from '../forms/registry.js';
import type { FormDefinition, LocalizedText, RuleDefinition } from '../forms/types.js';
import { createAnnotateStage } from './annotate-stage.js';
import { builtInImporters } from './built-in-importers.js';
import { assertPlugin, isPreset } from './define-plugin.js';
import { mergeMessages } from './merge-messages.js';
import { createStages } from './pipeline-stages.js';
import type { Annotator, Importer, Pipeline, PipelineOptions, Plugin, PluginRule, Preset, Renderer, TemplateWriter } from './types.js';

function flatten(items: ReadonlyArray<Plugin | Preset>, where: LocalizedText | undefined, into: Plugin[] = []): Plugin[] {
  items.forEach((item, index) => {
    if (isPreset(item)) flatten(item.plugins, { zh: `预设 ${item.name} `, en: `of the preset ${item.name}` }, into);
    else {
      assertPlugin(item, { zh: `${where?.zh ?? ''}第 ${index + 1} 个插件`, en: `plugin ${index + 1}${where ? ` ${where.en}` : ''}` });
      into.push(item);
    }
  });
  return into;
}

const sameParams = (a: string, b: string) => placeholders(a).sort().join() === placeholders(b).sort().join();

/** A rule whose diagnostics carry its id as code (equations, cell checks) needs a catalog entry. */
function checkRuleDocumented(rule: RuleDefinition, catalog: Catalog, plugin: string): void {
  if (rule.kind !== 'custom' && !catalog[rule.id]) {
    throw reportError('plugin-code-undocumented', {
      plugin,
      code: rule.id,
      problem: { zh: '该规则没有目录条目：请在插件的 catalog 中写明其中英文消息、原因和修改方法', en: 'the rule has no catalog entry; give it zh and en messages, a cause and a fix in the plugin’s catalog' },
    });
  }
}

function buildPipeline(plugins: readonly Plugin[]): Pipeline {
  // Names are unique; dependencies come first.
  const position = new Map<string, number>();
  plugins.forEach((plugin, index) => {
    if (position.has(plugin.name)) throw reportError('plugin-duplicate', { plugin: plugin.name });
    position.set(plugin.name, index);
  });
  plugins.forEach((plugin, index) => {
    for (const dependency of plugin.dependencies ?? []) {
      const at = position.get(dependency);
      if (at === undefined) {
        throw reportError('plugin-dependency-missing', { plugin: plugin.name, dependency });
      }
      if (at > index) throw reportError('plugin-dependency-order', { plugin: plugin.name, dependency });
    }
  });

  // Catalog and messages: later wins.
  const catalog: Catalog = Object.assign({}, diagnosticCatalog, ...plugins.map((plugin) => plugin.catalog ?? {}));
  for (const plugin of plugins) {
    for (const [code, entry] of Object.entries(plugin.catalog ?? {})) {
      if (!entry?.message?.zh || !entry.message.en || !entry.cause?.zh || !entry.fix?.zh) {
        throw reportError('plugin-code-undocumented', {
          plugin: plugin.name,
          code,
          problem: { zh: '须有中英文消息（message）、原因（cause）和修改方法（fix）', en: 'it needs zh and en messages, a cause and a fix' },
        });
      }
      if (!sameParams(entry.message.zh, entry.message.en)) {
        throw reportError('plugin-message-params', { plugin: plugin.name, code, problem: { zh: '中文和英文消息的 {参数} 不一致', en: 'the zh and en messages use different {parameters}' } });
      }
    }
  }
  const messages = mergeMessages(...plugins.map((plugin) => plugin.messages));
  for (const plugin of plugins) {
    for (const [locale, templates] of Object.entries(plugin.messages ?? {})) {
      for (const [code, template] of Object.entries(templates ?? {})) {
        const entry = catalog[code];
        if (!entry) {
          throw reportError('plugin-code-undocumented', { plugin: plugin.name, code, problem: { zh: `插件为这个未知代码提供了消息（${locale}）`, en: `the plugin gives a message (${locale}) for this unknown code` } });
        }
        const known = placeholders(entry.message.zh);
        const unknown = placeholders(template).filter((name) => !known.includes(name));
        if (unknown.length > 0) {
          const braced = (names: string[]) => listParam(names.map((n) => `{${n}}`));
          throw reportError('plugin-message-params', {
            plugin: plugin.name,
            code,
            problem: {
              zh: `消息（${locale}）使用了该代码没有的参数：${braced(unknown).zh}（可用：${braced(known).zh}）`,
              en: `the message (${locale}) uses parameters the code does not have: ${braced(unknown).en} (available: ${braced(known).en})`,
            },
          });
        }
      }
    }
  }

  // Forms: collected, then extensions chained in plugin order.
  const formMap = new Map<string, FormDefinition>(Object.values(builtInForms).map((form) => [form.id, form]));
  const formOrigins: Record<string, string> = {};
  for (const plugin of plugins) {
    for (const form of plugin.forms ?? []) {
      if (formMap.has(form.id)) {
        throw reportError('plugin-form-conflict', { plugin: plugin.name, form: form.id, problem: { zh: '要修改已有格式请用 extendForms', en: 'use extendForms to change an existing form' } });
      }
      for (const rule of form.rules) checkRuleDocumented(rule, catalog, plugin.name);
      formMap.set(form.id, form);
      formOrigins[form.id] = plugin.name;
    }
    for (const [baseId, value] of Object.entries(plugin.extendForms ?? {})) {
      let current = formMap.get(baseId);
      if (!current) throw reportError('plugin-unknown-form', { plugin: plugin.name, usage: { zh: '要扩展', en: 'extends' }, form: baseId, available: listParam([...formMap.keys()]) });
      for (const extension of (Array.isArray(value) ? value : [value]) as FormExtension[]) {
        let next: FormDefinition;
        try {
          next = extendForm(current, extension);
        } catch (error) {
          if (ReportError.isInstance(error) && error.code === 'invalid-form-extension' && error.params) {
            throw reportError('invalid-form-extension', { ...error.params }, { plugin: plugin.name, cause: error });
          }
          if (ReportError.isInstance(error)) throw new ReportError(error.code, `插件 ${plugin.name}：${error.message}`, { cause: error });
          throw error;
        }
        if (next.id !== current.id && formMap.has(next.id)) {
          throw reportError('plugin-form-conflict', { plugin: plugin.name, form: next.id, problem: { zh: `它由“${current.id}”扩展而来`, en: `it is extended from “${current.id}”` } });
        }
        for (const rule of [...(extension.rules?.add ?? []), ...(extension.rules?.replace ?? [])]) checkRuleDocumented(rule, catalog, plugin.name);
        formMap.set(next.id, next);
        formOrigins[next.id] = plugin.name;
        current = next;
      }
    }
  }
  const forms = Object.freeze([...formMap.values()]);

  // Rules: collected.
  const rules: PluginRule[] = [];
  for (const plugin of plugins) {
    for (const rule of plugin.rules ?? []) {
      if (rules.some((r) => r.id === rule.id)) throw reportError('plugin-rule-conflict', { plugin: plugin.name, rule: rule.id });
      if (rule.kind === 'custom' && typeof rule.check !== 'function') throw reportError('invalid-plugin', { problem: { zh: `插件 ${plugin.name} 的规则“${rule.id}”缺少 check 函数`, en: `the rule “${rule.id}” of the plugin ${plugin.name} has no check function` } });
      checkRuleDocumented(rule, catalog, plugin.name);
      for (const formId of rule.forms ?? []) {
        if (!formMap.has(formId)) throw reportError('plugin-unknown-form', { plugin: plugin.name, usage: { zh: `的规则“${rule.id}”适用`, en: `has a rule “${rule.id}” for` }, form: formId, available: listParam([...formMap.keys()]) });
      }
      rules.push(rule);
    }
  }

  // Importers, renderers and template writers: by name, later wins.
  const importerMap = new Map<string, Importer>(builtInImporters.map((importer) => [importer.name, importer]));
  const rendererMap = new Map<string, Renderer>();
  const templateMap = new Map<string, TemplateWriter>();
  for (const plugin of plugins) {
    for (const importer of plugin.importers ?? []) {
      if (typeof importer?.name !== 'string' || typeof importer.import !== 'function') throw reportError('invalid-plugin', { problem: { zh: `插件 ${plugin.name} 的导入器须有 name 和 import 函数`, en: `an importer of the plugin ${plugin.name} needs a name and an import function` } });
      importerMap.delete(importer.name);
      importerMap.set(importer.name, importer);
    }
    for (const renderer of plugin.renderers ?? []) {
      if (typeof renderer?.name !== 'string' || typeof renderer.render !== 'function') throw reportError('invalid-plugin', { problem: { zh: `插件 ${plugin.name} 的渲染器须有 name 和 render 函数`, en: `a renderer of the plugin ${plugin.name} needs a name and a render function` } });
      rendererMap.set(renderer.name, renderer);
    }
    for (const writer of plugin.templates ?? []) {
      if (typeof writer?.name !== 'string' || typeof writer.write !== 'function') throw reportError('invalid-plugin', { problem: { zh: `插件 ${plugin.name} 的模板生成器须有 name 和 write 函数`, en: `a template writer of the plugin ${plugin.name} needs a name and a write function` } });
      templateMap.delete(writer.name);
      templateMap.set(writer.name, writer);
    }
  }
  // Annotators: by the importer they annotate for, later wins.
  const annotatorMap = new Map<string, Annotator>();
  for (const plugin of plugins) {
    for (const annotator of plugin.annotators ?? []) {
      if (typeof annotator?.name !== 'string' || typeof annotator.importer !== 'string' || typeof annotator.annotate !== 'function') {
        throw reportError('invalid-plugin', { problem: { zh: `插件 ${plugin.name} 的标注器须有 name、importer 和 annotate 函数`, en: `an annotator of the plugin ${plugin.name} needs a name, an importer and an annotate function` } });
      }
      annotatorMap.set(annotator.importer, annotator);
    }
  }
  const stages = createStages({ plugins, forms, formMap, rules, catalog, messages, importerMap, rendererMap, templateMap });
  const pipeline: Pipeline = {
    plugins: Object.freeze([...plugins]),
    forms,
    rules: Object.freeze(rules),
    catalog: Object.freeze(catalog),
    messages: Object.freeze(messages),
    importers: Object.freeze([...importerMap.values()]),
    renderers: Object.freeze([...rendererMap.values()]),
    templates: Object.freeze([...templateMap.values()]),
    annotators: Object.freeze([...annotatorMap.values()]),
    formOrigins: Object.freeze(formOrigins),
    ...stages,
    annotate: createAnnotateStage(annotatorMap, stages.context),
    use(plugin, options) {
      const value = typeof plugin === 'function' ? plugin(options) : plugin;
      return buildPipeline([...plugins, ...flatten([value as Plugin | Preset], undefined)]);
    },
  };
  return Object.freeze(pipeline);
}

/**
 * Builds a pipeline from presets (first) and plugins (then), in order: the built-in forms with the
 * plugins' forms and extensions, the plugins' rules, messages, importers and renderers, and the core
 * operations bound to them. See `Plugin` for how hooks combine. Programmer errors — a missing or
 * later dependency, two plugins of one name, an extension of an unknown form or row, an undocumented
 * rule code — throw a `ReportError` that names the plugin.
 */
export function createPipeline(options: PipelineOptions = {}): Pipeline {
  return buildPipeline(flatten([...(options.presets ?? []), ...(options.plugins ?? [])], undefined));
}
