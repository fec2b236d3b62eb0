/**
 * Everything the CLI touches outside the file system: the two output streams, whether stderr is a
 * terminal (progress bar), the working directory and the clock. Tests pass their own.
 */
export interface CliIo {
  /** Writes to standard output (the result: text or the one JSON document). */
  stdout: (text: string) => void;
  /** Writes to standard error (progress, notes, usage errors). */
  stderr: (text: string) => void;
  /** Standard error is a terminal: a progress bar is drawn for batches. */
  stderrIsTerminal: boolean;
  /** Standard output is a terminal: colours may be used. */
  stdoutIsTerminal: boolean;
  /** Terminal width for the progress bar. */
  columns: number;
  /** Working directory relative paths are resolved against. */
  cwd: string;
  /** Environment (NO_COLOR, GOV_REPORT_DEBUG). */
  env: Record<string, string | undefined>;
  /** Today, for dates in outputs and lateness when no received date is known. */
  now: () => Date;
}

/** The real process: stdout, stderr, `process.cwd()`. */
export function createProcessIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stderrIsTerminal: Boolean(process.stderr.isTTY),
    stdoutIsTerminal: Boolean(process.stdout.isTTY),
    columns: process.stderr.columns ?? 80,
    cwd: process.cwd(),
    env: process.env,
    now: () => new Date(),
  };
}

/** Output captured in memory, for tests and for embedding. */
export interface CapturedIo extends CliIo {
  output: { stdout: string; stderr: string };
}

export function createMemoryIo(overrides: Partial<CliIo> = {}): CapturedIo {
  const output = { stdout: '', stderr: '' };
  return {
    stdout: (text) => {
      output.stdout += text;
    },
    stderr: (text) => {
      output.stderr += text;
    },
    stderrIsTerminal: false,
    stdoutIsTerminal: false,
    columns: 80,
    cwd: process.cwd(),
    env: {},
    now: () => new Date(),
    ...overrides,
    output,
  };
}
