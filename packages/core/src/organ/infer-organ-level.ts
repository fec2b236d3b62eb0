import type { OrganLevel } from '../model/report.js';
import { compactOrganText } from './compact-organ-text.js';

/** One line of the table: names that end like `pattern` are of `level` (`example` is one of them). */
export interface OrganLevelRule {
  pattern: RegExp;
  level: OrganLevel;
  example: string;
}

/** `人民政府` or `政府` after a place's name. */
const GOVERNMENT = '(?:人民政府|政府)?';

/**
 * Name → level, the first rule that matches wins. The order matters where endings overlap: a
 * government's general office (`…人民政府办公室`) is a department, not the government; `自治区` is a
 * province and `地区` a prefecture before `区` is a county; `社区` and `开发区` are no county at all.
 * Exported for its test (each example must infer its own level); not part of the package API.
 */
export const organLevelRules: readonly OrganLevelRule[] = [
  // Working bodies of a government: its general office (办公室/办公厅, 政府办) and liaison offices.
  { pattern: /(?:人民政府|政府)(?:办公室|办公厅|办)$/, level: 'department', example: '青山县人民政府办公室' },
  // (`驻` after the organ that keeps the office: `驻马店市…街道办事处` is a township of 驻马店.)
  { pattern: /(?:省|市|县|区|旗|州|盟|局|委|政府)驻.+(?:办事处|联络处|办)$/, level: 'department', example: '青山县驻长沙办事处' },
  // Not administrative organs: villages (嘎查 in Inner Mongolia) and communities with their committees;
  // courts and procuratorates (they publish 司法公开, not 政府信息公开); schools, hospitals, companies.
  { pattern: /(?:村|嘎查|社区|居民委员会|村民委员会|居委会|村委会)$/, level: 'other', example: '城南社区居民委员会' },
  { pattern: /(?:法院|检察院|医院|卫生院|学校|学院|大学|公司|集团|银行)$/, level: 'other', example: '青山县人民医院' },
  // Townships: 乡 (民族乡), 镇, 苏木 (民族苏木) with their government; 街道 with its 办事处; a bare 办事处.
  { pattern: new RegExp(`(?:乡|镇|苏木)${GOVERNMENT}$`), level: 'township', example: '鹅公镇人民政府' },
  { pattern: /街道(?:办事处|办)?$/, level: 'township', example: '城南街道办事处' },
  { pattern: /办事处$/, level: 'township', example: '解放路办事处' },
  // Provinces: 省, 自治区, 特别行政区, and the four municipalities directly under the central government.
  { pattern: new RegExp(`^(?:北京|天津|上海|重庆)市${GOVERNMENT}$`), level: 'province', example: '重庆市人民政府' },
  { pattern: new RegExp(`(?:省|自治区|特别行政区)${GOVERNMENT}$`), level: 'province', example: '广西壮族自治区人民政府' },
  // Areas that are not administrative divisions: development zones, parks, scenic areas.
  { pattern: /(?:开发区|高新区|园区|保税区|示范区|试验区|实验区|景区|风景区|名胜区|小区)$/, level: 'other', example: '青山经济开发区' },
  // Prefecture level: 地区 and 盟 and their 行政公署 (before 区 below); 市, 州 and 自治州 after the counties.
  { pattern: /(?:地区|盟|行政公署)$/, level: 'city', example: '阿里地区行政公署' },
  // County level: 县, 自治县, 旗, 自治旗, 区 (市辖区, 新区, 林区, 特区).
  { pattern: new RegExp(`(?:县|旗|区)${GOVERNMENT}$`), level: 'county', example: '浦东新区人民政府' },
  { pattern: new RegExp(`(?:市|州)${GOVERNMENT}$`), level: 'city', example: '湘西土家族苗族自治州人民政府' },
  // Departments: bureaus, commissions, offices, halls, administrations, centres, institutes, brigades, stations.
  {
    pattern: /(?:局|委员会|管委会|委|办公室|办公厅|办|厅|署|中心|所|院|处|队|站|部|室)$/,
    level: 'department',
    example: '青山县发展和改革委员会',
  },
];

/** A trailing note in brackets: `某县财政局（国库支付中心）`, `鹅公镇人民政府（本级）`. */
const TRAILING_NOTE = /\([^()]*\)$/;

/**
 * Infers the level of an organ from its name: `鹅公镇`, `某某乡人民政府`, `城南街道办事处`,
 * `某某苏木` → township; `某某县人民政府`, `某某区`, `某某旗`, `某某自治县` → county; `某某市人民政府`,
 * `某某自治州人民政府` → city; `某某省人民政府`, `北京市人民政府` → province; `某某县财政局`,
 * `某某市发展和改革委员会`, `某某区政府办`, `青山县人民政府办公室` → department; anything else → other.
 * A trailing note in brackets is ignored.
 */
export function inferOrganLevel(name: string): OrganLevel {
  let text = compactOrganText(name);
  while (TRAILING_NOTE.test(text)) text = text.replace(TRAILING_NOTE, '');
  if (!text) return 'other';
  return organLevelRules.find((rule) => rule.pattern.test(text))?.level ?? 'other';
}
