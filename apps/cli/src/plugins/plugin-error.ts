import { UsageError } from '../errors.js';

/**
 * A plugin that cannot be loaded or does not fit the pipeline. A usage error (exit code 2): the
 * message names the plugin and where it was given, the hint says how to fix it; never a stack trace.
 */
export class PluginError extends UsageError {
  /** The plugin's module path, package or name, as the user wrote it. */
  readonly plugin?: string;
  /** The config file the plugin was listed in, as shown to the user. */
  readonly config?: string;
  constructor(message: string, options: { hint?: string; plugin?: string; config?: string; cause?: unknown } = {}) {
    super(message, { hint: options.hint });
    this.name = 'PluginError';
    this.plugin = options.plugin;
    this.config = options.config;
    if (options.cause !== undefined) this.cause = options.cause;
  }
}

/** The message of anything thrown, without its stack. */
export function thrownMessage(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] || error.name;
  return String(error);
}
