import { describe, expect, it } from 'vitest';
import { withCheckCharacter } from '../credit-code.js';
import { createExampleReport } from '../example-report.js';
import { forms } from '../forms/registry.js';
import type { FormDefinition } from '../forms/types.js';
import { setCell, type OrganLevel, type Report } from '../model/report.js';
import { validateReport } from '../validate.js';
import { reportRules } from './report-rules.js';
import { withCode } from './__fixtures__/reports.js';

const report = (year: number, format?: 'gov-2021' | 'gov-2019', level: OrganLevel = 'township'): Report =>
  createExampleReport({ year, seed: 5, form: format ? forms[format] : undefined, organ: { name: '某某单位', level } });

describe('format-year-mismatch', () => {
  it('accepts gov-2019 for 2019–2020 and gov-2021 from 2021', () => {
    for (const year of [2019, 2020]) expect(withCode(validateReport(report(year, 'gov-2019')), 'format-year-mismatch')).toEqual([]);
    for (const year of [2021, 2022, 2024, 2030]) expect(withCode(validateReport(report(year, 'gov-2021')), 'format-year-mismatch')).toEqual([]);
  });

  it('rejects a gov-2021 report for 2019–2020 (a format not yet issued), as an error', () => {
    for (const [year, format, expected] of [
      [2019, 'gov-2021', 'gov-2019'],
      [2020, 'gov-2021', 'gov-2019'],
    ] as const) {
      const [found] = withCode(validateReport(report(year, format)), 'format-year-mismatch');
      expect(found, `${year} ${format}`).toBeDefined();
      expect(found.severity).toBe('error');
      expect(found.expected).toBe(expected);
      expect(found.actual).toBe(format);
      expect(found.location.path).toBe('format');
    }
    const [message] = withCode(validateReport(report(2020, 'gov-2021')), 'format-year-mismatch').map((d) => d.message);
    expect(message).toBe('2020年度报告应使用 gov-2019 格式（国办公开办函〔2019〕60号），实际使用的是 gov-2021 格式（适用于2021年度起）');
    const [english] = withCode(validateReport(report(2019, 'gov-2021'), { locale: 'en' }), 'format-year-mismatch').map((d) => d.message);
    expect(english).toBe('A report for 2019 uses format gov-2019 (国办公开办函〔2019〕60号), not gov-2021 (which applies to 2021 onwards)');
  });

  it('ACCEPTANCE: a gov-2019 report from 2021 is checked as it is, with one format-drift warning naming the year, the format and the tables', () => {
    for (const year of [2021, 2023, 2024]) {
      const diagnostics = validateReport(report(year, 'gov-2019'));
      expect(withCode(diagnostics, 'format-year-mismatch')).toEqual([]);
      const drift = withCode(diagnostics, 'format-drift');
      expect(drift).toHaveLength(1);
      expect(drift[0]).toMatchObject({ severity: 'warning', expected: 'gov-2021', actual: 'gov-2019', location: { path: 'format' } });
      // Nothing else: the trial format's own rules pass on its own tables.
      expect(diagnostics.filter((d) => d !== drift[0])).toEqual([]);
    }
    const [message] = withCode(validateReport(report(2023, 'gov-2019')), 'format-drift');
    expect(message.message).toBe(
      '2023年度报告应使用《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号），表二、表三却按《中华人民共和国政府信息公开工作年度报告格式（试行）》填写；已按《中华人民共和国政府信息公开工作年度报告格式（试行）》检查；汇总只计入《中华人民共和国政府信息公开工作年度报告格式》的报告，请重新填报或用 gov-report convert 转换',
    );
    const [english] = withCode(validateReport(report(2023, 'gov-2019'), { locale: 'en' }), 'format-drift');
    expect(english.message).toMatch(/^A report for 2023 uses 《.+》 \(国办公开办函〔2021〕30号\), but Table II, Table III follow 《.+（试行）》; checked as/);
    // The trial format's rules run: R2-5 on its signed change.
    const broken = report(2023, 'gov-2019');
    broken.tables.active.licensing.change = -(broken.tables.active.licensing.previousCount! + 1);
    expect(withCode(validateReport(broken), 'R2-5')).toHaveLength(1);
  });

  it('rejects the 2019 trial format for a year before it existed', () => {
    const [found] = withCode(validateReport(report(2018, 'gov-2019')), 'format-year-mismatch');
    expect(found.expected).toBe('legacy');
  });

  it('uses the years of a plugin form', () => {
    const provincial: FormDefinition = { ...forms['gov-2021'], id: 'hunan-2023', years: { from: 2023 } };
    const early = { ...report(2022, 'gov-2021'), format: 'hunan-2023' };
    expect(withCode(validateReport(early, { forms: [provincial] }), 'format-year-mismatch').map((d) => d.expected)).toEqual(['gov-2021']);
    expect(withCode(validateReport({ ...early, year: 2023 }, { forms: [provincial] }), 'format-year-mismatch')).toEqual([]);
  });
});

