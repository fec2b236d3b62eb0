import type { CommandSpec } from '../command.js';

export const formatsCommand: CommandSpec = {
  name: 'formats',
  summary: { zh: '列出可用的报告格式（含插件添加和扩展的格式）', en: 'list the report formats, those plugins add or extend included' },
  usage: { zh: ['[--plugin <模块>] [--config <配置文件>]'], en: ['[--plugin <module>] [--config <config file>]'] },
  description: {
    zh: '列出每种报告格式的 id、正式名称、适用年度和各表格的标题，并注明由哪个插件添加或扩展，用来确认插件已经生效。\n--format 选项（template、import、validate）接受这里列出的任一 id。',
    en: 'Lists each report format: id, official name, years and the titles of its tables, and which plugin added or extended it, so you can see a plugin took effect.\nThe --format option (template, import, validate) takes any id listed here.',
  },
  options: {},
  positionals: { min: 0, max: 0, name: { zh: '参数', en: 'arguments' } },
  examples: [
    { command: 'formats', explanation: { zh: '内置格式，以及当前文件夹 gov-report.config.json 中插件的格式', en: 'the built-in formats and those of the plugins in gov-report.config.json' } },
    { command: 'formats --plugin ./plugins/province.mjs', explanation: { zh: '确认本省插件添加的格式', en: "check the formats a province's plugin adds" } },
  ],
  load: () => import('./formats-run.js'),
};
