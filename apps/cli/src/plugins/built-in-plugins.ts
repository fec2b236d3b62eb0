import type { Plugin, Preset } from '@report/core';

/**
 * The plugins every `gov-report` pipeline starts with, before those of `--plugin` and the config
 * file. Empty for now: the excel-import, render-html and render-pdf plugins join here once those
 * packages export them. This is the one place the CLI's built-in plugins are listed.
 */
export function builtInPlugins(): Array<Plugin | Preset> {
  return [];
}
