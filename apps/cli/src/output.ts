import { relative, sep } from 'node:path';
import type { CliIo } from './io.js';
import { terminalSafe } from './terminal-text.js';

type Style = 'red' | 'yellow' | 'green' | 'cyan' | 'dim' | 'bold';

const codes: Record<Style, [number, number]> = {
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  cyan: [36, 39],
  dim: [2, 22],
  bold: [1, 22],
};

/**
 * What commands write; every line is made terminal-safe (`terminalSafe`). Human text goes to stdout (results) or stderr (notes); with `--json` the
 * human text is dropped and `json()` writes the one document. Colours only on a terminal and without NO_COLOR.
 */
export interface Output {
  /** A line of the result (suppressed with --json). */
  line: (text?: string) => void;
  /** A note on stderr (suppressed with --json). */
  note: (text: string) => void;
  /** The JSON document (only with --json). */
  json: (value: unknown) => void;
  style: (style: Style, text: string) => string;
  /** A path as the user should see it: relative to the working directory when inside it. */
  path: (absolute: string) => string;
}

export function createOutput(io: CliIo, json: boolean): Output {
  const colour = !json && io.stdoutIsTerminal && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
  return {
    line: (text = '') => {
      if (!json) io.stdout(`${terminalSafe(text)}\n`);
    },
    note: (text) => {
      if (!json) io.stderr(`${terminalSafe(text)}\n`);
    },
    json: (value) => {
      if (json) io.stdout(`${JSON.stringify(value, null, 2)}\n`);
    },
    style: (style, text) => (colour ? `\u001b[${codes[style][0]}m${text}\u001b[${codes[style][1]}m` : text),
    path: (absolute) => displayPath(io.cwd, absolute),
  };
}

export function displayPath(cwd: string, absolute: string): string {
  const relativePath = relative(cwd, absolute);
  if (relativePath === '') return '.';
  if (relativePath.startsWith('..') || relativePath.startsWith(sep) || /^[a-zA-Z]:/.test(relativePath)) return absolute;
  return relativePath;
}
