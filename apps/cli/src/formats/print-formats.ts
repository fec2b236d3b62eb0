import type { CommandContext } from '../command.js';
import type { FormDescription, FormPluginEntry } from './describe-forms.js';

/** `插件 province-xm（./plugins/province.mjs，配置文件 gov-report.config.json）`. */
function pluginText(context: CommandContext, entry: FormPluginEntry): string {
  const { text } = context;
  const where = [entry.module, entry.config ? text(`配置文件 ${entry.config}`, `config file ${entry.config}`) : null].filter(Boolean);
  if (where.length === 0) return text(`插件 ${entry.plugin}`, `plugin ${entry.plugin}`);
  return text(`插件 ${entry.plugin}（${where.join('，')}）`, `plugin ${entry.plugin} (${where.join(', ')})`);
}

/** Where the form comes from: built in, added by a plugin (from which form), changed by plugins. */
function originText(context: CommandContext, form: FormDescription): string {
  const { text } = context;
  const added = form.addedBy
    ? form.extends
      ? text(`由${pluginText(context, form.addedBy)}在 ${form.extends} 的基础上扩展而成`, `added by ${pluginText(context, form.addedBy)}, extending ${form.extends}`)
      : text(`由${pluginText(context, form.addedBy)}添加`, `added by ${pluginText(context, form.addedBy)}`)
    : text('内置', 'built in');
  if (form.extendedBy.length === 0) return added;
  const changed = form.extendedBy.map((entry) => pluginText(context, entry));
  return text(`${added}，经${changed.join('、')}扩展`, `${added}; extended by ${changed.join(', ')}`);
}

/** The forms as people read them: id and official name, years, where from, the tables' official titles. */
export function printFormats(context: CommandContext, forms: readonly FormDescription[]): void {
  const { text, output } = context;
  output.line(output.style('bold', text(`可用的报告格式（${forms.length} 种）：`, `Report formats (${forms.length}):`)));
  for (const form of forms) {
    output.line();
    output.line(`${output.style('bold', form.id)}  ${form.name}`);
    output.line(`  ${text('适用年度：', 'Years: ')}${form.yearsText}`);
    output.line(`  ${text('来源：', 'Origin: ')}${originText(context, form)}`);
    if (form.tables.length === 0) output.line(`  ${text('表格：无（叙述式报告）', 'Tables: none (a narrative report)')}`);
    else {
      output.line(`  ${text('表格：', 'Tables:')}`);
      for (const table of form.tables) output.line(`    ${table.title}`);
    }
  }
  output.line();
  output.line(
    context.plugins.length === 0
      ? text('未加载插件。用 --plugin 或 gov-report.config.json 加载省、市的格式扩展。', 'No plugin loaded. Load a province\'s or city\'s format extensions with --plugin or gov-report.config.json.')
      : text(`已加载 ${context.plugins.length} 个插件。`, `${context.plugins.length} plugin${context.plugins.length === 1 ? '' : 's'} loaded.`),
  );
}
