import { describe, expect, it } from 'vitest';
import { formatLocation } from './format-diagnostics.js';
import { createText } from './text.js';

describe('formatLocation', () => {
  const zh = createText('zh-CN');
  const en = createText('en');
  it('puts sheet and cell first, then the official label', () => {
    const location = { file: 'a.xlsx', sheet: '表三', cell: 'D6', label: '表三 / 一、本年新收政府信息公开申请数量 / 自然人' };
    expect(formatLocation(zh, location)).toBe('工作表“表三”单元格 D6（表三 / 一、本年新收政府信息公开申请数量 / 自然人）');
    expect(formatLocation(en, location)).toBe('sheet "表三" cell D6 (表三 / 一、本年新收政府信息公开申请数量 / 自然人)');
    expect(formatLocation(zh, location, { withFile: true })).toMatch(/^a\.xlsx，工作表/);
  });
  it('does not repeat a sheet and cell the label already names', () => {
    expect(formatLocation(zh, { sheet: '表二', cell: 'D6', label: '工作表“表二”D6（表二 / 行政规范性文件 / 现行有效件数）' })).toBe('工作表“表二”D6（表二 / 行政规范性文件 / 现行有效件数）');
  });
  it('names lines of text files and fields of JSON files', () => {
    expect(formatLocation(zh, { line: 12, section: '一、总体情况' })).toBe('第 12 行，“一、总体情况”部分');
    expect(formatLocation(en, { path: 'organ.name' })).toBe('organ name');
    expect(formatLocation(zh, { path: 'organ.name' })).toBe('机关名称');
    expect(formatLocation(zh, { path: 'schema' })).toBe('字段 schema');
  });
});
