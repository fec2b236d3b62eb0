import type { Organ } from '../model/report.js';
import { compactOrganText } from './compact-organ-text.js';
import { divisionPlaceCode } from './organ-codes.js';

/**
 * Kinds of organ finer than `OrganLevel`, told by name and division code, for the checks that
 * depend on them (who may make 规章):
 * - `stateCouncilDepartment`: a 国务院部门 (立法法 Art. 91: the ministries and commissions, 中国人民银行,
 *   审计署, and the directly affiliated bodies such as 海关总署 and 国家统计局), level `department`;
 * - `countyLevelCity`: a 县级市 government, level `city` by its name (浏阳市人民政府), told by a
 *   行政区划代码 whose last two digits are not `00` (430181): a county's code, not a prefecture's.
 */
export type OrganKind = 'stateCouncilDepartment' | 'countyLevelCity';

/** Bilingual names of the kinds, for messages. */
export const organKindLabels: Record<OrganKind, { zh: string; en: string }> = {
  stateCouncilDepartment: { zh: '国务院部门', en: 'State Council department' },
  countyLevelCity: { zh: '县级市人民政府', en: 'county-level city government' },
};

/** 国务院组成部门 and 直属机构 that the pattern below does not match (their names do not begin with 国家). */
const MINISTRIES = new Set([
  '外交部', '国防部', '教育部', '科学技术部', '工业和信息化部', '公安部', '国家安全部', '民政部', '司法部', '财政部',
  '人力资源和社会保障部', '自然资源部', '生态环境部', '住房和城乡建设部', '交通运输部', '水利部', '农业农村部', '商务部',
  '文化和旅游部', '退役军人事务部', '应急管理部', '中国人民银行', '审计署', '海关总署',
]);

/**
 * 国家发展和改革委员会, 国家税务总局, 国家统计局, 国家国际发展合作署, 国务院国有资产监督管理委员会: one organ
 * word, at the end. A local office of a vertically managed body (`国家税务总局青山县税务局`) has two.
 */
const NATIONAL_BODY = /^(?:国家[^局署委]{1,16}(?:总局|局|署|委员会)|国务院[^局署委]{1,16}委员会)$/u;

/** Whether an organ's name is that of a 国务院部门 (with or without `中华人民共和国` before it). */
export function isStateCouncilDepartmentName(name: string): boolean {
  const text = compactOrganText(name).replace(/^中华人民共和国/u, '');
  return MINISTRIES.has(text) || NATIONAL_BODY.test(text);
}

/** The kinds an organ is, from its level, name and division code. */
export function organKinds(organ: Pick<Organ, 'name' | 'level' | 'divisionCode'>): OrganKind[] {
  const kinds: OrganKind[] = [];
  if (organ.level === 'department' && isStateCouncilDepartmentName(organ.name)) kinds.push('stateCouncilDepartment');
  const place = divisionPlaceCode(organ.divisionCode);
  if (organ.level === 'city' && /^\d{6}$/.test(place) && !place.endsWith('00')) kinds.push('countyLevelCity');
  return kinds;
}
