import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { countyAggregate } from '../__fixtures__/county.js';

/** The workbook's parts as text, written with the deflater the platform offers (or not). */
async function parts(withNativeDeflate: boolean): Promise<{ text: Record<string, string>; size: number }> {
  vi.resetModules();
  if (!withNativeDeflate) vi.stubGlobal('CompressionStream', undefined);
  const { writeSummaryWorkbook } = await import('../write-summary-workbook.js');
  const { result, roster } = countyAggregate(5);
  const bytes = await writeSummaryWorkbook(result, { roster });
  const text = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, part]) => [name, strFromU8(part)]));
  return { text, size: bytes.length };
}

describe('the summary workbook’s deflater', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('writes the same workbook where the platform has no CompressionStream (fflate in JavaScript)', async () => {
    expect(typeof CompressionStream).toBe('function');
    const native = await parts(true);
    const fallback = await parts(false);
    // Two deflaters: other compressed bytes, the same parts.
    expect(fallback.size).not.toBe(native.size);
    expect(fallback.text).toEqual(native.text);
    expect(native.text['xl/worksheets/sheet2.xml']).toContain('<f>SUM(');
  });
});
