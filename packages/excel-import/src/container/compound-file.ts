/** The signature of an OLE2 compound file (.xls, .et, .doc, and encrypted .xlsx). */
export const COMPOUND_FILE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isCompoundFile(bytes: Uint8Array): boolean {
  return COMPOUND_FILE_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const MAX_SECTORS = 1 << 20;

const utf16 = new TextDecoder('utf-16le');

/**
 * Names of the streams and storages in a compound file's directory (`Workbook`, `EncryptionInfo`,
 * `WordDocument`…), enough to tell an .xls from an encrypted .xlsx. Returns what it could read;
 * a damaged file yields an empty or partial list, never an exception.
 */
export function compoundFileEntryNames(bytes: Uint8Array): string[] {
  if (bytes.length < 512 || !isCompoundFile(bytes)) return [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return [];
  const sectorSize = 1 << shift;
  const perSector = sectorSize / 4;
  const sectorOffset = (sector: number) => (sector + 1) * sectorSize;
  const validSector = (sector: number) => sector < MAX_SECTORS && sectorOffset(sector) + sectorSize <= bytes.length;

  // The FAT sectors: 109 listed in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  for (let index = 0; index < 109; index++) {
    const sector = view.getUint32(0x4c + index * 4, true);
    if (sector === FREE || sector === END_OF_CHAIN) continue;
    fatSectors.push(sector);
  }
  let difat = view.getUint32(0x44, true);
  for (let guard = 0; difat !== END_OF_CHAIN && difat !== FREE && validSector(difat) && guard < 4096; guard++) {
    const base = sectorOffset(difat);
    for (let index = 0; index < perSector - 1; index++) {
      const sector = view.getUint32(base + index * 4, true);
      if (sector !== FREE && sector !== END_OF_CHAIN) fatSectors.push(sector);
    }
    difat = view.getUint32(base + (perSector - 1) * 4, true);
  }
  const next = (sector: number): number => {
    const fatIndex = Math.floor(sector / perSector);
    const fatSector = fatSectors[fatIndex];
    if (fatSector === undefined || !validSector(fatSector)) return END_OF_CHAIN;
    return view.getUint32(sectorOffset(fatSector) + (sector % perSector) * 4, true);
  };

  const names: string[] = [];
  let sector = view.getUint32(0x30, true);
  const seen = new Set<number>();
  while (sector !== END_OF_CHAIN && validSector(sector) && !seen.has(sector)) {
    seen.add(sector);
    const base = sectorOffset(sector);
    for (let entry = 0; entry < sectorSize / 128; entry++) {
      const offset = base + entry * 128;
      const nameLength = view.getUint16(offset + 0x40, true);
      const type = bytes[offset + 0x42];
      if (type === 0 || nameLength < 2 || nameLength > 64) continue;
      names.push(utf16.decode(bytes.subarray(offset, offset + nameLength - 2)));
    }
    sector = next(sector);
  }
  return names;
}