describe('period-not-calendar-year', () => {
  it('accepts the calendar year and an absent period', () => {
    const r = report(2023);
    expect(r.period).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(withCode(validateReport(r), 'period-not-calendar-year')).toEqual([]);
    delete r.period;
    expect(withCode(validateReport(r), 'period-not-calendar-year')).toEqual([]);
  });

  it('flags a period spanning two years (the 鹅公镇 defect), a shifted year and a short period', () => {
    for (const period of [
      { start: '2018-01-01', end: '2019-12-31' },
      { start: '2019-01-01', end: '2019-12-30' },
      { start: '2019-02-01', end: '2019-12-31' },
      { start: '2020-01-01', end: '2020-12-31' },
    ]) {
      const r = { ...report(2019), period };
      const found = withCode(validateReport(r), 'period-not-calendar-year');
      expect(found, JSON.stringify(period)).toHaveLength(1);
      expect(found[0].severity).toBe('warning');
      expect(found[0].expected).toBe('2019-01-01/2019-12-31');
    }
    const [found] = withCode(validateReport({ ...report(2019), period: { start: '2018-01-01', end: '2019-12-31' } }), 'period-not-calendar-year');
    expect(found.message).toBe('统计期限为 2018-01-01 至 2019-12-31，2019年度报告应为 2019-01-01 至 2019-12-31');
  });
});

describe('plausibility-regulations', () => {
  const withRegulations = (level: OrganLevel, format: 'gov-2021' | 'gov-2019') => {
    const r = report(format === 'gov-2021' ? 2023 : 2020, format, level);
    const column = format === 'gov-2021' ? 'issued' : 'made';
    setCell(r, { table: 'active', row: 'regulations', column }, 2);
    return validateReport(r);
  };

  it('warns when a township, county or department reports 规章, in both formats', () => {
    for (const format of ['gov-2021', 'gov-2019'] as const) {
      for (const level of ['township', 'county', 'department'] as const) {
        const found = withCode(withRegulations(level, format), 'plausibility-regulations');
        expect(found, `${format} ${level}`).toHaveLength(1);
        expect(found[0].severity).toBe('warning');
        expect(found[0].location).toMatchObject({ table: 'active', row: 'regulations' });
      }
    }
    const [township] = withCode(withRegulations('township', 'gov-2021'), 'plausibility-regulations');
    expect(township.message).toBe('某某单位（乡镇（街道））的规章“本年制发件数”填了 2 件；规章只由省、自治区、直辖市和设区的市、自治州人民政府以及国务院部门制定');
  });

  it('does not warn a 国务院部门 (by its name), and does warn county departments, townships, counties and 县级市', () => {
    const withOrgan = (organ: Report['organ']) => {
      const r = report(2023, 'gov-2021', organ.level);
      r.organ = organ;
      setCell(r, { table: 'active', row: 'regulations', column: 'issued' }, 3);
      return withCode(validateReport(r), 'plausibility-regulations');
    };
    for (const name of ['教育部', '中华人民共和国生态环境部', '住房和城乡建设部', '国家统计局', '国家发展和改革委员会', '海关总署', '审计署', '国务院国有资产监督管理委员会']) {
      expect(withOrgan({ name, level: 'department' }), name).toEqual([]);
    }
    const warned: Array<[Report['organ'], string]> = [
      [{ name: '青山县财政局', level: 'department' }, '政府部门'],
      [{ name: '国家税务总局青山县税务局', level: 'department' }, '政府部门'],
      [{ name: '湖南省教育厅', level: 'department' }, '政府部门'],
      [{ name: '青山县人民政府', level: 'county' }, '县级人民政府'],
      [{ name: '鹅公镇人民政府', level: 'township' }, '乡镇（街道）'],
      // A 县级市 is a `city` by its name; its county-level 行政区划代码 tells it from a 设区的市.
      [{ name: '浏阳市人民政府', level: 'city', divisionCode: '430181' }, '县级市人民政府'],
      // As a roster words it (县级市 → county).
      [{ name: '浏阳市人民政府', level: 'county' }, '县级人民政府'],
    ];
    for (const [organ, level] of warned) {
      const found = withOrgan(organ);
      expect(found, organ.name).toHaveLength(1);
      expect(found[0].message).toBe(`${organ.name}（${level}）的规章“本年制发件数”填了 3 件；规章只由省、自治区、直辖市和设区的市、自治州人民政府以及国务院部门制定`);
    }
    expect(withOrgan({ name: '长沙市人民政府', level: 'city', divisionCode: '430100' })).toEqual([]);
    expect(withOrgan({ name: '长沙市人民政府', level: 'city' })).toEqual([]);
  });

  it('does not warn for cities and provinces, or when the 规章 row is 0', () => {
    for (const level of ['city', 'province'] as const) expect(withCode(withRegulations(level, 'gov-2021'), 'plausibility-regulations')).toEqual([]);
    expect(withCode(validateReport(report(2023, 'gov-2021', 'township')), 'plausibility-regulations')).toEqual([]);
  });
});

