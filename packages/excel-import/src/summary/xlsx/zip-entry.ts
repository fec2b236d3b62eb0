import { ZipDeflate, ZipPassThrough, type FlateError, type ZipInputFile } from 'fflate';

/** A file of the zip being written: its bytes go in uncompressed, deflated on the way. */
export interface ZipEntry {
  readonly file: ZipInputFile;
  push(chunk: Uint8Array, final: boolean): void;
  /** Resolves when the deflater can take more (so text does not pile up in front of it). */
  ready(): Promise<void>;
}

const RESOLVED = Promise.resolve();
/** Pieces (of about 64 K characters each) that may wait for the deflater. */
const MAX_PENDING = 4;

/**
 * Deflated by the platform's `CompressionStream('deflate-raw')` (zlib in Node, the browser's own
 * in a browser): some ten times faster than deflating in JavaScript. fflate writes the zip around
 * it: the entry's CRC and size come from the bytes pushed, the compressed bytes are passed on as
 * the stream gives them.
 */
class NativeDeflateEntry extends ZipPassThrough {
  private readonly writer: WritableStreamDefaultWriter<BufferSource>;
  /** The pieces handed to the deflater, oldest first: a few may wait, so text is made while zlib works. */
  private readonly inFlight: Array<Promise<unknown>> = [];

  constructor(name: string) {
    super(name);
    this.compression = 8;
    const stream = new CompressionStream('deflate-raw');
    this.writer = stream.writable.getWriter();
    void this.pump(stream.readable.getReader());
  }

  private async pump(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        this.ondata(null, value as Uint8Array<ArrayBuffer>, false);
      }
      this.ondata(null, new Uint8Array(0), true);
    } catch (error) {
      this.ondata(Object.assign(error instanceof Error ? error : new Error(String(error)), { code: 0 }) as FlateError, null as unknown as Uint8Array<ArrayBuffer>, true);
    }
  }

  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    this.inFlight.push(this.writer.write(chunk).catch(() => undefined));
    if (final) this.writer.close().catch(() => undefined);
  }

  ready(): Promise<void> {
    return this.inFlight.length < MAX_PENDING ? RESOLVED : this.inFlight.shift()!.then(() => undefined);
  }
}

function hasNativeDeflate(): boolean {
  try {
    new CompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

let native: boolean | undefined;

/** An entry deflated natively where the platform can (Node, current browsers), else by fflate in JavaScript. */
export function createZipEntry(name: string): ZipEntry {
  native ??= typeof CompressionStream === 'function' && hasNativeDeflate();
  if (native) {
    const file = new NativeDeflateEntry(name);
    return { file, push: (chunk, final) => file.push(chunk, final), ready: () => file.ready() };
  }
  const file = new ZipDeflate(name, { level: 6 });
  return { file, push: (chunk, final) => file.push(chunk, final), ready: () => RESOLVED };
}
