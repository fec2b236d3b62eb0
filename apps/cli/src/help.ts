import { globalOptions, type CommandSpec, type OptionSpec } from './command.js';
import { displayWidth, padDisplay } from './display-width.js';
import type { Text } from './text.js';

function pick(text: Text, value: { zh: string; en: string }): string {
  return text(value.zh, value.en);
}

function optionLines(text: Text, options: Record<string, OptionSpec>): string[] {
  const rows = Object.entries(options).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.value ? ` <${pick(text, spec.value)}>` : ''}`;
    return [flag, pick(text, spec.description) + (spec.multiple ? text('（可重复）', ' (repeatable)') : '')] as const;
  });
  const widest = Math.max(...rows.map(([flag]) => displayWidth(flag)));
  return rows.map(([flag, description]) => `  ${padDisplay(flag, widest)}  ${description}`);
}

/** `gov-report <command> --help`. */
export function commandHelp(text: Text, spec: CommandSpec): string {
  const lines: string[] = [];
  lines.push(`gov-report ${spec.name} — ${pick(text, spec.summary)}`, '');
  lines.push(text('用法：', 'Usage:'));
  for (const usage of text(spec.usage.zh.join('\n'), spec.usage.en.join('\n')).split('\n')) lines.push(`  gov-report ${spec.name} ${usage}`);
  if (spec.description) lines.push('', ...pick(text, spec.description).split('\n'));
  lines.push('', text('选项：', 'Options:'), ...optionLines(text, { ...spec.options, ...globalOptions }));
  if (spec.examples.length > 0) {
    lines.push('', text('示例：', 'Examples:'));
    for (const example of spec.examples) lines.push(`  # ${pick(text, example.explanation)}`, `  gov-report ${example.command}`, '');
    lines.pop();
  }
  return `${lines.join('\n')}\n`;
}

/** `gov-report --help`. */
export function mainHelp(text: Text, commands: readonly CommandSpec[], version: string): string {
  const widest = Math.max(...commands.map((c) => c.name.length));
  const lines = [
    text(
      `gov-report ${version} — 政府信息公开工作年度报告工具：制作模板、检查、汇总、生成 HTML 和 PDF`,
      `gov-report ${version} — annual government-information-disclosure reports: templates, checking, aggregation, HTML and PDF`,
    ),
    '',
    text('用法：', 'Usage:'),
    text('  gov-report <命令> [参数和选项]', '  gov-report <command> [arguments and options]'),
    '',
    text('命令：', 'Commands:'),
    ...commands.map((c) => `  ${c.name.padEnd(widest)}  ${pick(text, c.summary)}`),
    '',
    text('通用选项：', 'Options for every command:'),
    ...optionLines(text, { ...globalOptions, version: { type: 'boolean', short: 'v', description: { zh: '显示版本号', en: 'show the version' } } }),
    '',
    text('一个县的年度流程：', "A county's year:"),
    text('  gov-report template --year 2024 --roster 名册.xlsx -o 模板/      # 给每个乡镇、部门发模板', '  gov-report template --year 2024 --roster roster.xlsx -o templates/   # one template per township and department'),
    text('  gov-report validate 收到的报表/                                  # 检查每个文件，指出工作表和单元格', '  gov-report validate submissions/                                     # check every file, with sheet and cell'),
    text(
      '  gov-report aggregate 收到的报表/ --roster 名册.xlsx --organ 某某县人民政府 --year 2024 -o 汇总/',
      '  gov-report aggregate submissions/ --roster roster.xlsx --organ "Some County Government" --year 2024 -o out/',
    ),
    '',
    text('退出码：0 没有错误；1 有文件存在错误；2 命令用法错误。', 'Exit codes: 0 no errors; 1 some file has errors; 2 the command was called wrongly.'),
    text('运行 gov-report <命令> --help 查看每个命令的说明和示例。', 'Run gov-report <command> --help for each command with examples.'),
  ];
  return `${lines.join('\n')}\n`;
}
