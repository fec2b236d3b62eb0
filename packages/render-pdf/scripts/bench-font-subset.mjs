#!/usr/bin/env node
/**
 * Font subset benchmark: for the characters of the demo county report (青山县, as `npm run demo`
 * makes it), prints the size of each embedded font program — fontkit's subset (what pdfkit
 * embedded before), this package's, and `pyftsubset`'s (fontTools, when installed) of the same
 * face and characters — and the PDF's size with each subsetter. Then the same characters in the
 * `@fontsource/noto-serif-sc` faces (TrueType), which the renderer falls back to without system fonts.
 *
 * A size is the font program as a PDF embeds it (the `CFF ` table, or an sfnt of the TrueType
 * tables a PDF needs), raw / deflated (a PDF stores it deflated). pyftsubset is run with
 * `--layout-features=` so that, as with pdfkit, only the characters' own glyphs are kept.
 * fontTools: `apt-get install fonttools` (or `pip install fonttools`); without it those columns are empty.
 *
 *   npm run bench:fonts -w @report/render-pdf
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';
import { bundleSources, scratchDirectory } from './bundle-sources.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
/** The tables of a PDF's TrueType font program (`FontFile2`), as fontkit writes it. */
const trueTypeProgramTables = ['head', 'hhea', 'loca', 'maxp', 'cvt ', 'prep', 'glyf', 'hmtx', 'fpgm'];
const variants = [
  { label: 'pyftsubset', args: [] },
  { label: 'pyftsubset --desubroutinize', args: ['--desubroutinize'] },
  { label: 'pyftsubset --desubroutinize --no-hinting', args: ['--desubroutinize', '--no-hinting'] },
];
const hasPyftsubset = spawnSync('pyftsubset', ['--help'], { stdio: 'ignore' }).status === 0;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const measure = (program) => ({ raw: program.length, deflated: deflateSync(program).length });
const column = (size, width = 22) => (size ? `${kb(size.raw)} / ${kb(size.deflated)}` : '—').padStart(width);
const ratio = (size, reference) => (size && reference ? `${(size.raw / reference.raw).toFixed(2)}× / ${(size.deflated / reference.deflated).toFixed(2)}×` : '—');

