import type { OrganLevel } from '../model/report.js';
import { organLevels } from '../model/report.js';

/** Words used for levels in rosters, normalised (no spaces, half-width, lower case). */
const levelWords: Record<string, OrganLevel> = {
  乡镇: 'township',
  乡: 'township',
  镇: 'township',
  街道: 'township',
  '乡镇(街道)': 'township',
  乡镇街道: 'township',
  '乡(镇)': 'township',
  乡级: 'township',
  县: 'county',
  区: 'county',
  县级: 'county',
  县区: 'county',
  '县(市、区)': 'county',
  '县(区)': 'county',
  县级市: 'county',
  县级人民政府: 'county',
  县级政府: 'county',
  部门: 'department',
  政府部门: 'department',
  县直部门: 'department',
  县直单位: 'department',
  区直部门: 'department',
  区直单位: 'department',
  市直部门: 'department',
  市直单位: 'department',
  省直部门: 'department',
  省直单位: 'department',
  单位: 'department',
  市: 'city',
  市级: 'city',
  地级市: 'city',
  设区的市: 'city',
  市州: 'city',
  市级人民政府: 'city',
  省: 'province',
  省级: 'province',
  自治区: 'province',
  直辖市: 'province',
  省级人民政府: 'province',
  其他: 'other',
  county: 'county',
  district: 'county',
  dept: 'department',
  prefecture: 'city',
};

/** Reads a level as written in a roster (`乡镇`, `县直部门`, `市`, `township`…); `undefined` when unknown. */
export function parseOrganLevel(text: string): OrganLevel | undefined {
  const value = text
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .toLowerCase();
  if ((organLevels as readonly string[]).includes(value)) return value as OrganLevel;
  return levelWords[value];
}
