/** Big-endian reads and a growable writer, for the binary tables of fonts. */

export function readUint16(bytes: Uint8Array, offset: number): number {
  if (offset + 2 > bytes.length) throw new RangeError(`read past the end of the data (offset ${offset})`);
  return (bytes[offset] << 8) | bytes[offset + 1];
}

export function readUint32(bytes: Uint8Array, offset: number): number {
  if (offset + 4 > bytes.length) throw new RangeError(`read past the end of the data (offset ${offset})`);
  return ((bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3]) >>> 0;
}

/** An unsigned big-endian integer of 1 to 4 bytes (CFF's `OffSize`). */
export function readOffset(bytes: Uint8Array, offset: number, size: number): number {
  if (offset + size > bytes.length) throw new RangeError(`read past the end of the data (offset ${offset})`);
  let value = 0;
  for (let index = 0; index < size; index++) value = value * 256 + bytes[offset + index];
  return value;
}

/** Appends bytes to a buffer that grows as needed. */
export class ByteWriter {
  private buffer = new Uint8Array(1024);
  length = 0;

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  bytes(data: ArrayLike<number>): this {
    this.reserve(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
    return this;
  }

  uint8(value: number): this {
    this.reserve(1);
    this.buffer[this.length++] = value & 0xff;
    return this;
  }

  uint16(value: number): this {
    return this.uint8(value >>> 8).uint8(value);
  }

  /** An unsigned big-endian integer of `size` bytes. */
  offset(value: number, size: number): this {
    for (let shift = (size - 1) * 8; shift >= 0; shift -= 8) this.uint8(Math.floor(value / 2 ** shift));
    return this;
  }

  uint32(value: number): this {
    return this.offset(value >>> 0, 4);
  }

  /** The bytes written so far (a copy of exactly that length). */
  result(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}
