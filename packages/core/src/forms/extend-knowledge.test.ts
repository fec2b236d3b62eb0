import { describe, expect, it } from 'vitest';
import { applicableMemberFigures, memberFigureLabel } from '../aggregate/presentation.js';
import { createNarrativeDraft } from '../aggregate/narrative-draft.js';
import type { Completeness } from '../aggregate/types.js';
import { compareYears } from '../compare.js';
import { createExampleReport } from '../example-report.js';
import { getCell, setCell, type Organ, type OrganLevel, type Report } from '../model/report.js';
import { validateReport } from '../validate.js';
import { extendForm } from './extend.js';
import { availableForms, formForYear, forms } from './registry.js';
import type { CrossYearRule, FormDefinition } from './types.js';

/*
 * A province plugin extends a form's knowledge the way it extends its tables: with `extendForm`.
 * Each test shows the extension changing what a consumer does.
 */

const gov2021 = forms['gov-2021'];
const TOWN: Organ = { name: '青山镇人民政府', level: 'township' };

/** A province's rule: the fees collected this year do not fall below half of last year's (a made-up warning). */
const feesRule: CrossYearRule = {
  id: 'XM-fees',
  severity: 'warning',
  description: { zh: '本年收费金额不低于上年的一半', en: 'Fees are at least half of last year’s' },
  table: 'active',
  each: 'row',
  over: ['fees'],
  left: [{ year: 'current', id: 'amount' }, { year: 'current', id: 'amount' }],
  op: '>=',
  right: [{ year: 'previous', id: 'amount' }],
  leftText: { zh: '{year}年收费金额×2', en: '{year} fees × 2' },
  rightText: { zh: '{previousYear}年收费金额', en: '{previousYear} fees' },
};

const xiamen = extendForm(gov2021, {
  id: 'gov-2021-xm',
  name: '厦门市政府信息公开工作年度报告格式',
  crossYearRules: { add: [feesRule] },
  memberFigures: { add: [{ label: { zh: '行政许可决定', en: 'licensing decisions' }, cells: [{ table: 'active', row: 'licensing', column: 'decisions' }] }] },
  narrativeDraft: { active: { add: [{ text: { zh: '行政处罚决定{n}件（本市口径）', en: '{n} penalty decisions (city count)' }, cells: { n: { table: 'active', row: 'penalty', column: 'decisions' } } }] } },
  detection: { tables: { active: { rows: { regulations: ['政府规章'] } } } },
  plausibility: {
    add: [
      {
        id: 'XM-licensing-township',
        description: { zh: '本市乡镇不作出行政许可决定', en: 'Townships of the city make no licensing decisions' },
        table: 'active',
        row: 'licensing',
        levels: ['county', 'department', 'city', 'province', 'other'],
      },
    ],
  },
});

/** Two consecutive years of one organ whose carried-over figures agree (R3-7, R2-2, R2-3 hold). */
function twoYears(form: FormDefinition): [Report, Report] {
  const previous = createExampleReport({ year: 2022, seed: 3, organ: TOWN, form, scale: 20 });
  const current = structuredClone(previous);
  current.year = 2023;
  current.period = { start: '2023-01-01', end: '2023-12-31' };
  for (const column of form.tables.find((t) => t.id === 'applications')!.columns.map((c) => c.id)) {
    const forward = getCell(previous, { table: 'applications', row: 'carriedForward', column });
    setCell(current, { table: 'applications', row: 'carriedOver', column }, forward);
  }
  for (const row of ['regulations', 'normativeDocuments']) {
    setCell(current, { table: 'active', row, column: 'issued' }, 0);
    setCell(current, { table: 'active', row, column: 'repealed' }, 0);
  }
  return [previous, current];
}

