import { describe, expect, it } from 'vitest';
import { createReportSchema, forms, ReportError, setCell, validateReport, type FormDefinition } from '../index.js';
import { layoutTable } from '../plugin.js';
import { catchReportError, createExampleReport, exampleFeeNoticesTable, exampleTransferredRow } from '../testing.js';
import { extendForm } from './extend.js';

const gov2021 = forms['gov-2021'];
const table = (form: FormDefinition, id: string) => form.tables.find((t) => t.id === id)!;
const rowIds = (form: FormDefinition, id: string) => table(form, id).rows.map((r) => r.id);

const transferred = exampleTransferredRow();

function expectExtensionError(run: () => unknown, text: RegExp): void {
  const error = catchReportError(run);
  expect(error).toBeInstanceOf(ReportError);
  expect(error.code).toBe('invalid-form-extension');
  expect(error.message).toMatch(text);
}

describe('extendForm', () => {
  it('returns a new form and never changes the base', () => {
    const before = JSON.stringify(forms);
    const extended = extendForm(gov2021, { tables: { applications: { addRows: [transferred] } }, rules: { remove: ['R3-8'] } });
    expect(JSON.stringify(forms)).toBe(before);
    expect(extended).not.toBe(gov2021);
    expect(rowIds(gov2021, 'applications')).toHaveLength(25);
    expect(rowIds(extended, 'applications')).toHaveLength(26);
    expect(gov2021.rules.some((r) => r.id === 'R3-8')).toBe(true);
    expect(extended.rules.some((r) => r.id === 'R3-8')).toBe(false);
    expect(extended.id).toBe('gov-2021');
    expect(extendForm(gov2021, { id: 'hunan-2021' })).toMatchObject({ id: 'hunan-2021', extends: 'gov-2021' });
  });

  it('accepts every built-in form unchanged (they pass its consistency checks)', () => {
    for (const form of Object.values(forms)) {
      const copy = extendForm(form, {});
      expect(copy.tables).toEqual(form.tables);
      expect(copy.rules.map((r) => r.id)).toEqual(form.rules.map((r) => r.id));
    }
  });

  it('places rows after a row, in order, or at the end', () => {
    const extended = extendForm(gov2021, {
      tables: {
        applications: {
          addRows: [
            transferred,
            { ...transferred, id: 'otherHandling.merged', label: '5.合并办理', shortLabel: '（六）5' },
            { id: 'note', label: '五、其他说明', after: undefined },
          ],
        },
      },
    });
    const ids = rowIds(extended, 'applications');
    expect(ids.slice(ids.indexOf('otherHandling.other'), ids.indexOf('otherHandling.other') + 4)).toEqual([
      'otherHandling.other',
      'otherHandling.transferred',
      'otherHandling.merged',
      'totalHandled',
    ]);
    expect(ids.at(-1)).toBe('note');
    expect(table(extended, 'applications').rows.find((r) => r.id === 'otherHandling.transferred')).not.toHaveProperty('after');
  });

  it('gives a row of table 二 the block and columns of the row it follows', () => {
    const extended = extendForm(gov2021, {
      tables: {
        active: {
          addRows: [
            { id: 'otherPolicyDocuments', label: '其他政策文件', after: 'normativeDocuments' },
            { id: 'serviceFees', label: '经营服务性收费' },
          ],
        },
      },
    });
    const rows = table(extended, 'active').rows;
    expect(rows.find((r) => r.id === 'otherPolicyDocuments')).toMatchObject({ block: 'article20.1', columns: ['issued', 'repealed', 'inForce'] });
    expect(rows.find((r) => r.id === 'serviceFees')).toMatchObject({ block: 'article20.8', columns: ['amount'] });
    const grid = layoutTable(table(extended, 'active'));
    expect(grid.cells.filter((c) => c.kind === 'rowLabel').map((c) => c.text)).toEqual([
      '规章',
      '行政规范性文件',
      '其他政策文件',
      '行政许可',
      '行政处罚',
      '行政强制',
      '行政事业性收费',
      '经营服务性收费',
    ]);
    expect(grid.bands.filter((b) => b.kind === 'block').map((b) => b.endRow - b.startRow)).toEqual([5, 3, 4, 4]);
  });

  it('adds a column that rules and the printed header pick up by its group', () => {
    const extended = extendForm(gov2021, {
      tables: {
        applications: {
          addColumns: [
            {
              id: 'villageCommittee',
              label: '村（居）民委员会',
              labelEn: 'village committees',
              kind: 'count',
              headerPath: ['申请人情况', '法人或其他组织'],
              groups: ['applicant'],
              after: 'legalService',
            },
          ],
        },
      },
    });
    const applications = table(extended, 'applications');
    expect(applications.columns.map((c) => c.id).slice(4, 7)).toEqual(['legalService', 'villageCommittee', 'otherOrganization']);
    const grid = layoutTable(applications);
    expect(grid.columnCount).toBe(11);
    expect(grid.cells.find((c) => c.text === '法人或其他组织')).toMatchObject({ colSpan: 6 });
    const report = createExampleReport({ form: extended, seed: 4 });
    expect(report.tables.applications.newReceived.villageCommittee).toEqual(expect.any(Number));
    expect(validateReport(report, { form: extended })).toEqual([]);
    setCell(report, { table: 'applications', row: 'granted', column: 'villageCommittee' }, report.tables.applications.granted.villageCommittee! + 1);
    expect(validateReport(report, { form: extended }).map((d) => d.code).sort()).toEqual(['R3-2', 'R3-3']);
  });

  it('adds a column to one block of table 二 and to the rows of that block', () => {
    const extended = extendForm(gov2021, {
      tables: { active: { addColumns: [{ id: 'amended', label: '本年修订件数', kind: 'count', block: 'article20.1', after: 'repealed' }] } },
    });
    const active = table(extended, 'active');
    expect(active.rows.find((r) => r.id === 'regulations')!.columns).toEqual(['issued', 'repealed', 'inForce', 'amended']);
    expect(active.rows.find((r) => r.id === 'licensing')!.columns).toEqual(['decisions']);
    expect(active.layout).toMatchObject({ valueColumns: 4, blocks: [{ columns: ['issued', 'repealed', 'amended', 'inForce'] }, {}, {}, {}] });
    expect(layoutTable(active).columnCount).toBe(5);
  });

  it('adds a table with its section, and the report schema accepts its cells', () => {
    const extended = extendForm(gov2021, {
      addTables: [exampleFeeNoticesTable()],
    });
    expect(extended.sections.map((s) => s.id).slice(-2)).toEqual(['other', 'feeNotices']);
    expect(extended.sections.at(-1)!.tableId).toBe('feeNotices');
    const report = createExampleReport({ form: extended, seed: 2 });
    expect(createReportSchema(extended).safeParse(report).success).toBe(true);
    expect(createReportSchema(gov2021).safeParse(report).success).toBe(false);
  });

  it('changes labels of rows, columns, sections and tables', () => {
    const extended = extendForm(gov2021, {
      tables: {
        applications: { rowLabels: { 'otherHandling.other': '3.其他情形' }, columnLabels: { otherOrganization: { label: '其他组织', shortLabel: '其他组织' } } },
        reviewLitigation: { title: '四、行政复议、行政诉讼情况' },
      },
      sections: { problems: { title: '五、存在的主要问题及改进情况', titleVariants: ['问题和整改'] } },
    });
    expect(table(extended, 'applications').rows.find((r) => r.id === 'otherHandling.other')!.label).toBe('3.其他情形');
    expect(table(extended, 'applications').columns.find((c) => c.id === 'otherOrganization')).toMatchObject({ label: '其他组织', shortLabel: '其他组织' });
    expect(table(extended, 'reviewLitigation').title).toBe('四、行政复议、行政诉讼情况');
    expect(extended.sections.find((s) => s.id === 'problems')!.titleVariants).toContain('问题和整改');
    expect(layoutTable(table(extended, 'applications')).cells.some((c) => c.text === '3.其他情形')).toBe(true);
  });

  it('adds, replaces and removes rules', () => {
    const r38 = gov2021.rules.find((r) => r.id === 'R3-8')!;
    const extended = extendForm(gov2021, {
      rules: {
        remove: ['R4-4'],
        replace: [{ ...r38, severity: 'warning' }],
        add: [{ id: 'custom-1', kind: 'custom', severity: 'info', description: { zh: '示例', en: 'example' }, check: () => [] }],
      },
    });
    expect(extended.rules.find((r) => r.id === 'R3-8')!.severity).toBe('warning');
    expect(r38.severity).toBe('error');
    expect(extended.rules.map((r) => r.id)).not.toContain('R4-4');
    expect(extended.rules.at(-1)!.id).toBe('custom-1');
  });

  it('rejects extensions that name what does not exist, repeat ids, or split merged labels', () => {
    expectExtensionError(() => extendForm(gov2021, { tables: { table5: { addRows: [] } } }), /没有表格“table5”/);
    expectExtensionError(() => extendForm(gov2021, { tables: { applications: { addRows: [{ ...transferred, after: 'otherHandling.nope' }] } } }), /没有行“otherHandling\.nope”/);
    expectExtensionError(() => extendForm(gov2021, { tables: { applications: { addRows: [{ ...transferred, id: 'granted' }] } } }), /已有行“granted”/);
    expectExtensionError(
      () => extendForm(gov2021, { tables: { applications: { addColumns: [{ id: 'total', label: '合计', kind: 'count' }] } } }),
      /已有列“total”/,
    );
    expectExtensionError(() => extendForm(gov2021, { tables: { active: { addRows: [{ id: 'x', label: 'x', block: 'article20.99' }] } } }), /没有区块“article20\.99”/);
    expectExtensionError(
      () => extendForm(gov2021, { tables: { active: { addRows: [{ id: 'x', label: 'x', after: 'licensing', columns: ['issued'] }] } } }),
      /区块“article20\.5”不打印的列：issued/,
    );
    expectExtensionError(
      () => extendForm(gov2021, { tables: { applications: { addRows: [{ ...transferred, after: 'carriedForward' }] } } }),
      /与该组其他行不相邻/,
    );
    expectExtensionError(() => extendForm(gov2021, { rules: { remove: ['R9-9'] } }), /没有规则“R9-9”/);
    expectExtensionError(() => extendForm(gov2021, { rules: { add: [{ ...gov2021.rules[0] }] } }), /已有规则“R2-1”/);
    expectExtensionError(
      () =>
        extendForm(gov2021, {
          rules: {
            add: [{ ...(gov2021.rules.find((r) => r.id === 'R3-8') as object), id: 'X-1', left: ['carriedForwardd'] } as FormDefinition['rules'][number]],
          },
        }),
      /规则“X-1”引用了表格“applications”中不存在的行“carriedForwardd”/,
    );
    expectExtensionError(() => extendForm(gov2021, { id: 'hunan-2021', tables: { nope: {} } }), /扩展报告格式 gov-2021 → hunan-2021 出错/);
  });
});
