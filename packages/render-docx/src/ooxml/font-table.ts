import type { DocxFont, DocxFontRole } from './fonts.js';
import { element, escapeXml, namespaces, xmlDeclaration } from './xml.js';

/** PANOSE numbers of the usual faces, so Word can match a similar face when one is missing. */
const panose: Record<string, string> = {
  宋体: '02010600030101010101',
  黑体: '02010609060101010101',
  仿宋: '02010609060101010101',
  楷体: '02010609060101010101',
  'Times New Roman': '02020603050405020304',
};

const isCjk = (name: string) => /[\u3400-\u9fff]/.test(name);

/**
 * `word/fontTable.xml`: every face the document names, the Chinese ones with charset 86 (GB2312)
 * and their other names in `w:altName` (comma-separated, as ECMA-376 has it), so Word and WPS find
 * 仿宋 under `仿宋_GB2312` or `FangSong` when that is what is installed.
 */
export function fontTableXml(fonts: Readonly<Record<DocxFontRole, Required<DocxFont>>>): string {
  const entries = new Map<string, string[]>();
  for (const font of Object.values(fonts)) {
    entries.set(font.eastAsia, [...new Set([...(entries.get(font.eastAsia) ?? []), ...font.fallbacks])]);
    if (!entries.has(font.latin)) entries.set(font.latin, []);
  }
  const body = [...entries]
    .map(([name, alternatives]) => {
      const chinese = isCjk(name) || alternatives.some(isCjk);
      return element(
        'w:font',
        { 'w:name': name },
        [
          alternatives.length > 0 ? element('w:altName', { 'w:val': alternatives.join(',') }) : '',
          panose[name] ? element('w:panose1', { 'w:val': panose[name] }) : '',
          element('w:charset', { 'w:val': chinese ? '86' : '00' }),
          element('w:family', { 'w:val': chinese ? 'auto' : 'roman' }),
          element('w:pitch', { 'w:val': 'variable' }),
        ].join(''),
      );
    })
    .join('');
  return `${xmlDeclaration}<w:fonts xmlns:w="${escapeXml(namespaces.w)}" xmlns:r="${escapeXml(namespaces.r)}">${body}</w:fonts>`;
}
