import type { Catalog } from './types.js';

/** Codes of the renderers (what the form cannot place; PDF fonts and glyphs). */
export const renderCodes = {
  'render-table-not-in-form': {
    severity: 'warning',
    title: { zh: '格式中没有定义的表格', en: 'Table not defined in the form' },
    message: {
      zh: '报告中有表格“{table}”，但格式“{form}”中没有定义这张表；已按报告中的行列编号附在正文之后，请核对',
      en: 'The report has a table "{table}" that the form "{form}" does not define; it is printed after the sections with the row and column ids of the report, check it',
    },
    cause: {
      zh: '报告按另一格式填写（例如省级插件扩展的格式，多出一张表），生成文档时却没有传入该格式；或者表格编号写错了。',
      en: 'The report was filled in by another form (e.g. a province plugin\'s extension with an extra table) that was not passed when the document was made; or the table id is misspelt.',
    },
    fix: {
      zh: '生成文档时传入报告所用的格式（选项 form，或在流水线中加入提供该格式的插件）；表格编号写错的，改正报告文件。',
      en: 'Pass the form the report was filled in by (the form option, or add the plugin that provides it to the pipeline); if the table id is misspelt, correct the report file.',
    },
  },
  'render-cells-not-in-form': {
    severity: 'warning',
    title: { zh: '格式中没有定义的单元格', en: 'Cells not defined in the form' },
    message: {
      zh: '表格“{table}”中有{count}个已填写的单元格在格式“{form}”中没有定义（{cells}）；已单独附在正文之后，请核对',
      en: 'Table "{table}" has filled cells that the form "{form}" does not define ({count}: {cells}); they are printed apart after the sections, check them',
    },
    cause: {
      zh: '报告按另一格式填写（例如省级插件扩展的格式，表中多出行或列），生成文档时却没有传入该格式；或者行、列编号写错了。',
      en: 'The report was filled in by another form (e.g. a province plugin\'s extension with extra rows or columns) that was not passed when the document was made; or a row or column id is misspelt.',
    },
    fix: {
      zh: '生成文档时传入报告所用的格式（选项 form，或在流水线中加入提供该格式的插件）；编号写错的，改正报告文件。',
      en: 'Pass the form the report was filled in by (the form option, or add the plugin that provides it to the pipeline); if an id is misspelt, correct the report file.',
    },
  },
  'render-font-unavailable': {
    severity: 'error',
    title: { zh: '找不到中文字体', en: 'No Chinese font found' },
    message: {
      zh: '找不到可用于{role}的中文字体（已查找：{searched}）',
      en: 'No Chinese font found for the {role} (searched: {searched})',
    },
    cause: {
      zh: 'PDF 必须嵌入中文字体；调用时没有传入字体，本机也没有找到系统中文字体或 npm 包 @fontsource/noto-serif-sc（浏览器中无法读取系统字体）。',
      en: 'A PDF must embed a Chinese font; none was passed, and no system Chinese font nor the npm package @fontsource/noto-serif-sc was found (a browser cannot read system fonts).',
    },
    fix: {
      zh: '在选项 fonts 中传入字体（TTF、OTF、TTC 或 WOFF 文件的路径或字节，例如 fonts: { default: 字体字节 }）；或安装中文字体（Windows 仿宋、宋体、黑体，macOS 宋体，Linux：apt-get install fonts-noto-cjk）；或执行 npm install @fontsource/noto-serif-sc。',
      en: 'Pass a font in the fonts option (path or bytes of a TTF, OTF, TTC or WOFF file, e.g. fonts: { default: bytes }); or install a Chinese font (Windows FangSong/SimSun/SimHei, macOS Songti, Linux: apt-get install fonts-noto-cjk); or run npm install @fontsource/noto-serif-sc.',
    },
  },
  'render-font-unreadable': {
    severity: 'error',
    title: { zh: '字体文件无法读取', en: 'Font file cannot be read' },
    message: { zh: '字体“{font}”无法读取：{detail}', en: 'The font "{font}" cannot be read: {detail}' },
    cause: {
      zh: '传入的字体不是 TTF、OTF、TTC 或 WOFF 1.0 格式，文件已损坏，或集合字体中没有指定的字体名。',
      en: 'The font is not a TTF, OTF, TTC or WOFF 1.0 file, is damaged, or the collection has no face with the given name.',
    },
    fix: {
      zh: '改用 TTF、OTF、TTC 或 WOFF 1.0 字体文件（WOFF2 请先转换）；集合字体（.ttc）请用 postscriptName 指定其中的字体。',
      en: 'Use a TTF, OTF, TTC or WOFF 1.0 file (convert WOFF2 first); for a collection (.ttc) name the face with postscriptName.',
    },
  },
  'render-font-substituted': {
    severity: 'info',
    title: { zh: '字体替代', en: 'Font substituted' },
    message: {
      zh: '未找到{style}字体，{role}使用“{font}”代替',
      en: 'No {style} font found; the {role} uses "{font}" instead',
    },
    cause: {
      zh: '公文格式（GB/T 9704）要求标题用小标宋体、正文用仿宋体、一级标题用黑体、二级标题用楷体；本机没有这种字体，按顺序选用了最接近的字体。',
      en: 'The official-document style (GB/T 9704) asks for 小标宋 titles, 仿宋 body text, 黑体 and 楷体 headings; that face is not installed, so the closest one was used.',
    },
    fix: {
      zh: '安装该字体，或在选项 fonts 中为该用途传入字体文件。',
      en: 'Install that face, or pass a font file for that role in the fonts option.',
    },
  },
  'render-glyph-substituted': {
    severity: 'info',
    title: { zh: '个别字符改用其他字体', en: 'Characters drawn with another font' },
    message: {
      zh: '字体“{font}”中没有“{characters}”，这些字符改用“{substitute}”显示',
      en: 'The font "{font}" lacks "{characters}"; these characters are drawn with "{substitute}"',
    },
    cause: {
      zh: '所选字体不含这些字符（多为生僻字或特殊符号），由已加载的其他字体补足。',
      en: 'The chosen font lacks these characters (rare characters or symbols); another loaded font supplies them.',
    },
    fix: {
      zh: '如需统一字形，请换用收字更全的字体（选项 fonts）。',
      en: 'For a uniform look, use a font with a larger character set (fonts option).',
    },
  },
  'render-missing-glyph': {
    severity: 'warning',
    title: { zh: '字体缺字', en: 'Characters missing from the font' },
    message: {
      zh: '字体“{font}”中没有“{characters}”（{codePoints}），PDF 中这些字符以缺字符号（□ 或 〓）标出',
      en: 'The font "{font}" lacks "{characters}" ({codePoints}); the PDF marks them with a missing-character sign (□ or 〓)',
    },
    cause: {
      zh: '所用字体（及其他已加载字体）都不含这些字符，多为生僻字、扩展区汉字或特殊符号。',
      en: 'Neither the chosen font nor any other loaded font has these characters (rare or extension-block characters, or symbols).',
    },
    fix: {
      zh: '在选项 fonts 中换用收字更全的字体（如思源宋体、Noto Serif CJK SC），或核对文字是否录入有误。',
      en: 'Pass a font with a larger character set in the fonts option (e.g. Source Han Serif, Noto Serif CJK SC), or check the text for typing errors.',
    },
  },
} satisfies Catalog;
