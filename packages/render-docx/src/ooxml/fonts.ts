/**
 * What a face is used for in the document, as GB/T 9704 names a typeface for each: the title in
 * 小标宋, body text in 仿宋, `一、` headings in 黑体, `（一）` headings in 楷体; tables and page numbers
 * in 宋体 (the same roles as `@report/render-pdf`).
 */
export type DocxFontRole = 'title' | 'body' | 'heading' | 'subheading' | 'table';

export const docxFontRoles: readonly DocxFontRole[] = ['title', 'body', 'heading', 'subheading', 'table'];

/** The faces a role names: the Chinese face (`w:eastAsia`), the Latin face (`w:ascii`, `w:hAnsi`), and fallbacks. */
export interface DocxFont {
  /** The face for Chinese text, as Word and WPS name it (`仿宋`). */
  eastAsia: string;
  /** The face for Latin letters and digits. Default `Times New Roman`. */
  latin?: string;
  /**
   * Other names of the Chinese face, written in the font table (`w:altName`, comma-separated), so
   * Word and WPS find it under its Windows, older GB2312, macOS or open-source name.
   */
  fallbacks?: readonly string[];
}

export type DocxFontOptions = Partial<Record<DocxFontRole, DocxFont>>;

/** The default faces: the names Chinese offices have installed, with the names they go by elsewhere. */
export const defaultDocxFonts: Readonly<Record<DocxFontRole, Required<DocxFont>>> = {
  title: { eastAsia: '方正小标宋简体', latin: 'Times New Roman', fallbacks: ['方正小标宋_GBK', 'FZXiaoBiaoSong-B05S', '华文中宋', 'STZhongsong', 'Noto Serif CJK SC', 'Source Han Serif SC'] },
  body: { eastAsia: '仿宋', latin: 'Times New Roman', fallbacks: ['仿宋_GB2312', 'FangSong', 'STFangsong', '华文仿宋', 'Noto Serif CJK SC'] },
  heading: { eastAsia: '黑体', latin: 'Times New Roman', fallbacks: ['SimHei', 'STHeiti', 'Noto Sans CJK SC', 'Source Han Sans SC'] },
  subheading: { eastAsia: '楷体', latin: 'Times New Roman', fallbacks: ['楷体_GB2312', 'KaiTi', 'STKaiti', '华文楷体', 'Noto Serif CJK SC'] },
  table: { eastAsia: '宋体', latin: 'Times New Roman', fallbacks: ['SimSun', 'STSong', 'Noto Serif CJK SC', 'Source Han Serif SC'] },
};

/** The faces by role: the defaults, a role's options over them. */
export function resolveDocxFonts(options: DocxFontOptions = {}): Record<DocxFontRole, Required<DocxFont>> {
  const fonts = {} as Record<DocxFontRole, Required<DocxFont>>;
  for (const role of docxFontRoles) {
    const given = options[role];
    fonts[role] = given
      ? { eastAsia: given.eastAsia, latin: given.latin ?? defaultDocxFonts[role].latin, fallbacks: given.fallbacks ?? [] }
      : defaultDocxFonts[role];
  }
  return fonts;
}
