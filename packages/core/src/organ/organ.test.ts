import { describe, expect, it } from 'vitest';
import { inferOrganLevel, normalizeOrganName, parseOrganLevel, sameOrgan, type OrganLevel, type OrganReference } from '../index.js';
import { organLevelRules } from './infer-organ-level.js';
import { divisionPlaceCode } from './organ-codes.js';
import { identifyOrgan } from './same-organ.js';

/** Name → the level it implies. */
const LEVELS: Array<[name: string, level: OrganLevel]> = [
  // Townships
  ['鹅公镇', 'township'],
  ['鹅公镇人民政府', 'township'],
  ['某某乡人民政府', 'township'],
  ['某某乡政府', 'township'],
  ['城南街道办事处', 'township'],
  ['城南街道', 'township'],
  ['城南街道办', 'township'],
  ['某某苏木', 'township'],
  ['某某民族乡人民政府', 'township'],
  ['解放路办事处', 'township'],
  ['驻马店市驿城区老街街道办事处', 'township'],
  ['示例县城关镇人民政府', 'township'],
  ['鹅公镇人民政府（本级）', 'township'],
  ['鹅公镇 人民政府', 'township'],
  // Counties
  ['某某县人民政府', 'county'],
  ['青山县政府', 'county'],
  ['某某区', 'county'],
  ['某某区人民政府', 'county'],
  ['浦东新区人民政府', 'county'],
  ['北京市朝阳区人民政府', 'county'],
  ['某某旗', 'county'],
  ['鄂伦春自治旗人民政府', 'county'],
  ['某某自治县', 'county'],
  ['神农架林区', 'county'],
  ['六枝特区人民政府', 'county'],
  // Prefectures
  ['某某市人民政府', 'city'],
  ['湘西土家族苗族自治州人民政府', 'city'],
  ['某某自治州人民政府', 'city'],
  ['阿里地区行政公署', 'city'],
  ['兴安盟', 'city'],
  // Provinces
  ['某某省人民政府', 'province'],
  ['北京市人民政府', 'province'],
  ['重庆市人民政府', 'province'],
  ['上海市', 'province'],
  ['广西壮族自治区人民政府', 'province'],
  ['香港特别行政区政府', 'province'],
  // Departments, the working bodies of a government included
  ['青山县人民政府办公室', 'department'],
  ['某某区政府办', 'department'],
  ['某某省人民政府办公厅', 'department'],
  ['某某市人民政府办公室', 'department'],
  ['某某县财政局', 'department'],
  ['某某市发展和改革委员会', 'department'],
  ['青山县住房和城乡建设局', 'department'],
  ['某县财政局（国库支付中心）', 'department'],
  ['某县（区）财政局', 'department'],
  ['某某县卫健委', 'department'],
  ['某某县公安局交通警察大队', 'department'],
  ['某某县政务服务中心', 'department'],
  ['某某经济开发区管理委员会', 'department'],
  ['青山县驻长沙办事处', 'department'],
  ['国家税务总局某某县税务局', 'department'],
  ['武汉市某某局', 'department'],
  // Other
  ['某某公司', 'other'],
  ['城南社区居民委员会', 'other'],
  ['某某社区', 'other'],
  ['某某村', 'other'],
  ['某某县人民法院', 'other'],
  ['青山县人民医院', 'other'],
  ['青山经济开发区', 'other'],
  ['人民政府', 'other'],
  ['', 'other'],
];

