/**
 * What a face is used for in the document. GB/T 9704 names a typeface for each:
 * the title in 小标宋, body text in 仿宋, `一、` headings in 黑体, `（一）` headings in 楷体.
 * Tables and page numbers use 宋体.
 */
export type FontRole = 'title' | 'body' | 'heading' | 'subheading' | 'table';

export const fontRoles: readonly FontRole[] = ['title', 'body', 'heading', 'subheading', 'table'];

/** A typeface style, named the way Chinese offices name them. */
export type FontStyle = 'xiaobiaosong' | 'fangsong' | 'heiti' | 'kaiti' | 'songti';

/** The style GB/T 9704 asks for in each role. */
export const roleStyle: Readonly<Record<FontRole, FontStyle>> = {
  title: 'xiaobiaosong',
  body: 'fangsong',
  heading: 'heiti',
  subheading: 'kaiti',
  table: 'songti',
};

export const styleNames: Readonly<Record<FontStyle, { zh: string; en: string }>> = {
  xiaobiaosong: { zh: '小标宋', en: 'Xiaobiaosong (title Song)' },
  fangsong: { zh: '仿宋', en: 'FangSong' },
  heiti: { zh: '黑体', en: 'Heiti (sans)' },
  kaiti: { zh: '楷体', en: 'KaiTi' },
  songti: { zh: '宋体', en: 'SongTi' },
};

export const roleNames: Readonly<Record<FontRole, { zh: string; en: string }>> = {
  title: { zh: '标题', en: 'title' },
  body: { zh: '正文', en: 'body text' },
  heading: { zh: '一级标题', en: 'first-level headings' },
  subheading: { zh: '二级标题', en: 'second-level headings' },
  table: { zh: '表格和页码', en: 'tables and page numbers' },
};
