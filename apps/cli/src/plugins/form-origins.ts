import type { FormExtension, Pipeline } from '@report/core';
import type { LoadedPlugin } from './load-plugin.js';

/** A plugin's part in a form, and where the plugin came from when it was loaded by the CLI. */
export interface FormOriginPlugin {
  plugin: string;
  /** The plugin entry as written (`./plugins/a.mjs`, a package name), when loaded from `--plugin` or the config file. */
  specifier?: string;
  /** The config file that listed it. */
  config?: string;
}

/** Who made a form and who changed it since. */
export interface FormOrigin {
  /** The plugin that added the form (as a new form or as an extension with a new id); absent for a built-in form. */
  addedBy?: FormOriginPlugin;
  /** Plugins whose extensions (without a new id) took the form's place, in order. */
  extendedBy: FormOriginPlugin[];
}

/**
 * Which plugin added or extended each of the pipeline's forms, read from the plugins' `forms` and
 * `extendForms` hooks the way the pipeline applies them (in plugin order, extensions chained).
 */
export function formOrigins(pipeline: Pipeline, loaded: readonly LoadedPlugin[]): Map<string, FormOrigin> {
  const origins = new Map<string, FormOrigin>(pipeline.forms.map((form) => [form.id, { extendedBy: [] }]));
  const describe = (name: string): FormOriginPlugin => {
    const entry = loaded.find((l) => l.names.includes(name));
    return { plugin: name, ...(entry?.source.specifier ? { specifier: entry.source.specifier } : {}), ...(entry?.source.config ? { config: entry.source.config } : {}) };
  };
  const originOf = (id: string): FormOrigin => {
    const origin = origins.get(id) ?? { extendedBy: [] };
    origins.set(id, origin);
    return origin;
  };
  for (const plugin of pipeline.plugins) {
    for (const form of plugin.forms ?? []) originOf(form.id).addedBy = describe(plugin.name);
    for (const [baseId, value] of Object.entries(plugin.extendForms ?? {})) {
      let current = baseId;
      for (const extension of (Array.isArray(value) ? value : [value]) as FormExtension[]) {
        const next = extension.id ?? current;
        if (next !== current) originOf(next).addedBy = describe(plugin.name);
        else if (originOf(current).addedBy?.plugin !== plugin.name) originOf(current).extendedBy.push(describe(plugin.name));
        current = next;
      }
    }
  }
  return origins;
}
