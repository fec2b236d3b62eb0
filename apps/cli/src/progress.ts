import { displayWidth as width } from './display-width.js';
import type { CliIo } from './io.js';
import { terminalSafe } from './terminal-text.js';

export interface Progress {
  /** One more item is being worked on (its name is shown). */
  tick: (name: string) => void;
  /** Clears the bar. */
  done: () => void;
}

const silent: Progress = { tick: () => {}, done: () => {} };


function truncate(text: string, columns: number): string {
  if (width(text) <= columns) return text;
  let out = '';
  for (const char of text) {
    if (width(out + char) > columns - 1) break;
    out += char;
  }
  return `${out}…`;
}

/**
 * A progress bar on stderr for batches, drawn only when stderr is a terminal and the output is for
 * people (not --json); otherwise it does nothing, so pipes and logs stay clean.
 */
export function createProgress(io: CliIo, options: { total: number; label: string; enabled: boolean }): Progress {
  if (!options.enabled || !io.stderrIsTerminal || options.total < 2) return silent;
  let current = 0;
  const draw = (name: string) => {
    const barWidth = 24;
    const filled = Math.round((current / options.total) * barWidth);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}`;
    const head = `${options.label} ${bar} ${current}/${options.total} `;
    const room = Math.max(10, io.columns - width(head) - 1);
    io.stderr(`\r\u001b[2K${head}${truncate(terminalSafe(name), room)}`);
  };
  return {
    tick: (name) => {
      current += 1;
      draw(name);
    },
    done: () => io.stderr('\r\u001b[2K'),
  };
}

/** A one-line status on stderr for a long step (`正在生成 PDF…`), on terminals only; `clear()` removes it. */
export function createStatus(io: CliIo, enabled: boolean): { show: (text: string) => void; clear: () => void } {
  if (!enabled || !io.stderrIsTerminal) return { show: () => {}, clear: () => {} };
  return {
    show: (text) => io.stderr(`\r\u001b[2K${text}`),
    clear: () => io.stderr('\r\u001b[2K'),
  };
}
