import type { Catalog } from './types.js';

/** Codes of aggregation: rosters, matching, completeness. */
export const aggregateCodes = {
  // Loading a roster
  'roster-json-invalid': {
    severity: 'error',
    title: { zh: '名单 JSON 无法读取', en: 'Roster JSON cannot be read' },
    message: { zh: '名单 JSON 无法读取：{detail}', en: 'The roster JSON cannot be read: {detail}' },
    cause: {
      zh: '名单 JSON 有语法错误，或不是机关数组、也不是含 entries 数组的对象。',
      en: 'The roster JSON has a syntax error, or is neither an array of organs nor an object with an entries array.',
    },
    fix: {
      zh: '按 {"deadline": "2025-02-20", "entries": [{"name": "…", "level": "township", "creditCode": "…", "parent": "…"}]} 的结构修正。',
      en: 'Use the shape {"deadline": "2025-02-20", "entries": [{"name": "…", "level": "township", "creditCode": "…", "parent": "…"}]}.',
    },
  },
  'roster-header-missing': {
    severity: 'error',
    title: { zh: '名单缺少名称列', en: 'Roster has no name column' },
    message: {
      zh: '名单前10行中找不到机关名称列（表头应为 {headers} 等）',
      en: 'No organ-name column in the first 10 rows of the roster (headers such as {headers})',
    },
    cause: {
      zh: '名单表格没有表头行，或名称列的表头不是可识别的写法。',
      en: 'The roster table has no header row, or the name column’s header is not one the tool knows.',
    },
    fix: {
      zh: '在第一行加表头：名称、别名、层级、统一社会信用代码、行政区划代码、上级、报送期限。',
      en: 'Add a header row: 名称 (name), 别名 (aliases), 层级 (level), 统一社会信用代码 (creditCode), 行政区划代码 (divisionCode), 上级 (parent), 报送期限 (deadline).',
    },
  },
  'roster-column-ignored': {
    severity: 'info',
    title: { zh: '名单中未使用的列', en: 'Roster column not used' },
    message: { zh: '名单列“{header}”不是可识别的字段，已忽略', en: 'Roster column "{header}" is not a known field and is ignored' },
    cause: { zh: '该列表头不是名单字段，或与前面的列重复。', en: 'The header is not a roster field, or repeats an earlier column.' },
    fix: {
      zh: '如该列有用，请改为规定的表头（如“上级”“报送期限”）；否则可不理会。',
      en: 'If the column matters, rename its header to a known one (e.g. 上级, 报送期限); otherwise ignore this.',
    },
  },
  'roster-name-missing': {
    severity: 'error',
    title: { zh: '名单行缺少机关名称', en: 'Roster row without a name' },
    message: { zh: '名单{at}有内容但没有机关名称，已跳过', en: 'The roster row at {at} has content but no organ name; it is skipped' },
    cause: { zh: '该行的名称单元格为空。', en: 'The name cell of the row is empty.' },
    fix: { zh: '填写机关全称，或删除该行。', en: 'Enter the organ’s full name, or delete the row.' },
  },
  'roster-level-unknown': {
    severity: 'warning',
    title: { zh: '名单层级无法识别', en: 'Unknown level in the roster' },
    message: { zh: '{organ}的层级“{value}”无法识别，按“{level}”处理', en: 'Level "{value}" of {organ} is not known; taken as "{level}"' },
    cause: {
      zh: '层级应为 乡镇、县、部门、市、省（或 township、county、department、city、province）之一。',
      en: 'The level must be one of 乡镇, 县, 部门, 市, 省 (township, county, department, city, province).',
    },
    fix: { zh: '将层级改为可识别的写法。', en: 'Write the level in one of the known forms.' },
  },
  'roster-level-inferred': {
    severity: 'info',
    title: { zh: '名单层级由名称推断', en: 'Roster level inferred from the name' },
    message: { zh: '{organ}未填写层级，按名称推断为“{level}”', en: 'No level given for {organ}; inferred from its name as "{level}"' },
    cause: { zh: '名单中该机关的层级为空。', en: 'The roster gives no level for this organ.' },
    fix: { zh: '核对推断是否正确；如不正确，在名单中填写层级。', en: 'Check the guess; if it is wrong, enter the level in the roster.' },
  },
  'roster-level-missing': {
    severity: 'warning',
    title: { zh: '名单缺少层级', en: 'Roster level missing' },
    message: { zh: '{organ}未填写层级，名称也无法判断，按“{level}”处理', en: 'No level given for {organ} and its name does not tell; taken as "{level}"' },
    cause: {
      zh: '名单中该机关的层级为空，名称也不以镇、乡、街道、县、区、市、局等结尾。',
      en: 'The roster gives no level and the name does not end in a telling word (镇, 乡, 街道, 县, 区, 市, 局…).',
    },
    fix: { zh: '在名单中填写层级（乡镇、县、部门、市、省）。', en: 'Enter the level in the roster (township, county, department, city, province).' },
  },
  'roster-credit-code-invalid': {
    severity: 'warning',
    title: { zh: '名单中的统一社会信用代码无效', en: 'Invalid credit code in the roster' },
    message: { zh: '{organ}的统一社会信用代码“{value}”无效：{detail}', en: 'Credit code "{value}" of {organ} is invalid: {detail}' },
    cause: {
      zh: '统一社会信用代码为18位，末位是按 GB 32100 计算的校验位；抄录错误或被表格软件转成数字都会使其无效。',
      en: 'The code has 18 characters, the last a GB 32100 check character; a typo, or a spreadsheet turning it into a number, breaks it.',
    },
    fix: {
      zh: '从机关的统一社会信用代码证书上核对后重新填写（表格中该列设为文本格式）。',
      en: 'Copy the code again from the organ’s certificate (format the column as text in the spreadsheet).',
    },
  },
  'roster-division-code-invalid': {
    severity: 'warning',
    title: { zh: '名单中的行政区划代码格式不对', en: 'Invalid division code in the roster' },
    message: { zh: '{organ}的行政区划代码“{value}”应为6位、9位或12位数字', en: 'Division code "{value}" of {organ} should be 6, 9 or 12 digits' },
    cause: {
      zh: '行政区划代码为6位（县级及以上）或9/12位（乡镇、村）数字。',
      en: 'Division codes have 6 digits (county and above) or 9/12 digits (township, village).',
    },
    fix: { zh: '按民政部公布的行政区划代码填写。', en: 'Use the code published by the Ministry of Civil Affairs.' },
  },
  'roster-deadline-invalid': {
    severity: 'warning',
    title: { zh: '名单中的报送期限不是日期', en: 'Roster deadline is not a date' },
    message: { zh: '{organ}的报送期限“{value}”不是日期，已忽略', en: 'Deadline "{value}" of {organ} is not a date and is ignored' },
    cause: { zh: '报送期限应写成日期，如 2025-02-20 或 2025年2月20日。', en: 'A deadline is a date such as 2025-02-20 or 2025年2月20日.' },
    fix: { zh: '改为有效日期。', en: 'Enter a valid date.' },
  },
  'roster-duplicate-entry': {
    severity: 'error',
    title: { zh: '名单中重复的机关', en: 'Organ listed twice in the roster' },
    message: {
      zh: '名单{at}的“{organ}”与{first}的“{firstName}”重复（标识、统一社会信用代码或同一上级下的名称相同），已忽略后者',
      en: '"{organ}" at {at} repeats "{firstName}" at {first} (same id, credit code, or name under the same parent); the later one is ignored',
    },
    cause: { zh: '同一机关在名单中出现两次，会使报告无法唯一对应。', en: 'An organ listed twice would make reports match ambiguously.' },
    fix: { zh: '删除重复的行，或更正其名称、代码。', en: 'Delete the repeated row, or correct its name or code.' },
  },
  'roster-unknown-parent': {
    severity: 'warning',
    title: { zh: '名单中的上级不在名单内', en: 'Parent not in the roster' },
    message: {
      zh: '上级“{parent}”不在名单中（{count} 个机关：{organs}；位置：{at}），这些机关按没有上级处理',
      en: 'Parent "{parent}" is not in the roster ({count} organ(s): {organs}; at {at}); they are taken as having no parent',
    },
    cause: {
      zh: '“上级”应填写名单中另一机关的标识、名称或统一社会信用代码。',
      en: 'The parent must be the id, name or credit code of another organ in the roster.',
    },
    fix: {
      zh: '把上级机关也列入名单，或更正上级名称；只汇总本级名单时可将“上级”留空。',
      en: 'Add the parent to the roster, or correct the name; leave it empty for a one-level roster.',
    },
  },
  'roster-parent-cycle': {
    severity: 'error',
    title: { zh: '名单上下级关系成环', en: 'Parent links form a cycle' },
    message: { zh: '名单上下级关系成环：{chain}；已去掉{organ}的上级', en: 'The parent links form a cycle: {chain}; the parent of {organ} is dropped' },
    cause: { zh: '某机关直接或间接把自己当作上级。', en: 'An organ is, directly or through others, its own parent.' },
    fix: { zh: '更正“上级”一列，使乡镇 → 县 → 市 → 省逐级向上。', en: 'Correct the parent column so that links go township → county → city → province.' },
  },
  'roster-empty': {
    severity: 'warning',
    title: { zh: '名单为空', en: 'Roster is empty' },
    message: { zh: '名单中没有任何机关', en: 'The roster lists no organ' },
    cause: { zh: '名单文件没有数据行，或所有行都有问题被跳过。', en: 'The roster has no data rows, or every row was skipped.' },
    fix: { zh: '检查名单文件的内容和表头。', en: 'Check the roster’s content and headers.' },
  },

  // Matching a report to the roster
  'roster-no-match': {
    severity: 'warning',
    title: { zh: '报告机关不在名单中', en: 'Organ not in the roster' },
    message: { zh: '“{organ}”（代码：{code}）与名单中任何机关都对不上', en: '"{organ}" (code: {code}) matches no organ in the roster' },
    cause: {
      zh: '报告的统一社会信用代码、行政区划代码和名称都与名单不符：可能不属于本次汇总范围，或名称、代码填写有误。',
      en: 'Neither the credit code, the division code nor the name matches the roster: the organ may not belong here, or its name or code is wrong.',
    },
    fix: {
      zh: '核对报告中的机关名称和代码；如确应报送，把它加入名单（或在名单中补充别名）。',
      en: 'Check the organ’s name and code in the report; if it should file, add it to the roster (or add an alias).',
    },
  },
  'roster-match-ambiguous': {
    severity: 'warning',
    title: { zh: '报告对应名单中多个机关', en: 'Report matches several roster entries' },
    message: { zh: '“{organ}”按{by}可对应名单中多个机关：{entries}', en: '"{organ}" matches several roster entries by {by}: {entries}' },
    cause: {
      zh: '名单中有同名（或别名相同、代码相同）的机关，报告中又没有可区分的统一社会信用代码。',
      en: 'The roster has organs with the same name, alias or code, and the report has no credit code to tell them apart.',
    },
    fix: {
      zh: '在报告中填写统一社会信用代码，或在名单中区分名称、别名。',
      en: 'Enter the credit code in the report, or make the roster’s names and aliases distinct.',
    },
  },
  'roster-match-conflict': {
    severity: 'warning',
    title: { zh: '报告的代码与名称指向不同机关', en: 'Code and name point to different organs' },
    message: {
      zh: '“{organ}”按{by}对应“{entry}”，按名称却对应“{other}”；已按统一社会信用代码、行政区划代码、名称的顺序取前者（按名称取舍时取后者）',
      en: '"{organ}" matches "{entry}" by {by} but "{other}" by name; the match follows credit code, then division code, then name',
    },
    cause: { zh: '报告中的代码可能抄错，或名单中的代码、名称有误。', en: 'The code in the report may be mistyped, or the roster’s code or name is wrong.' },
    fix: { zh: '核对报告和名单中的机关名称与代码。', en: 'Check the organ’s name and code in the report and in the roster.' },
  },
  'roster-name-differs': {
    severity: 'info',
    title: { zh: '报告机关名称与名单不同', en: 'Organ name differs from the roster' },
    message: {
      zh: '“{organ}”按统一社会信用代码 {code} 对应名单中的“{entry}”，但名称不同',
      en: '"{organ}" matches "{entry}" by credit code {code}, but the names differ',
    },
    cause: { zh: '机关更名，或报告中的名称与名单写法不同。', en: 'The organ was renamed, or the report writes its name differently.' },
    fix: { zh: '核对名称；可在名单中把报告中的写法加为别名。', en: 'Check the name; add the report’s spelling to the roster as an alias.' },
  },
  'roster-code-mismatch': {
    severity: 'warning',
    title: { zh: '报告的统一社会信用代码与名单不符', en: 'Credit code differs from the roster' },
    message: {
      zh: '“{organ}”按名称对应名单中的“{entry}”，但报告的统一社会信用代码为 {actual}，名单中为 {expected}',
      en: '"{organ}" matches "{entry}" by name, but its credit code is {actual} where the roster has {expected}',
    },
    cause: { zh: '报告或名单中的统一社会信用代码抄错。', en: 'The credit code is mistyped in the report or in the roster.' },
    fix: { zh: '从机关的统一社会信用代码证书上核对后更正。', en: 'Check the code against the organ’s certificate and correct it.' },
  },

  // Aggregation
  'aggregate-no-tables': {
    severity: 'error',
    title: { zh: '该格式没有可汇总的表格', en: 'Nothing to sum in this format' },
    message: { zh: '“{format}”格式没有统计表格，无法按单元格汇总', en: 'Format "{format}" has no tables; nothing can be summed cell by cell' },
    cause: { zh: '2019年以前的叙述式报告没有统一的统计表格。', en: 'Narrative reports from before 2019 have no common tables.' },
    fix: { zh: '汇总2019年及以后的年度报告（gov-2019 或 gov-2021 格式）。', en: 'Aggregate reports for 2019 or later (format gov-2019 or gov-2021).' },
  },
  'aggregate-organ-not-in-roster': {
    severity: 'info',
    title: { zh: '汇总机关不在名单中', en: 'Aggregating organ not in the roster' },
    message: {
      zh: '汇总机关“{organ}”不在名单中，名单中没有上级的 {count} 个机关作为汇总对象',
      en: '"{organ}" is not in the roster; the {count} roster organ(s) without a parent are its members',
    },
    cause: { zh: '名单只列出了下级机关，没有列出汇总机关本身。', en: 'The roster lists only the organs below, not the aggregating organ itself.' },
    fix: {
      zh: '无需处理；如需多级汇总，把本级机关列入名单并在下级的“上级”列填写它。',
      en: 'Nothing to do; for several levels, list this organ and name it as the parent of the organs below.',
    },
  },
  'aggregate-no-members': {
    severity: 'warning',
    title: { zh: '没有可计入汇总的报告', en: 'No report to sum' },
    message: { zh: '{organ}：没有一份报告计入汇总，汇总表全部为“未填写”', en: '{organ}: no report is counted; every cell of the aggregate is "not filled"' },
    cause: {
      zh: '没有收到报告，或收到的报告都被退回、重复待核实或不属于本次汇总。',
      en: 'No report was received, or every report was rejected, duplicated, or out of scope.',
    },
    fix: { zh: '查看完整性清单，处理未报、退回和重复报送的单位。', en: 'See the completeness lists and deal with missing, rejected and duplicate filings.' },
  },
  'aggregate-member-missing': {
    severity: 'warning',
    title: { zh: '未报送', en: 'Not submitted' },
    message: { zh: '{organ}未报送{year}年度报告', en: '{organ} has not submitted its {year} report' },
    cause: { zh: '名单中的该机关没有对应的报告（或只报送了其他年度、其他格式的报告）。', en: 'No report of this year and format matches this roster entry.' },
    fix: {
      zh: '督促其报送；如报告已收到，核对报告中的机关名称和统一社会信用代码是否与名单一致。',
      en: 'Ask the organ to submit; if it did, check that the report’s name and credit code match the roster.',
    },
  },
  'aggregate-outside-organ': {
    severity: 'warning',
    title: { zh: '报告不属于本次汇总范围', en: 'Report outside this aggregate' },
    message: {
      zh: '{organ}在名单中属于“{parent}”，不是{aggregate}的下级，未计入',
      en: '{organ} belongs to "{parent}" in the roster, not to {aggregate}; not counted',
    },
    cause: { zh: '该报告对应名单中其他地区或其他上级的机关。', en: 'The report matches an organ of another area or parent in the roster.' },
    fix: {
      zh: '把报告交给其所属的汇总机关；如名单有误，更正其“上级”。',
      en: 'Pass the report to the organ it belongs to; if the roster is wrong, correct its parent.',
    },
  },
  'aggregate-year-mismatch': {
    severity: 'warning',
    title: { zh: '报告年度与汇总年度不同', en: 'Report year differs' },
    message: {
      zh: '{organ}的报告是{actual}年度的，本次汇总{expected}年度，未计入',
      en: 'The report of {organ} is for {actual}, this aggregate is for {expected}; not counted',
    },
    cause: { zh: '不同年度的数据不能相加。', en: 'Figures of different years cannot be added.' },
    fix: { zh: '请该机关报送{expected}年度的报告。', en: 'Ask the organ for its {expected} report.' },
  },
  'aggregate-format-mismatch': {
    severity: 'warning',
    title: { zh: '报告格式与汇总格式不同', en: 'Report format differs' },
    message: {
      zh: '{organ}的报告使用“{actual}”格式，本次汇总使用“{expected}”格式，未计入',
      en: 'The report of {organ} uses format "{actual}", this aggregate uses "{expected}"; not counted',
    },
    cause: { zh: '不同格式的表格行列不同，不能逐格相加。', en: 'Different formats have different rows and columns and cannot be added cell by cell.' },
    fix: { zh: '请该机关按{expected}格式重新填报。', en: 'Ask the organ to fill in the {expected} template.' },
  },
  'aggregate-member-rejected': {
    severity: 'warning',
    title: { zh: '有错误的报告未计入', en: 'Report with errors not counted' },
    message: { zh: '{organ}的报告有 {count} 个错误，未计入汇总', en: 'The report of {organ} has {count} error(s) and is not counted' },
    cause: {
      zh: '默认只汇总没有错误的报告，以免把错误数据加进汇总表。',
      en: 'By default only reports without errors are summed, so wrong figures do not enter the aggregate.',
    },
    fix: {
      zh: '请该机关按错误提示更正后重新报送；确需先行汇总的，可选择“含有错误的报告也计入”。',
      en: 'Ask the organ to correct the errors and resubmit; to sum it anyway, use the option that includes reports with errors.',
    },
  },
  'aggregate-includes-errors': {
    severity: 'warning',
    title: { zh: '汇总中含有有错误的报告', en: 'Aggregate includes a report with errors' },
    message: { zh: '{organ}的报告有 {count} 个错误，按设置仍计入汇总', en: 'The report of {organ} has {count} error(s) and is counted because of the option' },
    cause: { zh: '选择了“含有错误的报告也计入”。', en: 'The option to include reports with errors is on.' },
    fix: {
      zh: '汇总表可能因此不平衡；该机关更正后请重新汇总。',
      en: 'The aggregate may not balance; aggregate again once the organ has corrected its report.',
    },
  },
  'aggregate-duplicate-submission': {
    severity: 'error',
    title: { zh: '同一机关报送了多份不同的报告', en: 'Several different reports from one organ' },
    message: {
      zh: '{organ}报送了 {count} 份不同的报告（{files}），在确认以哪份为准之前都不计入',
      en: '{organ} submitted {count} different reports ({files}); none is counted until one is chosen',
    },
    cause: {
      zh: '同一机关的两份报告内容不同（文件的 SHA-256 不同），无法判断哪份有效，计入任一份都可能出错。',
      en: 'Two reports of one organ differ (different SHA-256), so it is not clear which one stands.',
    },
    fix: { zh: '与该机关确认有效的版本，移除其他版本后重新汇总。', en: 'Ask the organ which version stands, remove the others, and aggregate again.' },
  },
  'aggregate-identical-copy': {
    severity: 'info',
    title: { zh: '同一文件重复报送', en: 'The same file sent twice' },
    message: {
      zh: '{organ}的“{file}”与“{original}”是同一文件（SHA-256 相同），只计一次',
      en: '"{file}" of {organ} is the same file as "{original}" (same SHA-256); counted once',
    },
    cause: { zh: '同一份文件被报送了多次。', en: 'The same file was submitted more than once.' },
    fix: { zh: '无需处理；可删除多余的副本。', en: 'Nothing to do; the extra copy may be removed.' },
  },
  'aggregate-identity-conflict': {
    severity: 'error',
    title: { zh: '报告属于哪个单位不明确', en: 'Whose report this is is unclear' },
    message: {
      zh: '“{file}”{fileSays}，表内却是“{entry}”（{by}）：为免把一个单位的数字计到另一个单位，在核实前不计入',
      en: '"{file}" {fileSays}, but the report inside is "{entry}" ({by}): not added until confirmed, so no organ is credited with another’s figures',
    },
    cause: {
      zh: '乡镇常用别的单位的模板或旧文件填报，文件名、表内名称和统一社会信用代码因此不一致。',
      en: 'Townships often fill in another organ’s template or an old file, so the file name, the name inside and the credit code disagree.',
    },
    fix: {
      zh: '与两个单位核实这份报告是谁的：改正表内的机关名称和代码（或文件名）后重新汇总。',
      en: 'Check with both organs whose report it is; correct the name and code inside (or the file name) and aggregate again.',
    },
  },
  'aggregate-same-figures': {
    severity: 'info',
    title: { zh: '同一报告以不同文件重复报送', en: 'The same report sent as two files' },
    message: {
      zh: '{organ}的“{file}”与“{original}”数字完全相同（文件不同，如一份 .xlsx、一份 .json），只计一次',
      en: '"{file}" of {organ} holds exactly the same figures as "{original}" (different files, e.g. an .xlsx and a .json); counted once',
    },
    cause: { zh: '同一份报告被另存为其他格式后又报送了一次。', en: 'The same report was saved in another format and sent again.' },
    fix: { zh: '无需处理；可删除多余的一份。', en: 'Nothing to do; the extra one may be removed.' },
  },
  'aggregate-other-filing-used': {
    severity: 'warning',
    title: { zh: '同一单位的另一份报告计入了汇总', en: 'Another filing of the organ was used' },
    message: {
      zh: '{organ}报送了 {count} 份报告：“{file}”有错误未计入，计入汇总的是“{used}”（没有错误）；请确认“{used}”是该单位要报送的版本',
      en: '{organ} sent {count} reports: "{file}" has errors and is left out; "{used}" (no errors) is the one added — confirm it is the version the organ means to file',
    },
    cause: {
      zh: '同一单位报来了多份报告，其中有错误的一份（常常是较新的更正版）不能计入，计入的是另一份没有错误的报告，它可能是已作废的旧版本。',
      en: 'The organ sent several reports; the one with errors (often the newer correction) cannot be added, so another one without errors is, which may be an outdated version.',
    },
    fix: {
      zh: '与该单位核实：若“{used}”已作废，请该单位改正“{file}”中的错误后重报，并删除作废的一份。',
      en: 'Check with the organ: if "{used}" is outdated, have it correct the errors of "{file}" and send it again, and remove the outdated one.',
    },
  },
  'aggregate-superseded': {
    severity: 'info',
    title: { zh: '下级汇总报告由重新汇总代替', en: 'Submitted aggregate replaced by recomputation' },
    message: {
      zh: '{organ}报送的是汇总报告，而其下级的报告也已收到；为免重复计算，改用下级报告重新汇总，该汇总报告不计入',
      en: '{organ} sent an aggregate and the reports of its members were received too; to avoid double counting the members are summed again and the aggregate is not counted',
    },
    cause: {
      zh: '同一下级的数据不能既从其汇总报告、又从其下级报告各算一次。',
      en: 'The same figures must not be counted once from the aggregate and again from its members.',
    },
    fix: {
      zh: '无需处理；如希望使用其汇总报告，移除其下级的报告。',
      en: 'Nothing to do; to use the submitted aggregate instead, remove its members’ reports.',
    },
  },
  'aggregate-child-incomplete': {
    severity: 'warning',
    title: { zh: '下级汇总不完整', en: 'A member aggregate is incomplete' },
    message: {
      zh: '{organ}的汇总不完整：应报 {expected} 家，实报 {received} 家，计入 {accepted} 家',
      en: 'The aggregate of {organ} is incomplete: {expected} expected, {received} received, {accepted} counted',
    },
    cause: { zh: '该下级的名单中有未报、退回或重复报送的机关。', en: 'Some organs below it have not filed, were rejected, or filed twice.' },
    fix: { zh: '查看该下级的完整性清单并处理。', en: 'See that member’s completeness lists.' },
  },
  'aggregate-value-out-of-range': {
    severity: 'error',
    title: { zh: '数值超出范围，未汇总', en: 'Numbers out of range, not summed' },
    message: {
      zh: '{organ}：{count} 个单元格含超过上限 {limit} 的数值或无法精确相加，未汇总，汇总表中留空（{cells}）',
      en: '{organ}: {count} cell(s) hold a value over the limit of {limit} or cannot be added exactly; they were not summed and are blank in the aggregate ({cells})',
    },
    cause: {
      zh: '件数和金额的绝对值不超过 10 亿；更大的数（通常只在包含有错误的报告一并汇总时出现）会使合计超过 2 的 53 次方而不再精确，因此这些单元格不汇总，而不是给出一个不准确的合计。',
      en: 'Counts and amounts are at most 10^9; larger values (normally only when reports with errors are included) would make totals pass 2^53 and lose exactness, so those cells are not summed rather than given an inexact total.',
    },
    fix: {
      zh: '按各机关的检查结果改正超出上限的数值，重新汇总。',
      en: 'Correct the values over the limit in the members’ reports (see their checks) and aggregate again.',
    },
  },
  'aggregate-blank-cells': {
    severity: 'info',
    title: { zh: '部分单元格只有部分机关填写', en: 'Some cells were filled by only some members' },
    message: {
      zh: '{organ}：{count} 个单元格只有部分机关填写，汇总值只含已填写的机关（如 {example}）',
      en: '{organ}: {count} cell(s) were filled by only some members; their sums cover the members that filled them (e.g. {example})',
    },
    cause: { zh: '空白单元格表示“未填写”，不等于 0，汇总时不计入。', en: 'A blank cell means "not filled", not 0, and adds nothing.' },
    fix: { zh: '请相关机关把没有发生的事项填 0，使汇总完整。', en: 'Ask the members to enter 0 where nothing happened.' },
  },
  'aggregate-blank-unbalanced': {
    severity: 'warning',
    title: { zh: '成员的空白单元格使汇总不平衡', en: 'A member’s blank cells unbalance the aggregate' },
    message: {
      zh: '汇总后{scope}不平衡（{leftText} = {left}，{rightText} = {right}）：{member}未填写{blank}，而同一关系中的其他单元格已填写，使两边相差 {difference}',
      en: 'After adding up, {scope} does not balance ({leftText} = {left}, {rightText} = {right}): {member} left {blank} blank but filled the other cells of the relation, a difference of {difference}',
    },
    cause: {
      zh: '空白单元格不计入汇总（不等于 0）；某机关只填了一个平衡关系的部分单元格时，该机关自身的检查因缺项而跳过，汇总后的两边却因此不相等。',
      en: 'A blank cell adds nothing (it is not 0); a member that filled only some cells of a relation escaped its own check, and the aggregate’s two sides then differ by what it left out.',
    },
    fix: { zh: '请该机关补填空白的单元格（没有发生的填 0）并重新报送，然后重新汇总。', en: 'Ask the member to fill the blank cells (0 where nothing happened) and send the report again, then aggregate again.' },
  },
} satisfies Catalog;
