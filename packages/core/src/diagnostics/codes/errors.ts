import type { Catalog } from './types.js';

/**
 * Codes of `ReportError`, the one exception of the toolkit: programmer errors and unusable input
 * (a plugin that breaks the contract, a form or table that does not exist, a file that is not a
 * template). Thrown through `reportError(code, params, { locale })`, which words the message from
 * these entries, so a caller can show it in English; `error.code` is the key.
 */
export const errorCodes = {
  'unknown-form': {
    severity: 'error',
    title: { zh: '未知的报告格式', en: 'Unknown report form' },
    message: { zh: '未知的报告格式：{id}（可用：{available}）', en: 'Unknown report form: {id} (available: {available})' },
    cause: { zh: '格式 id 写错了，或提供该格式的插件没有加载。', en: 'The form id is misspelt, or the plugin that provides the form is not loaded.' },
    fix: { zh: '使用可用的格式 id（命令行：gov-report formats），或加载提供该格式的插件。', en: 'Use an available form id (CLI: gov-report formats), or load the plugin that provides the form.' },
  },
  'unknown-table': {
    severity: 'error',
    title: { zh: '格式中没有该表格', en: 'The form has no such table' },
    message: { zh: '格式 {form} 中没有表格 {table}', en: 'The form {form} has no table {table}' },
    cause: { zh: '代码用一个格式没有的表格 id 取表格。', en: 'Code asked a form for a table id it does not have.' },
    fix: { zh: '使用该格式的表格 id（见格式定义的 tables）。', en: 'Use a table id of the form (see the form definition’s tables).' },
  },
  'invalid-form-extension': {
    severity: 'error',
    title: { zh: '报告格式的扩展有误', en: 'The form extension does not fit the form' },
    message: { zh: '扩展报告格式 {form} 出错：{problem}', en: 'Cannot extend the report form {form}: {problem}' },
    cause: {
      zh: '扩展（extendForm 或插件的 extendForms）引用了格式中不存在的表格、行、列、区块或规则，或添加了已有的标识；什么也不做的扩展项是不允许的。',
      en: 'The extension (extendForm or a plugin’s extendForms) names a table, row, column, block or rule the form lacks, or adds an id it already has; an entry that silently does nothing is not allowed.',
    },
    fix: { zh: '对照格式的表格、行、列 id 修改扩展。', en: 'Check the extension’s table, row and column ids against the form.' },
  },
  'invalid-render-input': {
    severity: 'error',
    title: { zh: '没有可生成的内容', en: 'Nothing to render' },
    message: { zh: 'pipeline.render 需要 report 或 aggregate', en: 'pipeline.render needs a report or an aggregate' },
    cause: { zh: '调用 pipeline.render 时既没有给报告也没有给汇总结果。', en: 'pipeline.render was called with neither a report nor an aggregate.' },
    fix: { zh: '传入 { report } 或 { aggregate }。', en: 'Pass { report } or { aggregate }.' },
  },
  'invalid-plugin': {
    severity: 'error',
    title: { zh: '插件不符合插件的写法', en: 'Not a valid plugin' },
    message: { zh: '插件定义有误：{problem}', en: 'Invalid plugin: {problem}' },
    cause: { zh: '传给 definePlugin、definePreset 或 createPipeline 的值不是插件对象，或它的某个字段类型不对。', en: 'A value given to definePlugin, definePreset or createPipeline is not a plugin object, or one of its fields has the wrong type.' },
    fix: { zh: '对照插件的写法（name、forms、extendForms、rules、catalog、importers、renderers…）修改插件。', en: 'Check the plugin against the plugin contract (name, forms, extendForms, rules, catalog, importers, renderers…).' },
  },
  'plugin-duplicate': {
    severity: 'error',
    title: { zh: '插件被添加了两次', en: 'A plugin is added twice' },
    message: { zh: '插件 {plugin} 被添加了两次', en: 'The plugin {plugin} is added twice' },
    cause: { zh: '同一个插件（或两个同名插件）出现在流水线中两次。', en: 'The same plugin (or two plugins of one name) is in the pipeline twice.' },
    fix: { zh: '去掉重复的一项；两个不同的插件须有不同的 name。', en: 'Remove the repeated entry; two different plugins need different names.' },
  },
  'plugin-dependency-missing': {
    severity: 'error',
    title: { zh: '缺少依赖的插件', en: 'A plugin it depends on is missing' },
    message: {
      zh: '插件 {plugin} 依赖插件 {dependency}，但流水线中没有它：请在 {plugin} 之前添加 {dependency}',
      en: 'The plugin {plugin} depends on the plugin {dependency}, which the pipeline lacks: add {dependency} before {plugin}',
    },
    cause: { zh: '插件的 dependencies 列出了流水线中没有的插件。', en: 'The plugin’s dependencies name a plugin the pipeline does not have.' },
    fix: { zh: '把依赖的插件加到它前面。', en: 'Add the plugin it depends on before it.' },
  },
  'plugin-dependency-order': {
    severity: 'error',
    title: { zh: '依赖的插件排在后面', en: 'A plugin it depends on comes after it' },
    message: { zh: '插件 {plugin} 依赖插件 {dependency}，{dependency} 须排在 {plugin} 之前', en: 'The plugin {plugin} depends on the plugin {dependency}; {dependency} must come before {plugin}' },
    cause: { zh: '插件的各个钩子按顺序生效，依赖的插件须先生效。', en: 'Plugin hooks apply in order, and a dependency must apply first.' },
    fix: { zh: '调整顺序，把依赖的插件排在前面。', en: 'Reorder the plugins so the dependency comes first.' },
  },
  'plugin-code-undocumented': {
    severity: 'error',
    title: { zh: '插件的代码没有写明', en: 'A plugin code is not documented' },
    message: { zh: '插件 {plugin} 的代码“{code}”没有写明：{problem}', en: 'The plugin {plugin} does not document the code “{code}”: {problem}' },
    cause: { zh: '插件的每条规则的 id 都是诊断代码，须在插件的 catalog 中写明中英文消息、原因和修改方法；消息也只能给已有的代码。', en: 'Each rule id of a plugin is a diagnostic code and needs a catalog entry with zh and en messages, a cause and a fix; messages may only be given for known codes.' },
    fix: { zh: '在插件的 catalog 中为该代码写明 severity、title、message、cause 和 fix（中英文）。', en: 'Give the code a catalog entry in the plugin: severity, title, message, cause and fix, in zh and en.' },
  },
  'plugin-message-params': {
    severity: 'error',
    title: { zh: '插件消息的参数不一致', en: 'A plugin message has the wrong parameters' },
    message: { zh: '插件 {plugin} 的代码“{code}”的消息参数有误：{problem}', en: 'The plugin {plugin} words the code “{code}” with the wrong parameters: {problem}' },
    cause: { zh: '中文和英文消息须使用相同的参数，替换的消息只能使用该代码已有的参数。', en: 'The zh and en messages must use the same parameters, and a replacement message only those the code has.' },
    fix: { zh: '让两种语言的消息使用相同的参数。', en: 'Use the same parameters in both languages.' },
  },
  'plugin-form-conflict': {
    severity: 'error',
    title: { zh: '插件的格式与已有格式重名', en: 'A plugin form’s id already exists' },
    message: { zh: '插件 {plugin} 的格式“{form}”已存在：{problem}', en: 'The plugin {plugin} adds the form “{form}”, which already exists: {problem}' },
    cause: { zh: '格式 id 须唯一；插件添加或扩展出的格式与内置格式或先前插件的格式同名。', en: 'Form ids are unique; the plugin adds or derives a form whose id a built-in form or an earlier plugin already uses.' },
    fix: { zh: '要修改已有格式请用 extendForms（不带新 id）；新格式须用新的 id。', en: 'To change a form use extendForms (without a new id); a new form needs a new id.' },
  },
  'plugin-unknown-form': {
    severity: 'error',
    title: { zh: '插件引用的格式不存在', en: 'A plugin names a form that does not exist' },
    message: { zh: '插件 {plugin} {usage}的格式“{form}”不存在（可用：{available}）', en: 'The plugin {plugin} {usage} the form “{form}”, which does not exist (available: {available})' },
    cause: { zh: '插件的 extendForms 或规则的 forms 引用了流水线中没有的格式。', en: 'The plugin’s extendForms or a rule’s forms name a form the pipeline does not have.' },
    fix: { zh: '使用可用的格式 id；扩展另一个插件的格式时，把那个插件排在前面。', en: 'Use an available form id; to extend another plugin’s form, put that plugin first.' },
  },
  'plugin-rule-conflict': {
    severity: 'error',
    title: { zh: '插件的规则重名', en: 'A plugin rule’s id already exists' },
    message: { zh: '插件 {plugin} 的规则“{rule}”与先前插件的规则重名', en: 'The plugin {plugin} has a rule “{rule}” whose id an earlier plugin already uses' },
    cause: { zh: '规则 id 是诊断代码，须唯一。', en: 'Rule ids are diagnostic codes and must be unique.' },
    fix: { zh: '给规则换一个 id（建议加上本省或本地的前缀，如 XM-1）。', en: 'Give the rule another id (a province or local prefix helps, such as XM-1).' },
  },
  'template-invalid': {
    severity: 'error',
    title: { zh: '不是可用的填报模板', en: 'Not a usable template' },
    message: { zh: '该工作簿不是可用的填报模板：{problem}', en: 'The workbook is not a usable template: {problem}' },
    cause: { zh: 'fillTemplate 只能填写由 createTemplate（或 gov-report template）生成的模板。', en: 'fillTemplate fills only templates made by createTemplate (or gov-report template).' },
    fix: { zh: '用 gov-report template 或 createTemplate 重新生成模板。', en: 'Make the template again with gov-report template or createTemplate.' },
  },
  'template-cell-missing': {
    severity: 'error',
    title: { zh: '模板缺少单元格', en: 'The template lacks cells' },
    message: {
      zh: '工作表“{sheet}”缺少模板单元格：{cells}（该文件不是由 createTemplate 生成的模板）',
      en: 'The sheet “{sheet}” lacks template cells: {cells} (the file is not a template made by createTemplate)',
    },
    cause: { zh: '模板的工作表被改动过，或不是由 createTemplate 生成的。', en: 'The template’s sheet was changed, or was not made by createTemplate.' },
    fix: { zh: '用 gov-report template 或 createTemplate 重新生成模板。', en: 'Make the template again with gov-report template or createTemplate.' },
  },
  'template-form-mismatch': {
    severity: 'error',
    title: { zh: '模板格式与报告格式不同', en: 'The template is for another form' },
    message: { zh: '模板格式为 {templateForm}，报告格式为 {reportForm}', en: 'The template is for the form {templateForm}, the report for {reportForm}' },
    cause: { zh: '用一种格式的模板填写另一种格式的报告。', en: 'A template of one form was given a report of another.' },
    fix: { zh: '用报告格式的模板（gov-report template --format <格式>）。', en: 'Use a template of the report’s form (gov-report template --format <form>).' },
  },
  'template-year-mismatch': {
    severity: 'error',
    title: { zh: '模板年度与报告年度不同', en: 'The template is for another year' },
    message: { zh: '模板年度为 {templateYear}，报告年度为 {reportYear}', en: 'The template is for {templateYear}, the report for {reportYear}' },
    cause: { zh: '模板按年度生成，年度写在模板中。', en: 'Templates are made for one year, which they record.' },
    fix: { zh: '用报告年度的模板（gov-report template --year <年度>）。', en: 'Use a template of the report’s year (gov-report template --year <year>).' },
  },
} satisfies Catalog;
