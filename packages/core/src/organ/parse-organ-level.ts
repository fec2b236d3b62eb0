import { organLevelLabels, organLevels, type OrganLevel } from '../model/report.js';
import { compactOrganText } from './compact-organ-text.js';

/** Words for levels as rosters and forms write them (compared without spaces, half-width, lower case). */
const LEVEL_WORDS: Record<OrganLevel, readonly string[]> = {
  township: ['乡镇', '乡', '镇', '街道', '乡镇(街道)', '乡镇街道', '乡镇、街道', '乡镇/街道', '乡(镇)', '乡(镇、街道)', '乡级'],
  county: ['县', '区', '县级', '县区', '区县', '县(市、区)', '县(区)', '县(市)', '县市区', '县级市', '县级人民政府', '县级政府', 'district'],
  department: [
    '部门',
    '政府部门',
    '县直部门',
    '县直单位',
    '区直部门',
    '区直单位',
    '市直部门',
    '市直单位',
    '省直部门',
    '省直单位',
    '单位',
    'dept',
  ],
  city: ['市', '市级', '地级市', '设区的市', '市州', '市级人民政府', 'prefecture'],
  province: ['省', '省级', '自治区', '直辖市', '省级人民政府'],
  other: ['其他', '其它'],
};

/** Every way of writing a level: its id, the template cover's zh and en labels, and the words above. */
const LEVEL_BY_TEXT: ReadonlyMap<string, OrganLevel> = new Map(
  organLevels.flatMap((level) =>
    [level, organLevelLabels[level].zh, organLevelLabels[level].en, ...LEVEL_WORDS[level]].map((text): [string, OrganLevel] => [compactOrganText(text), level]),
  ),
);

/**
 * Reads a level as written: the level's id (`township`), the template cover's labels
 * (`乡镇（街道）`, `县级人民政府`, `government department`…) or a roster's word (`乡镇`, `县直部门`, `市`…),
 * whatever the spaces and the width of brackets; `undefined` when unknown.
 */
export function parseOrganLevel(text: string): OrganLevel | undefined {
  return LEVEL_BY_TEXT.get(compactOrganText(text));
}
