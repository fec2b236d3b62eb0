/// <reference path="../types/fontkit.d.ts" />
import type { Font } from 'fontkit';
import { CompactCffSubset, type PdfkitSubset } from './subset/compact-subset.js';
import { cffFontOf } from './subset/font-program.js';

/** Which subsetter embeds CFF faces: this package's (`compact`, the default) or fontkit's (for comparisons). */
export type SubsetEngine = 'compact' | 'fontkit';

let engine: SubsetEngine = 'compact';

/** Chooses the subsetter for the documents rendered from now on (the benchmark and tests compare the two). Internal. */
export function setSubsetEngine(next: SubsetEngine): void {
  engine = next;
}

type SubsettingFont = Font & { createSubset(): PdfkitSubset };

const forPdfkit = new WeakMap<Font, Font>();

/**
 * The face as pdfkit should see it: for a CFF face, one whose `createSubset` makes a
 * `CompactCffSubset` (desubroutinized, about half the size of fontkit's, see decision 0015);
 * everything else — metrics, layout, TrueType faces — is fontkit's, through the prototype.
 */
export function pdfkitFont(font: Font): Font {
  let wrapped = forPdfkit.get(font);
  if (!wrapped) {
    let cff;
    try {
      cff = cffFontOf(font);
    } catch {
      cff = undefined; // a CFF table this package cannot read: fontkit subsets it
    }
    const original = font as SubsettingFont;
    wrapped = cff
      ? (Object.create(font, {
          createSubset: {
            value: (): PdfkitSubset => (engine === 'compact' ? new CompactCffSubset(cff, () => original.createSubset()) : original.createSubset()),
          },
        }) as Font)
      : font;
    forPdfkit.set(font, wrapped);
  }
  return wrapped;
}
