import type { Catalog, CatalogEntry } from './types.js';

const equationMessage = {
  zh: '{scope}：{leftText} = {left}，{rightText} = {right}，{relation}',
  en: '{scope}: {leftText} = {left}, {rightText} = {right}; {relation}',
};

function equation(title: [string, string], cause: [string, string], fix: [string, string], severity: 'error' | 'warning' = 'error'): CatalogEntry {
  return {
    severity,
    title: { zh: title[0], en: title[1] },
    message: equationMessage,
    cause: { zh: cause[0], en: cause[1] },
    fix: { zh: fix[0], en: fix[1] },
  };
}

const cellsMessage = {
  zh: '{scope}：{problem}（填写的是 {actual}）',
  en: '{scope}: {problem} (the value is {actual})',
};

/** Codes of the official table rules (spec §6). The code is the rule id. */
export const ruleCodes = {
  'R2-1': {
    severity: 'error',
    title: { zh: '表二数值应为非负数', en: 'Table II values must be non-negative' },
    message: cellsMessage,
    cause: { zh: '表二的件数、处理决定数量须为非负整数，金额须为非负数。', en: 'Counts in table II are non-negative whole numbers; amounts are non-negative.' },
    fix: { zh: '改为非负整数（金额可有小数）；没有的填 0。', en: 'Enter a non-negative whole number (amounts may have decimals); enter 0 where there is none.' },
  },
  'R2-5': {
    severity: 'error',
    title: { zh: '上一年项目数量加本年增/减为负', en: 'Items last year plus change is negative' },
    message: { zh: '{scope}：{leftText} = {left}，不能为负数', en: '{scope}: {leftText} = {left}, which must not be negative' },
    cause: { zh: '本年增/减的减少数超过了上一年项目数量。', en: 'The decrease is larger than last year’s item count.' },
    fix: { zh: '核对上一年项目数量和本年增/减（减少用负数，如 -8）。', en: 'Check last year’s count and the change (decreases are negative, e.g. -8).' },
  },
  'R2-6': {
    severity: 'error',
    title: { zh: '本年增/减应为整数', en: 'The yearly change must be a whole number' },
    message: cellsMessage,
    cause: { zh: '本年增/减是项目数量的变化，须为整数，可以为负数。', en: 'The change is a difference of item counts: a whole number, possibly negative.' },
    fix: { zh: '填写整数；减少用负数表示，如 -8。', en: 'Enter a whole number; write decreases as negatives, e.g. -8.' },
  },
  'R2-7': equation(
    ['对外公开总数量少于本年新公开数量', 'Total published is below this year’s new publications'],
    ['对外公开总数量通常包含本年新公开的数量。', 'The total normally includes this year’s publications.'],
    ['核对两列是否填反或漏计。', 'Check whether the two columns were swapped or under-counted.'],
    'warning',
  ),
  'R3-1': equation(
    ['表三勾稽关系不平衡', 'Table III does not balance'],
    [
      '表三每一列须满足：第一项加第二项之和，等于第三项（办理结果总计）加第四项之和。',
      'In every column of table III, I + II must equal III (total handled) + IV.',
    ],
    ['核对本年新收、上年结转、办理结果总计和结转下年度的数量，使两边相等。', 'Check new, carried-over, handled and carried-forward counts until both sides agree.'],
  ),
  'R3-2': equation(
    ['表三总计列不等于各申请人列之和', 'Table III total column does not add up'],
    ['每一行的“总计”须等于自然人与法人或其他组织五列之和。', 'Each row’s total must equal natural persons plus the five organization columns.'],
    ['重新计算该行总计，或核对各申请人列。', 'Recompute the row total, or check the applicant columns.'],
  ),
  'R3-3': equation(
    ['办理结果总计不等于各项之和', 'Total handled does not equal the sum of results'],
    ['（七）总计须等于（一）至（六）各项办理结果之和，每件申请只计入一种结果。', 'Row (7) must equal the sum of results (1)–(6); each application counts once.'],
    ['核对各项办理结果，或重新计算（七）总计。', 'Check the result rows, or recompute row (7).'],
  ),
  'R3-4': {
    severity: 'error',
    title: { zh: '表三数值应为非负整数', en: 'Table III values must be non-negative whole numbers' },
    message: cellsMessage,
    cause: { zh: '表三统计的是申请件数，只能是非负整数。', en: 'Table III counts applications: non-negative whole numbers only.' },
    fix: { zh: '改为非负整数；没有的填 0。', en: 'Enter a non-negative whole number; enter 0 where there is none.' },
  },
  'R3-8': equation(
    ['结转下年度数量超过可办理数量', 'Carried forward exceeds what was open'],
    ['结转下年度继续办理的申请不可能多于本年新收与上年结转之和。', 'Applications carried forward cannot exceed new plus carried-over applications.'],
    ['核对第四项与第一、二项。', 'Check item IV against items I and II.'],
  ),
  'R4-1': equation(
    ['行政复议总计不等于各结果之和', 'Reconsideration total does not add up'],
    ['行政复议的总计须等于结果维持、结果纠正、其他结果、尚未审结之和。', 'The reconsideration total must equal upheld + corrected + other + pending.'],
    ['重新计算总计。', 'Recompute the total.'],
  ),
  'R4-2': equation(
    ['未经复议直接起诉总计不等于各结果之和', 'Direct litigation total does not add up'],
    ['未经复议直接起诉的总计须等于四项结果之和。', 'The direct-litigation total must equal the four outcomes.'],
    ['重新计算总计。', 'Recompute the total.'],
  ),
  'R4-3': equation(
    ['复议后起诉总计不等于各结果之和', 'Litigation-after-reconsideration total does not add up'],
    ['复议后起诉的总计须等于四项结果之和。', 'The total must equal the four outcomes.'],
    ['重新计算总计。', 'Recompute the total.'],
  ),
  'R4-4': {
    severity: 'error',
    title: { zh: '表四数值应为非负整数', en: 'Table IV values must be non-negative whole numbers' },
    message: cellsMessage,
    cause: { zh: '表四统计的是案件数，只能是非负整数。', en: 'Table IV counts cases: non-negative whole numbers only.' },
    fix: { zh: '改为非负整数；没有的填 0。', en: 'Enter a non-negative whole number; enter 0 where there is none.' },
  },
  'total-not-filled': {
    severity: 'error',
    title: { zh: '总计未填写而分项已填写', en: 'Total not filled although its parts are' },
    message: {
      zh: '{scope}的“{total}”未填写，而其他单元格已填写（{filled}）{cell}',
      en: '{scope}: "{total}" is not filled although other cells are ({filled}){cell}',
    },
    cause: {
      zh: '同一行（列）的分项已经填写，总计却空着；空白表示“未填写”，不是 0，总计关系无法核对，汇总时该总计也会缺失。',
      en: 'The parts of the row (column) are filled but its total is blank; blank means "not filled", not 0, so the total cannot be checked and is missing from the sum.',
    },
    fix: { zh: '填写该总计（各分项之和）。', en: 'Fill in the total (the sum of the parts).' },
  },
  'part-not-filled': {
    severity: 'error',
    title: { zh: '总计已填写而分项空白', en: 'Part blank under a filled total' },
    message: {
      zh: '{scope}的“{total}”为 {value}，但{blank}未填写{cell}',
      en: '{scope}: "{total}" is {value} but {blank} left blank{cell}',
    },
    cause: {
      zh: '总计不为 0，说明有数据，但其中的分项空着；空白表示“未填写”，不是 0，无法确认总计由哪些分项构成。',
      en: 'The total is not 0, so there are figures, but some of its parts are blank; blank means "not filled", not 0, so the total cannot be traced to its parts.',
    },
    fix: { zh: '填写空白的分项，没有的填 0。', en: 'Fill in the blank parts; enter 0 where there is none.' },
  },
  'R3-7': equation(
    ['上年结转与上年度结转下年度不一致', 'Carried-over does not match last year’s carried-forward'],
    [
      '本年度“二、上年结转政府信息公开申请数量”应等于上一年度报告“四、结转下年度继续办理”的数量（机构调整会造成差异）。',
      'This year’s II (carried over) should equal last year’s IV (carried forward); reorganisations break it.',
    ],
    ['核对两年报告；机构调整等原因造成差异的，在报告中说明。', 'Check both years; explain differences caused by reorganisation in the report.'],
    'warning',
  ),
  'R2-2': equation(
    ['现行有效件数与上年不衔接', 'Documents in force do not carry over'],
    [
      '现行有效件数一般等于上年现行有效件数加本年制发件数减本年废止件数；修订、清理会造成差异。',
      'In force normally equals last year’s in force + issued − repealed; amendments and clean-ups make it differ.',
    ],
    ['核对件数；有清理、修订等情况的在报告中说明。', 'Check the counts; explain clean-ups or amendments in the report.'],
    'warning',
  ),
  'R2-3': equation(
    ['废止件数超过可废止件数', 'More repealed than could be'],
    ['本年废止的文件应在上年现行有效或本年制发的范围内。', 'Repealed documents must have been in force last year or issued this year.'],
    ['核对本年废止件数和两年的现行有效件数。', 'Check the repealed count and both years’ documents in force.'],
    'warning',
  ),
  'R2-4': equation(
    ['上一年项目数量与上年度不衔接', 'Last year’s item count does not carry over'],
    [
      '本年度的“上一年项目数量”应等于上年度报告的“上一年项目数量”加“本年增/减”。',
      'This year’s items last year should equal last year’s items last year plus its change.',
    ],
    ['核对两年报告的项目数量。', 'Check the item counts of both years.'],
    'warning',
  ),
} satisfies Catalog;
