import { readFile } from 'node:fs/promises';
import type { CountyFile } from '@report/core';
import type { CommandContext } from '../command.js';

/** A file on disk as the county job reads it: named, shown relative to the working folder, read when needed. */
export function countyFile(context: CommandContext, input: { path: string; name: string }): CountyFile {
  return { name: input.name, path: context.output.path(input.path), read: async () => new Uint8Array(await readFile(input.path)) };
}
