#!/usr/bin/env node
// Generates the example county 青山县 (fictional): its roster, the workbooks its townships and
// departments sent for 2024 (most correct, a few with the mistakes real townships make), the
// register of when each file arrived, and last year's reports for `gov-report compare`.
//
// Run after a build (it uses the built packages):  npm run build && node examples/demo-county/generate.mjs
// The output is committed, so `npm run demo` needs neither this script nor LibreOffice. The `.xls`
// file is converted once with LibreOffice (`soffice --headless --convert-to xls`) when it is found;
// otherwise the committed `.xls` is kept.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calendarYearPeriod, getForm, validateReport, withCheckCharacter } from '@report/core';
import { createRandom } from '@report/core/testing';
import { createTemplate, fillTemplate, readWorkbook } from '@report/excel-import';
import ExcelJS from 'exceljs';

const here = process.argv[2] ?? dirname(fileURLToPath(import.meta.url));
const year = 2024;
const form = getForm('gov-2021');
const county = { name: '青山县人民政府', short: '青山县' };
/** A fictional 行政区划代码 (the province prefix 36 is real, the rest is not a real county). */
const countyDivision = '369999';

// ── The roster ──────────────────────────────────────────────────────────────────────────────
// level: township (乡镇、街道) or department (县直部门). `size` drives the numbers; `powers` the
// licensing, penalty, coercion and fee figures of table 二, as such offices have in a real county.
const members = [
  { name: '青山镇人民政府', alias: '青山镇', level: 'township', size: 9, powers: { licensing: 18, penalty: 26, coercion: 2 } },
  { name: '白云镇人民政府', alias: '白云镇', level: 'township', size: 6, powers: { licensing: 11, penalty: 14, coercion: 1 } },
  { name: '石门镇人民政府', alias: '石门镇', level: 'township', size: 5, powers: { licensing: 9, penalty: 12, coercion: 0 } },
  { name: '柳溪镇人民政府', alias: '柳溪镇', level: 'township', size: 5, powers: { licensing: 8, penalty: 9, coercion: 1 } },
  { name: '龙泉乡人民政府', alias: '龙泉乡', level: 'township', size: 3, powers: { licensing: 4, penalty: 5, coercion: 0 } },
  { name: '桃源乡人民政府', alias: '桃源乡', level: 'township', size: 2, powers: { licensing: 3, penalty: 3, coercion: 0 } },
  { name: '东岭乡人民政府', alias: '东岭乡', level: 'township', size: 2, powers: { licensing: 2, penalty: 4, coercion: 0 } },
  { name: '清河街道办事处', alias: '清河街道', level: 'township', size: 8, powers: { licensing: 6, penalty: 31, coercion: 3 } },
  { name: '青山县人民政府办公室', alias: '县政府办', level: 'department', size: 16, powers: { licensing: 0, penalty: 0, coercion: 0 } },
  { name: '青山县发展和改革局', alias: '县发改局', level: 'department', size: 5, powers: { licensing: 46, penalty: 3, coercion: 0, fees: 0 } },
  { name: '青山县教育局', alias: '县教育局', level: 'department', size: 7, powers: { licensing: 85, penalty: 6, coercion: 0, fees: 0 } },
  { name: '青山县公安局', alias: '县公安局', level: 'department', size: 12, powers: { licensing: 1264, penalty: 2417, coercion: 152, fees: 12.46 } },
  { name: '青山县自然资源局', alias: '县自然资源局', level: 'department', size: 30, powers: { licensing: 392, penalty: 27, coercion: 4, fees: 85.3 } },
  { name: '青山县住房和城乡建设局', alias: '县住建局', level: 'department', size: 14, powers: { licensing: 618, penalty: 19, coercion: 2, fees: 3.18 } },
  { name: '青山县市场监督管理局', alias: '县市场监管局', level: 'department', size: 9, powers: { licensing: 3526, penalty: 184, coercion: 12, fees: 0.65 } },
  { name: '青山县卫生健康局', alias: '县卫健局', level: 'department', size: 6, powers: { licensing: 297, penalty: 41, coercion: 1, fees: 0 } },
];

/** Deadlines the county set for 2024 reports (before the legal 1月31日, so it can aggregate in time). */
const deadlines = { township: '2025-01-20', department: '2025-01-24' };

