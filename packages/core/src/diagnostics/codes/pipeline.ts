import type { Catalog } from './types.js';

/** Codes of the pipeline's stages: what a stage says instead of dropping data it cannot handle. */
export const pipelineCodes = {
  'report-table-unknown': {
    severity: 'error',
    title: { zh: '报告中有格式未定义的表格', en: 'The report has a table its form does not define' },
    message: {
      zh: '报告中的表格“{table}”（{count} 个数字）不在格式“{format}”中，这些数字不会被检查、汇总或打印',
      en: 'The report’s table “{table}” ({count} figures) is not in the form “{format}”; these figures would not be checked, added or printed',
    },
    cause: {
      zh: '报告是用扩展格式（省级或地方插件）填报的，但检查时没有加载该插件；或报告文件被手工改动过。',
      en: 'The report was filled in with an extended form (a provincial or local plugin) that is not loaded; or the file was edited by hand.',
    },
    fix: {
      zh: '加载提供该格式的插件后重新检查（命令行：gov-report --plugin <插件> 或 gov-report.config.json）；不需要的表格请从报告中删除。',
      en: 'Load the plugin that provides the form and check again (CLI: gov-report --plugin <plugin> or gov-report.config.json); remove tables that do not belong.',
    },
  },
  'report-cells-unknown': {
    severity: 'error',
    title: { zh: '报告中有格式未定义的行或列', en: 'The report has rows or columns its form does not define' },
    message: {
      zh: '{table}中有格式“{format}”没有的单元格：{cells}；这些数字不会被检查、汇总或打印',
      en: '{table} has cells the form “{format}” does not define: {cells}; these figures would not be checked, added or printed',
    },
    cause: {
      zh: '报告是用扩展格式（增加了行或列的插件）填报的，但检查时没有加载该插件；或报告文件被手工改动过。',
      en: 'The report was filled in with an extended form (a plugin that adds rows or columns) that is not loaded; or the file was edited by hand.',
    },
    fix: {
      zh: '加载提供该格式的插件后重新检查（命令行：gov-report --plugin <插件> 或 gov-report.config.json）；多余的行或列请删除。',
      en: 'Load the plugin that provides the form and check again (CLI: gov-report --plugin <plugin> or gov-report.config.json); remove rows or columns that do not belong.',
    },
  },
  'pipeline-no-form-for-year': {
    severity: 'error',
    title: { zh: '没有适用于该年度的格式', en: 'No form for that year' },
    message: { zh: '没有适用于 {year} 年度的表格格式（已有：{available}）', en: 'No table form applies to the year {year} (available: {available})' },
    cause: { zh: '国家表格格式自 2019 年度起施行；更早的年度只有叙述式报告，或所需的格式由尚未加载的插件提供。', en: 'The national table formats apply from 2019; earlier years have narrative reports only, or the form comes from a plugin that is not loaded.' },
    fix: { zh: '检查年度是否写对，或指定格式（--format），或加载提供该格式的插件。', en: 'Check the year, name the form (--format), or load the plugin that provides it.' },
  },
  'pipeline-form-has-no-tables': {
    severity: 'error',
    title: { zh: '该格式没有表格', en: 'The form has no tables' },
    message: { zh: '格式“{format}”没有统计表格，无法生成填报模板', en: 'The form “{format}” has no tables; no template can be made for it' },
    cause: { zh: '叙述式（legacy）格式只有文字部分，没有需要填报的表格。', en: 'The narrative (legacy) form has text only, no tables to fill in.' },
    fix: { zh: '选择有表格的格式，如 gov-2021。', en: 'Choose a form with tables, such as gov-2021.' },
  },
  'pipeline-template-writer-unknown': {
    severity: 'error',
    title: { zh: '没有模板生成器', en: 'No template writer' },
    message: { zh: '没有名为“{wanted}”的模板生成器（可用：{available}）', en: 'No template writer named “{wanted}” (available: {available})' },
    cause: { zh: '流水线中没有提供填报模板的插件（如 @report/excel-import 的 excelPlugin）。', en: 'No plugin of the pipeline writes templates (such as excelPlugin of @report/excel-import).' },
    fix: { zh: '在流水线中加入 @report/excel-import 的 excelPlugin()，或使用可用的模板生成器名称。', en: 'Add excelPlugin() of @report/excel-import to the pipeline, or use an available writer’s name.' },
  },
  'pipeline-template-failed': {
    severity: 'error',
    title: { zh: '模板生成出错', en: 'The template writer failed' },
    message: { zh: '模板生成器 {writer} 出错：{detail}', en: 'Template writer {writer} failed: {detail}' },
    cause: { zh: '模板生成器在生成时发生了程序错误（通常是插件的缺陷）。', en: 'The template writer hit a program error (usually a plugin bug).' },
    fix: { zh: '请把所用的格式、年度和错误信息报告给插件的维护者。', en: 'Report the form, year and message to the plugin’s maintainers.' },
  },
  'pipeline-renderer-unknown': {
    severity: 'error',
    title: { zh: '没有该输出格式', en: 'No such renderer' },
    message: { zh: '没有名为“{wanted}”的输出格式（可用：{available}）', en: 'No renderer named “{wanted}” (available: {available})' },
    cause: { zh: '流水线中没有提供该输出的插件（如 @report/render-pdf 的 pdfPlugin）。', en: 'No plugin of the pipeline provides that output (such as pdfPlugin of @report/render-pdf).' },
    fix: { zh: '在流水线中加入提供该输出的插件，或使用可用的名称。', en: 'Add the plugin that provides the output, or use an available name.' },
  },
  'pipeline-renderer-needs-aggregate': {
    severity: 'error',
    title: { zh: '该输出只用于汇总', en: 'That output is for aggregates only' },
    message: { zh: '输出“{renderer}”需要汇总结果，而给出的是一份报告', en: 'The output “{renderer}” needs an aggregate, but a single report was given' },
    cause: { zh: '汇总表等输出列出各成员单位的数字，只能由汇总结果生成。', en: 'Outputs such as the summary workbook list each member’s figures and can only be made from an aggregate.' },
    fix: { zh: '先汇总（gov-report aggregate），再生成该输出。', en: 'Aggregate first (gov-report aggregate), then make that output.' },
  },
  'pipeline-renderer-failed': {
    severity: 'error',
    title: { zh: '输出生成出错', en: 'The renderer failed' },
    message: { zh: '输出“{renderer}”生成出错：{detail}', en: 'The renderer “{renderer}” failed: {detail}' },
    cause: { zh: '生成输出时发生了程序错误（通常是插件或本工具的缺陷）。', en: 'The renderer hit a program error (usually a bug of a plugin or of this toolkit).' },
    fix: { zh: '请把所用的报告和错误信息报告给维护人员；其他输出不受影响。', en: 'Report the report and the message to the maintainers; other outputs are not affected.' },
  },
  'pipeline-annotator-unknown': {
    severity: 'info',
    title: { zh: '该类文件不能标注', en: 'That kind of file cannot be annotated' },
    message: {
      zh: '“{file}”由导入器 {importer} 读取，该导入器不能把问题写回文件，未生成标注副本',
      en: '"{file}" is read by the importer {importer}, which cannot write problems back into the file; no annotated copy was made',
    },
    cause: {
      zh: '只有提供了标注器（annotator）的导入器能在原文件中标出问题，如 Excel 工作簿；报告 JSON 和年报文字没有单元格可以标注。',
      en: 'Only importers with an annotator can mark problems in the original file, such as Excel workbooks; report JSON and narrative text have no cells to mark.',
    },
    fix: { zh: '按检查结果列出的问题逐条修改原文件。', en: 'Correct the original file by the problems the check lists.' },
  },
  'pipeline-annotator-failed': {
    severity: 'error',
    title: { zh: '标注出错', en: 'The annotator failed' },
    message: { zh: '标注器 {annotator} 在标注“{file}”时出错：{detail}', en: 'The annotator {annotator} failed on "{file}": {detail}' },
    cause: { zh: '标注器发生了程序错误（通常是插件或本工具的缺陷）；原文件不受影响。', en: 'The annotator hit a program error (usually a bug of a plugin or of this toolkit); the original file is not affected.' },
    fix: { zh: '请把文件和错误信息报告给维护人员；按检查结果逐条修改原文件。', en: 'Report the file and the message to the maintainers; correct the original file by the problems listed.' },
  },
} satisfies Catalog;
