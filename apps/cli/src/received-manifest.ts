import { readFile } from 'node:fs/promises';
import { parseReceivedRegister, type ReceivedRegister } from '@report/core';
import type { Text } from './text.js';

/** The received-date register (see core's `parseReceivedRegister`, which the browser app uses too). */
export type ReceivedManifest = ReceivedRegister;

export async function readReceivedManifest(path: string, text: Text): Promise<ReceivedManifest> {
  return parseReceivedRegister(new Uint8Array(await readFile(path)), text);
}