members.forEach((member, index) => {
  const number = String(index + 1).padStart(2, '0');
  member.divisionCode = member.level === 'township' ? `${countyDivision}1${number}` : undefined;
  // 统一社会信用代码 of a 机关: 11 + 行政区划代码 + a 9-character organisation code + the GB 32100 check character.
  member.creditCode = withCheckCharacter(`11${countyDivision}0${member.level === 'township' ? '1' : '2'}${String(2001 + index * 37).padStart(7, '0')}`);
});

// ── Realistic numbers ───────────────────────────────────────────────────────────────────────
/** How applications end, roughly as in published county reports (most granted or not held). */
const resultWeights = {
  granted: 42,
  partiallyGranted: 8,
  'denied.stateSecret': 0.2,
  'denied.prohibitedByLaw': 0.5,
  'denied.securityStability': 0.3,
  'denied.thirdPartyRights': 2,
  'denied.internalAffairs': 1.5,
  'denied.processInformation': 2,
  'denied.enforcementFiles': 1,
  'denied.inquiryMatters': 2,
  'unavailable.notHeld': 22,
  'unavailable.needsCreation': 4,
  'unavailable.stillUnclear': 3,
  'notProcessed.complaint': 3,
  'notProcessed.duplicate': 2,
  'notProcessed.publication': 0.5,
  'notProcessed.excessive': 0.5,
  'notProcessed.confirmation': 1,
  'otherHandling.noCorrection': 2,
  'otherHandling.feeUnpaid': 0.2,
  'otherHandling.other': 2,
};
const applicantShare = { naturalPerson: 0.82, business: 0.1, research: 0.005, publicInterest: 0.01, legalService: 0.04, otherOrganization: 0.025 };

function pickWeighted(random, weights) {
  const entries = Object.entries(weights);
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let draw = random() * total;
  for (const [key, weight] of entries) {
    draw -= weight;
    if (draw <= 0) return key;
  }
  return entries[entries.length - 1][0];
}

/** Rounds to a whole number, randomly up or down by the fraction, so small shares still occur. */
function stochasticRound(random, value) {
  const floor = Math.floor(value);
  return floor + (random() < value - floor ? 1 : 0);
}

function vary(random, value, spread = 0.25) {
  return value * (1 - spread + 2 * spread * random());
}

const applicationRows = form.tables.find((t) => t.id === 'applications').rows.map((r) => r.id);
const applicantColumns = Object.keys(applicantShare);

/**
 * Table 三 for one organ and year: handled applications spread over applicants and results;
 * `carriedOver` is last year's `carriedForward` (so the years connect), new = handled + forward − over.
 */
function applicationsTable(random, size, carriedOver) {
  const table = Object.fromEntries(applicationRows.map((row) => [row, {}]));
  const handledTotal = Math.max(1, Math.round(vary(random, size * 2.2)));
  for (const column of applicantColumns) {
    const handled = stochasticRound(random, handledTotal * applicantShare[column]);
    for (const row of Object.keys(resultWeights)) table[row][column] = 0;
    for (let i = 0; i < handled; i += 1) table[pickWeighted(random, resultWeights)][column] += 1;
    const forward = column === 'naturalPerson' ? stochasticRound(random, handled * 0.06) : random() < 0.1 ? 1 : 0;
    const over = Math.min(carriedOver?.[column] ?? (column === 'naturalPerson' ? stochasticRound(random, handled * 0.05) : 0), handled + forward);
    table.totalHandled[column] = handled;
    table.carriedForward[column] = forward;
    table.carriedOver[column] = over;
    table.newReceived[column] = handled + forward - over;
  }
  for (const row of applicationRows) table[row].total = applicantColumns.reduce((sum, column) => sum + table[row][column], 0);
  return table;
}

function reviewLitigationTable(random, size) {
  const row = (expected) => {
    const cases = stochasticRound(random, expected);
    const values = { upheld: 0, corrected: 0, other: 0, pending: 0 };
    for (let i = 0; i < cases; i += 1) values[pickWeighted(random, { upheld: 6, corrected: 1, other: 1.5, pending: 1.5 })] += 1;
    return { ...values, total: cases };
  };
  return { review: row(size / 8), litigationDirect: row(size / 20), litigationAfterReview: row(size / 30) };
}