describe('credit-code-invalid and division-code-invalid', () => {
  const withOrgan = (organ: Partial<Report['organ']>) => {
    const r = report(2023);
    r.organ = { ...r.organ, ...organ };
    return validateReport(r);
  };

  it('accepts a code with the right GB 32100 check character and a real division code', () => {
    expect(withOrgan({ creditCode: withCheckCharacter('11430100MB1234567'), divisionCode: '430102' })).toEqual([]);
    expect(withOrgan({ divisionCode: '430102001' })).toEqual([]);
  });

  it('reports a wrong check character with the expected one', () => {
    const good = withCheckCharacter('11430100MB1234567');
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const [found] = withCode(withOrgan({ creditCode: bad }), 'credit-code-invalid');
    expect(found.severity).toBe('warning');
    expect(found.expected).toBe(good[17]);
    expect(found.message).toBe(`统一社会信用代码“${bad}”无效：最后一位校验位应为 ${good[17]}`);
    expect(found.location.path).toBe('organ.creditCode');
  });

  it('reports a wrong length or a character GB 32100 does not use', () => {
    expect(withCode(withOrgan({ creditCode: '1143010012345' }), 'credit-code-invalid')[0].message).toContain('应为18位，实际为13位');
    expect(withCode(withOrgan({ creditCode: '11430100MB123456I' + '0' }), 'credit-code-invalid')[0].message).toContain('不允许的字符');
  });

  it('reports a division code of the wrong length or with no such province', () => {
    for (const code of ['4301', '43010', '4301020', '990102', '000000', '43a102']) {
      const found = withCode(withOrgan({ divisionCode: code }), 'division-code-invalid');
      expect(found, code).toHaveLength(1);
      expect(found[0].location.path).toBe('organ.divisionCode');
    }
  });
});

describe('submission-late', () => {
  const late = (level: OrganLevel, submittedOn: string, options: Parameters<typeof validateReport>[1] = {}) =>
    withCode(validateReport({ ...report(2023, 'gov-2021', level), submittedOn }, options), 'submission-late');

  it('a department is due on 31 January of the next year; the deadline day is on time', () => {
    expect(late('department', '2024-01-31')).toEqual([]);
    const [found] = late('department', '2024-02-01');
    expect(found.message).toBe('某某单位于 2024-02-01 报送，晚于法定期限 2024-01-31（《政府信息公开条例》第四十九条第一款），逾期 1 天');
    expect(found.location).toMatchObject({ organ: '某某单位', path: 'submittedOn' });
  });

  it('county, city and province governments are due on 31 March', () => {
    for (const level of ['county', 'city', 'province'] as const) {
      expect(late(level, '2024-03-31'), level).toEqual([]);
      expect(late(level, '2024-04-02')[0].params?.days, level).toBe(2);
    }
  });

  it('a township has no legal deadline: only a local one applies', () => {
    expect(late('township', '2024-12-31')).toEqual([]);
    expect(late('township', '2024-02-20', { localDeadline: '2024-02-20' })).toEqual([]);
    const [found] = late('township', '2024-02-21', { localDeadline: '2024-02-20' });
    expect(found.message).toBe('某某单位于 2024-02-21 报送，晚于本地规定的期限 2024-02-20（本地规定），逾期 1 天');
  });

  it('a local deadline replaces the legal one, and the submission date can come from the options', () => {
    expect(late('department', '2024-01-27', { localDeadline: { date: '2024-01-26', kind: 'local', basis: '怀化市通知' } })[0].message).toContain('（怀化市通知）');
    const r = report(2023, 'gov-2021', 'department');
    expect(withCode(validateReport(r, { submittedOn: '2024-02-10' }), 'submission-late')).toHaveLength(1);
    expect(withCode(validateReport(r, { submittedOn: '2024-02-10', locale: 'en' }), 'submission-late')[0].message).toBe(
      '某某单位 submitted on 2024-02-10, 10 day(s) after the legal deadline 2024-01-31 (Regulations on Open Government Information, Art. 49 para. 1)',
    );
  });
});

describe('report-wide rules', () => {
  it('each has an id that is a diagnostic code, so it can be switched off by id', () => {
    const r = { ...report(2020, 'gov-2021'), submittedOn: '2021-06-01', period: { start: '2019-01-01', end: '2020-12-31' } };
    r.organ = { ...r.organ, level: 'county', creditCode: 'X', divisionCode: '1' };
    setCell(r, { table: 'active', row: 'regulations', column: 'issued' }, 1);
    const all = validateReport(r).map((d) => d.code);
    for (const rule of reportRules) expect(all, rule.id).toContain(rule.id);
    // The 规章 check is the form's own (plausibility data), switched off by its id like the others.
    const ids = [...reportRules.map((rule) => rule.id), ...(forms['gov-2021'].plausibility ?? []).map((entry) => entry.id)];
    expect(all).toContain('plausibility-regulations');
    expect(validateReport(r, { disableRules: ids })).toEqual([]);
  });
});
