import { cellKey, createExampleReport, getForm, sumExact, tableCells, type AggregateResult, type CellContribution, type Report, type SubmissionOutcome } from '@report/core';

const townships = ['鹅公镇', '石门乡', '长岭街道', '东山镇', '白水乡'];

/**
 * A county aggregate built from the contract types (AggregateResult): five townships expected,
 * four filed, one of them rejected, one late; the county report sums the three accepted members,
 * cell by cell, with each member's contribution recorded.
 */
export function countyAggregate(): AggregateResult {
  const form = getForm('gov-2021');
  const members = [0, 1, 2].map((index) =>
    createExampleReport({ year: 2023, seed: 100 + index, scale: 10 + index * 12, organ: { name: `${townships[index]}人民政府`, level: 'township' } }),
  );
  const report: Report = {
    schema: 'report/v1',
    format: 'gov-2021',
    year: 2023,
    organ: { name: '某某县', level: 'county' },
    period: { start: '2023-01-01', end: '2023-12-31' },
    tables: {},
    sections: form.sections.map((section) => ({ id: section.id, title: section.title, paragraphs: [], children: [] })),
    members: members.map((member, index) => ({ organ: member.organ, file: `${townships[index]}.xlsx`, sha256: `${index}`.repeat(64) })),
    contributions: {},
  };
  for (const table of form.tables) {
    for (const { row, column } of tableCells(table)) {
      const contributions: CellContribution[] = [];
      members.forEach((member, index) => {
        const value = member.tables[table.id]?.[row]?.[column];
        if (typeof value === 'number') contributions.push({ member: index, value, source: { file: `${townships[index]}.xlsx`, sheet: '表三', cell: 'D5' } });
      });
      const key = cellKey({ table: table.id, row, column });
      report.contributions![key] = contributions;
      ((report.tables[table.id] ??= {})[row] ??= {})[column] = contributions.length > 0 ? sumExact(contributions.map((c) => c.value)) : null;
    }
  }
  const outcome = (index: number, organ: string, status: SubmissionOutcome['status'], extra: Partial<SubmissionOutcome> = {}): SubmissionOutcome => ({
    index,
    file: `${organ}.xlsx`,
    organ,
    entryId: organ,
    status,
    late: false,
    reasons: [],
    errorCount: 0,
    warningCount: 0,
    ...extra,
  });
  const outcomes = [
    outcome(0, '鹅公镇', 'accepted'),
    outcome(1, '石门乡', 'accepted', { late: true, reasons: ['2024-02-25 报送，晚于本地截止日期 2024-02-20'] }),
    outcome(2, '长岭街道', 'accepted'),
    outcome(3, '东山镇', 'rejected', { errorCount: 2, reasons: ['表三 一+二 ≠ 三（七）+四（自然人列：31 ≠ 29）', '表四 行政复议 总计不等于各项之和'] }),
  ];
  const draftParagraphs = [
    `2023年，全县${members.length}个乡镇（街道）报送了政府信息公开工作年度报告，共新收政府信息公开申请${report.tables.applications.newReceived.total}件。`,
    `全县办结政府信息公开申请${report.tables.applications.totalHandled.total}件，结转下年度继续办理${report.tables.applications.carriedForward.total}件。`,
  ];
  return {
    report,
    completeness: {
      expected: townships,
      received: townships.slice(0, 4),
      missing: [townships[4]],
      accepted: outcomes.filter((o) => o.status === 'accepted'),
      rejected: outcomes.filter((o) => o.status === 'rejected'),
      duplicate: [],
      unexpected: [],
      excluded: [],
      late: outcomes.filter((o) => o.late),
    },
    outcomes,
    diagnostics: [],
    narrativeDraft: {
      draft: true,
      paragraphs: draftParagraphs,
      sections: [{ id: 'applications', paragraphs: draftParagraphs }],
      note: '草稿：以下文字由汇总数据生成，使用前请核对。',
    },
  };
}
