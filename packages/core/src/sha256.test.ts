import { describe, expect, it } from 'vitest';
import { sha256Hex, webCryptoSha256Hex } from './sha256.js';

describe('sha256Hex', () => {
  it('gives the standard digest, the same in Node and with WebCrypto (browsers)', async () => {
    const abc = new TextEncoder().encode('abc');
    expect(await sha256Hex(abc)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const bytes = new Uint8Array(100_003).map((_, i) => (i * 31 + 7) & 0xff);
    expect(await sha256Hex(bytes)).toBe(await webCryptoSha256Hex(bytes));
    // A view into a larger buffer hashes only its own bytes.
    expect(await sha256Hex(bytes.subarray(10, 20))).toBe(await webCryptoSha256Hex(bytes.slice(10, 20)));
  });
});
