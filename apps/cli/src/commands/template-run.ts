import type { CommandContext } from '../command.js';
import { formatOption, stringOption, yearOption } from '../command-helpers.js';
import { exitCodes, UsageError } from '../errors.js';
import { writeOneTemplate, writeRosterTemplates } from '../template/write-templates.js';

/** What `gov-report template` does (its options and help are in `template.ts`). */
export async function run(context: CommandContext): Promise<number> {
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
}
