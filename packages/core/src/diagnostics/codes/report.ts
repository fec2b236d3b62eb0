import type { Catalog } from './types.js';

/** Codes about a report as a whole: its JSON, its fields, its year and period, its submission. */
export const reportCodes: Catalog = {
  'json-syntax': {
    severity: 'error',
    title: { zh: '不是有效的 JSON', en: 'Not valid JSON' },
    message: { zh: '文件不是有效的 JSON：{detail}', en: 'The file is not valid JSON: {detail}' },
    cause: { zh: '报告 JSON 文件有语法错误，可能被截断或手工编辑出错。', en: 'The report JSON has a syntax error; it may be truncated or hand-edited.' },
    fix: { zh: '用工具重新导出报告 JSON，或按提示位置修正语法。', en: 'Export the report JSON again, or fix the syntax at the position given.' },
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
    message: { zh: '{year}年度报告应使用“{expected}”格式，实际为“{actual}”', en: 'A report for {year} uses format "{expected}", not "{actual}"' },
    cause: {
      zh: '2019、2020年度报告使用试行格式（国办公开办函〔2019〕60号），2021年度起使用国办公开办函〔2021〕30号格式。',
      en: 'Reports for 2019–2020 use the trial format (2019 No. 60); from 2021 the 2021 No. 30 format applies.',
    },
    fix: { zh: '按报告年度选择正确的模板重新填报。', en: 'Fill in the template of the format that fits the report year.' },
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
      zh: '{organ}（{level}）填报了规章 {value} 件；只有省、自治区、直辖市和设区的市、自治州人民政府（及国务院部门）制定规章',
      en: '{organ} ({level}) reports {value} 规章; only provincial governments, governments of cities with districts (and State Council departments) make them',
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
    message: { zh: '行政区划代码“{value}”应为6位、9位或12位数字', en: 'Division code "{value}" should be 6, 9 or 12 digits' },
    cause: { zh: '行政区划代码为6位（县级及以上）或9/12位（乡镇、村）数字。', en: 'Division codes have 6 digits (county and above) or 9/12 digits (township, village).' },
    fix: { zh: '按民政部公布的行政区划代码填写。', en: 'Use the code published by the Ministry of Civil Affairs.' },
  },
  'submission-late': {
    severity: 'warning',
    title: { zh: '报送逾期', en: 'Submitted late' },
    message: {
      zh: '{organ}于 {submitted} 报送，晚于{kind}期限 {deadline}（{basis}）',
      en: '{organ} submitted on {submitted}, after the {kind} deadline {deadline} ({basis})',
    },
    cause: {
      zh: '《政府信息公开条例》第四十九条：县级以上人民政府部门应于每年1月31日前报送并公布上一年度报告，县级以上地方人民政府应于3月31日前公布本级政府年度报告；乡镇由县级另行规定期限。',
      en: 'Art. 49 of the Regulations: departments by 31 January, local governments publish theirs by 31 March; townships by a locally set date.',
    },
    fix: { zh: '督促按期报送；如确有延误，在报告中说明。', en: 'Ask the organ to submit on time; explain any delay in the report.' },
  },
  'R3-7': {
    severity: 'warning',
    title: { zh: '上年结转与上年度结转下年度不一致', en: 'Carried-over does not match last year’s carried-forward' },
    message: {
      zh: '{scope}：本年“二、上年结转” = {actual}，上年度“四、结转下年度继续办理” = {expected}',
      en: '{scope}: this year’s carried-over = {actual}, last year’s carried-forward = {expected}',
    },
    cause: { zh: '本年度的上年结转数应等于上一年度报告的结转下年度继续办理数。', en: 'This year’s carried-over count should equal last year’s carried-forward count.' },
    fix: { zh: '核对两年报告；机构调整等原因造成差异的，在报告中说明。', en: 'Check both years; explain differences caused by reorganisation.' },
  },
  'R2-2': {
    severity: 'warning',
    title: { zh: '现行有效件数与上年不衔接', en: 'Documents in force do not carry over' },
    message: {
      zh: '{scope}：上年现行有效 {previous} + 本年制发 {issued} − 本年废止 {repealed} = {expected}，本年现行有效 = {actual}',
      en: '{scope}: last year in force {previous} + issued {issued} − repealed {repealed} = {expected}, this year in force = {actual}',
    },
    cause: { zh: '现行有效件数一般等于上年现行有效件数加本年制发件数减本年废止件数（修订、清理会造成差异）。', en: 'In force normally equals last year’s in force + issued − repealed (amendments and clean-ups differ).' },
    fix: { zh: '核对件数；有清理、修订等情况的在报告中说明。', en: 'Check the counts; explain clean-ups or amendments in the report.' },
  },
  'R2-3': {
    severity: 'warning',
    title: { zh: '废止件数超过可废止件数', en: 'More repealed than could be' },
    message: {
      zh: '{scope}：本年废止 {actual} 件，多于上年现行有效 {previous} 件与本年制发 {issued} 件之和 {expected}',
      en: '{scope}: {actual} repealed, more than last year in force {previous} + issued {issued} = {expected}',
    },
    cause: { zh: '本年废止的文件应在上年现行有效或本年制发的范围内。', en: 'Repealed documents must have been in force last year or issued this year.' },
    fix: { zh: '核对本年废止件数。', en: 'Check the repealed count.' },
  },
  'R2-4': {
    severity: 'warning',
    title: { zh: '上一年项目数量与上年度不衔接', en: 'Last year’s item count does not carry over' },
    message: {
      zh: '{scope}：本年“上一年项目数量” = {actual}，上年度“上一年项目数量 + 本年增/减” = {expected}',
      en: '{scope}: this year’s "items last year" = {actual}, last year’s items + change = {expected}',
    },
    cause: { zh: '本年度的上一年项目数量应等于上年度报告的上一年项目数量加本年增/减。', en: 'This year’s previous count should equal last year’s previous count plus its change.' },
    fix: { zh: '核对两年报告的项目数量。', en: 'Check the item counts of both years.' },
  },
};
