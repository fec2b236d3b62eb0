/// <reference path="../src/types/fontkit.d.ts" />
/**
 * What `bench-font-subset.mjs` runs, bundled from source: the demo county report made by the CLI
 * (as `npm run demo` makes it) with either subsetter, the embedded fonts of a PDF, the faces the
 * fonts came from, and fontkit's subset of a face for a set of characters.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createMemoryIo, run } from '@report/cli';
import { create, type Font, type FontCollection } from 'fontkit';
import { parseFont } from '../src/fonts/load-font.js';
import { setSubsetEngine, type SubsetEngine } from '../src/fonts/pdfkit-font.js';
import { resolveFonts } from '../src/fonts/resolve-fonts.js';

export { embeddedFonts } from '../src/fonts/__fixtures__/embedded-fonts.js';
export { sfntTables, writeSfnt } from '../src/fonts/subset/sfnt-tables.js';

/** Runs `gov-report aggregate` on `examples/demo-county` into `output` and returns the county report's PDF. */
export async function demoCountyPdf(root: string, output: string, engine: SubsetEngine): Promise<Uint8Array> {
  setSubsetEngine(engine);
  const demo = join(root, 'examples', 'demo-county');
  const io = createMemoryIo({ cwd: root });
  const code = await run(
    [
      'aggregate', join(demo, 'submissions'), '--roster', join(demo, 'roster.xlsx'), '--received', join(demo, 'received.csv'),
      '--narrative', join(demo, '青山县年报文字.txt'), '--organ', '青山县人民政府', '--year', '2024', '-o', output, '--no-docx',
    ],
    io,
  );
  if (code !== 0) throw new Error(`gov-report aggregate exited with ${code}:\n${io.output.stderr}`);
  return new Uint8Array(readFileSync(join(output, 'report.pdf')));
}

/** The faces the renderer picks with its default options (as the CLI does), by PostScript name: file and face index. */
export async function defaultFaces(): Promise<Map<string, { file: string; faceIndex: number }>> {
  const resolved = await resolveFonts();
  const faces = new Map<string, { file: string; faceIndex: number }>();
  for (const face of resolved.distinct) {
    const parsed = create(readFileSync(face.file!)) as Font | FontCollection;
    const faceIndex = 'fonts' in parsed ? parsed.fonts.findIndex((candidate) => candidate.postscriptName === face.postscriptName) : 0;
    faces.set(face.postscriptName, { file: face.file!, faceIndex });
  }
  return faces;
}

type SubsettingFont = Font & { layout(text: string): { glyphs: Array<{ id: number }> }; createSubset(): { includeGlyph(id: number): number; encode(): Uint8Array } };

/** fontkit's subset (what pdfkit embeds for a TrueType face) of the font file for `text`, and its glyph count. */
export function fontkitSubset(file: string, text: string): { program: Uint8Array; glyphs: number } {
  const font = parseFont(new Uint8Array(readFileSync(file))).font as SubsettingFont;
  const subset = font.createSubset();
  const glyphs = new Set([0]);
  for (const glyph of font.layout(text).glyphs) glyphs.add(subset.includeGlyph(glyph.id));
  return { program: subset.encode(), glyphs: glyphs.size };
}

/** `@fontsource/noto-serif-sc`'s LICENSE file (its faces are in `files/` beside it). */
export function fontsourceLicense(): string {
  return createRequire(import.meta.url).resolve('@fontsource/noto-serif-sc/LICENSE');
}
