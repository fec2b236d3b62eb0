import type { Locale, Pipeline } from '@report/core';
import type { CliIo } from './io.js';
import type { SkippedFile } from './inputs.js';
import type { Output } from './output.js';
import type { LoadedPlugin } from './plugins/load-plugin.js';
import type { Text } from './text.js';

/** Chinese and English text. */
export interface Bilingual {
  zh: string;
  en: string;
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** Name of the value in help (`<文件>` / `<file>`). */
  value?: Bilingual;
  description: Bilingual;
}

export interface CommandContext {
  io: CliIo;
  locale: Locale;
  text: Text;
  /** `--json`: one JSON document on stdout, nothing else there. */
  json: boolean;
  output: Output;
  /**
   * The run's pipeline: the built-in plugins, then those of `--plugin` and the config file. Built
   * once, after the arguments are parsed and before the command runs; commands do their work through it.
   */
  pipeline: Pipeline;
  /** Files found in the input folders and not read, with the reason (filled by `inputFiles`). */
  skipped: SkippedFile[];
  /** The plugins loaded from `--plugin` and the config file, with where each came from. */
  plugins: readonly LoadedPlugin[];
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export interface CommandSpec {
  name: string;
  summary: Bilingual;
  /** Usage lines after `gov-report <name> `, in each language. */
  usage: { zh: string[]; en: string[] };
  /** Longer explanation, paragraphs. */
  description?: Bilingual;
  options: Record<string, OptionSpec>;
  positionals: { min: number; max?: number; name: Bilingual };
  examples: { command: string; explanation: Bilingual }[];
  /**
   * The command's code (`<name>-run.ts`), loaded only when the command runs: the options and help
   * of every command are at hand for parsing and `--help`, but `validate` does not load what
   * `aggregate` needs (and the libraries behind it), and `--help` loads no command's code.
   */
  load: () => Promise<CommandModule>;
}

/** What a command does, in its own module. */
export interface CommandModule {
  run: (context: CommandContext) => Promise<number>;
}

/** Options every command takes. */
export const globalOptions: Record<string, OptionSpec> = {
  lang: {
    type: 'string',
    value: { zh: 'zh|en', en: 'zh|en' },
    description: { zh: '提示和帮助的语言：zh 中文（默认），en 英文', en: 'language of messages and help: zh Chinese (default), en English' },
  },
  json: {
    type: 'boolean',
    description: { zh: '在标准输出打印一份 JSON 结果（供程序读取），不显示进度', en: 'print one JSON document on stdout (for programs), no progress' },
  },
  plugin: {
    type: 'string',
    multiple: true,
    value: { zh: '模块', en: 'module' },
    description: {
      zh: '加载插件：模块文件路径（相对当前文件夹）或已安装的包名，如增加本省表格行的插件',
      en: "load a plugin: a module file (relative to the current folder) or an installed package, e.g. a province's extra table rows",
    },
  },
  config: {
    type: 'string',
    value: { zh: '文件', en: 'file' },
    description: {
      zh: '配置文件，默认为当前文件夹里的 gov-report.config.json 或 gov-report.config.mjs（列出要加载的插件）',
      en: 'config file; default gov-report.config.json or gov-report.config.mjs in the current folder (lists the plugins to load)',
    },
  },
  help: { type: 'boolean', short: 'h', description: { zh: '显示帮助', en: 'show help' } },
};
