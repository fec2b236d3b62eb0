import { describe, expect, it } from 'vitest';
import { applicableDeadline, calendarYearPeriod, daysLate, isLate, legalDeadline, localDeadline } from './calendar.js';
import { organLevels } from './model/report.js';

describe('legalDeadline (条例 Art. 49)', () => {
  it('departments: 31 January of the next year (para. 1)', () => {
    expect(legalDeadline('department', 2023)).toEqual({
      date: '2024-01-31',
      kind: 'legal',
      basis: '《政府信息公开条例》第四十九条第一款',
      basisEn: 'Regulations on Open Government Information, Art. 49 para. 1',
    });
  });

  it('county, city and province governments: 31 March of the next year (para. 2)', () => {
    for (const level of ['county', 'city', 'province'] as const) {
      expect(legalDeadline(level, 2021)).toMatchObject({ date: '2022-03-31', kind: 'legal', basis: '《政府信息公开条例》第四十九条第二款' });
    }
  });

  it('townships and other organs: no statutory date', () => {
    expect(legalDeadline('township', 2023)).toBeUndefined();
    expect(legalDeadline('other', 2023)).toBeUndefined();
  });

  it('applies from report year 2019 (revised 条例); reports up to 2018 were due on 31 March under the 2007 条例', () => {
    expect(legalDeadline('department', 2019)?.date).toBe('2020-01-31');
    for (const level of organLevels) {
      expect(legalDeadline(level, 2018), level).toMatchObject({ date: '2019-03-31', basis: '《政府信息公开条例》（2007年）第三十一条' });
    }
  });
});

describe('local deadlines and lateness', () => {
  it('a local deadline wins over the legal one; without one the legal deadline applies', () => {
    expect(applicableDeadline('township', 2021, '2022-02-20')).toEqual({ date: '2022-02-20', kind: 'local', basis: '本地规定', basisEn: 'local rule' });
    expect(applicableDeadline('department', 2021, localDeadline('2022-01-26', '怀化市政务公开办通知'))).toMatchObject({ date: '2022-01-26', basis: '怀化市政务公开办通知' });
    expect(applicableDeadline('department', 2021)).toEqual(legalDeadline('department', 2021));
    expect(applicableDeadline('township', 2021)).toBeUndefined();
  });

  it('the deadline day itself is on time; the next day is one day late', () => {
    const deadline = legalDeadline('department', 2023)!;
    expect(isLate('2024-01-30', deadline)).toBe(false);
    expect(isLate('2024-01-31', deadline)).toBe(false);
    expect(isLate('2024-01-31T23:59:00', deadline)).toBe(false);
    expect(isLate('2024-02-01', deadline)).toBe(true);
    expect(daysLate('2024-02-01', deadline)).toBe(1);
    expect(daysLate('2024-03-01', deadline)).toBe(30); // 2024 is a leap year
    expect(daysLate('2023-12-01', deadline)).toBe(0);
  });

  it('an unreadable date is not judged late', () => {
    expect(isLate('not a date', legalDeadline('county', 2023)!)).toBe(false);
  });
});

describe('calendarYearPeriod', () => {
  it('is 1 January to 31 December of the report year', () => {
    expect(calendarYearPeriod(2019)).toEqual({ start: '2019-01-01', end: '2019-12-31' });
    expect(calendarYearPeriod(2024)).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });
});