/** Table 二; documents in force carry over from last year (in force + issued − repealed). */
function activeTable(random, member, previous) {
  const documents = member.level === 'department' ? Math.round(vary(random, 3)) : Math.round(vary(random, 1.4, 0.6));
  const lastInForce = previous?.normativeDocuments.inForce ?? (member.level === 'department' ? 12 : 5) + Math.round(random() * 10);
  const repealed = Math.min(lastInForce, Math.round(random() * 2));
  const inForce = lastInForce + documents - repealed;
  const powers = member.powers;
  return {
    regulations: { issued: 0, repealed: 0, inForce: 0 },
    normativeDocuments: { issued: documents, repealed, inForce },
    licensing: { decisions: Math.round(vary(random, powers.licensing, 0.1)) },
    penalty: { decisions: Math.round(vary(random, powers.penalty, 0.1)) },
    coercion: { decisions: Math.round(vary(random, powers.coercion, 0.2)) },
    fees: { amount: Math.round(vary(random, powers.fees ?? 0, 0.1) * 100) / 100 },
  };
}

function paragraphs(member, reportYear, tables) {
  const handled = tables.applications.totalHandled.total;
  const received = tables.applications.newReceived.total;
  const granted = tables.applications.granted.total;
  const reviews = tables.reviewLitigation.review.total;
  const shortName = member.name.replace(/人民政府$/, '');
  return {
    overview: [
      `${reportYear}年，${shortName}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，围绕县委、县政府中心工作，持续推进政务公开标准化规范化建设，政府信息公开工作取得新进展。`,
      `主动公开方面，依托${county.short}人民政府门户网站“政府信息公开”专栏及时发布机构职能、规范性文件、财政预决算、重大建设项目等信息。依申请公开方面，全年新收政府信息公开申请${received}件，办结${handled}件，其中予以公开${granted}件，均在法定期限内答复。`,
      `政府信息管理、平台建设和监督保障方面，落实公开前保密审查和动态更新机制，将政务公开工作纳入年度绩效考核，全年未发生因政府信息公开工作被责任追究的情况。`,
    ],
    problems: [
      `${reportYear}年工作中仍存在一些不足：部分栏目信息更新不够及时，政策解读形式较为单一，依申请公开答复的规范化水平有待提高。下一步将加强工作人员业务培训，完善信息发布审核流程，丰富图文、音视频等解读形式。`,
    ],
    other: [
      `${reportYear}年度本机关未收取信息处理费。${reviews > 0 ? `因政府信息公开被申请行政复议${reviews}件，已依法答复。` : ''}无其他需要报告的事项。`,
    ],
  };
}

function buildReport(member, reportYear, previous) {
  const random = createRandom(reportYear * 1000 + members.indexOf(member) * 7 + 3);
  const tables = {
    active: activeTable(random, member, previous?.tables.active),
    applications: applicationsTable(random, member.size, previous?.tables.applications.carriedForward),
    reviewLitigation: reviewLitigationTable(random, member.size),
  };
  if (previous && member.alias === '清河街道') {
    // A cross-year slip for `gov-report compare`: one more application “carried over” than last year carried forward
    // (the year itself still balances, so only the comparison with 2023 finds it).
    for (const column of ['naturalPerson', 'total']) {
      tables.applications.carriedOver[column] += 1;
      tables.applications.newReceived[column] -= 1;
    }
  }
  const text = paragraphs(member, reportYear, tables);
  const organ = { name: member.name, level: member.level, creditCode: member.creditCode, ...(member.divisionCode ? { divisionCode: member.divisionCode } : {}) };
  const report = {
    schema: 'report/v1',
    format: form.id,
    year: reportYear,
    organ,
    period: calendarYearPeriod(reportYear),
    tables,
    sections: form.sections.map((section) => ({ id: section.id, title: section.title, paragraphs: text[section.id] ?? [], children: [] })),
  };
  const problems = validateReport(report).filter((d) => d.severity === 'error');
  if (problems.length > 0) throw new Error(`generated report of ${member.name} ${reportYear} is not valid: ${problems.map((p) => p.message).join('; ')}`);
  return report;
}

const lastYear = new Map(members.map((member) => [member.name, buildReport(member, year - 1)]));
const thisYear = new Map(members.map((member) => [member.name, buildReport(member, year, lastYear.get(member.name))]));

