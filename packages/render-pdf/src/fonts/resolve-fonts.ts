import { createDiagnostic, type Diagnostic, type Locale, type ReportError } from '@report/core';
import { reportError } from '@report/core/plugin';
import { cachedFontFromData, cachedFontFromPath } from './font-cache.js';
import type { FontFace, FontOrigin } from './font-face.js';
import type { FontInput, FontOptions } from './font-options.js';
import { fontRoles, roleNames, roleStyle, styleNames, type FontRole, type FontStyle } from './font-roles.js';
import { findSystemFonts } from './find-system-fonts.js';
import { FontReadError, type ParsedFont } from './load-font.js';
import { nodePlatform, type NodePlatform } from './node-platform.js';
import { systemFontCandidates, systemFontDirectories } from './system-font-candidates.js';

export interface FontResolutionOptions {
  fonts?: FontOptions;
  /** Look for installed fonts (Node only). Default true; or the directories to search. */
  systemFonts?: boolean | { directories: string[] };
  /** Fall back to the npm package `@fontsource/noto-serif-sc` (Node only). Default true. */
  fontsource?: boolean;
  locale?: Locale;
}

export interface ResolvedFonts {
  /** The face of each role. Roles may share a face. */
  faces: Record<FontRole, FontFace>;
  /** Every distinct face, in the order tried when a face lacks a character. */
  distinct: FontFace[];
  /** `render-font-substituted` notes. */
  diagnostics: Diagnostic[];
}

const fontsourcePackage = '@fontsource/noto-serif-sc';
const fontsourceWeight: Record<FontRole, 400 | 700> = { title: 700, body: 400, heading: 700, subheading: 400, table: 400 };

const systemScans = new Map<string, Promise<Map<string, string>>>();

function scanSystemFonts(node: NodePlatform, directories: string[]): Promise<Map<string, string>> {
  const key = directories.join('\u0000');
  let scan = systemScans.get(key);
  if (!scan) {
    scan = findSystemFonts(node, directories);
    systemScans.set(key, scan);
  }
  return scan;
}

function unreadable(font: string, detail: string, locale: Locale | undefined): ReportError {
  return reportError('render-font-unreadable', { font, detail }, { locale, withFix: true });
}

async function readFile(node: NodePlatform | undefined, path: string): Promise<Uint8Array> {
  if (!node) throw new FontReadError('a font path can only be read in Node; pass the font bytes instead');
  try {
    const buffer = await node.fs.readFile(path);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    throw new FontReadError(error instanceof Error ? error.message : String(error));
  }
}

async function loadInput(input: FontInput, node: NodePlatform | undefined): Promise<{ parsed: ParsedFont; file?: string; name?: string }> {
  if (typeof input === 'string') return { parsed: await cachedFontFromPath(input, undefined, (path) => readFile(node, path)), file: input };
  if (input instanceof Uint8Array || input instanceof ArrayBuffer) return { parsed: cachedFontFromData(input, undefined) };
  if ('path' in input) {
    return { parsed: await cachedFontFromPath(input.path, input.postscriptName, (path) => readFile(node, path)), file: input.path, name: input.name };
  }
  return { parsed: cachedFontFromData(input.data, input.postscriptName), name: input.name };
}

function displayName(parsed: ParsedFont): string {
  return parsed.font.fullName || parsed.font.familyName || parsed.postscriptName;
}

function toFace(parsed: ParsedFont, origin: FontOrigin, name: string, style: FontStyle | undefined, file: string | undefined): FontFace {
  return { name, postscriptName: parsed.postscriptName, style, origin, file, bytes: parsed.bytes, collectionFace: parsed.collectionFace, font: parsed.font };
}

/**
 * Chooses the face of every role: an explicit option, then installed system fonts (Windows 仿宋/宋体/
 * 黑体, macOS Songti, Linux Noto CJK…), then `@fontsource/noto-serif-sc`. Throws a `ReportError`
 * (`render-font-unavailable`) saying how to fix it when no face is found for a role, and
 * (`render-font-unreadable`) when a font passed in options cannot be read.
 */
