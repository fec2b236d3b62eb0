import { readFileSync } from 'node:fs';
import { aggregate, importNarrativeText, type AggregateResult, type Organ, type Report, type Roster, type Submission } from '@report/core';
import { createExampleReport } from '@report/core/testing';

/** A full `gov-2021` township report with narrative in every section. */
export function township2021(): Report {
  const report = createExampleReport({ year: 2023, seed: 7, scale: 40, organ: { name: '示例县城关镇人民政府', level: 'township' } });
  report.preface = [
    '本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》要求编制。本报告中所列数据统计期限为2023年1月1日至12月31日。',
  ];
  const overview = report.sections.find((section) => section.id === 'overview')!;
  overview.paragraphs = [
    '2023年，城关镇认真贯彻落实《条例》，坚持以公开为常态、不公开为例外，围绕镇党委政府中心工作，不断拓展公开内容、创新公开方式，政府信息公开工作取得了新的成效。',
  ];
  overview.children = [
    { id: 'overview.1', title: '（一）主动公开', paragraphs: ['全年通过政府网站主动公开政府信息326条，其中政策文件18件、工作动态210条。'], children: [] },
    { id: 'overview.2', title: '（二）依申请公开', paragraphs: ['全年收到政府信息公开申请，均在法定期限内答复。'], children: [] },
  ];
  return report;
}

/** A `gov-2019` (trial format) report, with a negative 本年增/减 and an amount with its unit. */
export function department2019(): Report {
  return createExampleReport({ year: 2020, seed: 11, scale: 25, organ: { name: '示例县自然资源局', level: 'department' } });
}

/** The 鹅公镇 2019 narrative report, read from the shared fixture. */
export function egongReport(): Report {
  const text = readFileSync('/work/shared/fixtures/egong-2019-narrative.txt');
  const { report } = importNarrativeText(text, { file: 'egong-2019-narrative.txt' });
  if (!report) throw new Error('the 鹅公镇 fixture did not import');
  return report;
}

const townships = ['城关镇', '龙潭镇', '鹅公镇', '黄溪镇', '长乐乡', '桥江镇', '马田坪乡', '卢峰镇', '北斗溪镇', '均坪镇', '小龙门乡', '思蒙镇'];
const departments = ['示例县财政局', '示例县教育局', '示例县自然资源局', '示例县住房和城乡建设局', '示例县市场监督管理局', '示例县人力资源和社会保障局', '示例县人民政府办公室', '示例县卫生健康局'];

/**
 * A county of 20 members aggregated with core's `aggregate`: 卫生健康局 does not file, 长乐乡
 * files late. Numbers come from `createExampleReport`, so every member report balances.
 */
export function countyAggregate(): AggregateResult {
  const entries = [
    ...townships.map((name) => ({ id: name, name: `${name}人民政府`, aliases: [name], level: 'township' as const, parent: 'county' })),
    ...departments.map((name) => ({ id: name, name, level: 'department' as const, parent: 'county' })),
  ];
  const roster: Roster = { entries: [{ id: 'county', name: '示例县人民政府', level: 'county' }, ...entries], deadline: '2024-02-20' };
  const submissions: Submission[] = entries
    .filter((entry) => entry.id !== '示例县卫生健康局')
    .map((entry, index) => {
      const organ: Organ = { name: entry.name, level: entry.level };
      const report = createExampleReport({ year: 2023, seed: 100 + index, scale: entry.level === 'department' ? 60 : 15, organ });
      return { report, file: `${entry.id}.json`, submittedOn: entry.id === '长乐乡' ? '2024-02-25' : '2024-01-20' };
    });
  return aggregate(submissions, { roster, organ: { name: '示例县人民政府', level: 'county' }, year: 2023 });
}

/**
 * A city of two counties of three townships each (one township of 乙县 does not file), aggregated
 * with core's `aggregate`: the city's members are the counties, the townships are one level down.
 */
export function cityAggregate(): { result: AggregateResult; townships: string[] } {
  const entries: Roster['entries'] = [{ id: 'city', name: '示例市人民政府', level: 'city' }];
  const townships: string[] = [];
  const submissions: Submission[] = [];
  for (const county of ['甲县', '乙县']) {
    entries.push({ id: county, name: `${county}人民政府`, level: 'county', parent: 'city' });
    for (const [index, town] of ['东镇', '西镇', '南镇'].entries()) {
      const name = `${county}${town}人民政府`;
      townships.push(name);
      entries.push({ id: `${county}${town}`, name, level: 'township', parent: county });
      if (county === '乙县' && index === 2) continue;
      const report = createExampleReport({ year: 2023, seed: 300 + townships.length, scale: 12, organ: { name, level: 'township' } });
      submissions.push({ report, file: `${county}${town}.json`, submittedOn: '2024-01-20' });
    }
  }
  const roster: Roster = { entries, deadline: '2024-02-20' };
  return { result: aggregate(submissions, { roster, organ: { name: '示例市人民政府', level: 'city' }, year: 2023 }), townships };
}

/** The organs of the demo county (`examples/demo-county`) whose reports are counted, with the files they sent. */
const demoMembers: Array<[name: string, file: string, level: 'township' | 'department']> = [
  ['青山镇人民政府', '青山镇.xlsx', 'township'],
  ['清河街道办事处', '清河街道.xlsx', 'township'],
  ['桃源乡人民政府', '桃源乡.xlsx', 'township'],
  ['青山县发展和改革局', '县发改局.xlsx', 'department'],
  ['青山县公安局', '县公安局.xlsx', 'department'],
  ['青山县教育局', '县教育局.xlsx', 'department'],
  ['青山县市场监督管理局', '县市场监管局.xlsx', 'department'],
  ['青山县卫生健康局', '县卫健局.xlsx', 'department'],
  ['青山县人民政府办公室', '县政府办.json', 'department'],
  ['青山县住房和城乡建设局', '县住建局.xlsx', 'department'],
  ['青山县自然资源局', '县自然资源局.xlsx', 'department'],
];

/** A county with the demo county's names and file names (the lists of its appendix wrap as the demo's do), and its roster. */
export function demoCounty(): { result: AggregateResult; roster: Roster } {
  const roster: Roster = { entries: demoMembers.map(([name, , level]) => ({ id: name, name, level })), deadline: '2025-01-24' };
  const submissions: Submission[] = demoMembers.map(([name, file, level], index) => ({
    report: createExampleReport({ year: 2024, seed: 500 + index, scale: 8, organ: { name, level } }),
    file,
    submittedOn: '2025-01-20',
  }));
  return { result: aggregate(submissions, { roster, organ: { name: '青山县人民政府', level: 'county' }, year: 2024 }), roster };
}
