import { formatBytes, inputLimits } from '@report/core/plugin';

/** Bounds on what reading a workbook may consume, so no input can exhaust memory or time. */
export interface ReadLimits {
  /** Largest file accepted, in bytes (default 20 MiB: core's `inputLimits.maxFileBytes`, shared with report JSON). */
  maxFileBytes: number;
  /** Largest total of decompressed workbook parts, in bytes (default 64 MiB): the zip-bomb guard. */
  maxUncompressedBytes: number;
  /** Most cells with content read from all sheets together (default 200,000). */
  maxCells: number;
}

export const defaultLimits: Readonly<ReadLimits> = Object.freeze({
  maxFileBytes: inputLimits.maxFileBytes,
  maxUncompressedBytes: 64 * 1024 * 1024,
  maxCells: 200_000,
});

export function resolveLimits(limits: Partial<ReadLimits> | undefined): ReadLimits {
  return { ...defaultLimits, ...limits };
}

/** `20 MB`, `512 KB`: sizes for messages (core's). */
export { formatBytes };
