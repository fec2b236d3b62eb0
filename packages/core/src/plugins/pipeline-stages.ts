import { createAggregator } from '../aggregate/aggregate.js';
import { compareYears } from '../compare.js';
import { convertReport } from '../convert/convert-report.js';
import type { Catalog } from '../diagnostics/codes/types.js';
import { createDiagnostic, type MessageOptions, type MessageOverrides } from '../diagnostics/create.js';
import type { DiagnosticCode } from '../diagnostics/catalog.js';
import type { Diagnostic, DiagnosticLocation } from '../diagnostics/types.js';
import { listParam, ReportError, reportError } from '../errors.js';
import { formForYear as formForYearAmong } from '../forms/registry.js';
import type { FormDefinition, FormId } from '../forms/types.js';
import { parseReport } from '../model/parse.js';
import { validateReport } from '../validate.js';
import { mergeMessages } from './merge-messages.js';
import { sha256Hex } from '../sha256.js';
import type {
  ImportContext,
  ImportReportOptions,
  ImportResult,
  Importer,
  Pipeline,
  PipelineAggregateOptions,
  PipelineContext,
  Plugin,
  PluginRule,
  RenderOutput,
  RenderResult,
  Renderer,
  TemplateResult,
  TemplateWriter,
} from './types.js';

/** What the stages are built from: the pipeline's parts, already checked. */
export interface StageParts {
  plugins: readonly Plugin[];
  forms: readonly FormDefinition[];
  formMap: ReadonlyMap<string, FormDefinition>;
  rules: readonly PluginRule[];
  catalog: Catalog;
  messages: MessageOverrides;
  importerMap: ReadonlyMap<string, Importer>;
  rendererMap: ReadonlyMap<string, Renderer>;
  templateMap: ReadonlyMap<string, TemplateWriter>;
}

export type Stages = Pick<
  Pipeline,
  | 'context'
  | 'aggregator'
  | 'getForm'
  | 'formForYear'
  | 'getImporter'
  | 'getRenderer'
  | 'parseReport'
  | 'import'
  | 'importReport'
  | 'validate'
  | 'validateReport'
  | 'aggregate'
  | 'compare'
  | 'convert'
  | 'template'
  | 'render'
>;

function ending(file: string | undefined): string | undefined {
  return file?.toLowerCase().match(/\.[^./\\]+$/)?.[0];
}

function listOf(names: readonly string[]) {
  return { zh: names.join('、') || '—', en: names.join(', ') || '—' };
}

/** Diagnostics with the file named where they name none. */
export function withFile(diagnostics: readonly Diagnostic[], file: string | undefined): Diagnostic[] {
  if (!file) return [...diagnostics];
  return diagnostics.map((d) => (d.location.file ? d : { ...d, location: { ...d.location, file } }));
}

/** The importer for an input: by name, else the most confident `detect` (later wins a tie), else the fallback. */
function chooseImporter(importers: readonly Importer[], input: Uint8Array, file: string | undefined): Importer | undefined {
  let best: Importer | undefined;
  let bestScore = 0;
  for (const importer of importers) {
    const score = importer.detect ? importer.detect(input, file) : importer.extensions?.includes(ending(file) ?? '') ? 1 : 0;
    if (score > 0 && score >= bestScore) {
      best = importer;
      bestScore = score;
    }
  }
  return best ?? [...importers].reverse().find((importer) => importer.fallback);
}

/** A thrown error as a diagnostic: a `ReportError` keeps its code and message; anything else is `failedCode`. */
export function diagnosticFromError(error: unknown, context: PipelineContext, failedCode: DiagnosticCode, params: Record<string, string>, location: DiagnosticLocation): Diagnostic {
  const detail = error instanceof Error ? error.message : String(error);
  if (ReportError.isInstance(error) && context.catalog[error.code]) {
    const entry = context.catalog[error.code];
    return { code: error.code, severity: 'error', message: error.message, location, help: entry.fix[context.locale === 'en' ? 'en' : 'zh'] };
  }
  return context.diagnostic({ code: failedCode, params: { ...params, detail }, location });
}

