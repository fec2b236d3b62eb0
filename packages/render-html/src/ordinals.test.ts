import { describe, expect, it } from 'vitest';
import { subOrdinal, topOrdinal } from './ordinals.js';

describe('heading ordinals', () => {
  it('numbers headings 一、二、… 十一、 二十、 in Chinese and 1. 2. … in English', () => {
    expect([0, 1, 9, 10, 19, 20, 98].map((index) => topOrdinal(index, undefined))).toEqual(['一、', '二、', '十、', '十一、', '二十、', '二十一、', '九十九、']);
    expect([0, 10, 21].map((index) => subOrdinal(index, 'zh-CN'))).toEqual(['（一）', '（十一）', '（二十二）']);
    expect(topOrdinal(0, 'en')).toBe('1. ');
    expect(subOrdinal(11, 'en')).toBe('12. ');
  });

  it('falls back to Arabic digits past 99 instead of a wrong numeral', () => {
    expect(topOrdinal(99, undefined)).toBe('100、');
    expect(subOrdinal(120, undefined)).toBe('（121）');
  });
});
