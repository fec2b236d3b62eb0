import type { Locale } from '@report/core';
import type { CliIo } from './io.js';
import type { Output } from './output.js';
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
  help: { type: 'boolean', short: 'h', description: { zh: '显示帮助', en: 'show help' } },
};