// ── Workbooks ───────────────────────────────────────────────────────────────────────────────
const META_SHEET = '__report_template';
const levelLabels = { township: '乡镇（街道）', department: '政府部门' };
const contacts = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨帆', '赵磊', '黄敏', '周杰', '吴霞', '徐亮', '孙丽', '马超', '朱琳', '胡斌', '郭婷'];

/** The township's view of the template: the official template filled in, as Excel saves it (totals with their results). */
async function filledWorkbook(report, member) {
  const index = members.indexOf(member);
  const template = await createTemplate(form, { year: report.year, organ: report.organ });
  const filled = fillTemplate(template, report, { contact: { person: contacts[index], phone: `0799-62${String(31000 + index * 17).slice(-5)}` } });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(filled);
  workbook.creator = member.name;
  workbook.lastModifiedBy = contacts[index];
  workbook.created = new Date(Date.UTC(2025, 0, 6));
  workbook.modified = new Date(Date.UTC(2025, 0, 10));
  return workbook;
}

/** Where a cell of the report sits in the filled template (sheet and address), as the reader itself reports it. */
async function cellPosition(workbook, ref) {
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  const { report } = await readWorkbook(bytes, { fileName: 'position.xlsx' });
  const source = report?.cellSources?.[ref];
  if (!source?.sheet || !source.cell) throw new Error(`no cell ${ref} in the template`);
  return { sheet: source.sheet, address: source.cell };
}

/** A workbook a township made itself by pasting the tables into a blank file: no template map, and table 三 lower and further right. */
function handMadeCopy(source) {
  const copy = new ExcelJS.Workbook();
  source.eachSheet((sheet) => {
    if (sheet.name === META_SHEET) return;
    const isApplications = sheet.name.includes('三');
    const [rowOffset, columnOffset] = isApplications ? [5, 2] : [0, 0];
    const target = copy.addWorksheet(isApplications ? 'Sheet3' : sheet.name);
    if (isApplications) {
      target.getCell('A1').value = '桃源乡2024年政府信息公开工作年度报告附表';
      target.getCell('A3').value = '（以下表格从报告正文复制）';
    }
    sheet.columns.forEach((column, index) => {
      if (column.width) target.getColumn(index + 1 + columnOffset).width = column.width;
    });
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        const value = cell.formula ? cell.result : cell.value;
        if (value === null || value === undefined || cell.isMerged && cell.master.address !== cell.address) return;
        target.getCell(rowNumber + rowOffset, columnNumber + columnOffset).value = value;
      });
    });
    // exceljs keeps a sheet's merged ranges in `_merges` (Range objects; `.model` has the bounds).
    for (const { top, left, bottom, right } of Object.values(sheet._merges ?? {}).map((range) => range.model)) {
      target.mergeCells(top + rowOffset, left + columnOffset, bottom + rowOffset, right + columnOffset);
    }
  });
  return copy;
}

/** 1–99 in Chinese numerals, as a clerk might type them. */
function chineseNumber(value) {
  const digits = '零一二三四五六七八九';
  if (value < 10) return digits[value];
  const tens = Math.floor(value / 10);
  return `${tens === 1 ? '' : digits[tens]}十${value % 10 === 0 ? '' : digits[value % 10]}`;
}

async function save(workbook, path) {
  writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
}

