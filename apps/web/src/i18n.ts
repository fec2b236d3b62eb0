import { type Locale } from '@report/core';

/** The page's own words, Chinese first; official labels and diagnostics come from the pipeline in the chosen language. */
export const strings = {
  skip: ['跳到正文', 'Skip to content'],
  title: ['政府信息公开工作年度报告 · 自查与汇总', 'Annual reports on government information disclosure · check and aggregate'],
  privacy: ['所有文件只在这台电脑的浏览器里处理，不会上传或发送到任何地方。', 'Every file is processed in this browser on this computer; nothing is uploaded or sent anywhere.'],
  tabTownship: ['乡镇自查', 'Township self-check'],
  tabCounty: ['县级汇总', 'County aggregation'],
  townshipPick: ['选择或拖入一个报表文件：填好的工作簿（.xlsx），或年报数据（.json）、年报文字（.txt）', 'Choose or drop one file: a filled workbook (.xlsx), a report (.json) or a report text (.txt)'],
  templateLegend: ['空白模板', 'Blank template'],
  organ: ['机关名称', 'Organ'],
  year: ['年度', 'Year'],
  templateDownload: ['下载空白模板', 'Download a blank template'],
  countyFiles: ['各单位报送的文件（可多选，或拖入文件、文件夹）', "The organs' files (several, or drop files and folders)"],
  countyFolder: ['或选择整个文件夹', 'or choose a whole folder'],
  roster: ['名册（.xlsx / .csv / .json）', 'Roster (.xlsx / .csv / .json)'],
  received: ['收文登记表（可选，.csv）', 'Received-date register (optional, .csv)'],
  narrative: ['本级年报文字（可选，.txt）', "The county's own text (optional, .txt)"],
  countyOrgan: ['汇总机关（空着则取名册中的上级机关）', 'Aggregating organ (blank: the roster’s top organ)'],
  countyYear: ['年度（空着则按报表）', 'Year (blank: from the files)'],
  countyRun: ['开始汇总', 'Aggregate'],
  cancel: ['取消', 'Cancel'],
  cancelled: ['已取消。', 'Cancelled.'],
  working: ['正在处理…', 'Working…'],
  needFiles: ['请先选择各单位报送的文件和名册。', "Choose the organs' files and the roster first."],
  chosen: ['已选 {n} 个文件', '{n} files chosen'],
  readersNote: ['用 {n} 个线程读取和检查了 {files} 个文件。', 'Read and checked {files} files in {n} threads.'],
  failed: ['出错了：', 'Something went wrong: '],
  problems: ['问题', 'Problems'],
  noProblems: ['没有发现问题。', 'No problems found.'],
  otherProblems: ['其他问题', 'Other problems'],
  sheet: ['工作表', 'Sheet'],
  cell: ['单元格', 'Cell'],
  fix: ['处理：', 'Fix: '],
  tables: ['表格（官方样式，有问题的单元格已标出）', 'Tables (official layout, problem cells marked)'],
  downloadJson: ['下载报告数据（JSON）', 'Download the report (JSON)'],
  downloadPdf: ['下载 PDF', 'Download the PDF'],
  downloadAnnotated: ['下载标出问题的工作簿', 'Download the workbook with the problems marked'],
  unreadable: ['无法读取这个文件，问题如下。', 'This file cannot be read; the problems are below.'],
  errorsWarnings: ['{e} 个错误，{w} 个警告，{i} 个提示', '{e} errors, {w} warnings, {i} notes'],
  completeness: ['报送情况', 'Completeness'],
  expected: ['应报', 'Expected'],
  receivedCount: ['已收', 'Received'],
  missing: ['缺报', 'Missing'],
  accepted: ['计入汇总', 'Accepted'],
  rejected: ['退回', 'Rejected'],
  duplicate: ['重复', 'Duplicate'],
  late: ['逾期', 'Late'],
  unexpected: ['不在名册', 'Not on the roster'],
  excluded: ['未使用', 'Not used'],
  unreadableCount: ['无法读取', 'Unreadable'],
  skippedCount: ['跳过', 'Skipped'],
  files: ['文件数', 'Files'],
  fileList: ['每个文件的去向', 'Where each file went'],
  missingList: ['缺报单位', 'Missing organs'],
  skippedList: ['跳过的文件', 'Files skipped'],
  downloads: ['下载（与命令行 gov-report aggregate 的输出相同）', 'Downloads (the same files as gov-report aggregate writes)'],
  checking: ['审核发现的问题', 'Problems found'],
  preview: ['汇总年报预览', 'County report preview'],
  checkingReport: ['审核报告', 'Checking report'],
  moreProblems: ['另有 {n} 条，见审核报告。', '{n} more in the checking report.'],
  file: ['文件', 'File'],
  status: ['去向', 'Status'],
  organColumn: ['单位', 'Organ'],
  reason: ['说明', 'Reason'],
  severity_error: ['错误', 'Error'],
  severity_warning: ['警告', 'Warning'],
  severity_info: ['提示', 'Note'],
  status_accepted: ['计入', 'accepted'],
  status_rejected: ['退回', 'rejected'],
  status_duplicate: ['重复', 'duplicate'],
  status_unexpected: ['不在名册', 'not on the roster'],
  status_excluded: ['未使用', 'not used'],
  status_unreadable: ['无法读取', 'unreadable'],
  lateMark: ['（逾期）', ' (late)'],
  rerun: ['语言已切换；重新检查后问题说明也会换成该语言。', 'Language switched; run the check again for the problems in that language.'],
} as const satisfies Record<string, readonly [string, string]>;

export type StringKey = keyof typeof strings;

let current: Locale = 'zh-CN';

export const locale = () => current;
export const setLocale = (next: Locale) => {
  current = next;
};

export function t(key: StringKey, params: Record<string, string | number> = {}): string {
  const [zh, en] = strings[key];
  return (current === 'en' ? en : zh).replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
