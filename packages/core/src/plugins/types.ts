import type { Catalog } from '../diagnostics/codes/types.js';
import type { MessageOptions, MessageOverrides } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { FormExtension } from '../forms/extend.js';
import type { FormDefinition, FormId, RuleDefinition } from '../forms/types.js';
import type { ParseResult } from '../model/parse.js';
import type { Report } from '../model/report.js';
import type { ValidateOptions } from '../rules/types.js';

/** What an importer returns: a report, unless the input could not be read, and every problem found. */
export interface ImportResult {
  report?: Report;
  diagnostics: Diagnostic[];
}

/** What an importer gets besides the input: the pipeline's forms and messages. */
export interface ImportContext extends MessageOptions {
  /** Every form of the pipeline (built-in, added and extended). */
  forms: readonly FormDefinition[];
  getForm(id: FormId): FormDefinition;
  /** The input's file name, for diagnostics. */
  file?: string;
  /** Importer-specific options, passed through from `pipeline.importReport`. */
  options?: Readonly<Record<string, unknown>>;
}

/** Reads bytes (or text) into a report. Importers take bytes, never paths: the CLI or the browser reads files. */
export interface Importer {
  /** Unique name, e.g. `report-json`, `narrative-text`, `excel-workbook`. */
  name: string;
  /** File name endings it reads, lower case with the dot (`.json`, `.txt`); used to pick an importer by file name. */
  extensions?: readonly string[];
  import(input: Uint8Array | string, context: ImportContext): ImportResult | Promise<ImportResult>;
}

/** What a renderer gets besides the report. */
export interface RenderContext extends MessageOptions {
  /** The report's form, as the pipeline has it (extensions applied). */
  form: FormDefinition;
  /** Renderer-specific options. */
  options?: Readonly<Record<string, unknown>>;
}

/** Turns a report into a document: a string (HTML) or bytes (PDF, XLSX). */
export interface Renderer {
  /** Unique name, e.g. `html`, `pdf`. */
  name: string;
  /** Media type of the output, e.g. `text/html`. */
  mediaType?: string;
  render(report: Report, context: RenderContext): string | Uint8Array | Promise<string | Uint8Array>;
}

/**
 * A rule a plugin adds. It runs, after the form's own rules, for reports of the forms listed in
 * `forms` and of forms extended from them (by `extends`); without `forms`, for every report.
 */
export type PluginRule = RuleDefinition & { forms?: readonly FormId[] };

/**
 * A plugin: a named value, made by a factory (`definePlugin`). Each field is a hook; how the
 * pipeline combines the hooks of several plugins (in plugin order, presets first):
 *
 * | hook | combined by |
 * |---|---|
 * | `forms` | collected; an id already present (built-in or from an earlier plugin) is an error — extend it instead |
 * | `extendForms` | chained: each extension applies to the form as left by the plugins before it |
 * | `rules` | collected: all run, after the form's own rules; a duplicate rule id is an error |
 * | `catalog` | merged over the built-in catalog, later wins |
 * | `messages` | merged per locale and code, later wins (call-time `messages` win over all) |
 * | `importers`, `renderers` | by name, later wins (a plugin may replace a built-in importer) |
 *
 * `dependencies` names plugins that must come earlier in the pipeline; a missing one is an error.
 */
export interface Plugin {
  /** Unique name, e.g. `hunan-2021`. */
  name: string;
  /** Names of plugins this one needs, which must come before it. */
  dependencies?: readonly string[];
  /** New forms. */
  forms?: readonly FormDefinition[];
  /**
   * Extensions of existing forms, by form id. An extension without an `id` (or with the form's own
   * id) takes the form's place; one with a new `id` adds a form and leaves the base as it is. A list
   * applies in order, each to the result of the one before.
   */
  extendForms?: Readonly<Record<string, FormExtension | readonly FormExtension[]>>;
  rules?: readonly PluginRule[];
  /** Documented codes of the plugin's rules (zh + en message with the same params, cause, fix). */
  catalog?: Catalog;
  /** Replacement message templates for existing codes: `{ 'zh-CN': { 'R3-3': '…{scope}…' } }`. */
  messages?: MessageOverrides;
  importers?: readonly Importer[];
  renderers?: readonly Renderer[];
}

/** A named bundle of plugins (and presets), used as one. */
export interface Preset {
  kind: 'preset';
  name: string;
  plugins: ReadonlyArray<Plugin | Preset>;
}

/**
 * The factory `definePlugin` returns: call it with the plugin's options to get the plugin. Options
 * are optional when `undefined` is allowed.
 */
export type PluginFactory<Options = undefined> = undefined extends Options
  ? (options?: Options) => Plugin
  : (options: Options) => Plugin;

export interface PipelineOptions {
  /** Presets, applied first, in order. */
  presets?: ReadonlyArray<Preset>;
  /** Plugins, applied after the presets, in order. */
  plugins?: ReadonlyArray<Plugin | Preset>;
}

export interface ImportReportOptions extends MessageOptions {
  /** Importer by name; default: chosen by the file name's ending. */
  importer?: string;
  file?: string;
  options?: Readonly<Record<string, unknown>>;
}

/**
 * A frozen combination of plugins: its forms, rules, messages, importers and renderers, and the
 * core operations bound to them. `use` returns a new pipeline; a pipeline never changes.
 */
export interface Pipeline {
  /** The plugins, in the order their hooks apply (presets flattened). */
  readonly plugins: readonly Plugin[];
  /** Built-in forms with extensions applied, then added forms. */
  readonly forms: readonly FormDefinition[];
  /** The rules plugins added (not the forms' own rules). */
  readonly rules: readonly PluginRule[];
  /** Plugin codes over the built-in catalog. */
  readonly catalog: Readonly<Catalog>;
  /** Merged message overrides. */
  readonly messages: MessageOverrides;
  readonly importers: readonly Importer[];
  readonly renderers: readonly Renderer[];
  /** A form by id; throws `ReportError` for an unknown id. */
  getForm(id: FormId): FormDefinition;
  getImporter(name: string): Importer | undefined;
  getRenderer(name: string): Renderer | undefined;
  /** `parseReport` with the pipeline's forms and messages. */
  parseReport(input: unknown, options?: MessageOptions & { file?: string }): ParseResult;
  /** Reads a file's bytes with an importer chosen by name or by the file name's ending. */
  importReport(input: Uint8Array | string, options?: ImportReportOptions): Promise<ImportResult>;
  /** `validateReport` with the pipeline's forms, plugin rules and messages. */
  validateReport(report: Report, options?: ValidateOptions): Diagnostic[];
  /** A new pipeline with more plugins or presets after these (a factory is called with `options`). */
  use<Options>(plugin: Plugin | Preset | ((options?: Options) => Plugin), options?: Options): Pipeline;
}