export async function resolveFonts(options: FontResolutionOptions = {}): Promise<ResolvedFonts> {
  const node = nodePlatform();
  const locale = options.locale;
  const language = locale === 'en' ? 'en' : 'zh';
  const diagnostics: Diagnostic[] = [];
  const faces = {} as Record<FontRole, FontFace>;
  const explicitFaces = new Map<FontInput, FontFace>();
  const shared = new Map<string, FontFace>();
  const share = (key: string, make: () => FontFace): FontFace => {
    let face = shared.get(key);
    if (!face) {
      face = make();
      shared.set(key, face);
    }
    return face;
  };

  const searchSystem = options.systemFonts !== false && node !== undefined;
  const directories = !node
    ? []
    : typeof options.systemFonts === 'object'
      ? options.systemFonts.directories
      : systemFontDirectories(node.platform, node.home, node.env);
  const installed = searchSystem ? await scanSystemFonts(node, directories) : new Map<string, string>();

  for (const role of fontRoles) {
    const explicit = options.fonts?.[role] ?? options.fonts?.default;
    if (explicit !== undefined) {
      let face = explicitFaces.get(explicit);
      if (!face) {
        try {
          const loaded = await loadInput(explicit, node);
          face = toFace(loaded.parsed, 'option', loaded.name ?? displayName(loaded.parsed), undefined, loaded.file);
        } catch (error) {
          const label = typeof explicit === 'string' ? explicit : 'path' in Object(explicit) ? (explicit as { path: string }).path : `fonts.${options.fonts?.[role] !== undefined ? role : 'default'}`;
          throw unreadable(label, error instanceof Error ? error.message : String(error), locale);
        }
        explicitFaces.set(explicit, face);
      }
      faces[role] = face;
      continue;
    }

    let face: FontFace | undefined;
    for (const candidate of systemFontCandidates[role]) {
      const file = installed.get(candidate.file.toLowerCase());
      if (!file || !node) continue;
      try {
        const parsed = await cachedFontFromPath(file, candidate.postscriptName, (path) => readFile(node, path));
        face = share(`system\u0000${file}\u0000${parsed.postscriptName}`, () => toFace(parsed, 'system', candidate.name, candidate.style, file));
        break;
      } catch {
        // An unreadable or mismatching installed file: try the next candidate.
      }
    }

    if (!face && options.fontsource !== false && node) {
      const weight = fontsourceWeight[role];
      try {
        const require = node.module.createRequire(import.meta.url);
        const directory = node.path.dirname(require.resolve(`${fontsourcePackage}/LICENSE`));
        const file = node.path.join(directory, 'files', `noto-serif-sc-chinese-simplified-${weight}-normal.woff`);
        const parsed = await cachedFontFromPath(file, undefined, (path) => readFile(node, path));
        face = share(`fontsource\u0000${file}`, () => toFace(parsed, 'fontsource', `Noto Serif SC ${weight === 700 ? 'Bold' : 'Regular'} (${fontsourcePackage})`, 'songti', file));
      } catch {
        // Not installed: fall through to the error.
      }
    }

    if (!face) {
      const searched = [
        language === 'zh' ? '选项 fonts' : 'the fonts option',
        ...(searchSystem ? directories : [language === 'zh' ? '（未查找系统字体）' : '(system fonts not searched)']),
        ...(options.fontsource !== false && node ? [fontsourcePackage] : []),
      ].join(language === 'zh' ? '、' : ', ');
      throw reportError('render-font-unavailable', { role: roleNames[role], searched }, { locale, withFix: true });
    }
    faces[role] = face;
    if (face.style !== roleStyle[role]) {
      diagnostics.push(
        createDiagnostic(
          { code: 'render-font-substituted', params: { style: styleNames[roleStyle[role]][language], role: roleNames[role][language], font: face.name } },
          { locale },
        ),
      );
    }
  }

  const order: FontRole[] = ['body', 'table', 'title', 'heading', 'subheading'];
  const distinct = [...new Set(order.map((role) => faces[role]))];
  return { faces, distinct, diagnostics };
}
