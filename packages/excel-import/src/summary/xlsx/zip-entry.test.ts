import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { countyAggregate } from '../__fixtures__/county.js';

/** The workbook's parts as text, written with the deflater the platform offers (or not). */
async function parts(deflater: 'zlib' | 'compression-stream' | 'fflate'): Promise<{ text: Record<string, string>; size: number }> {
  vi.resetModules();
  // Node's zlib is found through process.getBuiltinModule; without it, CompressionStream; without that, fflate.
  if (deflater !== 'zlib') vi.stubGlobal('process', { ...process, getBuiltinModule: undefined });
  if (deflater === 'fflate') vi.stubGlobal('CompressionStream', undefined);
  const { writeSummaryWorkbook } = await import('../write-summary-workbook.js');
  const { result, roster } = countyAggregate(5);
  const bytes = await writeSummaryWorkbook(result, { roster });
  const text = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, part]) => [name, strFromU8(part)]));
  return { text, size: bytes.length };
}

describe('the summary workbook’s deflater', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('writes the same workbook with Node’s zlib, with CompressionStream (browsers) and with fflate in JavaScript', async () => {
    expect(typeof CompressionStream).toBe('function');
    const zlib = await parts('zlib');
    const stream = await parts('compression-stream');
    const fallback = await parts('fflate');
    // Three deflaters: other compressed bytes, the same parts.
    expect(new Set([zlib.size, stream.size, fallback.size]).size).toBe(3);
    expect(stream.text).toEqual(zlib.text);
    expect(fallback.text).toEqual(zlib.text);
    expect(zlib.text['xl/worksheets/sheet2.xml']).toContain('<f>SUM(');
  });
});
