import type { Catalog } from './types.js';

/** Codes of narrative (text) reports: reading them (`importNarrativeText`) and the checks of a report's text. */
export const narrativeCodes = {
  'narrative-empty': {
    severity: 'error',
    title: { zh: '文本为空', en: 'The text is empty' },
    message: { zh: '文本内容为空，没有可读取的报告', en: 'The text is empty; there is no report to read' },
    cause: { zh: '文件没有内容，或只有空格和空行。', en: 'The file has no content, or only spaces and blank lines.' },
    fix: { zh: '检查是否选错了文件；把报告全文复制到纯文本文件（.txt）中再导入。', en: 'Check the file chosen; paste the full report into a plain-text (.txt) file and import it again.' },
  },
  'narrative-unreadable': {
    severity: 'error',
    title: { zh: '不是纯文本文件', en: 'Not a plain-text file' },
    message: { zh: '无法作为文本读取（{detail}）', en: 'Cannot be read as text ({detail})' },
    cause: {
      zh: '文件含有大量非文字内容，可能是 PDF、Word、Excel、图片等文件，或文件已损坏。',
      en: 'The file is mostly not text: it may be a PDF, Word, Excel or image file, or it is damaged.',
    },
    fix: {
      zh: '在原文档中“另存为”纯文本（.txt，UTF-8 编码），或把报告全文复制到文本文件后再导入。',
      en: 'Save the document as plain text (.txt, UTF-8), or paste the report text into a text file, and import that.',
    },
  },
  'narrative-encoding': {
    severity: 'info',
    title: { zh: '按其他编码读取', en: 'Read in another encoding' },
    message: { zh: '文件不是 UTF-8 编码，已按 {encoding} 编码读取', en: 'The file is not UTF-8; it was read as {encoding}' },
    cause: { zh: '中文 Windows 的记事本等软件常以 GBK/GB18030 或 UTF-16 保存文本。', en: 'Chinese Windows tools often save text as GBK/GB18030 or UTF-16.' },
    fix: { zh: '核对导入的文字是否正确；如有乱码，请另存为 UTF-8 编码后再导入。', en: 'Check the imported text; if it is garbled, save the file as UTF-8 and import it again.' },
  },
  'narrative-title-missing': {
    severity: 'error',
    title: { zh: '未找到报告标题', en: 'No report title' },
    message: {
      zh: '未找到报告标题：第一行“{text}”不是“××镇2019年政府信息公开工作年度报告”这样的标题',
      en: 'No report title: the first line "{text}" is not a title like "××镇2019年政府信息公开工作年度报告"',
    },
    cause: {
      zh: '报告标题写明机关名称和年度，导入时据此确定报告机关和年度；文本开头没有这样的标题。',
      en: 'The title names the organ and the year, which the import reads; the text does not begin with such a title.',
    },
    fix: {
      zh: '在文本第一行补上报告标题（如“鹅公镇2019年政府信息公开工作年度报告”），或在导入时指定机关名称和年度。',
      en: 'Add the title as the first line (e.g. 鹅公镇2019年政府信息公开工作年度报告), or give the organ and year when importing.',
    },
  },
  'narrative-organ-missing': {
    severity: 'error',
    title: { zh: '标题中没有机关名称', en: 'The title names no organ' },
    message: { zh: '标题“{title}”中没有机关名称', en: 'The title "{title}" does not name the organ' },
    cause: { zh: '报告标题应以发布机关名称开头，导入时据此确定报告机关。', en: 'A report title begins with the publishing organ, which the import reads.' },
    fix: { zh: '在标题中写明机关名称，或在导入时指定机关名称。', en: 'Put the organ in the title, or give the organ when importing.' },
  },
  'narrative-year-missing': {
    severity: 'error',
    title: { zh: '标题中没有报告年度', en: 'The title names no year' },
    message: { zh: '标题“{title}”中没有报告年度（如“2019年”）', en: 'The title "{title}" does not give the report year (e.g. 2019年)' },
    cause: { zh: '报告标题应写明报告年度，导入时据此确定报告年度。', en: 'A report title gives the report year, which the import reads.' },
    fix: { zh: '在标题中写明年度，或在导入时指定年度。', en: 'Put the year in the title, or give the year when importing.' },
  },
  'narrative-text-before-title': {
    severity: 'info',
    title: { zh: '标题前有文字', en: 'Text before the title' },
    message: { zh: '标题前有 {count} 行文字，已保存在前言开头', en: '{count} line(s) before the title were kept at the start of the preface' },
    cause: { zh: '从网页复制的报告常带有索引号、发布日期等信息。', en: 'Reports copied from web pages often carry index numbers, dates and similar lines.' },
    fix: { zh: '如这些文字不属于报告，请从文本中删去后重新导入。', en: 'If these lines are not part of the report, delete them and import again.' },
  },
  'narrative-no-sections': {
    severity: 'warning',
    title: { zh: '未识别到一级标题', en: 'No top-level headings' },
    message: {
      zh: '未识别到“一、”“二、”等一级标题，全文 {count} 段已作为前言保存',
      en: 'No top-level headings such as 一、 and 二、 were found; all {count} paragraph(s) were kept as the preface',
    },
    cause: { zh: '报告各部分应以“一、”“二、”等一级标题开头，每个标题单独成行。', en: 'Each part of a report begins with a heading such as 一、 on a line of its own.' },
    fix: { zh: '检查标题是否与正文连在同一行，或序号是否写成了其他形式，修正后重新导入。', en: 'Check whether headings run into the text or use another numbering, then import again.' },
  },
  'narrative-section-unrecognized': {
    severity: 'info',
    title: { zh: '未对应到规定的部分', en: 'Section not matched to a standard part' },
    message: {
      zh: '“{title}”未对应到报告格式规定的部分，已按原标题作为单独的部分保存',
      en: '"{title}" does not match a part of the report format; it was kept as a part of its own, under its heading',
    },
    cause: {
      zh: '标题与报告格式中各部分的标题及常见写法都不相同。',
      en: 'The heading differs from the titles of the format’s parts and their usual variants.',
    },
    fix: { zh: '如该部分属于规定内容，请按规定标题修改；其他需要报告的事项可保留。', en: 'If it is one of the standard parts, use its standard title; other matters may stay as they are.' },
  },
  'narrative-period-invalid': {
    severity: 'warning',
    title: { zh: '统计期限日期无效', en: 'Invalid date in the statistical period' },
    message: { zh: '统计期限“{text}”中的日期不存在', en: 'The statistical period "{text}" contains a date that does not exist' },
    cause: { zh: '统计期限中有不存在的日期（如2月30日）。', en: 'The period names a date that does not exist (such as 30 February).' },
    fix: { zh: '将统计期限改为报告年度的1月1日至12月31日。', en: 'Write the period as 1 January to 31 December of the report year.' },
  },
  'narrative-part-count-mismatch': {
    severity: 'warning',
    title: { zh: '前言所述部分数与正文不符', en: 'The preface and the body disagree on the parts' },
    message: {
      zh: '前言称报告由{stated}个部分组成，正文有{actual}个一级标题{detail}',
      en: 'The preface says the report has {stated} parts, but the body has {actual} top-level sections{detail}',
    },
    cause: {
      zh: '前言列举的报告组成部分与正文实际的一级标题数量不一致，通常是增删部分后没有修改前言。',
      en: 'The parts listed in the preface do not match the body’s top-level headings, usually because a part was added or removed without updating the preface.',
    },
    fix: { zh: '修改前言中的部分数量和名称，使之与正文的一级标题一致。', en: 'Correct the number and names of the parts in the preface to match the body’s headings.' },
  },
  'narrative-count-mismatch': {
    severity: 'warning',
    title: { zh: '分项数之和与总数不符', en: 'The parts do not add up to the total' },
    message: {
      zh: '{scope}：总数为{total}，其中各项 {parts} 之和为 {sum}，{relation}',
      en: '{scope}: the total is {total}, and the parts {parts} add up to {sum}; {relation}',
    },
    cause: { zh: '正文写明的总数与“其中”所列各项数量之和不一致，可能有笔误或漏列。', en: 'A total written in the text and the sum of the parts listed after 其中 disagree: a typo or an omitted part.' },
    fix: { zh: '核对总数和各分项数量，修改正文使之一致；分项不完整时可注明“等”。', en: 'Check the total and the parts and correct the text; if the list is not complete, say so (等).' },
  },
  'narrative-heading-sequence': {
    severity: 'warning',
    title: { zh: '标题序号不连续', en: 'Heading numbers are out of sequence' },
    message: {
      zh: '{scope}：标题“{title}”的序号应为“{expected}”',
      en: '{scope}: heading "{title}" should be numbered "{expected}"',
    },
    cause: { zh: '同一层级的标题序号应从一（或1）开始依次排列，不应重复或跳号。', en: 'Headings of one level are numbered from 一 (or 1) in order, with no repeats or gaps.' },
    fix: { zh: '按顺序修改标题序号；确有部分删除的，相应调整后续序号。', en: 'Renumber the headings in order; if a part was removed, renumber those after it.' },
  },
  'narrative-part-names-count': {
    severity: 'warning',
    title: { zh: '前言所述部分数与所列名称数不符', en: 'The preface names a different number of parts than it states' },
    message: {
      zh: '前言称报告由{stated}个部分组成，但列举了{named}个：{names}',
      en: 'The preface says the report has {stated} parts but names {named}: {names}',
    },
    cause: { zh: '前言列举的部分名称与其所称的部分数量不一致，通常是增删部分后只改了其中一处。', en: 'The parts the preface lists and the number it states disagree, usually because only one was updated.' },
    fix: { zh: '使前言所称的部分数量与列举的部分名称一致，并与正文的一级标题对应。', en: 'Make the number of parts and the names in the preface agree, and match the body’s headings.' },
  },
  'narrative-part-names-mismatch': {
    severity: 'warning',
    title: { zh: '前言所列部分与正文标题不对应', en: 'The parts the preface names differ from the headings' },
    message: {
      zh: '前言所列的“{missing}”在正文中没有对应的一级标题，正文的“{unnamed}”前言未提及',
      en: 'The preface names "{missing}", which no top-level heading matches, and does not name "{unnamed}"',
    },
    cause: { zh: '前言所称的部分数量与正文一致，但所列名称与正文的一级标题不对应。', en: 'The preface states the right number of parts, but a name it lists is not a heading of the body.' },
    fix: { zh: '按正文的一级标题修改前言所列的部分名称。', en: 'Name the parts in the preface as the body’s headings do.' },
  },
  'narrative-section-missing': {
    severity: 'warning',
    title: { zh: '缺少规定的部分', en: 'A required part is missing' },
    message: {
      zh: '报告缺少格式规定的{count}个部分（或该部分没有文字）：{sections}',
      en: 'The report lacks {count} part(s) the format requires (or they have no text): {sections}',
    },
    cause: {
      zh: '年度报告格式规定报告由总体情况、主动公开、收到和处理申请、行政复议行政诉讼、存在的主要问题及改进情况、其他需要报告的事项六部分组成，不能遗漏。',
      en: 'The report format requires six parts (overview, proactive disclosure, requests, reconsideration and litigation, problems and improvements, other matters); none may be left out.',
    },
    fix: { zh: '按格式补写缺少的部分；没有需要报告的内容时，写明“无”或“无其他需要报告的事项”。', en: 'Write the missing parts; where there is nothing to report, say so (“无其他需要报告的事项”).' },
  },
  'narrative-section-order': {
    severity: 'warning',
    title: { zh: '各部分顺序与格式不符', en: 'The parts are out of order' },
    message: {
      zh: '“{title}”排在“{after}”之后；各部分应依次为：{order}',
      en: '"{title}" comes after "{after}"; the parts go in this order: {order}',
    },
    cause: { zh: '年度报告格式规定了六个部分的顺序。', en: 'The report format sets the order of its six parts.' },
    fix: { zh: '按格式规定的顺序调整各部分，并相应修改标题序号。', en: 'Put the parts in the format’s order and renumber their headings.' },
  },
  'narrative-table-mismatch': {
    severity: 'warning',
    title: { zh: '正文数字与表格不符', en: 'A figure in the text differs from the table' },
    message: {
      zh: '{scope}：“{sentence}”与{cell}不符：正文为 {stated}，表中为 {table}',
      en: '{scope}: "{sentence}" disagrees with {cell}: the text says {stated}, the table has {table}',
    },
    cause: {
      zh: '正文写明的数量、比例或结果（如“新收申请258件”“均获维持”）与表格中对应单元格的数字不一致，其中一处有误，常见于表格修改后没有同步修改文字。',
      en: 'A count, share or outcome the text states (such as 新收申请258件 or 均获维持) differs from the table’s cell: one of them is wrong, often because the table was corrected and the text was not.',
    },
    fix: { zh: '核对表格和正文，改正错误的一处，使两者一致。', en: 'Check the table and the text and correct the wrong one so that they agree.' },
  },
  'R1-1': {
    severity: 'warning',
    title: { zh: '未说明考核、评议和责任追究结果', en: 'Assessment, evaluation and accountability results not stated' },
    message: {
      zh: '{organ}的年度报告没有提及{item}（《条例》第五十条第（四）项）',
      en: 'The report of {organ} does not mention {item} (条例 Art. 50(4))',
    },
    cause: {
      zh: '《中华人民共和国政府信息公开条例》第五十条规定，各级人民政府的年度报告还应当包括工作考核、社会评议和责任追究结果情况，通常写在“一、总体情况”的监督保障部分或“五、存在的主要问题及改进情况”中。',
      en: 'Art. 50 of the 条例 requires the report of every level of government to include the results of work assessment, public evaluation and accountability, usually under 监督保障 in section 一 or in section 五.',
    },
    fix: { zh: '在“一、总体情况”（监督保障）中写明本年度工作考核、社会评议和责任追究结果情况；没有责任追究的也应说明。', en: 'State this year’s assessment, public evaluation and accountability results under 监督保障 in section 一; say so when there was no accountability case.' },
  },
  'R6-1': {
    severity: 'warning',
    title: { zh: '未说明信息处理费收费通知', en: 'Fee notices not stated' },
    message: {
      zh: '{scope}：{stated}，但{notices}',
      en: '{scope}: {stated}, but {notices}',
    },
    cause: {
      zh: '按《政府信息公开信息处理费管理办法》，收取信息处理费须先发出收费通知；表三（六）2 有申请人逾期未缴费的申请，说明本年度或以前发出过收费通知。年度报告应在“六、其他需要报告的事项”中说明发出收费通知的件数和总金额以及实际收取的总金额。',
      en: 'Under the fee rules (国办函〔2020〕109号) a fee is collected only after a fee notice; applications closed for an unpaid fee (table III (6)2) mean notices were issued this year or before. Section 六 should state the notices issued (number and amount) and the amount collected.',
    },
    fix: { zh: '在“六、其他需要报告的事项”中写明发出收费通知的件数和总金额、实际收取的总金额；数字有误的，改正正文或表三。', en: 'State in section 六 the number and amount of fee notices issued and the amount collected; correct the text or table III where a figure is wrong.' },
  },
  'plugin-importer-unknown': {
    severity: 'error',
    title: { zh: '没有可用的导入器', en: 'No importer for this input' },
    message: { zh: '没有能读取“{wanted}”的导入器（可用：{available}）', en: 'No importer reads "{wanted}" (available: {available})' },
    cause: { zh: '按名称或文件扩展名都找不到对应的导入器。', en: 'No importer of the pipeline has that name or reads files with that ending.' },
    fix: { zh: '改用可用的文件类型，指明导入器名称，或添加提供该导入器的插件。', en: 'Use a supported file type, name the importer, or add the plugin that provides it.' },
  },
  'plugin-importer-failed': {
    severity: 'error',
    title: { zh: '导入器出错', en: 'The importer failed' },
    message: { zh: '导入器 {importer} 出错：{detail}', en: 'Importer {importer} failed: {detail}' },
    cause: { zh: '导入器在读取文件时发生了程序错误（通常是插件的缺陷，或文件内容超出其处理范围）。', en: 'The importer hit a program error while reading (usually a plugin bug, or input it cannot handle).' },
    fix: { zh: '检查文件是否为该导入器支持的格式；如问题持续，请把文件和错误信息报告给插件的维护者。', en: 'Check the file is of a kind the importer reads; if it persists, report the file and the message to the plugin’s maintainers.' },
  },
} satisfies Catalog;
