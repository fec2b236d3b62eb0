/**
 * Font stacks of the official look (GB/T 9704, spec §13): the faces government offices have
 * first, then open substitutes (Noto / Source Han), then the generic family.
 */
export const fontStacks = {
  /** Title: 小标宋. */
  title: '"方正小标宋简体", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05", "华文中宋", "STZhongsong", "Source Han Serif SC", "Noto Serif CJK SC", "SimSun", "宋体", serif',
  /** Body: 仿宋. */
  body: '"仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", serif',
  /** First-level headings (`一、`): 黑体. */
  heading: '"黑体", "SimHei", "STHeiti", "Heiti SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif',
  /** Second-level headings (`（一）`): 楷体. */
  kai: '"楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", "Noto Serif CJK SC", "Source Han Serif SC", serif',
  /** Tables and page numbers: 宋体. */
  song: '"宋体", "SimSun", "Songti SC", "STSong", "Noto Serif CJK SC", "Source Han Serif SC", serif',
} as const;
