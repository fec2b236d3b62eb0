/**
 * Workbooks as townships make them without the template, for the reading benchmark: the official
 * tables typed or pasted into ordinary sheets (written by exceljs, as a spreadsheet library
 * saves them), read by their labels. Reproducible from the index alone.
 */
import { forms, type Report } from '@report/core';
import { createExampleReport } from '@report/core/testing';
import { paintActive, paintApplications, paintReviewLitigation, type ValueFor } from '../fixture-kit/official-tables.js';
import { SheetSpec } from '../fixture-kit/sheet-spec.js';
import { writeWithExcelJs } from '../fixture-kit/write-exceljs.js';

/** The report behind pasted workbook i: three in four gov-2021, one in four the 2019 trial format. */
export function pastedReportFor(i: number): Report {
  const trial = i % 4 === 3;
  return createExampleReport({
    form: trial ? forms['gov-2019'] : forms['gov-2021'],
    year: trial ? 2020 : 2024,
    seed: 100_000 + i,
    scale: 5 + (i % 50),
    organ: { name: `第${i + 1}乡人民政府`, level: 'township' },
  });
}

/**
 * Pasted workbook i: even i, each table pasted onto a sheet of its own with merged headers (as
 * copied from a web page), some figures stored as text; odd i, the three tables typed on one
 * sheet, unmerged, under a title. A cover or title names the organ and the year.
 */
export async function pastedWorkbook(i: number): Promise<{ bytes: Uint8Array; report: Report }> {
  const report = pastedReportFor(i);
  const format = report.format === 'gov-2019' ? '2019' : '2021';
  let counter = 0;
  const value: ValueFor = (table, row, column) => {
    const figure = report.tables[table]?.[row]?.[column];
    if (typeof figure !== 'number') return null;
    counter += 1;
    return table === 'applications' && counter % 5 === 0 ? String(figure) : figure;
  };
  const organ = report.organ.name;
  if (i % 2 === 0) {
    const cover = new SheetSpec('封面');
    cover.set(0, 0, '政府信息公开工作年度报告数据表').merge(0, 0, 0, 3);
    cover.set(2, 0, '报送单位：').set(2, 1, organ);
    cover.set(3, 0, '报告年度：').set(3, 1, report.year);
    const active = new SheetSpec('表二');
    active.set(0, 0, '二、主动公开政府信息情况').merge(0, 0, 0, 3);
    paintActive(active, 1, 0, format, { merged: true }, value);
    const applications = new SheetSpec('表三');
    applications.set(0, 0, '三、收到和处理政府信息公开申请情况').merge(0, 0, 0, 9);
    paintApplications(applications, 1, 0, format, { merged: true }, value);
    const review = new SheetSpec('表四');
    review.set(0, 0, '四、政府信息公开行政复议、行政诉讼情况').merge(0, 0, 0, 14);
    paintReviewLitigation(review, 1, 0, { merged: true }, value);
    return { bytes: await writeWithExcelJs([cover, active, applications, review]), report };
  }
  const sheet = new SheetSpec('Sheet1');
  sheet.set(0, 0, `${organ}${report.year}年政府信息公开工作年度报告`);
  sheet.set(2, 0, '二、主动公开政府信息情况');
  let row = paintActive(sheet, 3, 0, format, { merged: false }, value);
  sheet.set(row + 1, 0, '三、收到和处理政府信息公开申请情况');
  row = paintApplications(sheet, row + 2, 0, format, { merged: false }, value);
  sheet.set(row + 1, 0, '四、政府信息公开行政复议、行政诉讼情况');
  paintReviewLitigation(sheet, row + 2, 0, { merged: false }, value);
  return { bytes: await writeWithExcelJs([sheet]), report };
}
