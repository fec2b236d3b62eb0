import type { OrganLevel } from '../model/report.js';

/**
 * Infers the level of an organ from its name: `鹅公镇`, `某某乡人民政府`, `某某街道办事处` → township;
 * `某某县人民政府`, `某某区` → county; `某某市人民政府` → city; `某某省人民政府` → province;
 * `某某县财政局`, `某某市发展和改革委员会`, `某某区政府办` → department; anything else → other.
 */
export function inferOrganLevel(name: string): OrganLevel {
  const text = name.replace(/[\s\u3000]+/g, '');
  if (/(镇|乡|街道|街道办事处|苏木)(人民政府)?$/.test(text)) return 'township';
  if (/(局|委员会|委|办公室|办|厅|署|中心|所|院|处)$/.test(text)) return 'department';
  const government = text.replace(/人民政府$|政府$/, '');
  if (/(省|自治区)$/.test(government) || /^(北京|天津|上海|重庆)市$/.test(government)) return 'province';
  if (/(县|区|旗|自治县|自治旗|林区|特区)$/.test(government)) return 'county';
  if (/(市|州|盟)$/.test(government)) return 'city';
  return 'other';
}
