import type { CommandSpec } from '../command.js';
import { formatOption, stringOption, yearOption } from '../command-helpers.js';
import { exitCodes, UsageError } from '../errors.js';
import { writeOneTemplate, writeRosterTemplates } from '../template/write-templates.js';

export const templateCommand: CommandSpec = {
  name: 'template',
  summary: { zh: '制作 Excel 填报模板（可按名册给每个单位各做一份）', en: 'make the Excel template to fill (one per roster entry if asked)' },
  usage: {
    zh: ['--year <年份> [--format gov-2021] [--organ <机关名称>] [-o <模板.xlsx>]', '--year <年份> --roster <名册.xlsx> -o <文件夹/>'],
    en: ['--year <year> [--format gov-2021] [--organ <organ>] [-o <template.xlsx>]', '--year <year> --roster <roster.xlsx> -o <folder/>'],
  },
  description: {
    zh: '模板按国家规定的表格样式生成，填好后可直接用 validate、aggregate 读取。\n给了 --roster 时，为名册里的每个单位各生成一份模板（文件名为单位名称），放进 -o 指定的文件夹。\n已存在的文件不会被覆盖，除非加 --force。',
    en: 'The template follows the official tables; filled in, it is read back by validate and aggregate.\nWith --roster, one template per roster entry (named after the organ) goes into the folder given by -o.\nExisting files are not overwritten unless --force is given.',
  },
  options: {
    year: { type: 'string', value: { zh: '年份', en: 'year' }, description: { zh: '报告年度，如 2024（必填）', en: 'report year, e.g. 2024 (required)' } },
    format: { type: 'string', value: { zh: '格式', en: 'format' }, description: { zh: '报告格式，默认按年度：2021年起 gov-2021，2019—2020年 gov-2019；插件的格式见 gov-report formats', en: "report format; default by year: gov-2021 from 2021, gov-2019 for 2019–2020; gov-report formats lists plugins' formats too" } },
    organ: { type: 'string', value: { zh: '机关名称', en: 'organ' }, description: { zh: '填报机关名称，预先写入模板', en: 'name of the filing organ, written into the template' } },
    roster: { type: 'string', value: { zh: '名册', en: 'roster' }, description: { zh: '名册文件：为每个单位各做一份模板', en: 'roster file: one template per organ' } },
    output: { type: 'string', short: 'o', value: { zh: '路径', en: 'path' }, description: { zh: '输出文件（或用 --roster 时的输出文件夹）', en: 'output file (or folder, with --roster)' } },
    force: { type: 'boolean', description: { zh: '覆盖已存在的文件', en: 'overwrite existing files' } },
  },
  positionals: { min: 0, max: 0, name: { zh: '参数', en: 'arguments' } },
  examples: [
    { command: 'template --year 2024 --organ 某某镇人民政府 -o 某某镇2024年报模板.xlsx', explanation: { zh: '为一个乡镇制作 2024 年度模板', en: 'a 2024 template for one township' } },
    { command: 'template --year 2024 --roster 名册.xlsx -o 模板/', explanation: { zh: '为名册里的每个单位各做一份', en: 'one template per roster entry' } },
  ],
  run: async (context) => {
    const { text, output } = context;
    const year = yearOption(context, 'year', 'template');
    if (year === undefined) throw new UsageError(text('缺少 --year（报告年度，如 2024）', 'missing --year (report year, e.g. 2024)'), { command: 'template' });
    const formId = formatOption(context, 'template') ?? context.pipeline.formForYear(year)?.id;
    if (!formId) {
      throw new UsageError(text(`${year}年没有国家统一的表格格式（2019年起才有）`, `there is no national table format for ${year} (they start in 2019)`), { command: 'template' });
    }
    const job = { form: context.pipeline.getForm(formId), year, force: context.values.force === true, outputPath: stringOption(context, 'output') };
    const { form } = job;
    const rosterPath = stringOption(context, 'roster');

    if (!rosterPath) {
      const written = await writeOneTemplate(context, job, stringOption(context, 'organ'));
      output.json({ command: 'template', ok: true, format: form.id, year, files: [written] });
      output.line(text(`已生成 ${year} 年度模板（${form.id}）：${written.file}`, `Wrote the ${year} template (${form.id}): ${written.file}`));
      return exitCodes.ok;
    }

    const { folder, written, rosterDiagnostics } = await writeRosterTemplates(context, job, rosterPath);
    const made = written.filter((w) => !w.skipped);
    const skipped = written.filter((w) => w.skipped);
    output.json({ command: 'template', ok: true, format: form.id, year, folder: output.path(folder), files: written, rosterDiagnostics });
    output.line(text(`已为 ${made.length} 个单位生成 ${year} 年度模板（${form.id}），在 ${output.path(folder)}`, `Wrote ${made.length} templates for ${year} (${form.id}) into ${output.path(folder)}`));
    if (skipped.length > 0) {
      output.line(
        text(
          `${skipped.length} 个文件已存在，未覆盖（加 --force 可覆盖）：${skipped.map((s) => s.file).join('、')}`,
          `${skipped.length} existing files not overwritten (add --force): ${skipped.map((s) => s.file).join(', ')}`,
        ),
      );
    }
    return exitCodes.ok;
  },
};
