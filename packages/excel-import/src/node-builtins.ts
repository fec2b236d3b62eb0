/**
 * Node's built-in modules where the package runs in Node, found through
 * `process.getBuiltinModule` (Node ≥ 20.16) on first use — nothing imports `node:*`, so the
 * package still bundles for a browser (which gets the portable code path, fflate), and a command
 * that reads no workbook does not load them.
 */

/** The part of `node:zlib` the zip reader uses. */
export interface NodeZlib {
  inflateRawSync(data: Uint8Array, options: { maxOutputLength: number }): Uint8Array;
}

/** `node:zlib`, or undefined outside Node (a browser, or a runtime without `getBuiltinModule`). */
export function nodeZlib(): NodeZlib | undefined {
  try {
    const host = globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } };
    const zlib = host.process?.getBuiltinModule?.('node:zlib') as Partial<NodeZlib> | undefined;
    return typeof zlib?.inflateRawSync === 'function' ? (zlib as NodeZlib) : undefined;
  } catch {
    return undefined;
  }
}
