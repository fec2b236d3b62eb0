import type { Severity } from '../../forms/types.js';
import type { Catalog, CatalogEntry } from './types.js';

type Pair = [zh: string, en: string];

function entry(severity: Severity, title: Pair, message: Pair, cause: Pair, fix: Pair): CatalogEntry {
  return {
    severity,
    title: { zh: title[0], en: title[1] },
    message: { zh: message[0], en: message[1] },
    cause: { zh: cause[0], en: cause[1] },
    fix: { zh: fix[0], en: fix[1] },
  };
}

const SAVE_AS_XLSX: Pair = [
  '用 Excel 或 WPS 表格打开该文件，选择“文件 → 另存为”，保存类型选“Excel 工作簿（*.xlsx）”，再重新提交 .xlsx 文件。',
  'Open the file in Excel or WPS, choose File → Save As, pick “Excel Workbook (*.xlsx)”, and submit the .xlsx file.',
];

/** Codes of @report/excel-import (reading workbooks, templates, the summary workbook). */
export const importCodes = {
  // ── The file itself ────────────────────────────────────────────────────────────────────────
  'import-file-empty': entry(
    'error',
    ['文件为空', 'Empty file'],
    ['文件“{file}”是空文件（0 字节），无法读取', 'The file "{file}" is empty (0 bytes) and cannot be read'],
    ['上传或复制时文件未保存完整，或提交了一个空文件。', 'The file was not saved or copied completely, or an empty file was submitted.'],
    ['在原电脑上打开工作簿确认内容完整，保存后重新提交。', 'Open the workbook on the original computer, check its content, save it and submit it again.'],
  ),
  'import-file-too-large': entry(
    'error',
    ['文件过大', 'File too large'],
    ['文件“{file}”大小为 {size}，超过读取上限 {limit}，未读取', 'The file "{file}" is {size}, over the limit of {limit}; it was not read'],
    [
      '年报填报表一般只有几十 KB；过大的文件通常夹带了图片、大量无关工作表或数据。',
      'A report workbook is normally a few dozen KB; a very large one usually carries pictures, many unrelated sheets or data.',
    ],
    ['删除与年报无关的工作表和图片，或将年报表格复制到新工作簿（如使用填报模板）后重新提交。', 'Remove unrelated sheets and pictures, or copy the report tables into a new workbook (e.g. the template), and submit again.'],
  ),
  'import-xls': entry(
    'error',
    ['Excel 97-2003 格式（.xls）', 'Excel 97-2003 format (.xls)'],
    ['文件“{file}”是旧版 Excel 97-2003 工作簿（.xls），不能直接读取，请另存为 .xlsx', 'The file "{file}" is an old Excel 97-2003 workbook (.xls); save it as .xlsx'],
    ['本工具读取 Office Open XML 工作簿（.xlsx）；.xls 是 2007 年以前的二进制格式。', 'This tool reads Office Open XML workbooks (.xlsx); .xls is the binary format used before 2007.'],
    SAVE_AS_XLSX,
  ),
  'import-et': entry(
    'error',
    ['WPS 表格格式（.et）', 'WPS Spreadsheets format (.et)'],
    ['文件“{file}”是 WPS 表格专用格式（.et），不能直接读取，请另存为 .xlsx', 'The file "{file}" is in the WPS Spreadsheets format (.et); save it as .xlsx'],
    ['.et 是 WPS 的二进制格式，只有 WPS 能完整打开。', '.et is a binary format of WPS that only WPS opens fully.'],
    [
      '用 WPS 表格打开该文件，选择“文件 → 另存为”，文件类型选“Microsoft Excel 文件（*.xlsx）”，再重新提交。',
      'Open it in WPS Spreadsheets, choose File → Save As, type “Microsoft Excel File (*.xlsx)”, and submit again.',
    ],
  ),
  'import-encrypted': entry(
    'error',
    ['工作簿设有打开密码', 'Workbook is password-protected'],
    ['文件“{file}”设置了打开密码（已加密），无法读取', 'The file "{file}" is encrypted with a password to open and cannot be read'],
    ['设置了“打开权限密码”的工作簿内容经过加密，不知道密码无法读取。', 'A workbook with a password to open is encrypted; it cannot be read without the password.'],
    [
      '在 Excel 中打开文件，选择“文件 → 信息 → 保护工作簿 → 用密码进行加密”，清空密码后保存（WPS：“文件 → 文档加密 → 密码加密”），再重新提交。工作表保护（只限制编辑）不影响读取，不必取消。',
      'Open it in Excel, choose File → Info → Protect Workbook → Encrypt with Password, clear the password and save (WPS: File → Document Encryption), then submit again. Sheet protection (editing only) does not matter.',
    ],
  ),
  'import-ods': entry(
    'error',
    ['OpenDocument 表格（.ods）', 'OpenDocument spreadsheet (.ods)'],
    ['文件“{file}”是 OpenDocument 表格（.ods），请另存为 .xlsx', 'The file "{file}" is an OpenDocument spreadsheet (.ods); save it as .xlsx'],
    ['.ods 是 LibreOffice / WPS 等使用的开放文档格式，本工具只读取 .xlsx。', '.ods is the OpenDocument format of LibreOffice and others; this tool reads .xlsx only.'],
    [
      '用 LibreOffice 打开该文件，选择“文件 → 另存为”，文件类型选“Excel 2007-365 (.xlsx)”并选择“使用 Excel 2007-365!”，再重新提交。',
      'Open it in LibreOffice, choose File → Save As, type “Excel 2007-365 (.xlsx)”, confirm “Use Excel 2007-365!”, and submit again.',
    ],
  ),
  'import-csv': entry(
    'error',
    ['文本文件（CSV）', 'Text file (CSV)'],
    ['文件“{file}”是纯文本（CSV 或制表符分隔），不是工作簿，请使用填报模板另存为 .xlsx', 'The file "{file}" is plain text (CSV or tab-separated), not a workbook; use the template and save as .xlsx'],
    ['CSV 只有一张表的文字，没有合并单元格和工作表，无法可靠地识别年报表格。', 'A CSV holds the text of one sheet, with no merged cells or sheets; the report tables cannot be recognised reliably.'],
    ['把数据填入填报模板（或在 Excel 中打开后另存为 .xlsx），再重新提交。', 'Enter the figures in the template (or open the file in Excel and save as .xlsx) and submit again.'],
  ),
  'import-html-table': entry(
    'error',
    ['网页文件伪装为工作簿', 'Web page saved as a workbook'],
    ['文件“{file}”实际上是网页（HTML）表格，只是扩展名为 {extension}，请另存为 .xlsx', 'The file "{file}" is really a web page (HTML) table with the extension {extension}; save it as .xlsx'],
    ['一些业务系统导出的“.xls”其实是网页文件，Excel 能打开但格式不同。', 'Some systems export “.xls” files that are really web pages; Excel opens them but the format differs.'],
    SAVE_AS_XLSX,
  ),
  'import-xml-spreadsheet': entry(
    'error',
    ['Excel 2003 XML 表格', 'Excel 2003 XML spreadsheet'],
    ['文件“{file}”是 Excel 2003 XML 表格，请另存为 .xlsx', 'The file "{file}" is an Excel 2003 XML spreadsheet; save it as .xlsx'],
    ['“XML 电子表格 2003”是旧格式，本工具只读取 .xlsx。', '“XML Spreadsheet 2003” is an old format; this tool reads .xlsx only.'],
    SAVE_AS_XLSX,
  ),
  'import-xlsb': entry(
    'error',
    ['Excel 二进制工作簿（.xlsb）', 'Excel binary workbook (.xlsb)'],
    ['文件“{file}”是 Excel 二进制工作簿（.xlsb），请另存为 .xlsx', 'The file "{file}" is an Excel binary workbook (.xlsb); save it as .xlsx'],
    ['.xlsb 以二进制保存工作表，本工具只读取 .xlsx。', '.xlsb stores sheets in binary; this tool reads .xlsx only.'],
    SAVE_AS_XLSX,
  ),
  'import-not-workbook': entry(
    'error',
    ['不是工作簿', 'Not a workbook'],
    ['文件“{file}”不是 Excel 工作簿，而是{kind}', 'The file "{file}" is not an Excel workbook but {kind}'],
    ['提交了错误的文件，或文件扩展名被改动。', 'The wrong file was submitted, or its extension was changed.'],
    ['提交按填报模板填写的 .xlsx 工作簿；年报正文请按要求另行提交。', 'Submit the .xlsx workbook filled from the template; send the report text separately as required.'],
  ),
  'import-corrupt': entry(
    'error',
    ['文件已损坏', 'File is damaged'],
    ['文件“{file}”已损坏或不完整，无法读取（{detail}）', 'The file "{file}" is damaged or incomplete and cannot be read ({detail})'],
    ['文件在传输或复制时被截断，或保存时出错。', 'The file was cut short while being sent or copied, or saving failed.'],
    ['在原电脑上用 Excel 或 WPS 打开确认无误，重新保存为 .xlsx 后再提交；打不开的请重新填报。', 'Open it on the original computer, save it again as .xlsx and resubmit; if it does not open, fill it in again.'],
  ),
  'import-zip-bomb': entry(
    'error',
    ['解压后内容过大', 'Too large when uncompressed'],
    ['文件“{file}”解压后超过 {limit}，为安全起见停止读取', 'The file "{file}" expands to more than {limit} and reading was stopped for safety'],
    [
      '.xlsx 是压缩包；该文件解压后的内容远大于正常年报（可能是异常或恶意构造的文件）。',
      'An .xlsx is a zip archive; this one expands far beyond any report workbook (it may be malformed or malicious).',
    ],
    ['请提交按填报模板填写的正常工作簿；如确需读取大文件，请联系县级管理员调整读取上限。', 'Submit a normal workbook filled from the template; for genuinely large files ask the county administrator to raise the limit.'],
  ),
  'import-too-many-cells': entry(
    'error',
    ['单元格过多', 'Too many cells'],
    ['文件“{file}”的单元格超过 {limit} 个，为安全起见停止读取', 'The file "{file}" has more than {limit} cells; reading was stopped for safety'],
    ['年报表格只有几百个单元格；超出上限通常是工作簿中夹带了大量无关数据。', 'The report tables have a few hundred cells; a workbook over the limit usually carries lots of unrelated data.'],
    ['删除与年报无关的工作表和数据后重新提交。', 'Remove unrelated sheets and data and submit again.'],
  ),

  // ── Finding the official tables ────────────────────────────────────────────────────────────
  'import-no-tables': entry(
    'error',
    ['找不到年报表格', 'No report table found'],
    ['文件“{file}”中找不到年报的表格（表二、表三、表四的行列名称）', 'No report table (the row and column labels of tables II, III, IV) was found in "{file}"'],
    [
      '工具按官方表格的行列名称（如“一、本年新收政府信息公开申请数量”“自然人”）查找表格；名称被改写或表格是图片时无法识别。',
      'Tables are found by their official row and column labels (e.g. “一、本年新收政府信息公开申请数量”, “自然人”); rewritten labels or pictures of tables cannot be recognised.',
    ],
    ['使用填报模板填写，或保证表格中的行列名称与官方格式一致。', 'Use the template, or keep the row and column labels exactly as in the official format.'],
  ),
  'import-table-missing': entry(
    'error',
    ['缺少表格', 'Table missing'],
    ['文件中找不到{table}（{title}）', '{table} ({title}) was not found in the file'],
    ['该表的行列名称在所有工作表中都没有找到。', 'The labels of this table were not found on any sheet.'],
    ['补充该表格（可从填报模板复制），行列名称保持与官方格式一致。', 'Add the table (copy it from the template), keeping the official labels.'],
  ),
  'import-table-duplicate': entry(
    'warning',
    ['表格出现多次', 'Table found more than once'],
    ['{table}在多处出现：读取了工作表“{sheet}”{cell} 处的表格，忽略了 {ignored}', '{table} appears more than once: read the one at {cell} on sheet "{sheet}", ignored {ignored}'],
    ['工作簿中有同一张表的多个副本（例如草稿和定稿、上年和本年）。', 'The workbook holds several copies of the same table (e.g. a draft and a final, last year and this year).'],
    ['删除多余的副本，只保留本年度定稿后重新提交。', 'Delete the extra copies, keep this year’s final table, and submit again.'],
  ),
  'import-row-missing': entry(
    'error',
    ['缺少官方表格的行', 'Row of the official table missing'],
    ['{table}缺少“{label}”行，该行数据未读取', '{table} lacks the row “{label}”; its figures were not read'],
    ['表格中找不到该行的名称；可能被删除、合并或改写。', 'The row label was not found in the table; the row may have been deleted, merged or reworded.'],
    ['按官方格式补上该行（名称与格式一致）并填写数据，没有的填 0。', 'Add the row with its official label and fill it in; enter 0 where there is none.'],
  ),
  'import-column-missing': entry(
    'error',
    ['缺少官方表格的列', 'Column of the official table missing'],
    ['{table}缺少“{label}”列，该列数据未读取', '{table} lacks the column “{label}”; its figures were not read'],
    ['表头中找不到该列的名称；可能被删除、合并或改写。', 'The column label was not found in the header; it may have been deleted, merged or reworded.'],
    ['按官方格式补上该列并填写数据，没有的填 0。', 'Add the column with its official label and fill it in; enter 0 where there is none.'],
  ),
  'import-row-unrecognized': entry(
    'warning',
    ['表格中有不属于官方格式的行', 'Row not in the official format'],
    ['{table}中“{label}”行不属于《{format}》，其数据未读取', 'The row “{label}” of {table} is not part of 《{format}》; its figures were not read'],
    ['表格中多了官方格式没有的行（如地方自加的行或小计行）。', 'The table has a row the official format does not have (a local addition or a subtotal).'],
    ['如该行应属于官方某一行，请改用官方名称；地方增加的项目请在文字部分说明。', 'If it belongs to an official row, use the official label; describe local additions in the text.'],
  ),
  'import-format-detected': entry(
    'info',
    ['识别出的表格格式', 'Table format recognised'],
    ['按表格名称识别为《{name}》（{format}）', 'Recognised as 《{name}》 ({format}) from the table labels'],
    ['2019、2020年度报告使用试行格式，2021年度起使用新格式，两者表二、表三的行列不同。', 'Reports for 2019–2020 use the trial format and from 2021 the new one; tables II and III differ.'],
    ['无需处理；如识别结果与报告年度不符，请换用对应年度的填报模板。', 'Nothing to do; if it does not fit the report year, use the template of that year.'],
  ),
  'import-year-missing': entry(
    'error',
    ['无法确定报告年度', 'Report year not found'],
    ['文件“{file}”中找不到报告年度（封面、标题或文件名中的“XXXX年”）', 'No report year was found in "{file}" (cover, title or a “XXXX年” in the file name)'],
    ['没有报告年度就无法确定表格格式和统计期限。', 'Without the year, the format and the statistical period are unknown.'],
    ['在标题中写明年度（如“2024年政府信息公开工作年度报告”）或使用填报模板；也可在读取时指定年度。', 'State the year in the title (e.g. “2024年政府信息公开工作年度报告”) or use the template; or give the year when reading.'],
  ),
  'import-year-conflict': entry(
    'warning',
    ['报告年度不一致', 'Report years disagree'],
    ['文件中的报告年度为 {found} 年，与指定的 {expected} 年不一致，按 {used} 年读取', 'The file says {found} but {expected} was expected; read as {used}'],
    ['提交了其他年度的报告，或标题中的年度写错。', 'A report of another year was submitted, or the year in the title is wrong.'],
    ['确认提交的是本年度报告，并更正标题或封面中的年度。', 'Check that this year’s report was submitted and correct the year in the title or cover.'],
  ),
  'import-organ-missing': entry(
    'error',
    ['缺少机关名称', 'Organ name missing'],
    ['文件“{file}”中找不到报送机关的名称', 'No organ name was found in "{file}"'],
    ['封面的“机关名称”未填写，标题中也没有机关名称。', 'The organ name on the cover is blank and the title does not name the organ.'],
    ['在封面填写机关全称（如“某某镇人民政府”）后重新提交。', 'Enter the organ’s full name on the cover (e.g. “某某镇人民政府”) and submit again.'],
  ),
  'import-organ-from-file-name': entry(
    'info',
    ['机关名称取自文件名', 'Organ name taken from the file name'],
    ['文件中没有机关名称，按文件名取为“{organ}”', 'The file does not name the organ; “{organ}” was taken from the file name'],
    ['封面或标题中没有机关名称。', 'Neither a cover nor a title names the organ.'],
    ['核对名称；最好使用填报模板并在封面填写机关全称。', 'Check the name; better, use the template and enter the full name on the cover.'],
  ),
  'import-level-unknown': entry(
    'warning',
    ['机关层级无法识别', 'Organ level not recognised'],
    ['机关层级“{value}”无法识别，按“{used}”处理', 'The organ level “{value}” is not recognised; “{used}” is used'],
    ['封面的机关层级应从下拉列表中选择。', 'The level on the cover should be chosen from the drop-down list.'],
    ['在封面的下拉列表中选择机关层级。', 'Choose the level from the drop-down list on the cover.'],
  ),
  'import-level-guessed': entry(
    'info',
    ['机关层级按名称推定', 'Organ level inferred from the name'],
    ['文件中没有机关层级，按名称“{organ}”推定为“{level}”', 'The file does not state the organ level; “{level}” was inferred from the name “{organ}”'],
    ['不是用填报模板填写的工作簿没有机关层级；层级影响报送期限和规章等检查。', 'Workbooks not made from the template do not state the level, which matters for deadlines and some checks.'],
    ['核对层级；最好使用填报模板并在封面选择机关层级。', 'Check the level; better, use the template and choose the level on the cover.'],
  ),
  'import-template-modified': entry(
    'warning',
    ['填报模板被改动', 'Template was modified'],
    ['工作表“{sheet}”的 {cell} 应为“{expected}”，模板结构已被改动，改按表格名称读取', 'Cell {cell} of sheet "{sheet}" should read “{expected}”; the template was modified, so it was read by its labels'],
    ['填报模板的行列被插入、删除或移动过。', 'Rows or columns of the template were inserted, deleted or moved.'],
    ['请使用未改动的填报模板填写；本次已按表格名称读取，请核对结果。', 'Use an unmodified template; this time the tables were read by their labels — check the result.'],
  ),
  'import-template-unknown-form': entry(
    'error',
    ['模板的报告格式未知', 'Template form unknown'],
    ['填报模板使用的报告格式“{format}”未知，改按表格名称读取：该格式增加的表格和行没有读取', 'The template’s report format “{format}” is unknown; the tables were read by their labels, without the tables and rows that form adds'],
    ['模板由扩展格式（插件）生成，但读取时没有加载该插件。', 'The template was made for an extended form (a plugin) that is not loaded.'],
    ['读取时加载生成该模板的插件或格式定义。', 'Load the plugin or form that made the template when reading.'],
  ),
  'import-template-newer': entry(
    'warning',
    ['模板版本较新', 'Newer template version'],
    ['填报模板版本为 {version}，比本工具支持的 {supported} 新，改按表格名称读取', 'Template version {version} is newer than the supported {supported}; the tables were read by their labels'],
    ['模板由较新版本的工具生成。', 'The template was made by a newer version of the tool.'],
    ['升级本工具后重新读取。', 'Upgrade the tool and read the file again.'],
  ),
  'import-narrative-not-found': entry(
    'info',
    ['没有文字部分', 'No narrative found'],
    ['文件“{file}”中没有年报文字部分（总体情况、存在的主要问题等），只读取了表格', 'No narrative (总体情况, problems…) was found in "{file}"; only the tables were read'],
    ['工作簿只包含表格。', 'The workbook holds only the tables.'],
    ['年报正文可另行提交，或填写填报模板的“文字部分”工作表。', 'Submit the report text separately, or fill in the narrative sheet of the template.'],
  ),

  // ── Cell values ────────────────────────────────────────────────────────────────────────────
  'import-cell-blank': entry(
    'info',
    ['空白单元格', 'Blank cells'],
    ['{table}有 {count} 个空白单元格（{cells}），按“未填写”处理', '{table} has {count} blank cell(s) ({cells}), read as not filled'],
    ['空白表示“未填写”，与 0 不同。', 'Blank means “not filled”, which is not 0.'],
    ['没有发生的事项请填 0。', 'Enter 0 where nothing happened.'],
  ),
  'import-cell-dash': entry(
    'warning',
    ['用符号代替数字', 'A mark instead of a number'],
    ['{table}有 {count} 个单元格填写“{marker}”（{cells}），按“未填写”处理', '{table} has {count} cell(s) reading “{marker}” ({cells}), read as not filled'],
    ['“无”“/”“—”“-”等符号不是数字，无法参与合计和勾稽关系检查。', 'Marks such as 无, /, — or - are not numbers and cannot be summed or checked.'],
    ['没有发生的事项请填 0。', 'Enter 0 where nothing happened.'],
  ),
  'import-cell-not-number': entry(
    'error',
    ['单元格不是数字', 'Cell is not a number'],
    ['{label}：“{value}”不是数字{suggestion}', '{label}: “{value}” is not a number{suggestion}'],
    ['表格单元格只能填写阿拉伯数字；中文数字、文字说明无法读取。', 'Table cells take Arabic numerals only; Chinese numerals and words cannot be read.'],
    ['改为阿拉伯数字（如 12），说明文字写在文字部分。', 'Enter Arabic numerals (e.g. 12) and put explanations in the text.'],
  ),
  'import-count-negative': entry(
    'error',
    ['件数为负数', 'Negative count'],
    ['{label}：件数不能为负数（填写的是 {value}），该值未读取', '{label}: a count cannot be negative (the value is {value}); it was not read'],
    ['件数、数量是非负整数；只有试行格式的“本年增/减”可以为负数。', 'Counts are non-negative whole numbers; only the trial format’s 本年增/减 may be negative.'],
    ['改为非负整数；没有的填 0。', 'Enter a non-negative whole number; enter 0 where there is none.'],
  ),
  'import-not-whole-number': entry(
    'error',
    ['数量不是整数', 'Count is not a whole number'],
    ['{label}：数量应为整数（填写的是 {value}），该值未读取', '{label}: a count must be a whole number (the value is {value}); it was not read'],
    ['件数、数量须为整数，只有金额可以有小数。', 'Counts are whole numbers; only amounts may have decimals.'],
    ['改为整数。', 'Enter a whole number.'],
  ),
  'import-amount-negative': entry(
    'error',
    ['金额为负数', 'Negative amount'],
    ['{label}：金额不能为负数（填写的是 {value}），该值未读取', '{label}: an amount cannot be negative (the value is {value}); it was not read'],
    ['收费金额、采购金额是非负数。', 'Fee and procurement amounts are non-negative.'],
    ['改为非负数，单位为万元。', 'Enter a non-negative amount in 万元 (10,000 yuan).'],
  ),
  'import-number-too-large': entry(
    'error',
    ['数值超过上限', 'Number over the limit'],
    ['{label}：数值 {value} 超过上限 {limit}，该值未读取', '{label}: the value {value} is over the limit of {limit}; it was not read'],
    [
      '件数和金额（万元）的绝对值不超过 10 亿（1000000000）；更大的数通常是误填（如粘贴了身份证号、代码或重复输入），而且超过 2 的 53 次方的数无法精确汇总。',
      'Counts and amounts (万元) are at most 10^9 (1000000000) in magnitude; a larger number is usually a mistake (a pasted ID or code, digits typed twice), and past 2^53 totals are no longer exact.',
    ],
    ['核对并改正该单元格的数值；金额请以万元为单位填写。', 'Check and correct the cell; enter amounts in 万元 (10,000 yuan).'],
  ),
  'import-amount-converted': entry(
    'info',
    ['金额已换算为万元', 'Amount converted to 万元'],
    ['{label}：“{value}”已换算为 {converted} 万元', '{label}: “{value}” was converted to {converted} 万元 (10,000 yuan)'],
    ['单元格中写明了单位（元、万元、亿元）；报告统一以万元记录金额。', 'The cell states a unit (元, 万元, 亿元); reports record amounts in 万元.'],
    ['核对换算结果；今后请直接填写以万元为单位的数字。', 'Check the conversion; in future enter the number in 万元.'],
  ),
  'import-amount-unit-assumed': entry(
    'info',
    ['金额单位按万元理解', 'Amount read as 万元'],
    ['{label}：“{value}”没有写明单位，按万元读取', '{label}: “{value}” states no unit; read as 万元 (10,000 yuan)'],
    ['官方格式没有规定该金额的单位，单元格和表头也没有写明。', 'The official format does not fix this amount’s unit, and neither the cell nor the header states one.'],
    ['如金额以元为单位，请在数字后写“元”或在表头注明“（元）”。', 'If the amount is in yuan, write 元 after it or “（元）” in the header.'],
  ),
  'import-formula-no-value': entry(
    'error',
    ['公式没有计算结果', 'Formula has no result'],
    ['{label}：公式“={formula}”没有保存计算结果，该值未读取', '{label}: the formula “={formula}” has no saved result; the value was not read'],
    ['文件由不计算公式的程序生成或修改，保存的公式没有结果。', 'The file was made or changed by a program that does not calculate formulas, so the formula has no saved result.'],
    ['用 Excel 或 WPS 打开文件，确认公式结果显示正确后保存，再重新提交。', 'Open the file in Excel or WPS, check the results, save and submit again.'],
  ),
  'import-formula-computed': entry(
    'warning',
    ['公式结果由本工具计算', 'Formula result computed here'],
    ['{label}：公式“={formula}”没有保存计算结果，已按公式计算为 {value}', '{label}: the formula “={formula}” had no saved result; computed as {value}'],
    ['文件由不计算公式的程序生成或修改，本工具按简单求和公式自行计算了结果。', 'The file was made by a program that does not calculate formulas; this simple sum was computed here.'],
    ['用 Excel 或 WPS 打开文件并保存，使公式结果随文件保存。', 'Open the file in Excel or WPS and save it so results are stored.'],
  ),
  'import-formula-error': entry(
    'error',
    ['公式结果为错误值', 'Formula result is an error'],
    ['{label}：公式结果为错误值 {value}，该值未读取', '{label}: the formula result is the error {value}; it was not read'],
    ['公式引用了已删除的单元格或包含不能计算的内容（#REF!、#VALUE! 等）。', 'The formula refers to deleted cells or cannot be computed (#REF!, #VALUE!…).'],
    ['修正公式或直接填写数字。', 'Fix the formula or enter the number.'],
  ),
  'import-sheet-empty': entry(
    'error',
    ['工作表为空', 'Sheet is empty'],
    ['文件“{file}”的工作表“{sheet}”没有内容', 'Sheet "{sheet}" of "{file}" is empty'],
    ['要读取的工作表上没有任何单元格。', 'The sheet to read has no cells.'],
    ['把数据放在第一张工作表后重新提交。', 'Put the data on the first sheet and submit again.'],
  ),
  // ── Writing problems back into the workbook ────────────────────────────────────────────────
  'annotate-workbook-failed': entry(
    'error',
    ['未能生成标注副本', 'No annotated copy'],
    ['未能生成“{file}”的问题标注副本：{reason}', 'No annotated copy of "{file}" was made: {reason}'],
    [
      '只有 Excel 工作簿（.xlsx、.xlsm）能把问题写回为批注；该文件是其他格式，或已损坏、加密。',
      'Only Excel workbooks (.xlsx, .xlsm) can take the problems back as comments; the file is of another kind, damaged or encrypted.',
    ],
    [
      '按检查结果逐条修改原文件；把文件另存为 .xlsx 后再检查，即可得到标注副本。',
      'Correct the original file by the list of problems; save it as .xlsx and check it again to get an annotated copy.',
    ],
  ),
  'annotate-problems-listed-only': entry(
    'info',
    ['部分问题只列在问题清单中', 'Some problems are only listed'],
    ['“{file}”中有 {count} 个问题不对应工作簿中的单元格，只列在“{sheet}”工作表中', '{count} problems of "{file}" have no cell in the workbook and are listed only on the sheet "{sheet}"'],
    [
      '这些问题涉及整个文件或整张表（如缺少年度、缺少某张表），或所指的工作表已不在工作簿中。',
      'They concern the whole file or a whole table (such as a missing year or table), or the sheet they name is no longer in the workbook.',
    ],
    ['打开标注副本的第一张工作表，按“如何修改”一栏逐条处理。', 'Open the first sheet of the annotated copy and work through the “How to fix” column.'],
  ),
} satisfies Catalog;