/** `merge(base, extra)`, made once per pair of objects (by identity); no `extra`, or `extra` is `base`: `base`. */
function memoisedMerge<T extends object>(merge: (base: T, extra: T) => T): (base: T, extra: T | undefined) => T {
  const made = new WeakMap<T, WeakMap<T, T>>();
  const remember = (base: T, extra: T, merged: T) => {
    let byExtra = made.get(base);
    if (!byExtra) made.set(base, (byExtra = new WeakMap()));
    byExtra.set(extra, merged);
  };
  return (base, extra) => {
    if (!extra || extra === base) return base;
    let merged = made.get(base)?.get(extra);
    if (!merged) {
      merged = merge(base, extra);
      remember(base, extra, merged);
      // Merging the same layer into the result again changes nothing.
      remember(merged, extra, merged);
    }
    return merged;
  };
}

/** The pipeline's stages, each bound to the one context. */
export function createStages(parts: StageParts): Stages {
  const { forms, formMap, rules, catalog, messages, importerMap, rendererMap, templateMap } = parts;
  const formIds = () => [...formMap.keys()];

  const findForm = (id: FormId) => formMap.get(id);
  const getForm = (id: FormId): FormDefinition => {
    const form = formMap.get(id);
    if (!form) throw reportError('unknown-form', { id, available: listParam(formIds()) });
    return form;
  };
  const formForYear = (year: number): FormDefinition | undefined => {
    const id = formForYearAmong(year, forms);
    return id === undefined ? undefined : formMap.get(id);
  };
  /** The form and every form it extends, by id. */
  const lineage = (form: FormDefinition): string[] => {
    const ids: string[] = [];
    for (let current: FormDefinition | undefined = form; current && !ids.includes(current.id); current = current.extends ? formMap.get(current.extends) : undefined) {
      ids.push(current.id);
      if (current.extends && !formMap.has(current.extends)) ids.push(current.extends);
    }
    return ids;
  };
  // A form with the plugins' rules for it, made once per form (checking runs once per member report).
  const withRules = new WeakMap<FormDefinition, FormDefinition>();
  const withPluginRules = (form: FormDefinition): FormDefinition => {
    const known = withRules.get(form);
    if (known) return known;
    const ids = lineage(form);
    const extra = rules.filter((rule) => !rule.forms || rule.forms.some((id) => ids.includes(id)));
    const full = extra.length > 0 ? { ...form, rules: [...form.rules, ...extra] } : form;
    withRules.set(form, full);
    withRules.set(full, full);
    return full;
  };

  // Catalogs and messages merged once per pair of layers, not once per call: a county's job checks
  // every member through here, and copying the catalog per report cost more than checking it.
  // (Catalogs and message overrides are never changed once made.)
  const mergeCatalog = memoisedMerge<Catalog>((base, extra) => ({ ...base, ...extra }));
  const mergeMessageLayers = memoisedMerge<MessageOverrides>((base, extra) => mergeMessages(base, extra));
  const ownMessages = mergeMessages(messages);

  // One context per locale, catalog and messages: it depends on nothing else, and a stage asks for it per report.
  const contexts = new Map<string, WeakMap<Catalog, WeakMap<MessageOverrides, PipelineContext>>>();
  const context = (options: MessageOptions = {}): PipelineContext => {
    const locale = options.locale ?? 'zh-CN';
    const messageOptions = { locale, catalog: mergeCatalog(catalog, options.catalog), messages: mergeMessageLayers(ownMessages, options.messages) };
    let byCatalog = contexts.get(locale);
    if (!byCatalog) contexts.set(locale, (byCatalog = new WeakMap()));
    let byMessages = byCatalog.get(messageOptions.catalog);
    if (!byMessages) byCatalog.set(messageOptions.catalog, (byMessages = new WeakMap()));
    let made = byMessages.get(messageOptions.messages);
    if (!made) byMessages.set(messageOptions.messages, (made = Object.freeze(makeContext(messageOptions))));
    return made;
  };
  const makeContext = (messageOptions: { locale: MessageOptions['locale'] & string; catalog: Catalog; messages: MessageOverrides }): PipelineContext => {
    return {
      ...messageOptions,
      forms,
      rules,
      getForm,
      findForm,
      formForYear,
      withPluginRules,
      validate: (report, validateOptions = {}) =>
        validate(report, {
          ...messageOptions,
          ...validateOptions,
          catalog: mergeCatalog(messageOptions.catalog, validateOptions.catalog),
          messages: mergeMessageLayers(messageOptions.messages, validateOptions.messages),
        }),
      diagnostic: (input) => createDiagnostic(input, messageOptions),
    };
  };

  const validate: Stages['validate'] = (report, options = {}) => {
    const base = { ...options, ...context(options), forms };
    const form = options.form ?? formMap.get(report.format);
    return validateReport(report, form ? { ...base, form: withPluginRules(form) } : base);
  };

  const importInput: Stages['import'] = async (input, options: ImportReportOptions = {}): Promise<ImportResult> => {
    const { importer: name, file, options: importerOptions, year, organ, format, ...messageOptions } = options;
    const base = context(messageOptions);
    const importContext: ImportContext = {
      ...base,
      ...(file ? { file } : {}),
      ...(year !== undefined ? { year } : {}),
      ...(organ ? { organ } : {}),
      ...(format ? { format } : {}),
      ...(importerOptions ? { options: importerOptions } : {}),
    };
    const location = file ? { file } : {};
    const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
    const sha256 = await sha256Hex(bytes);
    const done = (result: ImportResult, importer?: Importer): ImportResult => ({
      ...result,
      diagnostics: withFile(result.diagnostics, file),
      sha256,
      ...(importer ? { importer: importer.name } : {}),
    });
    if (format && !formMap.has(format)) {
      return done({ diagnostics: [base.diagnostic({ code: 'unknown-format', params: { format, available: listOf(formIds()) }, location: { ...location, path: 'format' } })] });
    }
    if (bytes.length === 0) return done({ diagnostics: [base.diagnostic({ code: 'import-file-empty', params: { file: file ?? '—' }, location })] });
    const importers = [...importerMap.values()];
    const importer = name ? importerMap.get(name) : chooseImporter(importers, bytes, file);
    if (!importer) {
      const available = importers.map((i) => `${i.name}（${(i.extensions ?? []).join(' ') || '—'}）`);
      return done({
        diagnostics: [base.diagnostic({ code: 'plugin-importer-unknown', params: { wanted: name ?? ending(file) ?? '—', available: { zh: available.join('、'), en: available.join(', ') } }, location })],
      });
    }
    let result: ImportResult;
    try {
      result = await importer.import(input, importContext);
    } catch (error) {
      return done({ diagnostics: [diagnosticFromError(error, base, 'plugin-importer-failed', { importer: importer.name }, location)] }, importer);
    }
    const report = result.report;
    if (report && !formMap.has(report.format)) {
      // An importer made a report of a form this pipeline does not have: nothing downstream could check, sum or print it.
      const unknown = base.diagnostic({ code: 'unknown-format', params: { format: String(report.format), available: listOf(formIds()) }, location: { ...location, path: 'format' } });
      return done({ ...result, diagnostics: [...result.diagnostics, unknown] }, importer);
    }
    if (report && file) report.sources ??= [{ file, sha256 }];
    return done(result, importer);
  };

  const renderStage: Stages['render'] = async (name, input, options = {}): Promise<RenderResult> => {
    const { options: rendererOptions, ...messageOptions } = options;
    const base = context(messageOptions);
    const renderer = rendererMap.get(name);
    const report = input.report ?? input.aggregate?.report;
    if (!report) throw reportError('invalid-render-input', {}, { locale: options.locale });
    const failed = (diagnostic: Diagnostic): RenderResult => ({ diagnostics: [diagnostic], ...(renderer ? { renderer: renderer.name } : {}) });
    if (!renderer) return failed(base.diagnostic({ code: 'pipeline-renderer-unknown', params: { wanted: name, available: listOf([...rendererMap.keys()]) } }));
    const form = formMap.get(report.format);
    if (!form) return failed(base.diagnostic({ code: 'unknown-format', params: { format: String(report.format), available: listOf(formIds()) }, location: { path: 'format' } }));
    if (renderer.input === 'aggregate' && !input.aggregate) return failed(base.diagnostic({ code: 'pipeline-renderer-needs-aggregate', params: { renderer: name } }));
    let output: string | Uint8Array | RenderOutput;
    try {
      output = await renderer.render({ ...input, report }, { ...base, form, ...(rendererOptions ? { options: rendererOptions } : {}) });
    } catch (error) {
      return failed(diagnosticFromError(error, base, 'pipeline-renderer-failed', { renderer: name }, {}));
    }
    const { content, diagnostics = [] } = typeof output === 'string' || output instanceof Uint8Array ? { content: output } : output;
    return {
      content,
      diagnostics,
      renderer: renderer.name,
      ...(renderer.mediaType ? { mediaType: renderer.mediaType } : {}),
      ...(renderer.extension ? { extension: renderer.extension } : {}),
    };
  };

  const template: Stages['template'] = async (request, options = {}): Promise<TemplateResult> => {
    const base = context(options);
    const form = request.format ? formMap.get(request.format) : formForYear(request.year);
    if (!form) {
      return {
        diagnostics: [
          request.format
            ? base.diagnostic({ code: 'unknown-format', params: { format: request.format, available: listOf(formIds()) }, location: { path: 'format' } })
            : base.diagnostic({ code: 'pipeline-no-form-for-year', params: { year: request.year, available: listOf(formIds()) } }),
        ],
      };
    }
    if (form.tables.length === 0) return { form, diagnostics: [base.diagnostic({ code: 'pipeline-form-has-no-tables', params: { format: form.id } })] };
    const writers = [...templateMap.values()];
    const writer = request.writer ? templateMap.get(request.writer) : writers[writers.length - 1];
    if (!writer) {
      return { form, diagnostics: [base.diagnostic({ code: 'pipeline-template-writer-unknown', params: { wanted: request.writer ?? '—', available: listOf(writers.map((w) => w.name)) } })] };
    }
    try {
      const content = await writer.write({ ...request, format: form.id }, { ...base, form, ...(request.options ? { options: request.options } : {}) });
      return { content, form, writer: writer.name, diagnostics: [], ...(writer.mediaType ? { mediaType: writer.mediaType } : {}), ...(writer.extension ? { extension: writer.extension } : {}) };
    } catch (error) {
      return { form, writer: writer.name, diagnostics: [diagnosticFromError(error, base, 'pipeline-template-failed', { writer: writer.name }, {})] };
    }
  };

  const pipelineAggregator = (options: PipelineAggregateOptions) => {
    const base = context(options);
    const format = options.format ?? formForYear(options.year)?.id;
    return createAggregator({ ...options, ...(format ? { format } : {}), forms, catalog: base.catalog, messages: base.messages, validate: base.validate });
  };
  return {
    context,
    getForm,
    formForYear,
    getImporter: (name) => importerMap.get(name),
    getRenderer: (name) => rendererMap.get(name),
    parseReport: (input, options = {}) => parseReport(input, { ...context(options), forms, ...(options.file ? { file: options.file } : {}) }),
    import: importInput,
    importReport: importInput,
    validate,
    validateReport: validate,
    aggregate(submissions, options) {
      const aggregator = pipelineAggregator(options);
      for (const submission of submissions) aggregator.add(submission);
      return aggregator.finish();
    },
    aggregator: (options) => pipelineAggregator(options),
    compare: (previous, current, options = {}) => compareYears(previous, current, { ...options, ...context(options), forms }),
    convert(report, toFormat, options = {}) {
      const base = context(options);
      const unknown = [report.format, toFormat].find((id) => !formMap.has(id));
      if (unknown !== undefined) {
        const available = listParam(formIds());
        return { unmapped: [], unfilled: [], diagnostics: [base.diagnostic({ code: 'unknown-format', params: { format: String(unknown), available }, location: { path: 'format' } })] };
      }
      return convertReport(report, toFormat, { ...base, forms });
    },
    template,
    render: renderStage,
  };
}
