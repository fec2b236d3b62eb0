import type { Report } from '@report/core';
import { createExampleReport } from '@report/core/testing';

/** A full gov-2021 county-department report, every cell filled and valid. */
export function report2021(): Report {
  const report = createExampleReport({ year: 2023, seed: 7, scale: 40, organ: { name: '某某县人民政府办公室', level: 'department' } });
  report.preface = ['本报告依据《中华人民共和国政府信息公开条例》编制。本报告中所列数据统计期限为2023年1月1日至2023年12月31日。'];
  report.tables.active.fees.amount = 12.345678;
  return report;
}

/** A gov-2019 (trial format) report for 2020, with a negative 本年增/减 and an amount without a unit in its label. */
export function report2019(): Report {
  const report = createExampleReport({ year: 2020, seed: 3, scale: 20, organ: { name: '某某市生态环境局', level: 'department' } });
  report.tables.active.licensing.change = -8;
  report.tables.active.procurement.amount = 25.1;
  return report;
}