describe('extending a form’s knowledge with extendForm', () => {
  it('keeps the base form’s knowledge and never changes it', () => {
    expect(xiamen.crossYearRules!.map((r) => r.id)).toEqual(['R3-7', 'R2-2', 'R2-3', 'XM-fees']);
    expect(gov2021.crossYearRules!.map((r) => r.id)).toEqual(['R3-7', 'R2-2', 'R2-3']);
    expect(xiamen.memberFigures).toHaveLength(7);
    expect(gov2021.memberFigures).toHaveLength(6);
    expect(gov2021.detection?.tables?.active?.rows?.regulations).toBeUndefined();
    expect(xiamen.plausibility!.map((p) => p.id)).toEqual(['plausibility-regulations', 'XM-licensing-township']);
  });

  it('an added cross-year rule fires in compareYears, for the plugin form only', () => {
    const [previous, current] = twoYears(gov2021);
    setCell(previous, { table: 'active', row: 'fees', column: 'amount' }, 10);
    setCell(current, { table: 'active', row: 'fees', column: 'amount' }, 4);
    expect(compareYears(previous, current).diagnostics.map((d) => d.code)).toEqual([]);
    const asPlugin = (report: Report): Report => ({ ...report, format: 'gov-2021-xm' });
    const found = compareYears(asPlugin(previous), asPlugin(current), { forms: [xiamen] }).diagnostics;
    expect(found.map((d) => [d.code, d.severity, d.location.row])).toEqual([['XM-fees', 'warning', 'fees']]);
    expect(found[0].message).toContain('2023年收费金额×2 = 8');
    expect(found[0].message).toContain('2022年收费金额 = 10');
    // Last year in gov-2021, this year in the plugin form: this year's form's rules apply.
    expect(compareYears(previous, asPlugin(current), { forms: [xiamen] }).diagnostics.map((d) => d.code)).toEqual(['XM-fees']);
    expect(compareYears(asPlugin(previous), asPlugin(current), { forms: [xiamen], disableRules: ['XM-fees'] }).diagnostics).toEqual([]);
  });

  it('replaces and removes cross-year rules by id', () => {
    const relaxed = extendForm(gov2021, { crossYearRules: { remove: ['R2-2'], replace: [{ ...gov2021.crossYearRules![0], severity: 'info' }] } });
    expect(relaxed.crossYearRules!.map((r) => [r.id, r.severity])).toEqual([
      ['R3-7', 'info'],
      ['R2-3', 'warning'],
    ]);
    expect(() => extendForm(gov2021, { crossYearRules: { add: [{ ...feesRule, id: 'R3-7' }] } })).toThrow(/已有跨年度规则“R3-7”/);
    expect(() => extendForm(gov2021, { crossYearRules: { add: [{ ...feesRule, table: 'nope' }] } })).toThrow(/不存在的表格“nope”/);
  });

  it('an added member figure appears in applicableMemberFigures, with its bilingual heading', () => {
    const figures = applicableMemberFigures(xiamen);
    expect(figures.map((f) => memberFigureLabel(f, 'zh-CN'))).toEqual(['本年新收申请', '上年结转', '办理结果总计', '结转下年度', '行政复议总计', '行政诉讼总计', '行政许可决定']);
    expect(memberFigureLabel(figures.at(-1)!, 'en')).toBe('licensing decisions');
    expect(applicableMemberFigures(gov2021)).toHaveLength(6);
    // A new list replaces the form's.
    const only = extendForm(gov2021, { memberFigures: [{ label: 'figureReview', cells: [{ table: 'reviewLitigation', row: 'review', column: 'total' }] }] });
    expect(applicableMemberFigures(only).map((f) => f.label)).toEqual(['figureReview']);
  });

  it('an added narrative-draft phrase is printed in the draft’s table 二 paragraph', () => {
    const report = createExampleReport({ year: 2023, seed: 4, organ: { name: '某县人民政府', level: 'county' }, form: xiamen });
    const completeness: Completeness = { expected: [], received: [], missing: [], accepted: [], rejected: [], duplicate: [], unexpected: [], excluded: [], late: [] };
    const penalty = getCell(report, { table: 'active', row: 'penalty', column: 'decisions' });
    const active = (form: FormDefinition) => createNarrativeDraft(report, form, completeness).sections.find((s) => s.id === 'active')!.paragraphs[0];
    expect(active(xiamen)).toContain(`行政处罚决定${penalty}件（本市口径）`);
    expect(active(gov2021)).not.toContain('本市口径');
  });

  it('a plausibility entry warns the levels it does not list, and not the others', () => {
    const withRow = (level: OrganLevel, name: string, row: string, column: string) => {
      const report = createExampleReport({ year: 2023, seed: 5, organ: { name, level }, form: xiamen });
      for (const c of ['issued', 'repealed', 'inForce']) setCell(report, { table: 'active', row: 'regulations', column: c }, 0);
      setCell(report, { table: 'active', row: 'licensing', column: 'decisions' }, 0);
      setCell(report, { table: 'active', row, column }, 2);
      return validateReport(report, { forms: [xiamen] }).filter((d) => d.code.startsWith('plausibility') || d.code.startsWith('XM'));
    };
    // The built-in 规章 entry: a county government gets the warning, a province none.
    expect(withRow('county', '某某县人民政府', 'regulations', 'issued').map((d) => [d.code, d.severity])).toEqual([['plausibility-regulations', 'warning']]);
    expect(withRow('province', '某某省人民政府', 'regulations', 'issued')).toEqual([]);
    expect(withRow('city', '某某市人民政府', 'regulations', 'inForce')).toEqual([]);
    // The plugin's own entry, worded by a generic sentence because the catalog has no such code.
    const [licensing] = withRow('township', '某某镇人民政府', 'licensing', 'decisions');
    expect(licensing).toMatchObject({ code: 'XM-licensing-township', severity: 'warning', location: { table: 'active', row: 'licensing', column: 'decisions' } });
    expect(licensing.message).toBe('某某镇人民政府（乡镇（街道））的“行政许可”“本年处理决定数量”填了 2；本市乡镇不作出行政许可决定');
    expect(withRow('county', '某某县人民政府', 'licensing', 'decisions')).toEqual([]);
  });

  it('replaces the 规章 entry’s levels, e.g. for a province whose departments report 规章', () => {
    const regulations = gov2021.plausibility![0];
    const relaxed = extendForm(gov2021, { plausibility: { replace: [{ ...regulations, levels: [...regulations.levels, 'department'] }] } });
    const check = (form: FormDefinition, level: OrganLevel) => {
      const report = createExampleReport({ year: 2023, seed: 6, organ: { name: '某某单位', level }, form });
      setCell(report, { table: 'active', row: 'regulations', column: 'issued' }, 1);
      return validateReport(report, { form }).filter((d) => d.code === 'plausibility-regulations').length;
    };
    expect([check(gov2021, 'department'), check(relaxed, 'department'), check(relaxed, 'county')]).toEqual([1, 0, 1]);
    expect(() => extendForm(gov2021, { plausibility: { add: [{ ...regulations, id: 'x', row: 'nope' }] } })).toThrow(/不存在的行“nope”/);
  });

  it('adds detection labels to the form’s own, and rejects labels for rows it lacks', () => {
    expect(xiamen.detection?.tables?.active?.rows).toEqual({ normativeDocuments: ['规范性文件（行政）'], regulations: ['政府规章'] });
    expect(() => extendForm(gov2021, { detection: { tables: { active: { rows: { nope: ['x'] } } } } })).toThrow(/不存在的行“nope”/);
  });

  it('formForYear prefers the plugin form that extends the one covering the year', () => {
    expect(formForYear(2023)).toBe('gov-2021');
    expect(formForYear(2020)).toBe('gov-2019');
    expect(formForYear(2018)).toBeUndefined();
    expect(formForYear(2023, availableForms([xiamen]))).toBe('gov-2021-xm');
    expect(formForYear(2023, [xiamen, gov2021])).toBe('gov-2021-xm');
    expect(formForYear(2020, availableForms([xiamen]))).toBe('gov-2019');
    expect(formForYear(2023, [])).toBeUndefined();
    // A form not tied to a year (legacy) is never picked by year.
    expect(formForYear(2023, [forms.legacy])).toBeUndefined();
  });
});

