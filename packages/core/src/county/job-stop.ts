/**
 * A county job that cannot go on (a register with no usable line, a county text that is not text, a
 * renderer that failed): what happened and what to do, in the job's locale. `usage` marks a problem
 * with what the person asked for (an organ not on the roster), as opposed to the inputs.
 */
export class CountyJobStop extends Error {
  readonly hint?: string;
  readonly usage: boolean;
  constructor(message: string, options: { hint?: string; usage?: boolean } = {}) {
    super(message);
    this.name = 'CountyJobStop';
    if (options.hint) this.hint = options.hint;
    this.usage = options.usage ?? false;
  }

  static isInstance(error: unknown): error is CountyJobStop {
    return error instanceof CountyJobStop || (error instanceof Error && error.name === 'CountyJobStop' && 'usage' in error);
  }
}

export type Text = (zh: string, en: string) => string;

export function textFor(locale: string | undefined): Text {
  return locale === 'en' ? (_zh, en) => en : (zh) => zh;
}
