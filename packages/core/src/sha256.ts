/** Node's own hashing, when this runs in Node (`process.getBuiltinModule`, Node ≥ 20.16): synchronous, no thread-pool round trip. */
type NodeHash = { createHash(algorithm: 'sha256'): { update(data: Uint8Array): { digest(encoding: 'hex'): string } } };
let nodeCrypto: NodeHash | null | undefined;
/** Found on first use, not at start-up (a command that hashes nothing does not load `crypto`). */
function nodeHash(): NodeHash | null {
  if (nodeCrypto !== undefined) return nodeCrypto;
  const getBuiltinModule = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule;
  try {
    nodeCrypto = typeof getBuiltinModule === 'function' ? ((getBuiltinModule('node:crypto') as NodeHash | undefined) ?? null) : null;
  } catch {
    nodeCrypto = null;
  }
  return nodeCrypto;
}

/**
 * Hex SHA-256 of the bytes: with Node's `crypto` in Node (a county job hashes every file, and the
 * WebCrypto round trip cost more than the hash), with WebCrypto in browsers.
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const node = nodeHash();
  return node ? node.createHash('sha256').update(bytes).digest('hex') : webCryptoSha256Hex(bytes);
}

/** The browsers' way (exported for the test that both ways agree). */
export async function webCryptoSha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
