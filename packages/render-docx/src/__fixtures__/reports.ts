import { aggregate, type Organ, type Report } from '@report/core';
import { type AggregateResult, type Roster, type Submission } from '@report/core/plugin';
import { createExampleReport } from '@report/core/testing';

/** A full `gov-2021` township report with text in the preface and 一、总体情况 (with sub-sections). */
export function township2021(): Report {
  const report = createExampleReport({ year: 2023, seed: 7, scale: 40, organ: { name: '示例县城关镇人民政府', level: 'township' } });
  report.preface = ['本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》要求编制。本报告中所列数据统计期限为2023年1月1日至12月31日。'];
  const overview = report.sections.find((section) => section.id === 'overview')!;
  overview.paragraphs = ['2023年，城关镇认真贯彻落实《条例》，坚持以公开为常态、不公开为例外，围绕镇党委政府中心工作，不断拓展公开内容、创新公开方式，政府信息公开工作取得了新的成效。'];
  overview.children = [
    { id: 'overview.1', title: '（一）主动公开', paragraphs: ['全年通过政府网站主动公开政府信息326条，其中政策文件18件、工作动态210条。'], children: [] },
    { id: 'overview.2', title: '（二）依申请公开', paragraphs: ['全年收到政府信息公开申请，均在法定期限内答复。'], children: [] },
  ];
  return report;
}

/** A `gov-2019` (trial format) department report. */
export function department2019(): Report {
  return createExampleReport({ year: 2020, seed: 11, scale: 25, organ: { name: '示例县自然资源局', level: 'department' } });
}

const townships = ['城关镇', '龙潭镇', '鹅公镇', '黄溪镇', '长乐乡', '桥江镇'];
const departments = ['示例县财政局', '示例县教育局', '示例县自然资源局', '示例县卫生健康局'];

/** A county of 10 members aggregated with core's `aggregate`: 卫生健康局 does not file, 长乐乡 files late. */
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
