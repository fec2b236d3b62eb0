import { describe, expect, it } from 'vitest';
import { extendForm } from '../forms/extend.js';
import { getForm } from '../forms/registry.js';
import { exampleFeeNoticesTable } from '../testing.js';
import { describeLocation } from './describe-location.js';

describe('describeLocation', () => {
  it('sheet and cell, then the official label; the ids are never printed', () => {
    const location = { file: 'a.xlsx', sheet: '表三', cell: 'D6', table: 'applications', row: 'newReceived', column: 'naturalPerson', label: '表三 / 一、本年新收政府信息公开申请数量 / 自然人' };
    expect(describeLocation(location)).toEqual(['工作表“表三”单元格 D6', '表三 / 一、本年新收政府信息公开申请数量 / 自然人']);
    expect(describeLocation(location, { withFile: true, locale: 'en' })).toEqual(['a.xlsx', 'sheet "表三" cell D6', '表三 / 一、本年新收政府信息公开申请数量 / 自然人']);
  });

  it('ids alone become the official label; an id the form lacks is quoted as the report writes it', () => {
    expect(describeLocation({ table: 'applications', row: 'newReceived', column: 'naturalPerson' })).toEqual(['表三 / 一、本年新收政府信息公开申请数量 / 自然人']);
    expect(describeLocation({ table: 'applications', row: 'newReceived', column: 'foreign' })).toEqual(['表三 / 一、本年新收政府信息公开申请数量 / “foreign”']);
    expect(describeLocation({ table: 'reviewLitigation', row: 'review', column: 'total' }, { locale: 'en' })[0]).toMatch(/^Table IV \/ /);
    // A province's table is named by the province's form.
    const province = extendForm(getForm('gov-2021'), { id: 'gov-2021-province', addTables: [exampleFeeNoticesTable()] });
    expect(describeLocation({ table: 'feeNotices', row: 'fees', column: 'amount' }, { forms: [province] })).toEqual(['表七 / 信息处理费 / 实际收取金额（单位：万元）']);
    expect(describeLocation({ table: 'feeNotices' })).toEqual(['表格“feeNotices”']);
  });

  it('sections by their titles, the preface as 前言, a generated id not at all', () => {
    expect(describeLocation({ section: 'overview' })).toEqual(['“一、总体情况”部分']);
    expect(describeLocation({ section: 'preface', line: 3 })).toEqual(['第 3 行', '“前言”部分']);
    expect(describeLocation({ section: 'section-7', line: 6 })).toEqual(['第 6 行']);
    expect(describeLocation({ section: '（一）报送情况' })).toEqual(['“（一）报送情况”部分']);
  });

  it('fields by their names', () => {
    expect(describeLocation({ path: 'submittedOn', organ: '某局' })).toEqual(['收到日期']);
    expect(describeLocation({ path: 'organ.creditCode' }, { locale: 'en' })).toEqual(['unified social credit code']);
    expect(describeLocation({ path: 'preface[1]' })).toEqual(['前言第 2 段']);
    expect(describeLocation({ path: 'sections[2].paragraphs[0]' })).toEqual(['正文']);
    expect(describeLocation({ path: 'schema' })).toEqual(['字段 schema']);
  });
});
