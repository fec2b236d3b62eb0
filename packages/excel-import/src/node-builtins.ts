/**
 * Node's built-in modules where the package runs in Node, found at run time through
 * `process.getBuiltinModule` (Node ≥ 20.16) — nothing imports `node:*`, so the package still
 * bundles for a browser, which gets the portable code paths instead (fflate, WebCrypto).
 */

/** The part of `node:zlib` used here. */
export interface NodeZlib {
  inflateRawSync(data: Uint8Array, options: { maxOutputLength: number }): Uint8Array;
}

/** The part of `node:crypto` used here. */
export interface NodeCrypto {
  createHash(algorithm: 'sha256'): { update(data: Uint8Array): { digest(encoding: 'hex'): string } };
}

interface Builtins {
  'node:zlib': NodeZlib;
  'node:crypto': NodeCrypto;
}

/** A built-in module of Node, or undefined elsewhere (a browser, or a runtime without `getBuiltinModule`). */
export function nodeBuiltin<K extends keyof Builtins>(id: K): Builtins[K] | undefined {
  try {
    const host = globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } };
    const module = host.process?.getBuiltinModule?.(id) as Builtins[K] | undefined;
    return module ?? undefined;
  } catch {
    return undefined;
  }
}
