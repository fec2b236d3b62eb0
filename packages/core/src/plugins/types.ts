import type { AggregateOptions, AggregateResult, Roster, Submission } from '../aggregate/types.js';
import type { Aggregator } from '../aggregate/aggregate.js';
import type { CompareOptions, YearComparison } from '../compare.js';
import type { Catalog } from '../diagnostics/codes/types.js';
import type { MessageOptions, MessageOverrides, PluginDiagnosticInput } from '../diagnostics/create.js';
import type { Diagnostic, Locale } from '../diagnostics/types.js';
import type { FormExtension } from '../forms/extend.js';
import type { FormDefinition, FormId, RuleDefinition } from '../forms/types.js';
import type { ParseResult } from '../model/parse.js';
import type { Organ, Report } from '../model/report.js';
import type { ValidateOptions } from '../rules/types.js';

/** What an importer returns: a report, unless the input could not be read, and every problem found. */
export interface ImportResult {
  report?: Report;
  diagnostics: Diagnostic[];
  /** The importer that read the input (set by the pipeline). */
  importer?: string;
  /** SHA-256 of the input bytes, hex (set by the pipeline). */
  sha256?: string;
}

/**
 * The one context every stage of a pipeline receives: the pipeline's forms (built-in, added and
 * extended), the rules plugins added, the merged catalog and messages, and the locale of the call.
 * Importers, renderers and template writers get it (with a few stage-specific fields), so no caller
 * threads `forms`, `catalog` or `locale` into separate functions by hand.
 */
export interface PipelineContext {
  readonly locale: Locale;
  /** Every form of the pipeline, in pipeline order (built-in first, then added forms). */
  readonly forms: readonly FormDefinition[];
  /** The rules plugins added (not the forms' own rules). */
  readonly rules: readonly PluginRule[];
  /** Plugin codes over the built-in catalog. */
  readonly catalog: Catalog;
  /** Merged message overrides (plugins, then the call's own). */
  readonly messages: MessageOverrides;
  /** A form by id; throws `ReportError` (`unknown-form`) for an id the pipeline does not have. */
  getForm(id: FormId): FormDefinition;
  /** A form by id, or `undefined`. */
  findForm(id: FormId): FormDefinition | undefined;
  /** The form of the pipeline for a report year (see `formForYear`). */
  formForYear(year: number): FormDefinition | undefined;
  /** A form with the plugin rules that apply to it added after its own. */
  withPluginRules(form: FormDefinition): FormDefinition;
  /** Checks a report with the pipeline's forms, plugin rules and messages. */
  validate(report: Report, options?: ValidateOptions): Diagnostic[];
  /**
   * A diagnostic from the pipeline's catalog and messages, in the context's locale. The code may be
   * a built-in one or a plugin's own (the pipeline's catalog has both).
   */
  diagnostic(input: PluginDiagnosticInput): Diagnostic;
}

/** What an importer gets besides the input. */
export interface ImportContext extends PipelineContext {
  /** The input's file name, for diagnostics. */
  file?: string;
  /** What the caller knows about the input: narrative text and some workbooks state no year, organ or format. */
  year?: number;
  organ?: string;
  format?: FormId;
  /** Importer-specific options, passed through from `pipeline.import`. */
  options?: Readonly<Record<string, unknown>>;
}

/** Reads bytes (or text) into a report. Importers take bytes, never paths: the CLI or the browser reads files. */
export interface Importer {
  /** Unique name, e.g. `report-json`, `narrative-text`, `excel-workbook`. */
  name: string;
  /** File name endings it reads, lower case with the dot (`.json`, `.txt`). */
  extensions?: readonly string[];
  /**
   * How sure the importer is that it reads this input, from its content (and name): `0` not its
   * kind, `1` plausible (e.g. by the file name's ending), `2` certain (e.g. magic bytes). Without
   * `detect`, a matching ending counts `1`. The highest score wins; on a tie the later plugin wins.
   */
  detect?(input: Uint8Array, file: string | undefined): number;
  /**
   * Reads what no importer claims, to say what the file is and what to do with it (the workbook
   * reader knows .doc, .pdf, .zip…). The last such importer is used.
   */
  fallback?: boolean;
  import(input: Uint8Array | string, context: ImportContext): ImportResult | Promise<ImportResult>;
}

/** What is rendered: a report, or a county's aggregate (its report plus the appendix). */
export interface RenderInput {
  /** The report; default, for an aggregate, `aggregate.report`. */
  report?: Report;
  aggregate?: AggregateResult;
  /** The roster aggregated against, to name missing members. */
  roster?: Roster;
  /** Every problem of the run, for checking reports and problem lists (default: the aggregate's). */
  diagnostics?: readonly Diagnostic[];
  /** Document title, where the output has one. */
  title?: string;
}

/** What a renderer gets besides the input. */
export interface RenderContext extends PipelineContext {
  /** The report's form, as the pipeline has it (extensions applied). */
  form: FormDefinition;
  /** Renderer-specific options. */
  options?: Readonly<Record<string, unknown>>;
}

/** What a renderer returns: the document and what it has to say about it. */
export interface RenderOutput {
  content: string | Uint8Array;
  diagnostics?: Diagnostic[];
}

/** Turns a report (or an aggregate) into a document: a string (HTML) or bytes (PDF, XLSX). */
export interface Renderer {
  /** Unique name, e.g. `html`, `pdf`, `summary-xlsx`. */
  name: string;
  /** Media type of the output, e.g. `text/html`. */
  mediaType?: string;
  /** File name ending of the output, with the dot, e.g. `.pdf`. */
  extension?: string;
  /** `aggregate`: renders only a county's aggregate (e.g. the summary workbook); `report` (default): any report. */
  input?: 'report' | 'aggregate';
  render(input: RenderInput & { report: Report }, context: RenderContext): string | Uint8Array | RenderOutput | Promise<string | Uint8Array | RenderOutput>;
}

