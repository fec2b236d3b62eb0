import { aggregate, setCell, type AggregateResult, type Report, type Roster, type Submission } from '@report/core';
import { createExampleReport } from '@report/core/testing';

export const townships = ['鹅公镇', '石门乡', '长岭街道', '东山镇', '白水乡'];

/** The county's roster: five townships, due on the county's date. */
export function countyRoster(): Roster {
  return {
    entries: townships.map((name) => ({ id: name, name: `${name}人民政府`, aliases: [name], level: 'township' as const })),
    deadline: '2024-02-20',
  };
}

/** The reports the townships file: 鹅公镇, 石门乡 (late) and 长岭街道 are sound; 东山镇's table 三 does not balance; 白水乡 files nothing. */
export function townshipReports(): Report[] {
  return townships.slice(0, 4).map((name, index) =>
    createExampleReport({ year: 2023, seed: 100 + index, scale: 10 + index * 12, organ: { name: `${name}人民政府`, level: 'township' } }),
  );
}

export function countySubmissions(): Submission[] {
  const reports = townshipReports();
  setCell(reports[3], { table: 'applications', row: 'newReceived', column: 'naturalPerson' }, 999);
  return reports.map((report, index) => ({
    report,
    file: `${townships[index]}.xlsx`,
    sha256: String(index + 1).repeat(64),
    submittedOn: index === 1 ? '2024-02-25' : '2024-02-10',
  }));
}

/** A county aggregate made by core's `aggregate` from the submissions above. */
export function countyAggregate(): AggregateResult {
  return aggregate(countySubmissions(), { roster: countyRoster(), organ: { name: '某某县', level: 'county' }, year: 2023 });
}