function writeJson(path, value) {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

// ── Output ──────────────────────────────────────────────────────────────────────────────────
const submissions = join(here, 'submissions');
const previousFolder = join(here, '2023');
const xlsName = '龙泉乡.xls';
const keptXls = existsSync(join(submissions, xlsName)) ? readFileSync(join(submissions, xlsName)) : undefined;
rmSync(submissions, { recursive: true, force: true });
rmSync(previousFolder, { recursive: true, force: true });
mkdirSync(submissions, { recursive: true });
mkdirSync(previousFolder, { recursive: true });

// The roster: one row per organ expected to file, with the deadline the county set.
const roster = new ExcelJS.Workbook();
const rosterSheet = roster.addWorksheet('名册');
rosterSheet.columns = [
  { header: '名称', width: 26 },
  { header: '简称', width: 14 },
  { header: '层级', width: 14 },
  { header: '统一社会信用代码', width: 22 },
  { header: '行政区划代码', width: 14 },
  { header: '上级', width: 16 },
  { header: '报送截止日期', width: 14 },
];
rosterSheet.addRow([county.name, county.short, '县级人民政府', withCheckCharacter(`11${countyDivision}000000001`), countyDivision, '', '']);
for (const member of members) {
  rosterSheet.addRow([member.name, member.alias, levelLabels[member.level], member.creditCode, member.divisionCode ?? '', county.name, deadlines[member.level]]);
}
rosterSheet.getRow(1).font = { bold: true };
await save(roster, join(here, 'roster.xlsx'));

/** When each file arrived (the county office's register). */
const received = [];
const receivedOn = (file, date) => received.push([file, date]);
const ordinaryDates = ['2025-01-08', '2025-01-09', '2025-01-13', '2025-01-14', '2025-01-15', '2025-01-16', '2025-01-17', '2025-01-20', '2025-01-22', '2025-01-23'];

for (const [index, member] of members.entries()) {
  const report = thisYear.get(member.name);
  const file = `${member.alias}.xlsx`;
  const date = ordinaryDates[index % ordinaryDates.length] > deadlines[member.level] ? deadlines[member.level] : ordinaryDates[index % ordinaryDates.length];
  switch (member.alias) {
    case '东岭乡':
      // Did not file.
      break;
    case '白云镇': {
      // A balance error in table 三: two more new applications typed for natural persons than were handled and carried forward (一+二 ≠ 三（七）+四).
      const workbook = await filledWorkbook(report, member);
      const { sheet, address } = await cellPosition(workbook, 'applications/newReceived/naturalPerson');
      const cell = workbook.getWorksheet(sheet).getCell(address);
      cell.value = Number(cell.value) + 2;
      const total = await cellPosition(workbook, 'applications/newReceived/total');
      const totalCell = workbook.getWorksheet(total.sheet).getCell(total.address);
      if (totalCell.formula) totalCell.value = { formula: totalCell.formula, result: Number(totalCell.result) + 2 };
      await save(workbook, join(submissions, file));
      receivedOn(file, date);
      break;
    }
    case '石门镇': {
      // Text typed into a number cell: the number of normative documents in force written in Chinese numerals (“十二”).
      const workbook = await filledWorkbook(report, member);
      const { sheet, address } = await cellPosition(workbook, 'active/normativeDocuments/inForce');
      workbook.getWorksheet(sheet).getCell(address).value = chineseNumber(report.tables.active.normativeDocuments.inForce);
      await save(workbook, join(submissions, file));
      receivedOn(file, date);
      break;
    }
    case '柳溪镇': {
      // Filed twice: a first version, then a corrected one three days later; both are in the folder.
      await save(await filledWorkbook(report, member), join(submissions, file));
      receivedOn(file, '2025-01-14');
      const corrected = structuredClone(report);
      corrected.tables.active.penalty.decisions += 1;
      await save(await filledWorkbook(corrected, member), join(submissions, `${member.alias}（更正）.xlsx`));
      receivedOn(`${member.alias}（更正）.xlsx`, '2025-01-17');
      break;
    }
    case '龙泉乡': {
      // Saved as an old .xls (Excel 97–2003) file.
      const workbook = await filledWorkbook(report, member);
      const soffice = ['soffice', 'libreoffice'].find((name) => {
        try {
          execFileSync(name, ['--version'], { stdio: 'ignore' });
          return true;
        } catch {
          return false;
        }
      });
      if (soffice) {
        const temporary = mkdtempSync(join(tmpdir(), 'demo-county-'));
        await save(workbook, join(temporary, '龙泉乡.xlsx'));
        execFileSync(soffice, ['--headless', '--convert-to', 'xls', '--outdir', temporary, join(temporary, '龙泉乡.xlsx')], { stdio: 'ignore' });
        copyFileSync(join(temporary, '龙泉乡.xls'), join(submissions, xlsName));
        rmSync(temporary, { recursive: true, force: true });
      } else if (keptXls) {
        writeFileSync(join(submissions, xlsName), keptXls);
      } else {
        throw new Error('LibreOffice (soffice) is needed once to make the .xls file');
      }
      receivedOn(xlsName, date);
      break;
    }
    case '桃源乡': {
      // Tables pasted into a blank workbook, table 三 at an odd position.
      await save(handMadeCopy(await filledWorkbook(report, member)), join(submissions, file));
      receivedOn(file, date);
      break;
    }
    case '县卫健局': {
      // Late: the deadline was 2025-01-24.
      await save(await filledWorkbook(report, member), join(submissions, file));
      receivedOn(file, '2025-02-07');
      break;
    }
    case '县政府办': {
      // Filed as report JSON (from the web form) instead of a workbook.
      writeJson(join(submissions, `${member.alias}.json`), { ...report, submittedOn: date });
      receivedOn(`${member.alias}.json`, date);
      break;
    }
    default:
      await save(await filledWorkbook(report, member), join(submissions, file));
      receivedOn(file, date);
  }
}
received.sort((a, b) => (a[1] === b[1] ? a[0].localeCompare(b[0], 'zh-CN') : a[1] < b[1] ? -1 : 1));
writeFileSync(join(here, 'received.csv'), `文件,收到日期\n${received.map((row) => row.join(',')).join('\n')}\n`);

// The county's own text for its report (sections 一、五、六; the tables come from aggregation).
writeFileSync(
  join(here, '青山县年报文字.txt'),
  [
    `${county.name}${year}年政府信息公开工作年度报告`,
    '',
    `本报告根据《中华人民共和国政府信息公开条例》第五十条的规定编制，由${county.name}办公室汇总全县各乡镇（街道）和县直部门的年度报告形成。本报告中所列数据统计期限为${year}年1月1日至12月31日。报告电子版可在${county.short}人民政府门户网站“政府信息公开”专栏下载。`,
    '',
    '一、总体情况',
    `${year}年，${county.short}深入贯彻落实《中华人民共和国政府信息公开条例》，围绕县委、县政府中心工作，以标准化规范化建设为抓手，全面推进决策、执行、管理、服务、结果公开，政府信息公开工作质量进一步提升。`,
    '（一）主动公开',
    '全县各级行政机关依托县政府门户网站、政务新媒体和政务服务中心公开栏，及时公开机构职能、政策文件、财政预决算、重大建设项目、乡村振兴等领域信息，做好行政规范性文件的解读工作。',
    '（二）依申请公开',
    '严格执行申请登记、审核、办理、答复、归档工作流程，依法保障申请人的合法权益，全县依申请公开答复均在法定期限内完成。',
    '（三）政府信息管理',
    '落实政府信息公开前保密审查机制，定期清理行政规范性文件并及时公开清理结果，动态更新政府信息公开指南和目录。',
    '（四）政府信息公开平台建设',
    '优化县政府门户网站“政府信息公开”专栏栏目设置，推进乡镇（街道）政务公开专区建设，提升平台的集约化水平。',
    '（五）监督保障',
    '将政务公开工作纳入全县年度绩效考核，组织政务公开业务培训 2 次，全年未发生因政府信息公开工作被责任追究的情况。',
    '',
    '五、存在的主要问题及改进情况',
    '一是个别乡镇政府信息更新不够及时；二是政策解读形式较为单一；三是基层工作人员业务能力有待提高。下一步，将加强对乡镇（街道）和县直部门的业务指导，丰富图解、视频等解读形式，完善常态化培训机制。',
    '',
    '六、其他需要报告的事项',
    `${year}年度全县各级行政机关均未收取信息处理费。无其他需要报告的事项。`,
    '',
  ].join('\n'),
);

// Last year's reports (2023), as report JSON, for `gov-report compare`.
for (const member of members) writeJson(join(previousFolder, `${member.alias}.json`), lastYear.get(member.name));

// Check what was written reads back as intended (the sound workbooks with no error).
const expectErrors = new Set(['白云镇.xlsx', '石门镇.xlsx', xlsName]);
for (const file of readdirSync(submissions).sort()) {
  if (!file.endsWith('.xlsx') && !file.endsWith('.xls')) continue;
  const result = await readWorkbook(new Uint8Array(readFileSync(join(submissions, file))), { fileName: file });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  const checks = result.report ? validateReport(result.report).filter((d) => d.severity === 'error') : [];
  const bad = errors.length + checks.length > 0;
  if (bad !== expectErrors.has(file)) {
    throw new Error(`${file}: expected ${expectErrors.has(file) ? 'errors' : 'no error'}, got ${[...errors, ...checks].map((d) => `${d.code} ${d.message}`).join('; ') || 'none'}`);
  }
}
console.log(`Wrote the example county into ${here}: roster.xlsx, received.csv, ${readdirSync(submissions).length} submissions, ${members.length} reports of ${year - 1}.`);
