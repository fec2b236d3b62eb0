import { parseArgs, type ParseArgsConfig } from 'node:util';
import { globalOptions, type CommandSpec } from './command.js';
import { commands } from './commands/index.js';
import { exitCodes, JobError, UsageError } from './errors.js';
import { commandHelp, mainHelp } from './help.js';
import { createProcessIo, type CliIo } from './io.js';
import { createOutput } from './output.js';
import { terminalSafe } from './terminal-text.js';
import { PluginError } from './plugins/plugin-error.js';
import { createText, parseLocale, type Text } from './text.js';

import { version } from './version.js';

export { version };

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  const scored = candidates.map((c) => [c, distance(word.replace(/^-+/, ''), c)] as const).sort((a, b) => a[1] - b[1]);
  return scored[0] && scored[0][1] <= Math.max(2, Math.floor(word.length / 3)) ? scored[0][0] : undefined;
}

/** Global options that take a value: the word after them is not the command. */
const valuedGlobalOptions = ['--lang', '--plugin', '--config'];

/** A global option before the command is known (`gov-report --plugin ./a.mjs --help`). */
function isGlobalOption(arg: string): boolean {
  return ['--help', '-h', '--json', ...valuedGlobalOptions].includes(arg) || valuedGlobalOptions.some((option) => arg.startsWith(`${option}=`));
}

/** Finds `--lang`, `--json` and the command name before the command's own options are known. */
function prescan(argv: readonly string[]): { lang?: string; json: boolean; command?: string; rest: string[] } {
  let lang: string | undefined;
  let json = false;
  let command: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--lang' && i + 1 < argv.length) lang = argv[i + 1];
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else if (arg === '--json') json = true;
    if (command === undefined && !arg.startsWith('-') && !valuedGlobalOptions.includes(argv[i - 1])) {
      command = arg;
      continue;
    }
    rest.push(arg);
  }
  return { lang, json, command, rest };
}

function usageFromParseError(error: Error & { code?: string }, text: Text): UsageError {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(text(`不认识的选项 ${quoted}`, `unknown option ${quoted}`));
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/argument missing/.test(error.message)) {
        return new UsageError(text(`选项 ${quoted.replace(/ <value>$/, '')} 后面缺少取值`, `option ${quoted.replace(/ <value>$/, '')} needs a value`));
      }
      return new UsageError(text(`选项 ${quoted} 不带取值`, `option ${quoted} takes no value`));
    default:
      return new UsageError(text(`命令行有误：${error.message}`, `bad command line: ${error.message}`));
  }
}

function parseCommandLine(spec: CommandSpec, args: string[], text: Text) {
  const options = { ...spec.options, ...globalOptions };
  const config: ParseArgsConfig = {
    args,
    options: Object.fromEntries(
      Object.entries(options).map(([name, option]) => [name, { type: option.type, ...(option.short ? { short: option.short } : {}), ...(option.multiple ? { multiple: true } : {}) }]),
    ),
    allowPositionals: true,
    strict: true,
  };
  try {
    const parsed = parseArgs(config);
    return { values: parsed.values as Record<string, string | boolean | string[] | undefined>, positionals: parsed.positionals };
  } catch (error) {
    const usage = usageFromParseError(error as Error & { code?: string }, text);
    const unknown = /'(--?[^' ]+)'/.exec((error as Error).message)?.[1];
    const suggestion = unknown && (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? closest(unknown, Object.keys(options)) : undefined;
    throw new UsageError(usage.message, { command: spec.name, hint: suggestion ? text(`是不是想用 --${suggestion}？`, `did you mean --${suggestion}?`) : undefined });
  }
}

/**
 * Runs `gov-report` with the given arguments (without `node` and the script) and returns the exit
 * code: 0 no file has an error, 1 some file has errors (or the job could not be done), 2 the command
 * was called wrongly, 3 a bug. Never throws for a user's mistake and never prints a stack trace for one.
 */
