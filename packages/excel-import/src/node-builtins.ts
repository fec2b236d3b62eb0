/**
 * Node's built-in modules where the package runs in Node, found through
 * `process.getBuiltinModule` (Node ≥ 20.16) on first use — nothing imports `node:*`, so the
 * package still bundles for a browser (which gets the portable code path, fflate), and a command
 * that reads no workbook does not load them.
 */

/** A deflating stream of `node:zlib` (the summary workbook's writer). */
export interface NodeDeflate {
  write(chunk: Uint8Array): boolean;
  end(): void;
  on(event: 'data', listener: (chunk: Uint8Array) => void): void;
  on(event: 'end' | 'drain', listener: () => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  once(event: 'drain', listener: () => void): void;
  readonly writableNeedDrain: boolean;
}

/** The part of `node:zlib` the package uses: the zip reader inflates, the summary writer deflates. */
export interface NodeZlib {
  inflateRawSync(data: Uint8Array, options: { maxOutputLength: number }): Uint8Array;
  createDeflateRaw(options: { level: number }): NodeDeflate;
}

/** `node:zlib`, or undefined outside Node (a browser, or a runtime without `getBuiltinModule`). */
export function nodeZlib(): NodeZlib | undefined {
  try {
    const host = globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } };
    const zlib = host.process?.getBuiltinModule?.('node:zlib') as Partial<NodeZlib> | undefined;
    return typeof zlib?.inflateRawSync === 'function' && typeof zlib.createDeflateRaw === 'function' ? (zlib as NodeZlib) : undefined;
  } catch {
    return undefined;
  }
}
