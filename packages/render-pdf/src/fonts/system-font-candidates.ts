import type { FontRole, FontStyle } from './font-roles.js';

/** A font file that may be installed, and the face to take from it. */
export interface SystemFontCandidate {
  /** File name, matched case-insensitively anywhere under the font directories. */
  file: string;
  /** For a collection (.ttc): the face's PostScript name. */
  postscriptName?: string;
  /** Display name. */
  name: string;
  /** The style the face really has (a serif face standing in for 仿宋 is `songti`). */
  style: FontStyle;
}

const fangsong: SystemFontCandidate[] = [
  { file: 'simfang.ttf', name: '仿宋 FangSong', style: 'fangsong' },
  { file: 'FS_GB2312.ttf', name: '仿宋_GB2312', style: 'fangsong' },
  { file: '仿宋_GB2312.ttf', name: '仿宋_GB2312', style: 'fangsong' },
  { file: 'STFANGSO.TTF', name: '华文仿宋 STFangsong', style: 'fangsong' },
  { file: '华文仿宋.ttf', name: '华文仿宋 STFangsong', style: 'fangsong' },
];

const kaiti: SystemFontCandidate[] = [
  { file: 'simkai.ttf', name: '楷体 KaiTi', style: 'kaiti' },
  { file: 'KAITI_GB2312.TTF', name: '楷体_GB2312', style: 'kaiti' },
  { file: '楷体_GB2312.ttf', name: '楷体_GB2312', style: 'kaiti' },
  { file: 'STKAITI.TTF', name: '华文楷体 STKaiti', style: 'kaiti' },
  { file: 'Kaiti.ttc', postscriptName: 'STKaiti-SC-Regular', name: '楷体-简 Kaiti SC', style: 'kaiti' },
  { file: 'Kaiti.ttc', postscriptName: 'STKaitiSC-Regular', name: '楷体-简 Kaiti SC', style: 'kaiti' },
  { file: 'ukai.ttc', postscriptName: 'AR-PL-UKai-CN', name: 'AR PL UKai CN', style: 'kaiti' },
];

/** Regular serif (宋) faces: the open substitutes and the platform 宋体. */
const songti: SystemFontCandidate[] = [
  { file: 'simsun.ttc', postscriptName: 'SimSun', name: '宋体 SimSun', style: 'songti' },
  { file: 'Songti.ttc', postscriptName: 'STSongti-SC-Regular', name: '宋体-简 Songti SC', style: 'songti' },
  { file: 'NotoSerifCJK-Regular.ttc', postscriptName: 'NotoSerifCJKsc-Regular', name: 'Noto Serif CJK SC', style: 'songti' },
  { file: 'NotoSerifSC-Regular.otf', name: 'Noto Serif SC', style: 'songti' },
  { file: 'SourceHanSerifSC-Regular.otf', name: '思源宋体 Source Han Serif SC', style: 'songti' },
  { file: 'SourceHanSerif-Regular.ttc', postscriptName: 'SourceHanSerifSC-Regular', name: '思源宋体 Source Han Serif SC', style: 'songti' },
];

/** Bold serif faces, the closest open stand-ins for 小标宋. */
const boldSong: SystemFontCandidate[] = [
  { file: 'STZHONGS.TTF', name: '华文中宋 STZhongsong', style: 'songti' },
  { file: 'Songti.ttc', postscriptName: 'STSongti-SC-Bold', name: '宋体-简 粗体 Songti SC Bold', style: 'songti' },
  { file: 'NotoSerifCJK-Bold.ttc', postscriptName: 'NotoSerifCJKsc-Bold', name: 'Noto Serif CJK SC Bold', style: 'songti' },
  { file: 'NotoSerifSC-Bold.otf', name: 'Noto Serif SC Bold', style: 'songti' },
  { file: 'SourceHanSerifSC-Bold.otf', name: '思源宋体 粗体 Source Han Serif SC Bold', style: 'songti' },
  { file: 'SourceHanSerif-Bold.ttc', postscriptName: 'SourceHanSerifSC-Bold', name: '思源宋体 粗体 Source Han Serif SC Bold', style: 'songti' },
];

const heiti: SystemFontCandidate[] = [
  { file: 'simhei.ttf', name: '黑体 SimHei', style: 'heiti' },
  { file: 'STHeiti Medium.ttc', postscriptName: 'STHeitiSC-Medium', name: '黑体-简 Heiti SC', style: 'heiti' },
  { file: 'STHeiti Light.ttc', postscriptName: 'STHeitiSC-Light', name: '黑体-简 Heiti SC', style: 'heiti' },
  { file: 'NotoSansCJK-Medium.ttc', postscriptName: 'NotoSansCJKsc-Medium', name: 'Noto Sans CJK SC Medium', style: 'heiti' },
  { file: 'NotoSansCJK-Regular.ttc', postscriptName: 'NotoSansCJKsc-Regular', name: 'Noto Sans CJK SC', style: 'heiti' },
  { file: 'NotoSansSC-Regular.otf', name: 'Noto Sans SC', style: 'heiti' },
  { file: 'SourceHanSansSC-Regular.otf', name: '思源黑体 Source Han Sans SC', style: 'heiti' },
  { file: 'msyh.ttc', postscriptName: 'MicrosoftYaHei', name: '微软雅黑 Microsoft YaHei', style: 'heiti' },
  { file: 'PingFang.ttc', postscriptName: 'PingFangSC-Regular', name: '苹方 PingFang SC', style: 'heiti' },
];

/**
 * Installed faces to try for each role, best first. The first file found wins; when no face of
 * the role's own style is installed, a serif face stands in (spec §13) and the output says so.
 */
export const systemFontCandidates: Readonly<Record<FontRole, readonly SystemFontCandidate[]>> = {
  title: [
    { file: 'FZXBSJW.TTF', name: '方正小标宋简体', style: 'xiaobiaosong' },
    { file: 'FZXBSK.TTF', name: '方正小标宋_GBK', style: 'xiaobiaosong' },
    { file: '方正小标宋简体.ttf', name: '方正小标宋简体', style: 'xiaobiaosong' },
    { file: '方正小标宋_GBK.ttf', name: '方正小标宋_GBK', style: 'xiaobiaosong' },
    ...boldSong,
    ...songti,
  ],
  body: [...fangsong, ...songti],
  heading: [...heiti, ...boldSong, ...songti],
  subheading: [...kaiti, ...fangsong, ...songti],
  table: [...songti],
};

/** Font directories of the usual platforms (those that do not exist are skipped). */
export function systemFontDirectories(platform: string, home: string | undefined, env: Record<string, string | undefined>): string[] {
  if (platform === 'win32') {
    const windows = env.WINDIR ?? env.SystemRoot ?? 'C:\\Windows';
    const local = env.LOCALAPPDATA ? [`${env.LOCALAPPDATA}\\Microsoft\\Windows\\Fonts`] : [];
    return [`${windows}\\Fonts`, ...local];
  }
  if (platform === 'darwin') {
    return [
      '/System/Library/Fonts',
      '/System/Library/Fonts/Supplemental',
      '/Library/Fonts',
      ...(home ? [`${home}/Library/Fonts`] : []),
      '/System/Library/AssetsV2',
    ];
  }
  return [
    '/usr/share/fonts',
    '/usr/local/share/fonts',
    ...(home ? [`${home}/.local/share/fonts`, `${home}/.fonts`] : []),
    ...(env.XDG_DATA_HOME ? [`${env.XDG_DATA_HOME}/fonts`] : []),
  ];
}
