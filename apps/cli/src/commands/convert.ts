import type { CommandSpec } from '../command.js';

export const convertCommand: CommandSpec = {
  name: 'convert',
  summary: { zh: '把报告转换为另一种格式（如 2019 试行格式 → 2021 格式），列出不能对应的数据', en: 'convert a report to another format (e.g. the 2019 trial format → 2021), listing what does not map' },
  usage: { zh: ['<report.json | 工作簿.xlsx> -o <输出.json> [--to gov-2021]'], en: ['<report.json | workbook.xlsx> -o <out.json> [--to gov-2021]'] },
  description: {
    zh: '把按一种格式填写的报告逐格转换为另一种格式，写出报告 JSON。只转换能确切对应的单元格：行列相同的照搬，（六）其他处理为 0 时拆为三项 0；其余数据（如试行格式表二的“本年新制作数量”、不为 0 的（六）其他处理）不作推测，逐项列出其官方名称、数值和原因。\n不加 --to 时转换为报告年度适用的格式。输出文件不能是输入文件，原文件不会改动。\n退出码：0 已写出（不能对应的数据已列出）；1 读取或转换失败，没有写出；2 命令用法错误。',
    en: 'Converts a report filled in one format into another, cell by cell, and writes the report JSON. Only cells that map exactly are converted: same rows and columns are copied, a 0 in (6) other handling becomes three 0s; every other figure (e.g. the trial table II "本年新制作数量", a (6) other handling that is not 0) is not guessed but listed with its official label, value and reason.\nWithout --to, the format of the report year is used. The output cannot be the input; the original is never changed.\nExit codes: 0 written (figures that do not map are listed); 1 reading or converting failed, nothing written; 2 usage error.',
  },
  options: {
    output: { type: 'string', short: 'o', value: { zh: '文件', en: 'file' }, description: { zh: '输出的报告 JSON 文件（不能是输入文件）', en: 'report JSON file to write (not the input)' } },
    to: { type: 'string', value: { zh: '格式', en: 'format' }, description: { zh: '目标格式：gov-2021、gov-2019 或插件的格式（默认：报告年度适用的格式）', en: "target format: gov-2021, gov-2019 or a plugin's (default: the format of the report year)" } },
  },
  positionals: { min: 1, max: 1, name: { zh: '要转换的报告', en: 'the report to convert' } },
  examples: [
    { command: 'convert 青山镇2023.json -o 青山镇2023（2021格式）.json --to gov-2021', explanation: { zh: '按试行格式填写的 2023 年度报告转为 2021 格式', en: 'a 2023 report in the trial format, to the 2021 format' } },
    { command: 'convert 青山镇.xlsx -o 青山镇.json', explanation: { zh: '工作簿读入后转为报告年度的格式', en: 'a workbook, to the format of its year' } },
  ],
  load: () => import('./convert-run.js'),
};
