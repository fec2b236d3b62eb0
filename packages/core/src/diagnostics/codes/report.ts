import type { Catalog } from './types.js';

/** Codes about a report as a whole: its JSON, its fields, its year and period, its submission. */
export const reportCodes = {
  'json-syntax': {
    severity: 'error',
    title: { zh: '不是有效的 JSON', en: 'Not valid JSON' },
    message: { zh: '文件不是有效的 JSON：{detail}', en: 'The file is not valid JSON: {detail}' },
    cause: { zh: '报告 JSON 文件有语法错误，可能被截断或手工编辑出错。', en: 'The report JSON has a syntax error; it may be truncated or hand-edited.' },
    fix: { zh: '用工具重新导出报告 JSON，或按提示位置修正语法。', en: 'Export the report JSON again, or fix the syntax at the position given.' },
  },
  'json-too-large': {
    severity: 'error',
    title: { zh: '报告 JSON 文件过大', en: 'Report JSON file too large' },
    message: { zh: '报告 JSON 文件大小为 {size}，超过读取上限 {limit}，未读取', en: 'The report JSON is {size}, over the limit of {limit}; it was not read' },
    cause: {
      zh: '一份年度报告的 JSON 一般只有几十 KB；过大的文件通常不是报告，或夹带了大量无关内容。上限与 Excel 工作簿相同（20 MB）。',
      en: 'A report JSON is normally a few dozen KB; a very large file is usually not a report, or carries unrelated content. The limit is the same as for workbooks (20 MB).',
    },
    fix: { zh: '确认提交的是报告 JSON；用工具重新导出报告，删除无关内容后重新提交。', en: 'Check the file is a report JSON; export the report again without unrelated content and submit it again.' },
  },
  'json-too-deep': {
    severity: 'error',
    title: { zh: '报告 JSON 嵌套过深', en: 'Report JSON nested too deeply' },
    message: { zh: '报告 JSON 的嵌套层数超过上限 {limit} 层{where}，未读取', en: 'The report JSON nests objects and arrays deeper than {limit} levels{where}; it was not read' },
    cause: {
      zh: '报告 JSON 的对象和数组最多嵌套约 20 层；更深的嵌套不是报告的结构，可能是生成程序出错或有意构造的文件。',
      en: 'A report nests objects and arrays about 20 levels at most; deeper nesting is not a report’s structure and comes from a faulty generator or a crafted file.',
    },
    fix: { zh: '用工具重新导出报告 JSON；如为手工编辑，检查提示位置附近多余的括号。', en: 'Export the report JSON again; if it was edited by hand, look for extra brackets near the position given.' },
  },
  'sections-too-deep': {
    severity: 'error',
    title: { zh: '章节嵌套过深', en: 'Sections nested too deeply' },
    message: { zh: '章节 {path} 的嵌套超过上限 {limit} 层，报告未读取', en: 'Section {path} is nested deeper than {limit} levels; the report was not read' },
    cause: {
      zh: '年度报告的章节一般只有“一、”“（一）”“1.”“（1）”四级；超过上限的嵌套无法排版，通常是生成程序出错。',
      en: 'A report’s sections have four levels at most (一、 （一） 1. （1）); nesting past the limit cannot be laid out and usually comes from a faulty generator.',
    },
    fix: { zh: '把过深的小节并入上一级章节（children 字段），或用工具重新导出报告。', en: 'Merge the deep subsections into their parent (the children field), or export the report again.' },
  },
  'text-too-long': {
    severity: 'error',
    title: { zh: '文字超过长度上限', en: 'Text over the length limit' },
    message: {
      zh: '{field}（{path}）有 {length} 个字符，超过上限 {limit} 个，已截短（开头为“{start}”）',
      en: '{field} ({path}) has {length} characters, over the limit of {limit}; it was shortened (it starts "{start}")',
    },
    cause: {
      zh: '每种文字都有长度上限：机关名称 100 个字符、标题 200 个、一个段落 20000 个、标识和文件名等 500 个。超长的文字通常是粘贴错误，完整保留会拖垮后续的匹配、网页和 PDF 排版，所以只保留开头部分并以“…”结尾。',
      en: 'Every kind of text has a length limit: an organ name 100 characters, a title 200, a paragraph 20,000, ids, codes and file names 500. Text that long is usually a paste error and would overwhelm matching, HTML and PDF layout, so only its start is kept, ending in "…".',
    },
    fix: {
      zh: '改正该文字：机关名称填写全称即可，过长的段落请分为几段，然后重新提交。',
      en: 'Correct the text: the organ name is just its full name; split a long paragraph into several; then submit again.',
    },
  },
  'cell-value-too-large': {
    severity: 'error',
    title: { zh: '数值超过上限', en: 'Number over the limit' },
    message: { zh: '{cell}（{path}）的数值 {value} 超过上限 {limit}，报告未读取', en: '{cell} ({path}): the value {value} is over the limit of {limit}; the report was not read' },
    cause: {
      zh: '件数和金额（万元）的绝对值不超过 10 亿（1000000000）；更大的数通常是误填（如粘贴了代码或重复输入），而且超过 2 的 53 次方的数无法精确汇总。',
      en: 'Counts and amounts (万元) are at most 10^9 (1000000000) in magnitude; a larger number is usually a mistake (a pasted code, digits typed twice), and past 2^53 totals are no longer exact.',
    },
    fix: { zh: '核对并改正该单元格的数值后重新提交。', en: 'Check and correct the cell, then submit again.' },
  },
  'schema-invalid': {
    severity: 'error',
    title: { zh: '报告字段不符合格式', en: 'Report field does not match the schema' },
    message: { zh: '字段 {path}：{detail}', en: 'Field {path}: {detail}' },
    cause: { zh: '报告 JSON 中某个字段缺失、类型不对或不属于该报告格式。', en: 'A field of the report JSON is missing, of the wrong type, or not part of the format.' },
    fix: { zh: '按 report/v1 格式修正该字段（表格、行、列须使用规定的标识）。', en: 'Correct the field to the report/v1 format (tables, rows and columns use the canonical ids).' },
  },
  'unknown-format': {
    severity: 'error',
    title: { zh: '未知的报告格式', en: 'Unknown report format' },
    message: { zh: '未知的报告格式“{format}”，可用的格式：{available}', en: 'Unknown report format "{format}"; available: {available}' },
    cause: { zh: 'format 字段不是已知的报告格式标识。', en: 'The format field is not a known format id.' },
    fix: { zh: '将 format 设为 gov-2021（2021年及以后）、gov-2019（2019—2020年）或 legacy。', en: 'Set format to gov-2021 (2021 on), gov-2019 (2019–2020) or legacy.' },
  },
  'cell-not-filled': {
    severity: 'warning',
    title: { zh: '单元格未填写', en: 'Cells not filled' },
    message: { zh: '{scope}：{count} 个单元格未填写（{columns}）', en: '{scope}: {count} cell(s) not filled ({columns})' },
    cause: {
      zh: '空白单元格表示“未填写”，与 0 不同；含空白单元格的勾稽关系不作检查。',
      en: 'A blank cell means "not filled", which is not 0; relations with blank cells are not checked.',
    },
    fix: { zh: '没有发生的事项请填 0。', en: 'Enter 0 where nothing happened.' },
  },
  'format-year-mismatch': {
    severity: 'error',
    title: { zh: '报告格式与年度不符', en: 'Format does not fit the report year' },
    message: {
      zh: '{year}年度报告应使用 {expected} 格式（{expectedSource}），实际使用的是 {actual} 格式（适用于{range}）',
      en: 'A report for {year} uses format {expected} ({expectedSource}), not {actual} (which applies to {range})',
    },
    cause: {
      zh: '2019、2020年度报告使用试行格式（国办公开办函〔2019〕60号），2021年度起使用国办公开办函〔2021〕30号格式。',
      en: 'Reports for 2019–2020 use the trial format (2019 No. 60); from 2021 the 2021 No. 30 format applies.',
    },
    fix: {
      zh: '按报告年度选择正确的模板重新填报；如果年度填错了，改正 year 字段。',
      en: 'Fill in the template of the format that fits the report year; if the year is wrong, correct the year field.',
    },
  },
  'format-drift': {
    severity: 'warning',
    title: { zh: '表格按旧格式填写', en: 'Tables laid out in an older format' },
    message: {
      zh: '{report}应使用《{expected}》（{expectedSource}），{tables}却按《{actual}》填写；{handling}',
      en: '{report} uses 《{expected}》 ({expectedSource}), but {tables} follow 《{actual}》; {handling}',
    },
    cause: {
      zh: '2021年度起应使用国办公开办函〔2021〕30号格式，但不少单位仍沿用2019年试行格式的表格（两者的表二、表三（六）其他处理不同）。',
      en: 'From 2021 the format of 2021 No. 30 applies, yet many organs still use the tables of the 2019 trial format (tables II and III (6) differ).',
    },
    fix: {
      zh: '请该单位按《{expected}》重新填报这些表格（可用该年度的填报模板）；也可用 gov-report convert 转换，能逐格对应的数据会带入，不能对应的会逐项列出。',
      en: 'Ask the organ to fill these tables in again in 《{expected}》 (the template of the year); or convert with gov-report convert, which carries over what maps cell by cell and lists the rest.',
    },
  },
  'convert-cells-unmapped': {
    severity: 'warning',
    title: { zh: '数据不能转换到另一格式', en: 'Figures that do not convert' },
    message: {
      zh: '{table}有 {count} 个数据在《{format}》中没有对应的单元格，未带入：{cells}',
      en: '{table} has {count} figure(s) with no cell in 《{format}》, not carried over: {cells}',
    },
    cause: {
      zh: '两种格式的表格不同：只有行列相同（或 0 可以拆分、各项可以相加）的单元格能逐格转换，其他数据不作推测。',
      en: 'The two formats differ: only cells with the same row and column (or a 0 that splits, parts that add up) convert cell by cell; nothing else is guessed.',
    },
    fix: { zh: '按新格式补填这些数据（如把（六）其他处理分到三项中）。', en: 'Fill these figures in the new format (e.g. split (6) other handling into its three rows).' },
  },
  'convert-cells-unfilled': {
    severity: 'info',
    title: { zh: '转换后未填写的单元格', en: 'Cells not filled after converting' },
    message: {
      zh: '{table}有 {count} 个单元格在原格式中没有对应数据，转换后未填写：{cells}',
      en: '{table} has {count} cell(s) the original format has no figures for, not filled after converting: {cells}',
    },
    cause: { zh: '新格式有原格式没有的行列（如2021年格式的本年制发件数、本年收费金额）。', en: 'The new format has rows and columns the original lacks (e.g. the 2021 documents issued, fees collected).' },
    fix: { zh: '按新格式填写这些单元格。', en: 'Fill these cells in the new format.' },
  },
  'period-not-calendar-year': {
    severity: 'warning',
    title: { zh: '统计期限不是报告年度', en: 'Statistical period is not the report year' },
    message: {
      zh: '统计期限为 {start} 至 {end}，{year}年度报告应为 {expectedStart} 至 {expectedEnd}',
      en: 'The statistical period is {start} to {end}; a report for {year} covers {expectedStart} to {expectedEnd}',
    },
    cause: { zh: '年度报告的统计期限是报告年度的1月1日至12月31日。', en: 'An annual report covers 1 January to 31 December of its year.' },
    fix: { zh: '将统计期限改为报告年度的1月1日至12月31日，并核对数据是否按该期限统计。', en: 'Set the period to the report year, and check the figures were counted for it.' },
  },
  'plausibility-regulations': {
    severity: 'warning',
    title: { zh: '该层级机关一般不制定规章', en: 'This level of organ does not normally make 规章' },
    message: {
      zh: '{organ}（{level}）的规章“{column}”填了 {value} 件；规章只由省、自治区、直辖市和设区的市、自治州人民政府以及国务院部门制定',
      en: '{organ} ({level}) reports {value} 规章 under "{column}"; only provincial governments, governments of cities with districts and State Council departments make them',
    },
    cause: { zh: '乡镇、县级政府及其部门没有规章制定权，常见错误是把行政规范性文件填入规章行。', en: 'Townships, counties and their departments cannot make 规章; normative documents are often entered in this row by mistake.' },
    fix: { zh: '核对是否应填入“行政规范性文件”行；确无规章的填 0。', en: 'Check whether the figures belong in the normative-documents row; enter 0 if there are no 规章.' },
  },
  'credit-code-invalid': {
    severity: 'warning',
    title: { zh: '统一社会信用代码无效', en: 'Invalid unified social credit code' },
    message: { zh: '统一社会信用代码“{value}”无效：{detail}', en: 'Unified social credit code "{value}" is invalid: {detail}' },
    cause: { zh: '统一社会信用代码为18位，校验位按 GB 32100 计算。', en: 'The code has 18 characters with a GB 32100 check character.' },
    fix: { zh: '从机关的统一社会信用代码证书上核对后重新填写。', en: 'Copy the code again from the organ’s certificate.' },
  },
  'division-code-invalid': {
    severity: 'warning',
    title: { zh: '行政区划代码格式不对', en: 'Invalid administrative division code' },
    message: {
      zh: '行政区划代码“{value}”不对：应为6位、9位或12位数字，前两位为省级代码',
      en: 'Division code "{value}" is wrong: it has 6, 9 or 12 digits and starts with a province code',
    },
    cause: {
      zh: '行政区划代码为6位（县级及以上）或9位、12位（乡镇、村）数字，前两位是省、自治区、直辖市的代码（如 11 北京、43 湖南）。',
      en: 'Division codes have 6 digits (county and above) or 9/12 digits (township, village); the first two digits are the province (e.g. 11 Beijing, 43 Hunan).',
    },
    fix: { zh: '按民政部公布的行政区划代码填写。', en: 'Use the code published by the Ministry of Civil Affairs.' },
  },
  'submission-late': {
    severity: 'warning',
    title: { zh: '报送逾期', en: 'Submitted late' },
    message: {
      zh: '{organ}于 {submitted} 报送，晚于{kind}期限 {deadline}（{basis}），逾期 {days} 天',
      en: '{organ} submitted on {submitted}, {days} day(s) after the {kind} deadline {deadline} ({basis})',
    },
    cause: {
      zh: '《政府信息公开条例》第四十九条：县级以上人民政府部门应于每年1月31日前报送并公布上一年度报告，县级以上地方人民政府应于3月31日前公布本级政府年度报告；乡镇由县级另行规定期限。',
      en: 'Art. 49 of the Regulations: departments by 31 January, local governments publish theirs by 31 March; townships by a locally set date.',
    },
    fix: { zh: '督促按期报送；如确有延误，在报告中说明。', en: 'Ask the organ to submit on time; explain any delay in the report.' },
  },
  'rule-failed': {
    severity: 'error',
    title: { zh: '检查规则运行出错', en: 'A check failed to run' },
    message: { zh: '检查规则 {rule} 运行出错，未能完成该项检查：{detail}', en: 'Check {rule} failed to run and was not applied: {detail}' },
    cause: {
      zh: '某条检查规则（通常是插件提供的自定义规则）在运行时出错；其他检查照常进行。',
      en: 'A check (usually a custom rule from a plugin) threw an error; the other checks still ran.',
    },
    fix: { zh: '把该信息和报告文件交给规则或插件的维护者；修复前可用 disableRules 暂时关闭该规则。', en: 'Report it with the file to the rule’s or plugin’s maintainer; meanwhile disableRules can turn the rule off.' },
  },
  'compare-organ-mismatch': {
    severity: 'error',
    title: { zh: '两份报告不是同一机关', en: 'The two reports are of different organs' },
    message: {
      zh: '两份报告不是同一机关：上年度为“{previousOrgan}”，本年度为“{currentOrgan}”{codes}，未做跨年度衔接检查',
      en: 'The reports are of different organs: "{previousOrgan}" last year, "{currentOrgan}" this year{codes}; the cross-year checks were not run',
    },
    cause: {
      zh: '跨年度比较按机关名称（有统一社会信用代码时按代码）确认是同一机关；两份报告的机关不一致。',
      en: 'A cross-year comparison needs the same organ, matched by credit code when both have one, else by name.',
    },
    fix: {
      zh: '检查是否选错了文件；机关更名的，在两份报告中填写相同的统一社会信用代码。',
      en: 'Check the files; for a renamed organ, give both reports the same credit code.',
    },
  },
  'compare-organ-renamed': {
    severity: 'info',
    title: { zh: '机关名称有变化', en: 'The organ was renamed' },
    message: {
      zh: '机关名称由“{previousOrgan}”变为“{currentOrgan}”，统一社会信用代码相同，按同一机关比较',
      en: 'The organ’s name changed from "{previousOrgan}" to "{currentOrgan}"; the credit code is the same, so it is compared as one organ',
    },
    cause: { zh: '两份报告的统一社会信用代码相同而名称不同，通常是机构更名。', en: 'Same credit code, different names: usually a renaming.' },
    fix: { zh: '确认更名属实即可；如果是填错名称，改正后重新比较。', en: 'Confirm the renaming; if a name was mistyped, correct it and compare again.' },
  },
  'compare-years-not-consecutive': {
    severity: 'warning',
    title: { zh: '两份报告不是相邻年度', en: 'The reports are not of consecutive years' },
    message: {
      zh: '上年度报告为{previousYear}年度，本年度报告为{currentYear}年度，不是相邻的两个年度，只列出数据变化，未做跨年度衔接检查',
      en: 'The earlier report is for {previousYear} and the later for {currentYear}: not consecutive years, so only the changes are listed and the cross-year checks were not run',
    },
    cause: {
      zh: '上年结转、现行有效件数等衔接关系只在相邻两个年度之间成立。',
      en: 'Carry-over relations (carried over, documents in force) hold only between consecutive years.',
    },
    fix: { zh: '先传上一年度的报告，再传本年度的报告，两者年度相差 1。', en: 'Pass last year’s report first and this year’s second, one year apart.' },
  },
  'compare-table-not-comparable': {
    severity: 'info',
    title: { zh: '表格不能逐项比较', en: 'A table cannot be compared cell by cell' },
    message: {
      zh: '{table}的栏目在{previousFormat}与{currentFormat}中不同，不作逐项比较',
      en: '{table} has different rows and columns in {previousFormat} and {currentFormat}; it is not compared cell by cell',
    },
    cause: {
      zh: '2019年试行格式与2021年格式的表二栏目不同（如“本年新制作数量”与“本年制发件数”、项目数量与收费金额），数据口径不可比。',
      en: 'Table II of the 2019 trial format and of the 2021 format have different columns (e.g. made vs issued, item counts vs fee amounts), so the figures do not compare.',
    },
    fix: { zh: '无需处理；如需比较，请对照两年的原表人工分析。', en: 'Nothing to fix; compare the two tables by hand if needed.' },
  },
  'compare-rows-not-comparable': {
    severity: 'info',
    title: { zh: '部分行不能逐项比较', en: 'Some rows cannot be compared' },
    message: {
      zh: '{table}：以下行在两种格式中不对应，不作逐项比较——{previousFormat}：{previousRows}；{currentFormat}：{currentRows}',
      en: '{table}: these rows have no counterpart in the other format and are not compared — {previousFormat}: {previousRows}; {currentFormat}: {currentRows}',
    },
    cause: {
      zh: '两种格式的行不完全相同，例如表三“（六）其他处理”在2019年试行格式中是一行，在2021年格式中分为三行。',
      en: 'The formats differ in some rows, e.g. table III (6) other handling is one row in the 2019 trial format and three rows in the 2021 format.',
    },
    fix: { zh: '无需处理；需要时可把2021年格式的三行相加后与上年的一行对照。', en: 'Nothing to fix; add up the three 2021 rows to compare with last year’s single row if needed.' },
  },
  'compare-member-added': {
    severity: 'info',
    title: { zh: '汇总单位新增', en: 'A member appeared' },
    message: { zh: '“{organ}”在{currentYear}年度汇总中新增（{previousYear}年度汇总中没有）', en: '"{organ}" is in the {currentYear} aggregate but not in {previousYear}' },
    cause: {
      zh: '本年度汇总报告包含上年度汇总中没有的单位（新设机构、名称变化或上年未报送）。',
      en: 'This year’s aggregate includes a unit last year’s did not (a new organ, a renaming, or one that did not file last year).',
    },
    fix: {
      zh: '确认属实；名称变化的，给两年的单位填写相同的统一社会信用代码以便对应。汇总范围变化会使汇总数的跨年度衔接不成立。',
      en: 'Confirm it; for a renaming, give both years the same credit code. A change of membership breaks the aggregate’s cross-year relations.',
    },
  },
  'compare-member-removed': {
    severity: 'info',
    title: { zh: '汇总单位减少', en: 'A member disappeared' },
    message: { zh: '“{organ}”在{previousYear}年度汇总中有，{currentYear}年度汇总中没有', en: '"{organ}" was in the {previousYear} aggregate but is not in {currentYear}' },
    cause: {
      zh: '上年度汇总包含的单位本年度没有（撤并、名称变化或本年未报送）。',
      en: 'A unit of last year’s aggregate is missing this year (merged, renamed, or did not file).',
    },
    fix: {
      zh: '确认属实；未报送的请催报。汇总范围变化会使汇总数的跨年度衔接不成立。',
      en: 'Confirm it; chase a missing report. A change of membership breaks the aggregate’s cross-year relations.',
    },
  },
  'compare-cells-identical': {
    severity: 'warning',
    title: { zh: '表格与上年完全相同', en: 'The tables are the same as last year’s' },
    message: {
      zh: '{scope}本年度报告表格的 {count} 个单元格（其中 {nonZero} 个不为 0）与{previousYear}年度完全相同，请确认不是沿用了上年的报告',
      en: '{scope}all {count} cells of the tables ({nonZero} of them not 0) are the same as in {previousYear}; check the report is not last year’s',
    },
    cause: {
      zh: '新收申请、办理结果、处理决定等每年都会变化，各单元格全部与上年相同，通常是把上年的报告改了年份后报送。',
      en: 'New applications, results and decisions change every year; every cell equal to last year’s usually means last year’s report was sent with the year changed.',
    },
    fix: { zh: '核对本年度的实际数据并重新填报；确实与上年相同的，在报告中说明。', en: 'Check this year’s real figures and fill them in; if they really are the same, say so in the report.' },
  },
  'compare-narrative-copied': {
    severity: 'warning',
    title: { zh: '文字与上年基本相同', en: 'The text is largely last year’s' },
    message: {
      zh: '本年度报告的文字与{previousYear}年度基本相同（相同程度 {similarity}，所写数字也与上年相同），请确认不是照抄上年的报告',
      en: 'The text of the report is largely that of {previousYear} ({similarity} alike, with the same figures); check it is not last year’s copied',
    },
    cause: {
      zh: '年度报告应反映本年度的工作情况；《中华人民共和国政府信息公开工作年度报告格式》把内容雷同列为须追责的情形之一。',
      en: 'A report describes this year’s work; the national format names copied content (内容雷同) among the failings to be held to account.',
    },
    fix: { zh: '按本年度的实际工作重写报告文字，并核对其中的数字。', en: 'Write the text for this year’s work and check the figures in it.' },
  },
} satisfies Catalog;