/** Pairs of references → whether they are the same organ. */
const PAIRS: Array<[a: OrganReference, b: OrganReference, same: boolean]> = [
  // Names
  ['鹅公镇', '鹅公镇人民政府', true],
  ['鹅公镇 人民政府', '鹅公镇', true],
  ['鹅公镇\u3000政府', '鹅公镇', true],
  ['城南街道办事处', '城南街道', true],
  ['某县人民政府办公室', '某县人民政府', false],
  ['某县人民政府', '某县', true],
  ['某县（区）财政局', '某县(区)财政局', true],
  ['ＡＢＣ镇', 'abc镇人民政府', true],
  ['城关镇', '城南镇', false],
  ['某县财政局', '某县人民政府', false],
  ['', '', false],
  // Credit codes decide when both have one
  [{ name: '青山镇人民政府', creditCode: '11430100MB0000001X' }, { name: '青山街道办事处', creditCode: '11430100mb0000001x' }, true],
  [{ name: '城关镇', creditCode: '11431299MB1000434Q' }, { name: '城关镇', creditCode: '11431299MB1000101B' }, false],
  [{ name: '某县财政局', creditCode: '11431299 MB1000101B' }, '某县财政局', true],
  // Then division codes: different places, or the same township
  [{ name: '城关镇', divisionCode: '431299100' }, { name: '城关镇', divisionCode: '431288100' }, false],
  [{ name: '鹅公镇', divisionCode: '431299102' }, { name: '鹅公乡', divisionCode: '431299102000' }, true],
  [{ name: '某县', divisionCode: '431299' }, { name: '某县人民政府', divisionCode: '431299000000' }, true],
  // A county's six digits are shared by its departments: the names decide
  [{ name: '某县人民政府', divisionCode: '431299' }, { name: '某县人民政府办公室', divisionCode: '431299' }, false],
  [{ name: '某县财政局', divisionCode: '431299' }, { name: '某县财政局', divisionCode: '431299' }, true],
  // A credit code on one side only: the division codes, then the names
  [{ name: '鹅公镇', creditCode: '11431299MB1000434Q', divisionCode: '431299102' }, { name: '鹅公镇人民政府', divisionCode: '431299103' }, false],
];

/** A level as written → the level. */
const WRITTEN_LEVELS: Array<[text: string, level: OrganLevel | undefined]> = [
  ['township', 'township'],
  ['County', 'county'],
  ['乡镇（街道）', 'township'],
  ['乡镇(街道)', 'township'],
  ['乡镇', 'township'],
  ['街道', 'township'],
  ['县级人民政府', 'county'],
  ['county government', 'county'],
  ['县（市、区）', 'county'],
  ['政府部门', 'department'],
  ['government department', 'department'],
  ['县直部门', 'department'],
  ['县 直 单 位', 'department'],
  ['市级人民政府', 'city'],
  ['city government', 'city'],
  ['地级市', 'city'],
  ['省级人民政府', 'province'],
  ['provincial government', 'province'],
  ['直辖市', 'province'],
  ['其他', 'other'],
  ['other', 'other'],
  ['村', undefined],
  ['', undefined],
];

describe('the organ module', () => {
  it.each(LEVELS)('infers the level of %j: %s', (name, level) => {
    expect(inferOrganLevel(name)).toBe(level);
  });

  it('infers the level of each rule’s own example (no rule is hidden behind an earlier one)', () => {
    expect(organLevelRules.map((rule) => [rule.example, inferOrganLevel(rule.example)])).toEqual(organLevelRules.map((rule) => [rule.example, rule.level]));
  });

  it.each(PAIRS)('sameOrgan(%j, %j) is %s', (a, b, same) => {
    expect(sameOrgan(a, b)).toBe(same);
    expect(sameOrgan(b, a)).toBe(same);
  });

  it('says what decided', () => {
    expect(identifyOrgan({ name: '甲', creditCode: '11430100MB0000001X' }, { name: '乙', creditCode: '11430100MB0000001X' })).toEqual({ same: true, by: 'creditCode' });
    expect(identifyOrgan({ name: '甲', divisionCode: '431299102' }, { name: '乙', divisionCode: '431299102' })).toEqual({ same: true, by: 'divisionCode' });
    expect(identifyOrgan({ name: '甲', divisionCode: '431299' }, { name: '甲', divisionCode: '431299' })).toEqual({ same: true, by: 'name' });
  });

  it('normalises names: width, spaces, case and the government suffixes only', () => {
    expect(['鹅公镇人民政府', ' 鹅公镇　政府 ', '鹅公镇\u200b人民政府', '城南街道办事处', '某县人民政府办公室', 'ＡＢＣ镇'].map(normalizeOrganName)).toEqual([
      '鹅公镇',
      '鹅公镇',
      '鹅公镇',
      '城南街道',
      '某县人民政府办公室',
      'abc镇',
    ]);
    expect(divisionPlaceCode(' 431299-102-000 ')).toBe('431299102');
  });

  it.each(WRITTEN_LEVELS)('parses the level written %j as %s', (text, level) => {
    expect(parseOrganLevel(text)).toBe(level);
  });
});
