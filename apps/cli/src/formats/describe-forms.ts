import type { FormDefinition } from '@report/core';
import type { CommandContext } from '../command.js';
import { displayPath } from '../output.js';
import { formOrigins, type FormOriginPlugin } from '../plugins/form-origins.js';
import type { Text } from '../text.js';

/** A plugin's part in a form, as listed: its name, the module as written and the config file (shown relative to the working directory). */
export interface FormPluginEntry {
  plugin: string;
  module: string | null;
  config: string | null;
}

/** One form of the pipeline, as `formats` lists it. */
export interface FormDescription {
  id: string;
  /** Official name. */
  name: string;
  /** Issuing document. */
  source: string;
  years: { from: number | null; to: number | null };
  /** `2021 年起`, `2019–2020 年`, in the run's language. */
  yearsText: string;
  extends: string | null;
  tables: Array<{ id: string; title: string }>;
  /** The plugin that added the form; `null` for a built-in one. */
  addedBy: FormPluginEntry | null;
  /** Plugins that changed the form in place, in order. */
  extendedBy: FormPluginEntry[];
}

/** `2021 年起` / `from 2021`; `2019–2020 年` / `2019–2020`; `不限年度` / `any year`. */
export function yearsText(text: Text, years: FormDefinition['years']): string {
  const { from, to } = years;
  if (from !== undefined && to !== undefined) return from === to ? text(`${from} 年`, `${from}`) : text(`${from}–${to} 年`, `${from}–${to}`);
  if (from !== undefined) return text(`${from} 年起`, `from ${from}`);
  if (to !== undefined) return text(`${to} 年及以前`, `until ${to}`);
  return text('不限年度', 'any year');
}

function pluginEntry(context: CommandContext, origin: FormOriginPlugin): FormPluginEntry {
  return { plugin: origin.plugin, module: origin.specifier ?? null, config: origin.config ? displayPath(context.io.cwd, origin.config) : null };
}

/** Every form of the run's pipeline — built-in, extended and added by plugins — with who added or changed it. */
export function describeForms(context: CommandContext): FormDescription[] {
  const origins = formOrigins(context.pipeline, context.plugins);
  return context.pipeline.forms.map((form) => {
    const origin = origins.get(form.id);
    return {
      id: form.id,
      name: form.name,
      source: form.source,
      years: { from: form.years.from ?? null, to: form.years.to ?? null },
      yearsText: yearsText(context.text, form.years),
      extends: form.extends ?? null,
      tables: form.tables.map((table) => ({ id: table.id, title: table.title })),
      addedBy: origin?.addedBy ? pluginEntry(context, origin.addedBy) : null,
      extendedBy: (origin?.extendedBy ?? []).map((entry) => pluginEntry(context, entry)),
    };
  });
}