export async function run(argv: readonly string[], io: CliIo = createProcessIo()): Promise<number> {
  const scan = prescan(argv);
  const locale = parseLocale(scan.lang);
  const text = createText(locale ?? 'zh-CN');
  const output = createOutput(io, scan.json);
  const spec = commands.find((c) => c.name === scan.command);

  const fail = (error: UsageError | JobError, code: number): number => {
    if (scan.json) {
      const plugin = error instanceof PluginError ? { plugin: error.plugin ?? null, config: error.config ?? null } : {};
      output.json({ command: scan.command ?? null, ok: false, error: { kind: error instanceof UsageError ? 'usage' : 'job', message: error.message, hint: error.hint, ...plugin } });
    } else {
      io.stderr(`${text('错误：', 'Error: ')}${terminalSafe(error.message)}\n`);
      if (error.hint) io.stderr(`${terminalSafe(error.hint)}\n`);
      // A plugin's hint says what to change in the plugin or the config file; the command's help would not.
      if (error instanceof UsageError && !(error instanceof PluginError)) {
        const command = error.command ?? spec?.name;
        io.stderr(
          command
            ? text(`运行 gov-report ${command} --help 查看用法。\n`, `Run gov-report ${command} --help for usage.\n`)
            : text('运行 gov-report --help 查看用法。\n', 'Run gov-report --help for usage.\n'),
        );
      }
    }
    return code;
  };

  try {
    if (!locale) throw new UsageError(text(`--lang 只能是 zh 或 en，而不是 ${scan.lang}`, `--lang must be zh or en, not ${scan.lang}`));
    if (!scan.command) {
      if (scan.rest.includes('--version') || scan.rest.includes('-v')) {
        if (scan.json) output.json({ version });
        else io.stdout(`${version}\n`);
        return exitCodes.ok;
      }
      const unknown = scan.rest.find((arg, index) => arg.startsWith('-') && !isGlobalOption(arg) && !valuedGlobalOptions.includes(scan.rest[index - 1]));
      if (unknown) throw new UsageError(text(`不认识的选项 ${unknown}`, `unknown option ${unknown}`));
      if (scan.json) output.json({ version, commands: commands.map((c) => ({ name: c.name, summary: text(c.summary.zh, c.summary.en) })) });
      else io.stdout(mainHelp(text, commands, version));
      return exitCodes.ok;
    }
    if (scan.command === 'help') {
      const topic = commands.find((c) => c.name === scan.rest.find((arg) => !arg.startsWith('-')));
      io.stdout(topic ? commandHelp(text, topic) : mainHelp(text, commands, version));
      return exitCodes.ok;
    }
    if (!spec) {
      const suggestion = closest(scan.command, commands.map((c) => c.name));
      throw new UsageError(text(`没有 ${scan.command} 这个命令`, `there is no command ${scan.command}`), {
        hint: suggestion
          ? text(`是不是想用 gov-report ${suggestion}？`, `did you mean gov-report ${suggestion}?`)
          : text(`可用的命令：${commands.map((c) => c.name).join('、')}`, `commands: ${commands.map((c) => c.name).join(', ')}`),
      });
    }
    const { values, positionals } = parseCommandLine(spec, scan.rest, text);
    if (values.help) {
      if (scan.json) {
        output.json({
          command: spec.name,
          summary: text(spec.summary.zh, spec.summary.en),
          usage: text(spec.usage.zh.join('\n'), spec.usage.en.join('\n')).split('\n').map((line) => `gov-report ${spec.name} ${line}`),
          options: Object.entries({ ...spec.options, ...globalOptions }).map(([name, option]) => ({
            name: `--${name}`,
            ...(option.short ? { short: `-${option.short}` } : {}),
            type: option.type,
            description: text(option.description.zh, option.description.en),
          })),
        });
      } else io.stdout(commandHelp(text, spec));
      return exitCodes.ok;
    }
    const { min, max } = spec.positionals;
    const name = text(spec.positionals.name.zh, spec.positionals.name.en);
    if (positionals.length < min) {
      throw new UsageError(text(`缺少${name}`, `missing ${name}`), { command: spec.name });
    }
    if (max !== undefined && positionals.length > max) {
      throw new UsageError(
        text(`多余的参数：${positionals.slice(max).join(' ')}`, `unexpected arguments: ${positionals.slice(max).join(' ')}`),
        { command: spec.name },
      );
    }
    // Plugins load only for a command that runs: help never needs them, so it works with a broken plugin.
    // The pipeline (and @report/core behind it) and the command's code load here, side by side:
    // `--version` and `--help` load neither.
    const [{ createCliPipeline }, command] = await Promise.all([import('./plugins/create-cli-pipeline.js'), spec.load()]);
    const { pipeline, loaded } = await createCliPipeline({
      cwd: io.cwd,
      plugins: Array.isArray(values.plugin) ? values.plugin : [],
      config: typeof values.config === 'string' ? values.config : undefined,
      text,
    });
    return await command.run({ io, locale: locale ?? 'zh-CN', text, json: scan.json, output, pipeline, plugins: loaded, skipped: [], values, positionals });
  } catch (error) {
    if (error instanceof UsageError) return fail(error, exitCodes.usage);
    if (error instanceof JobError) return fail(error, exitCodes.problems);
    const message = error instanceof Error ? error.message : String(error);
    if (scan.json) output.json({ command: scan.command ?? null, ok: false, error: { kind: 'internal', message } });
    else {
      io.stderr(
        text(
          `内部错误：${message}\n这是 gov-report 的缺陷，不是您的操作问题。请把上面这行和所用的命令发给维护人员；设置环境变量 GOV_REPORT_DEBUG=1 可显示详细信息。\n`,
          `Internal error: ${message}\nThis is a bug in gov-report, not your mistake. Please send this line and the command to the maintainers; set GOV_REPORT_DEBUG=1 for details.\n`,
        ),
      );
      if (io.env.GOV_REPORT_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    }
    return exitCodes.internal;
  }
}