/** What `pipeline.render` returns. */
export interface RenderResult {
  /** Absent when the input could not be rendered (the diagnostics say why). */
  content?: string | Uint8Array;
  mediaType?: string;
  extension?: string;
  renderer?: string;
  diagnostics: Diagnostic[];
}

/** What a template is made for. */
export interface TemplateRequest {
  year: number;
  /** Default: the pipeline's form for `year`. */
  format?: FormId;
  organ?: Partial<Organ>;
  contact?: { person?: string; phone?: string };
  /** Template writer by name; default the last one added. */
  writer?: string;
  /** Writer-specific options. */
  options?: Readonly<Record<string, unknown>>;
}

/** What a template writer gets besides the request. */
export interface TemplateContext extends PipelineContext {
  form: FormDefinition;
  options?: Readonly<Record<string, unknown>>;
}

/** Makes the blank form a township fills in (the Excel template), from the form definition. */
export interface TemplateWriter {
  name: string;
  mediaType?: string;
  extension?: string;
  write(request: TemplateRequest, context: TemplateContext): Uint8Array | Promise<Uint8Array>;
}

/** What `pipeline.template` returns. */
export interface TemplateResult {
  content?: Uint8Array;
  form?: FormDefinition;
  mediaType?: string;
  extension?: string;
  writer?: string;
  diagnostics: Diagnostic[];
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
 * | `importers`, `renderers`, `templates` | by name, later wins (a plugin may replace a built-in importer) |
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
  /** Template writers (the Excel template of `@report/excel-import`). */
  templates?: readonly TemplateWriter[];
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
  /** Importer by name; default: chosen by the content and the file name's ending. */
  importer?: string;
  file?: string;
  /** What the caller knows about the input (see `ImportContext`). */
  year?: number;
  organ?: string;
  format?: FormId;
  options?: Readonly<Record<string, unknown>>;
}

/** `aggregate`'s options in a pipeline: the forms, rules and messages come from the pipeline. */
export type PipelineAggregateOptions = Omit<AggregateOptions, 'forms' | 'validate' | 'catalog' | 'messages'> & Pick<MessageOptions, 'messages'>;

export interface RenderOptions extends MessageOptions {
  /** Renderer-specific options. */
  options?: Readonly<Record<string, unknown>>;
}

/**
 * A frozen combination of plugins: its forms, rules, messages, importers, renderers and template
 * writers, and every stage of the work bound to them. Each stage gets one `PipelineContext`; a stage
 * given a report of a form the pipeline does not know says so with a diagnostic, never drops data.
 * `use` returns a new pipeline; a pipeline never changes.
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
  readonly templates: readonly TemplateWriter[];
  /** Which plugin added or last changed each form, by form id (absent for untouched built-in forms). */
  readonly formOrigins: Readonly<Record<string, string>>;
  /** The context stages receive, for a locale (default `zh-CN`). */
  context(options?: MessageOptions): PipelineContext;
  /** A form by id; throws `ReportError` for an unknown id. */
  getForm(id: FormId): FormDefinition;
  /** The pipeline's form for a report year (`formForYear` among the pipeline's forms: the most derived, then the last). */
  formForYear(year: number): FormDefinition | undefined;
  getImporter(name: string): Importer | undefined;
  getRenderer(name: string): Renderer | undefined;
  /** `parseReport` with the pipeline's forms and messages. */
  parseReport(input: unknown, options?: MessageOptions & { file?: string }): ParseResult;
  /**
   * Reads a file's bytes with the importer chosen by name, by content (`detect`) or by the file
   * name's ending, or the fallback importer. Never throws: an empty input, no importer, an importer
   * that fails, a report of a form the pipeline does not know — each is a diagnostic.
   */
  import(input: Uint8Array | string, options?: ImportReportOptions): Promise<ImportResult>;
  /** The same as `import` (the name of the first release). */
  importReport(input: Uint8Array | string, options?: ImportReportOptions): Promise<ImportResult>;
  /** Checks a report with the pipeline's forms, plugin rules and messages. */
  validate(report: Report, options?: ValidateOptions): Diagnostic[];
  /** The same as `validate` (the name of the first release). */
  validateReport(report: Report, options?: ValidateOptions): Diagnostic[];
  /** `aggregate` with the pipeline's forms, plugin rules and messages; the format defaults to the pipeline's form for the year. */
  aggregate(submissions: readonly Submission[], options: PipelineAggregateOptions): AggregateResult;
  /** The streaming form of `aggregate` (`createAggregator`) with the pipeline's forms, rules and messages: add submissions one by one, then finish. */
  aggregator(options: PipelineAggregateOptions): Aggregator;
  /** `compareYears` with the pipeline's forms (and their cross-year rules) and messages. */
  compare(previous: Report, current: Report, options?: Omit<CompareOptions, 'forms'>): YearComparison;
  /** Makes a blank template with a template writer (e.g. the Excel template). */
  template(request: TemplateRequest, options?: MessageOptions): Promise<TemplateResult>;
  /** Renders a report or an aggregate with the renderer of that name (`html`, `pdf`, `summary-xlsx`…). */
  render(renderer: string, input: RenderInput, options?: RenderOptions): Promise<RenderResult>;
  /** A new pipeline with more plugins or presets after these (a factory is called with `options`). */
  use<Options>(plugin: Plugin | Preset | ((options?: Options) => Plugin), options?: Options): Pipeline;
}