/** pyftsubset's font program of `face` for `text` (the characters' glyphs only), as a PDF would embed it. */
function pyftsubset(cases, directory, face, text, kind, args) {
  const output = join(directory, `pyftsubset-${face.faceIndex}-${args.length}-${Math.random().toString(36).slice(2)}`);
  const unicodes = [...new Set(Array.from(text, (character) => character.codePointAt(0).toString(16)))].join(',');
  const result = spawnSync('pyftsubset', [face.file, `--font-number=${face.faceIndex}`, `--unicodes=${unicodes}`, '--layout-features=', `--output-file=${output}`, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pyftsubset failed: ${result.stderr}`);
  const tables = cases.sfntTables(new Uint8Array(readFileSync(output)));
  if (kind === 'cff') return tables.get('CFF ');
  return cases.writeSfnt(0x00010000, trueTypeProgramTables.filter((tag) => tables.has(tag)).map((tag) => ({ tag, data: tables.get(tag) })));
}

function pyftsubsetSizes(cases, directory, face, text, kind) {
  return variants.map(({ args }) => (hasPyftsubset ? measure(pyftsubset(cases, directory, face, text, kind, args)) : undefined));
}

function fontShare(fonts, pdf) {
  const stored = fonts.reduce((sum, font) => sum + font.stored, 0);
  return `${kb(pdf.length)} (fonts ${kb(stored)}, ${((100 * stored) / pdf.length).toFixed(0)}%)`;
}

function printHeader(first) {
  console.log(`${first.padEnd(36)}${'glyphs'.padStart(7)}${['fontkit', 'this package', ...variants.map((variant) => variant.label)].map((label) => label.padStart(label.length > 22 ? label.length + 2 : 22)).join('')}`);
}

const directory = scratchDirectory();
try {
  const cases = await import(pathToFileURL(await bundleSources(join(here, 'bench-font-subset-cases.ts'), directory)).href);
  console.log(`@report/render-pdf font subsets — Node ${process.version}; raw / deflated; pyftsubset ${hasPyftsubset ? 'found' : 'not installed (apt-get install fonttools)'}`);

  // 1. The demo county report, with the faces this machine resolves (the CLI's defaults).
  const pdfs = {};
  for (const engine of ['fontkit', 'compact']) {
    const output = join(directory, `demo-${engine}`);
    mkdirSync(output);
    const pdf = await cases.demoCountyPdf(root, output, engine);
    pdfs[engine] = { pdf, fonts: cases.embeddedFonts(pdf) };
  }
  const faces = await cases.defaultFaces();
  console.log('\nDemo county report (青山县, gov-report aggregate):');
  printHeader('face');
  for (const font of pdfs.compact.fonts) {
    const postscriptName = font.name.replace(/^[A-Z]{6}\+/, '');
    const before = pdfs.fontkit.fonts.find((candidate) => candidate.name === font.name);
    const text = [...font.characters.values()].join('').replace(/\0/g, '');
    const face = faces.get(postscriptName);
    const references = face ? pyftsubsetSizes(cases, directory, face, text, font.kind) : variants.map(() => undefined);
    const ours = measure(font.program);
    const widest = variants.map((variant) => (variant.label.length > 22 ? variant.label.length + 2 : 22));
    console.log(
      `${`${postscriptName} (${font.kind === 'cff' ? 'CFF' : 'TrueType'})`.padEnd(36)}${String(font.characters.size).padStart(7)}` +
        `${column(before && measure(before.program))}${column(ours)}${references.map((size, index) => column(size, widest[index])).join('')}`,
    );
    console.log(`${''.padEnd(43)}${`vs pyftsubset (raw / deflated): fontkit ${ratio(before && measure(before.program), references[0])}, this package ${ratio(ours, references[0])}`}`);
  }
  console.log(`PDF with fontkit's subsets:      ${fontShare(pdfs.fontkit.fonts, pdfs.fontkit.pdf)}`);
  console.log(`PDF with this package's subsets: ${fontShare(pdfs.compact.fonts, pdfs.compact.pdf)}  (${(pdfs.compact.pdf.length / pdfs.fontkit.pdf.length).toFixed(2)}× the size)`);

  // 2. The same characters in the @fontsource faces (TrueType: embedded by fontkit's subset with either engine).
  const fontsource = join(dirname(cases.fontsourceLicense()), 'files');
  console.log('\nThe same characters in @fontsource/noto-serif-sc (TrueType, unhinted; fontkit subsets it with either engine):');
  printHeader('face');
  for (const weight of [400, 700]) {
    const text = pdfs.compact.fonts
      .filter((font) => /Bold|Sans/.test(font.name) === (weight === 700)) // title and headings are set in 700
      .flatMap((font) => [...font.characters.values()])
      .join('')
      .replace(/\0/g, '');
    if (!text) continue;
    const file = join(fontsource, `noto-serif-sc-chinese-simplified-${weight}-normal.woff`);
    const subset = cases.fontkitSubset(file, text);
    const fontkit = measure(subset.program);
    const references = pyftsubsetSizes(cases, directory, { file, faceIndex: 0 }, text, 'truetype');
    const widest = variants.map((variant) => (variant.label.length > 22 ? variant.label.length + 2 : 22));
    console.log(`${`Noto Serif SC ${weight} (TrueType)`.padEnd(36)}${String(subset.glyphs).padStart(7)}${column(fontkit)}${column(fontkit)}${references.map((size, index) => column(size, widest[index])).join('')}`);
    console.log(`${''.padEnd(43)}vs pyftsubset (raw / deflated): fontkit ${ratio(fontkit, references[0])}`);
  }
} finally {
  rmSync(directory, { recursive: true, force: true });
}