describe('the text checks’ knowledge', () => {
  const transferred = {
    id: 'otherHandling.transferred',
    label: '4.转送其他机关办理',
    labelPath: ['三、本年度办理结果', '（六）其他处理'],
    groups: ['result'],
    after: 'otherHandling.other',
  };
  const province = extendForm(gov2021, {
    id: 'gov-2021-hn',
    tables: { applications: { addRows: [transferred] } },
    narrativeChecks: { figures: { add: [{ id: 'transferred', cues: ['转送(?:其他|有关)?(?:行政)?机关(?:办理)?'], cells: [{ table: 'applications', row: 'otherHandling.transferred', column: 'total' }], kind: 'count' }] } },
  });

  it('a province adds the phrase of its own row, and its text is checked against that row', () => {
    expect(province.narrativeChecks!.figures!.map((f) => f.id)).toEqual([...gov2021.narrativeChecks!.figures!.map((f) => f.id), 'transferred']);
    const report = createExampleReport({ year: 2024, seed: 5, form: province });
    const transferredCount = getCell(report, { table: 'applications', row: 'otherHandling.transferred', column: 'total' })!;
    report.sections[0].paragraphs.push(`本年度转送其他机关办理${transferredCount + 1}件。`);
    const found = validateReport(report, { forms: [province] }).filter((d) => d.code === 'narrative-table-mismatch');
    expect(found.map((d) => [d.params?.stated, d.params?.table])).toEqual([[String(transferredCount + 1), String(transferredCount)]]);
    expect(found[0].message).toContain('表三 / （六）其他处理 4.转送其他机关办理 / 总计');
    // The national form does not know the phrase.
    expect(gov2021.narrativeChecks!.figures!.some((f) => f.id === 'transferred')).toBe(false);
  });

  it('a phrase for a cell the form lacks is refused when the form is built', () => {
    expect(() =>
      extendForm(gov2021, { narrativeChecks: { figures: { add: [{ id: 'x', cues: ['转送'], cells: [{ table: 'applications', row: 'otherHandling.transferred', column: 'total' }], kind: 'count' }] } } }),
    ).toThrow(/正文数字“x”引用了表格“applications”中不存在的单元格“otherHandling.transferred\/total”/);
  });
});
