import { deflateSync, zipSync } from 'fflate';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { readWorkbook } from '../index.js';
import { nodeZlib } from '../node-builtins.js';
import { openZip, readZipEntry, useNativeInflate, ZipReadError } from './zip.js';

const directory = fileURLToPath(new URL('../__fixtures__/', import.meta.url));
const workbooks = readdirSync(directory).filter((name) => name.endsWith('.xlsx'));

/** What reading gives, without the wording of a damaged file's detail (each inflater words it its own way). */
async function read(bytes: Uint8Array, name: string) {
  const { report, diagnostics, sha256 } = await readWorkbook(bytes, { fileName: name, limits: name === 'many-cells.xlsx' ? { maxCells: 20_000 } : {} });
  return { report, sha256, diagnostics: diagnostics.map((d) => (d.code === 'import-corrupt' ? d.code : { code: d.code, location: d.location, message: d.message })) };
}

/** A stored-entry zip whose one entry is replaced by raw deflate data, with the sizes it declares. */
function zipWithEntry(data: Uint8Array, declaredSize: number): Uint8Array {
  const archive = zipSync({ 'a.xml': new Uint8Array(0) }, { level: 0 });
  const out = new Uint8Array(archive.length + data.length);
  const view = new DataView(out.buffer);
  // Local header (30 + name), then the data, then the central directory and its end, moved along.
  out.set(archive.subarray(0, 35), 0);
  out.set(data, 35);
  out.set(archive.subarray(35), 35 + data.length);
  view.setUint16(8, 8, true);
  view.setUint32(18, data.length, true);
  view.setUint32(22, declaredSize, true);
  const central = 35 + data.length;
  view.setUint16(central + 10, 8, true);
  view.setUint32(central + 20, data.length, true);
  view.setUint32(central + 24, declaredSize, true);
  const end = out.length - 22;
  view.setUint32(end + 16, central, true);
  return out;
}

describe('inflating with node:zlib and with fflate', () => {
  afterEach(() => useNativeInflate(true));

  it('finds node:zlib in Node (so the tests below cover both inflaters)', () => {
    expect(typeof nodeZlib()?.inflateRawSync).toBe('function');
  });

  it.each(workbooks)('%s reads the same with either inflater', async (name) => {
    const bytes = new Uint8Array(readFileSync(`${directory}${name}`));
    useNativeInflate(true);
    const native = await read(bytes, name);
    useNativeInflate(false);
    expect(await read(bytes, name)).toEqual(native);
  });

  it.each([true, false])('stops an entry past its declared size, and a large one past the budget (native: %s)', (native) => {
    useNativeInflate(native);
    const text = new TextEncoder().encode('<x>'.padEnd(200_000, ' '));
    const small = openZip(zipWithEntry(deflateSync(text), 1024));
    expect(() => readZipEntry(small, 'a.xml', { remaining: 1 << 20 })).toThrow(expect.objectContaining({ problem: 'too-large' }));
    // Random bytes do not compress: over 64 KB of deflate data takes the budgeted path.
    let state = 1;
    const noise = new Uint8Array(100_000).map(() => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return state & 0xff;
    });
    const large = openZip(zipWithEntry(deflateSync(noise), 1000));
    expect(() => readZipEntry(large, 'a.xml', { remaining: 50_000 })).toThrow(expect.objectContaining({ problem: 'too-large' }));
    const budget = { remaining: 200_000 };
    expect(readZipEntry(large, 'a.xml', budget)).toEqual(noise);
    expect(budget.remaining).toBe(100_000);
  });

  it.each([true, false])('gives a corrupt-entry error for damaged and cut-off deflate data (native: %s)', (native) => {
    useNativeInflate(native);
    const text = new TextEncoder().encode('<worksheet/>'.repeat(500));
    const data = deflateSync(text);
    const cut = openZip(zipWithEntry(data.subarray(0, data.length >> 1), text.length));
    expect(() => readZipEntry(cut, 'a.xml', { remaining: 1 << 20 })).toThrow(ZipReadError);
    expect(() => readZipEntry(cut, 'a.xml', { remaining: 1 << 20 })).toThrow(expect.objectContaining({ problem: 'corrupt' }));
    const whole = openZip(zipWithEntry(data, text.length));
    const budget = { remaining: 1 << 20 };
    expect(readZipEntry(whole, 'a.xml', budget)).toEqual(text);
    expect(budget.remaining).toBe((1 << 20) - text.length);
  });
});
