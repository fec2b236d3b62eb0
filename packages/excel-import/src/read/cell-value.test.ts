import { describe, expect, it } from 'vitest';
import type { CellKind } from '@report/core';
import type { RawCell } from '../xlsx/sheet.js';
import { readCellValue, unitInHeader, type CellReadOptions } from './cell-value.js';
import { evaluateSimpleFormula } from './formula.js';

const text = (value: string): RawCell => ({ row: 0, column: 0, type: 's', value });
const number = (value: string): RawCell => ({ row: 0, column: 0, type: 'n', value });
const read = (raw: RawCell | undefined, kind: CellKind = 'count', options: CellReadOptions = {}) => readCellValue(raw, kind, options);

describe('readCellValue', () => {
  it.each([
    ['12', 'count', 12],
    ['１２', 'count', 12],
    ['1,234', 'count', 1234],
    ['１，２３４', 'count', 1234],
    [' 7 ', 'count', 7],
    ['12件', 'count', 12],
    ['0', 'count', 0],
    ['减4', 'signedCount', -4],
    ['减少 4', 'signedCount', -4],
    ['增3', 'signedCount', 3],
    ['-8', 'signedCount', -8],
    ['－8', 'signedCount', -8],
    ['−8', 'signedCount', -8],
    ['+2', 'signedCount', 2],
    ['52.15', 'amount', 52.15],
    ['25.1万元', 'amount', 25.1],
    ['3万', 'amount', 3],
  ] as const)('reads the text %j in a %s cell as %d', (value, kind, expected) => {
    expect(read(text(value), kind, { unitInLabel: true })).toEqual({ kind: 'value', value: expected, findings: [] });
  });

  it.each([
    ['251000元', 25.1],
    ['¥3,000', 0.3],
    ['￥3,000.00', 0.3],
    ['2.5亿元', 25000],
    ['800千元', 80],
  ])('converts %j to %d 万元 and says so', (value, expected) => {
    const reading = read(text(value), 'amount');
    expect(reading).toMatchObject({ kind: 'value', value: expected, findings: [{ code: 'import-amount-converted', params: { converted: expected } }] });
  });

  it('takes an amount’s unit from its header, and says when it assumed 万元', () => {
    expect(read(number('251000'), 'amount', { headerUnit: '元' })).toMatchObject({ value: 25.1, findings: [{ code: 'import-amount-converted' }] });
    expect(read(number('12.5'), 'amount')).toMatchObject({ value: 12.5, findings: [{ code: 'import-amount-unit-assumed' }] });
    expect(read(number('12.5'), 'amount', { unitInLabel: true })).toMatchObject({ value: 12.5, findings: [] });
    expect(read(number('0.30000000000000004'), 'amount', { unitInLabel: true })).toMatchObject({ value: 0.3 });
    expect(unitInHeader('采购总金额（元）')).toBe('元');
    expect(unitInHeader('本年收费金额（单位：万元）')).toBe('万元');
    expect(unitInHeader('采购总金额')).toBeUndefined();
  });

  it.each(['无', '/', '-', '—', '——', '－', '空', 'N/A'])('reads %j as not filled, with the mark', (mark) => {
    expect(read(text(mark))).toEqual({ kind: 'dash', marker: mark });
  });

  it('reads blanks as not filled', () => {
    expect(read(undefined)).toEqual({ kind: 'blank' });
    expect(read(text('  '))).toEqual({ kind: 'blank' });
    expect(read({ row: 0, column: 0, type: 'str', value: '', formula: 'IF(COUNT(A1:B1)=0,"",SUM(A1:B1))' })).toEqual({ kind: 'blank' });
  });

  it('refuses what a cell of the kind cannot hold, saying why', () => {
    expect(read(text('十二'))).toEqual({ kind: 'invalid', findings: [{ code: 'import-cell-not-number', params: { value: '十二', suggestion: 12 } }] });
    expect(read(text('约10件'))).toMatchObject({ kind: 'invalid', findings: [{ code: 'import-cell-not-number', params: { suggestion: '' } }] });
    expect(read(number('-3'))).toMatchObject({ kind: 'invalid', findings: [{ code: 'import-count-negative' }] });
    expect(read(number('2.5'))).toMatchObject({ kind: 'invalid', findings: [{ code: 'import-not-whole-number' }] });
    expect(read(text('减2.5'), 'signedCount')).toMatchObject({ kind: 'invalid', findings: [{ code: 'import-not-whole-number' }] });
    expect(read(text('减4'), 'count')).toMatchObject({ kind: 'invalid', findings: [{ code: 'import-cell-not-number' }] });
    expect(read(number('-1'), 'amount')).toMatchObject({ kind: 'invalid', findings: [{ code: 'import-amount-negative' }] });
    expect(read(text('1,2'))).toMatchObject({ kind: 'invalid' });
    expect(read({ row: 0, column: 0, type: 'b', value: '1' })).toMatchObject({ kind: 'invalid', findings: [{ code: 'import-cell-not-number', params: { value: 'TRUE' } }] });
    expect(read({ row: 0, column: 0, type: 'e', value: '#DIV/0!', formula: 'A1/0' })).toMatchObject({ kind: 'invalid', findings: [{ code: 'import-formula-error', params: { value: '#DIV/0!' } }] });
  });

  it('uses a formula’s saved result; without one it computes simple sums and says so, or refuses — never a silent 0', () => {
    expect(read({ row: 0, column: 0, type: 'n', value: '17', formula: 'SUM(A1:B1)' })).toEqual({ kind: 'value', value: 17, findings: [] });
    const lookup = (row: number, column: number) => (row === 0 ? [5, 7, null][column] : undefined);
    const evaluate = (formula: string) => evaluateSimpleFormula(formula, lookup);
    expect(read({ row: 0, column: 3, type: 'n', formula: 'SUM(A1:C1)' }, 'count', { evaluate })).toEqual({
      kind: 'value',
      value: 12,
      findings: [{ code: 'import-formula-computed', params: { formula: 'SUM(A1:C1)', value: 12 } }],
    });
    expect(read({ row: 0, column: 3, type: 'n', formula: 'VLOOKUP(A1,B:C,2,0)' }, 'count', { evaluate })).toMatchObject({ kind: 'invalid', findings: [{ code: 'import-formula-no-value' }] });
    expect(read({ row: 0, column: 3, type: 'n', formula: 'SUM(A1:C1)' })).toMatchObject({ kind: 'invalid', findings: [{ code: 'import-formula-no-value' }] });
  });
});

describe('evaluateSimpleFormula', () => {
  const values: Record<string, number | null> = { A1: 1, B1: 2, C1: null, A2: 0.1, B2: 0.2 };
  const lookup = (row: number, column: number) => {
    const key = `${String.fromCharCode(65 + column)}${row + 1}`;
    return key in values ? values[key] : null;
  };
  it.each([
    ['SUM(A1:C1)', 3],
    ['=SUM(A1,B1)', 3],
    ['SUM($A$1:$B$1)', 3],
    ['A1+B1-C1', 3],
    ['A2+B2', 0.3],
    ['IF(COUNT(A1:C1)=0,"",SUM(A1:C1))', 3],
    ['IF(COUNT(C1:C5)=0,"",SUM(C1:C5))', null],
  ])('%s = %j', (formula, expected) => expect(evaluateSimpleFormula(formula, lookup)).toBe(expected));

  it.each(['AVERAGE(A1:B1)', 'Sheet2!A1+B1', 'A1*2', 'SUM(A:A)'])('does not guess at %s', (formula) => {
    expect(evaluateSimpleFormula(formula, lookup)).toBeUndefined();
  });
});
