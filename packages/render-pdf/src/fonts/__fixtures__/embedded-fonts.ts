import { unzlibSync } from 'fflate';

/** A font embedded in a PDF written by pdfkit: its program, how many bytes it takes in the file, and its characters. */
export interface EmbeddedFont {
  /** `BaseFont`, e.g. `CZZZZZ+NotoSerifCJKsc-Regular`. */
  name: string;
  /** `FontFile3` (CFF, `CIDFontType0C`) or `FontFile2` (TrueType). */
  kind: 'cff' | 'truetype';
  /** The font program (inflated). */
  program: Uint8Array;
  /** Bytes of its stream in the file (compressed). */
  stored: number;
  /** The characters of each CID (= glyph of the subset), from the ToUnicode map; CID 0 is `.notdef`. */
  characters: Map<number, string>;
  /** Advance widths of the CIDs in the PDF's `W` array (1/1000 em). */
  widths: Map<number, number>;
}

interface PdfObject {
  dictionary: string;
  stream?: Uint8Array;
}

const latin1 = new TextDecoder('latin1');

/** The objects of a PDF without object streams or cross-reference streams (as pdfkit writes them). */
function pdfObjects(pdf: Uint8Array): Map<number, PdfObject> {
  const text = latin1.decode(pdf); // one character per byte, so indexes are byte offsets
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  let match: RegExpExecArray | null;
  while ((match = header.exec(text))) {
    const start = header.lastIndex;
    const end = text.indexOf('endobj', start);
    const body = text.slice(start, end);
    const streamAt = body.search(/>>\s*stream\r?\n/);
    if (streamAt < 0) {
      objects.set(Number(match[1]), { dictionary: body });
      continue;
    }
    const dictionary = body.slice(0, streamAt + 2);
    const length = Number(/\/Length (\d+)/.exec(dictionary)?.[1]);
    const dataStart = start + body.indexOf('\n', body.indexOf('stream', streamAt)) + 1;
    const raw = pdf.subarray(dataStart, dataStart + length);
    objects.set(Number(match[1]), { dictionary, stream: dictionary.includes('/FlateDecode') ? unzlibSync(raw) : raw });
    header.lastIndex = dataStart + length;
  }
  return objects;
}

const reference = (dictionary: string, key: string): number | undefined => {
  const found = new RegExp(`/${key} \\[?(\\d+) 0 R`).exec(dictionary);
  return found ? Number(found[1]) : undefined;
};

function hexText(hex: string): string {
  const units = hex.match(/[0-9a-fA-F]{4}/g) ?? [];
  return String.fromCharCode(...units.map((unit) => parseInt(unit, 16)));
}

/** CID → text of a ToUnicode CMap as pdfkit writes it (`<first> <last> [<…> <…>]` ranges). */
function toUnicode(cmap: string): Map<number, string> {
  const characters = new Map<number, string>();
  for (const range of cmap.matchAll(/<([0-9a-fA-F]+)> <[0-9a-fA-F]+> \[([^\]]*)\]/g)) {
    const first = parseInt(range[1], 16);
    [...range[2].matchAll(/<([0-9a-fA-F ]*)>/g)].forEach((entry, index) => characters.set(first + index, hexText(entry[1])));
  }
  return characters;
}

/** The `W` array as pdfkit writes it: `[0 [w0 w1 …]]`. */
function widths(dictionary: string): Map<number, number> {
  const found = /\/W \[\s*0 \[([^\]]*)\]/.exec(dictionary);
  const values = found ? found[1].trim().split(/\s+/).map(Number) : [];
  return new Map(values.map((width, cid) => [cid, width]));
}

/** Every Type 0 font of the PDF with its descendant's embedded program. */
export function embeddedFonts(pdf: Uint8Array): EmbeddedFont[] {
  const objects = pdfObjects(pdf);
  const fonts: EmbeddedFont[] = [];
  for (const object of objects.values()) {
    if (!/\/Subtype \/Type0/.test(object.dictionary)) continue;
    const descendant = objects.get(reference(object.dictionary, 'DescendantFonts')!)!;
    const descriptor = objects.get(reference(descendant.dictionary, 'FontDescriptor')!)!;
    const cff = reference(descriptor.dictionary, 'FontFile3');
    const file = objects.get(cff ?? reference(descriptor.dictionary, 'FontFile2')!)!;
    const cmap = objects.get(reference(object.dictionary, 'ToUnicode')!)!;
    const storedLength = Number(/\/Length (\d+)/.exec(file.dictionary)?.[1]);
    fonts.push({
      name: /\/BaseFont \/(\S+)/.exec(object.dictionary)![1],
      kind: cff === undefined ? 'truetype' : 'cff',
      program: file.stream!,
      stored: storedLength,
      characters: toUnicode(new TextDecoder().decode(cmap.stream)),
      widths: widths(descendant.dictionary),
    });
  }
  return fonts;
}
