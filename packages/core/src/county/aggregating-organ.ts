import type { OrganLevel, Organ } from '../model/report.js';
import type { Roster, RosterEntry } from '../aggregate/types.js';
import { matchSubmission } from '../roster/match-submission.js';
import { CountyJobStop, textFor } from './job-stop.js';

/**
 * The aggregating organ and its roster entry. Its name is printed as the county report's official
 * title, so it must be the roster's name or one of its aliases exactly: a near match (`青山县政府`
 * for `青山县人民政府`) stops the job with the suggestion, and so does an organ a roster with 上级
 * links does not list (almost always a typo). Without a name, the roster's one top-level organ
 * with members is used.
 */
export function aggregatingOrgan(roster: Roster, name: string | undefined, options: { level?: OrganLevel; locale?: string } = {}): { organ: Organ; entry?: RosterEntry } {
  const text = textFor(options.locale);
  const locale = options.locale === 'en' ? 'en' : 'zh-CN';
  const parents = roster.entries.filter((entry) => roster.entries.some((other) => other.parent === entry.id));
  let organName = name?.trim() ?? '';
  if (!organName) {
    const top = parents.filter((entry) => !entry.parent);
    if (top.length !== 1) {
      throw new CountyJobStop(text('请填写汇总机关名称', 'Give the name of the aggregating organ'), {
        usage: true,
        hint: text('名册中看不出由哪个机关汇总：请填写汇总机关，如“某某县人民政府”。', 'The roster does not say which organ aggregates: give the organ, e.g. 某某县人民政府.'),
      });
    }
    organName = top[0].name;
  }
  const entry = matchSubmission({ organ: { name: organName, level: options.level ?? 'county' } }, roster, { locale }).entry;
  if (entry && entry.name !== organName && !(entry.aliases ?? []).includes(organName)) {
    throw new CountyJobStop(text(`名册中没有“${organName}”这个名称`, `the roster has no organ named "${organName}"`), {
      usage: true,
      hint: text(`是不是“${entry.name}”？汇总机关的名称会作为汇总年报的标题，须与名册中的名称或别名完全一致。`, `Did you mean "${entry.name}"? The aggregating organ's name is the county report's title and must be the roster's name or an alias exactly.`),
    });
  }
  if (!entry && parents.length > 0) {
    throw new CountyJobStop(text(`名册中没有“${organName}”`, `the roster does not list "${organName}"`), {
      usage: true,
      hint: text(`名册中的汇总机关（“上级”）有：${parents.map((e) => e.name).join('、')}。请指定其中之一。`, `The roster's aggregating organs (parents) are: ${parents.map((e) => e.name).join(', ')}. Give one of them.`),
    });
  }
  const organ: Organ = { name: organName, level: entry?.level ?? options.level ?? 'county' };
  if (entry?.creditCode) organ.creditCode = entry.creditCode;
  if (entry?.divisionCode) organ.divisionCode = entry.divisionCode;
  return { organ, ...(entry ? { entry } : {}) };
}
