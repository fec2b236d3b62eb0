import type { CommandSpec } from '../command.js';

export const compareCommand: CommandSpec = {
  name: 'compare',
  summary: { zh: '跨年度核对：上年结转与本年、现行有效件数等', en: 'cross-year checks: carried over against carried forward, documents in force…' },
  usage: { zh: ['<上年报告> <本年报告>', '<上年文件夹/> <本年文件夹/>'], en: ['<last year> <this year>', '<last year folder/> <this year folder/>'] },
  description: {
    zh: '比较同一机关（或同一个县的汇总报告）相邻两年的数字，例如本年“上年结转”应等于上年“结转下年度继续办理”。\n给两个文件夹时，按机关名称逐一配对比较，并列出只在一年出现的机关。\n退出码：0 两年衔接一致；1 发现错误或需要核对的不一致；2 用法错误。',
    en: "Compares one organ's (or one county's aggregated) numbers across two consecutive years, e.g. this year's carried-over applications must equal last year's carried-forward ones.\nGiven two folders, reports are paired by organ name, and organs found in one year only are listed.\nExit codes: 0 the years agree; 1 errors or inconsistencies to check; 2 usage error.",
  },
  options: {},
  positionals: { min: 2, max: 2, name: { zh: '上年和本年的报告（文件或文件夹）', en: "last year's and this year's reports (files or folders)" } },
  examples: [
    { command: 'compare 青山镇2023.json 青山镇2024.xlsx', explanation: { zh: '一个乡镇的两年', en: 'one township, two years' } },
    { command: 'compare 汇总2023/report.json 汇总2024/report.json', explanation: { zh: '县汇总报告的两年', en: "the county's aggregated report, two years" } },
    { command: 'compare 2023年报表/ 2024年报表/', explanation: { zh: '按机关配对比较整个县', en: 'the whole county, paired by organ' } },
  ],
  load: () => import('./compare-run.js'),
};
