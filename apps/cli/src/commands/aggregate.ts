import { basename, extname, isAbsolute, relative, resolve } from 'node:path';
import {
  aggregate,
  createDiagnostic,
  matchSubmission,
  sortDiagnostics,
  type AggregateResult,
  type Diagnostic,
  formForYear,
  type OrganLevel,
  type Report,
  type RosterEntry,
  type Submission,
  type SubmissionOutcome,
} from '@report/core';
import type { CommandContext, CommandSpec } from '../command.js';
import { dateOption, inputFiles, organLevelOption, stringOption, yearOption } from '../command-helpers.js';
import { exitCodes, JobError, UsageError } from '../errors.js';
import { countDiagnostics, diagnosticLines } from '../format-diagnostics.js';
import { loadFile, type LoadedFile } from '../load-file.js';
import { loadRoster } from '../load-roster.js';
import { displayWidth, padDisplay as pad } from '../display-width.js';
import { createProgress, createStatus } from '../progress.js';
import { count } from '../text.js';
import { readReceivedManifest, type ReceivedManifest } from '../received-manifest.js';
import { renderAggregateOutputs } from '../render-outputs.js';

/** Where each input file ended up, in the CLI's own words (a file that could not be read is never a submission). */
export interface FileAccount {
  file: string;
  organ?: string;
  entryId?: string;
  status: SubmissionOutcome['status'] | 'unreadable';
  late: boolean;
  submittedOn?: string;
  reasons: string[];
  /** The first error of a member's report, with where it is. */
  firstError?: string;
  errorCount: number;
  warningCount: number;
}

function firstErrors(diagnostics: readonly Diagnostic[], count = 2): string[] {
  return diagnostics.filter((d) => d.severity === 'error').slice(0, count).map((d) => d.message);
}

/** An unreadable file named like a roster entry (`龙泉乡.xls`) is that entry's filing. */
function entryForUnreadable(loaded: LoadedFile, entries: readonly RosterEntry[], context: CommandContext): RosterEntry | undefined {
  const stem = basename(loaded.input.name, extname(loaded.input.name)).replace(/[（(].*?[）)]/g, '').replace(/\d{4}年?.*$/, '').trim();
  if (!stem) return undefined;
  const match = matchSubmission({ organ: { name: stem, level: 'other' } }, { entries: [...entries] }, { locale: context.locale });
  if (match.entry) return match.entry;
  const containing = entries.filter((entry) => [entry.name, ...(entry.aliases ?? [])].some((name) => stem.includes(name) || name.includes(stem)));
  return containing.length === 1 ? containing[0] : undefined;
}

function isInside(path: string, folder: string): boolean {
  const relativePath = relative(folder, path);
  return relativePath !== '' && !relativePath.startsWith('..') && !isAbsolute(relativePath);
}


/** A member's first error in one line: the message and where it is. */
function describeError(context: CommandContext, diagnostic: Diagnostic): string {
  const { sheet, cell, label } = diagnostic.location;
  const where = sheet && cell && !(label ?? '').includes(cell) && !diagnostic.message.includes(cell) ? context.text(`（工作表“${sheet}”${cell}）`, ` (sheet "${sheet}" ${cell})`) : '';
  return `${diagnostic.message}${where}`;
}

/** The county's own narrative, read from text with the sections of the report's form. */
async function loadNarrative(context: CommandContext, argument: string, year: number): Promise<LoadedFile> {
  const [file] = await inputFiles(context, [argument], 'aggregate');
  if (!file) throw new UsageError(context.text('--narrative 应为一个文本文件（.txt）', '--narrative takes one text file (.txt)'), { command: 'aggregate' });
  const loaded = await loadFile(file, { locale: context.locale, year, format: formForYear(year) });
  if (loaded.kind !== 'narrative') {
    throw new UsageError(context.text(`--narrative 应为文本文件（.txt），${file.name} 不是`, `--narrative takes a text file (.txt); ${file.name} is not one`), { command: 'aggregate' });
  }
  if (!loaded.report) {
    const reason = loaded.diagnostics.find((d) => d.severity === 'error')?.message ?? '';
    throw new JobError(context.text(`无法读取年报文字 ${argument}：${reason}`, `cannot read the narrative ${argument}: ${reason}`));
  }
  return loaded;
}

/** The county report with the narrative sections (those without a table) taken from the county's own text. */
function withNarrative(report: Report, narrative: Report): Report {
  const sections = report.sections.map((section) => {
    const fromText = narrative.sections.find((s) => s.id === section.id);
    return fromText && (fromText.paragraphs.length > 0 || fromText.children.length > 0) ? { ...section, paragraphs: fromText.paragraphs, children: fromText.children } : section;
  });
  return { ...report, sections, ...(narrative.preface?.length ? { preface: narrative.preface } : {}) };
}

export const aggregateCommand: CommandSpec = {
  name: 'aggregate',
  summary: { zh: '汇总全县：核对名册、检查每份报表、合计成县级年报并生成 HTML、PDF 和汇总表', en: 'aggregate a county: roster, checks, the county report as HTML, PDF and a summary workbook' },
  usage: {
    zh: ['<文件或文件夹...> --roster <名册.xlsx> --organ <汇总机关> --year <年份> -o <输出文件夹/> [--received <收文登记.csv>] [--narrative <本级年报文字.txt>]'],
    en: ['<files or folders...> --roster <roster.xlsx> --organ <aggregating organ> --year <year> -o <output folder/> [--received <register.csv>] [--narrative <text.txt>]'],
  },
  description: {
    zh: [
      '读取各乡镇、部门报来的报表，按名册核对谁已报、谁未报，逐份检查，把没有错误的报表逐格相加，写出：',
      '  report.json      汇总年报数据（report/v1，含各单位的构成）',
      '  report.html      汇总年报网页（国家规定的表格样式，附报送情况）',
      '  report.pdf       汇总年报 PDF（A4，嵌入中文字体）',
      '  summary.xlsx     汇总表（各单位数字和合计）',
      '  checking.html    审核报告：每个文件的全部问题，按文件分组',
      '  checking.json    审核报告数据（报送情况、每个文件的去向、全部问题）',
      '有错误的报表不计入（加 --include-errors 则计入并提示），同一单位报来两份不同的报表时均不计入，直到删除作废的一份。',
      '迟报按名册中的“报送截止日期”和 --received 收文登记表中的收到日期判断。',
      '退出码：0 已写出汇总结果（退回、缺报等见打印的报送情况）；1 无法汇总或加了 --strict 且有退回、缺报、重复；2 用法错误。',
    ].join('\n'),
    en: [
      'Reads the reports townships and departments sent, checks them against the roster (who filed, who did not), checks each one, adds the sound ones cell by cell, and writes:',
      '  report.json      the county report (report/v1, with what each member contributed)',
      '  report.html      the county report as a web page (official tables, with the filing status)',
      '  report.pdf       the county report as PDF (A4, Chinese fonts embedded)',
      '  summary.xlsx     the summary workbook (each member and the totals)',
      '  checking.html    the checking report: every problem of every file',
      '  checking.json    the same as data (completeness, where every file went, all problems)',
      'Reports with errors are left out (--include-errors adds them with a warning); two different reports of one organ are both left out until the superseded one is removed.',
      'Lateness uses the roster\'s deadline column and the received dates of --received.',
      'Exit codes: 0 the county report was written (see the printed completeness); 1 nothing could be aggregated, or --strict and something was rejected, missing or duplicated; 2 usage error.',
    ].join('\n'),
  },
  options: {
    roster: { type: 'string', value: { zh: '名册', en: 'roster' }, description: { zh: '应报送单位名册（.xlsx、.csv 或 .json），必填', en: 'roster of organs expected to file (.xlsx, .csv or .json), required' } },
    organ: { type: 'string', value: { zh: '机关名称', en: 'organ' }, description: { zh: '汇总机关，如 某某县人民政府，必填', en: 'the aggregating organ, e.g. a county government, required' } },
    year: { type: 'string', value: { zh: '年份', en: 'year' }, description: { zh: '报告年度，如 2024，必填', en: 'report year, e.g. 2024, required' } },
    output: { type: 'string', short: 'o', value: { zh: '文件夹', en: 'folder' }, description: { zh: '输出文件夹，必填', en: 'output folder, required' } },
    level: {
      type: 'string',
      value: { zh: '层级', en: 'level' },
      description: { zh: '汇总机关层级：county（默认）、city、province…；名册中有该机关时以名册为准', en: 'level of the aggregating organ: county (default), city, province…; the roster wins when it lists the organ' },
    },
    received: { type: 'string', value: { zh: '登记表', en: 'register' }, description: { zh: '收文登记表 CSV：“文件”和“收到日期”两列，用于判断迟报', en: 'received-date register (CSV with columns file and received), for lateness' } },
    deadline: { type: 'string', value: { zh: '日期', en: 'date' }, description: { zh: '报送截止日期，名册未写明时使用，如 2025-01-20', en: 'deadline where the roster gives none, e.g. 2025-01-20' } },
    'include-errors': { type: 'boolean', description: { zh: '有错误的报表也计入汇总（会加以提示）', en: 'add reports with errors too (with a warning)' } },
    narrative: {
      type: 'string',
      value: { zh: '文件', en: 'file' },
      description: { zh: '本级年报文字（.txt），作为汇总年报的总体情况、存在的主要问题等部分', en: "the county's own text (.txt) for the overview, problems and other sections of the county report" },
    },
    'no-pdf': { type: 'boolean', description: { zh: '不生成 PDF', en: 'do not write the PDF' } },
    strict: { type: 'boolean', description: { zh: '有退回、缺报、重复或名册外的报表时退出码为 1', en: 'exit 1 when anything is rejected, missing, duplicated or unexpected' } },
  },
  positionals: { min: 1, name: { zh: '收到的报表（文件或文件夹）', en: 'the reports received (files or folders)' } },
  examples: [
    {
      command: 'aggregate 收到的报表/ --roster 名册.xlsx --organ 某某县人民政府 --year 2024 -o 汇总结果/',
      explanation: { zh: '汇总一个文件夹里的全部报表', en: 'aggregate every report in a folder' },
    },
    {
      command: 'aggregate examples/demo-county/submissions --roster examples/demo-county/roster.xlsx --received examples/demo-county/received.csv --narrative examples/demo-county/青山县年报文字.txt --organ 青山县人民政府 --year 2024 -o out/',
      explanation: { zh: '示例县（npm run demo 运行的就是这条）', en: 'the example county (what npm run demo runs)' },
    },
  ],
  run: async (context) => {
    const { text, output, io } = context;
    const missingRequired = ['roster', 'organ', 'year', 'output'].filter((name) => stringOption(context, name) === undefined);
    if (missingRequired.length > 0) {
      throw new UsageError(text(`缺少必填选项：${missingRequired.map((n) => (n === 'output' ? '-o' : `--${n}`)).join('、')}`, `missing required options: ${missingRequired.map((n) => (n === 'output' ? '-o' : `--${n}`)).join(', ')}`), {
        command: 'aggregate',
      });
    }
    const year = yearOption(context, 'year', 'aggregate')!;
    const organName = stringOption(context, 'organ')!.trim();
    const deadline = dateOption(context, 'deadline', 'aggregate');
    const levelOption = organLevelOption(context, 'aggregate');
    const folder = resolve(io.cwd, stringOption(context, 'output')!);
    // The output folder may sit inside an input folder (`aggregate . -o out/`): never read last run's outputs as submissions.
    const files = (await inputFiles(context, context.positionals, 'aggregate')).filter((file) => !isInside(file.path, folder));
    const rosterLoaded = await loadRoster(stringOption(context, 'roster')!, { cwd: io.cwd, locale: context.locale, text, command: 'aggregate' });
    const roster = { ...rosterLoaded.roster, ...(deadline ? { deadline } : {}) };
    if (roster.entries.length === 0) {
      throw new JobError(text(`名册 ${output.path(rosterLoaded.path)} 里没有可用的单位，无法汇总`, `the roster ${output.path(rosterLoaded.path)} lists no usable organ; nothing to aggregate`), {
        hint: text('名册第一行应为表头（如“名称”“层级”），其后每行一个单位。', 'The first row of the roster is a header (e.g. name, level), then one organ per row.'),
      });
    }
    const receivedPath = stringOption(context, 'received');
    let manifest: ReceivedManifest | undefined;
    if (receivedPath) {
      try {
        manifest = await readReceivedManifest(resolve(io.cwd, receivedPath), text);
      } catch {
        throw new UsageError(text(`找不到收文登记表：${receivedPath}`, `received-date register not found: ${receivedPath}`), { command: 'aggregate' });
      }
      if (manifest.problems.length > 0 && manifest.dates.size === 0) {
        throw new JobError(text(`收文登记表 ${receivedPath} 无法使用：${manifest.problems.join('；')}`, `cannot use the register ${receivedPath}: ${manifest.problems.join('; ')}`));
      }
    }
    const narrativePath = stringOption(context, 'narrative');
    const narrative = narrativePath ? await loadNarrative(context, narrativePath, year) : undefined;
    const rootEntry = matchSubmission({ organ: { name: organName, level: levelOption ?? 'county' } }, roster, { locale: context.locale }).entry;
    const parents = roster.entries.filter((entry) => roster.entries.some((other) => other.parent === entry.id));
    if (!rootEntry && parents.length > 0) {
      // A roster with 上级 links names who aggregates whom; an organ it does not list is almost always a typo.
      throw new UsageError(text(`名册中没有“${organName}”`, `the roster does not list "${organName}"`), {
        command: 'aggregate',
        hint: text(`名册中的汇总机关（“上级”）有：${parents.map((e) => e.name).join('、')}。请用 --organ 指定其中之一。`, `The roster's aggregating organs (parents) are: ${parents.map((e) => e.name).join(', ')}. Give one of them with --organ.`),
      });
    }
    const level: OrganLevel = rootEntry?.level ?? levelOption ?? 'county';

    const progress = createProgress(io, { total: files.length, label: text('读取', 'Reading'), enabled: !context.json });
    const loaded: LoadedFile[] = [];
    for (const file of files) {
      progress.tick(file.name);
      loaded.push(await loadFile(file, { locale: context.locale, year }));
    }
    progress.done();

    const extraDiagnostics: Diagnostic[] = [...rosterLoaded.diagnostics];
    const manifestName = receivedPath ? basename(receivedPath) : '';
    for (const problem of manifest?.problems ?? []) output.note(text(`收文登记表 ${manifestName}：${problem}`, `register ${manifestName}: ${problem}`));
    const submissions: Submission[] = [];
    const submissionFiles: LoadedFile[] = [];
    const unreadable: LoadedFile[] = [];
    for (const file of loaded) {
      const submittedOn = manifest?.dates.get(file.input.name);
      if (manifest && !submittedOn) {
        extraDiagnostics.push(
          createDiagnostic({ code: 'received-date-missing', params: { manifest: manifestName, file: file.input.name }, location: { file: file.input.name } }, { locale: context.locale }),
        );
      }
      if (!file.report) {
        unreadable.push(file);
        continue;
      }
      submissions.push({
        report: file.report,
        file: file.input.name,
        ...(file.sha256 ? { sha256: file.sha256 } : {}),
        ...(submittedOn ? { submittedOn } : {}),
        diagnostics: file.diagnostics,
      });
      submissionFiles.push(file);
    }

    const status = createStatus(io, !context.json);
    status.show(text('正在汇总…', 'Aggregating…'));
    const result: AggregateResult = aggregate(submissions, {
      roster,
      organ: { name: organName, level, ...(rootEntry?.creditCode ? { creditCode: rootEntry.creditCode } : {}), ...(rootEntry?.divisionCode ? { divisionCode: rootEntry.divisionCode } : {}) },
      year,
      includeReportsWithErrors: context.values['include-errors'] === true,
      locale: context.locale,
    });
    const { completeness } = result;
    const narrativeNotes: Diagnostic[] = [];
    if (narrative) {
      narrativeNotes.push(...narrative.diagnostics);
      if (narrative.report) result.report = withNarrative(result.report, narrative.report);
    }

    // Every input file accounted for: the outcomes of aggregation plus the files that could not be read.
    const accounts: FileAccount[] = result.outcomes.map((outcome) => {
      const memberErrors = result.diagnostics.filter((d) => d.severity === 'error' && d.location.file === submissions[outcome.index].file && !d.code.startsWith('aggregate-'));
      return {
        file: output.path(submissionFiles[outcome.index].input.path),
        organ: outcome.organ,
        ...(outcome.entryId ? { entryId: outcome.entryId } : {}),
        status: outcome.status,
        late: outcome.late,
        ...(submissions[outcome.index].submittedOn ? { submittedOn: submissions[outcome.index].submittedOn } : {}),
        reasons: outcome.reasons,
        ...(memberErrors.length > 0 ? { firstError: describeError(context, memberErrors[0]) } : {}),
        errorCount: outcome.errorCount,
        warningCount: outcome.warningCount,
      };
    });
    const expectedEntries = roster.entries.filter((entry) => completeness.expected.includes(entry.id));
    const unreadableDiagnostics: Diagnostic[] = [];
    for (const file of unreadable) {
      // A file that could not be read is no submission, so its organ counts as missing; name it when the file name says who sent it.
      const entry = entryForUnreadable(file, expectedEntries, context);
      const counts = countDiagnostics(file.diagnostics);
      const submittedOn = manifest?.dates.get(file.input.name);
      unreadableDiagnostics.push(...file.diagnostics.map((d) => (entry && !d.location.organ ? { ...d, location: { ...d.location, organ: entry.name } } : d)));
      accounts.push({
        file: output.path(file.input.path),
        ...(entry ? { organ: entry.name, entryId: entry.id } : {}),
        status: 'unreadable',
        late: false,
        ...(submittedOn ? { submittedOn } : {}),
        reasons: firstErrors(file.diagnostics, 1),
        errorCount: counts.errors,
        warningCount: counts.warnings,
      });
    }
    const nameOf = (id: string) => roster.entries.find((e) => e.id === id)?.name ?? id;
    const byStatus = (status: FileAccount['status']) => accounts.filter((a) => a.status === status);
    const summary = {
      expected: completeness.expected.length,
      received: completeness.received.length,
      missing: completeness.missing.length,
      accepted: completeness.accepted.length,
      rejected: completeness.rejected.length,
      duplicate: completeness.duplicate.length,
      late: completeness.late.length,
      unexpected: completeness.unexpected.length,
      excluded: completeness.excluded.length,
      unreadable: unreadable.length,
      files: files.length,
    };

    const allDiagnostics = sortDiagnostics([...extraDiagnostics, ...narrativeNotes, ...unreadableDiagnostics, ...result.diagnostics]);
    status.show(text('正在生成汇总年报、汇总表和审核报告…', 'Writing the county report, summary workbook and checking report…'));
    const rendered = await renderAggregateOutputs(context, {
      folder,
      result,
      roster,
      diagnostics: allDiagnostics,
      accounts,
      summary,
      missing: completeness.missing.map((id) => ({ id, name: nameOf(id) })),
      pdf: context.values['no-pdf'] !== true,
    });
    status.clear();
    const written = rendered.written;
    const nothingAggregated = completeness.accepted.length === 0;
    const incomplete = summary.rejected + summary.missing + summary.duplicate + summary.unexpected + summary.unreadable > 0;
    const code = nothingAggregated || (context.values.strict === true && incomplete) ? exitCodes.problems : exitCodes.ok;
    const sectionsEmpty = result.report.sections.every((section) => section.paragraphs.length === 0 && section.children.length === 0);

    if (context.json) {
      output.json({
        command: 'aggregate',
        ok: code === exitCodes.ok,
        organ: organName,
        year,
        completeness: {
          ...summary,
          missingOrgans: completeness.missing.map(nameOf),
          receivedOrgans: completeness.received.map(nameOf),
        },
        files: accounts,
        outputs: written,
        ...countDiagnostics(allDiagnostics),
        renderDiagnostics: rendered.diagnostics,
      });
      return code;
    }

    output.line(output.style('bold', text(`${organName} ${year} 年度汇总`, `${organName}: aggregate for ${year}`)));
    output.line(
      text(
        `  应报 ${summary.expected} 个单位：已收 ${summary.received}，缺报 ${summary.missing}，退回 ${summary.rejected}，重复 ${summary.duplicate}，逾期 ${summary.late}；计入汇总 ${summary.accepted} 份。`,
        `  ${summary.expected} organs expected: ${summary.received} received, ${summary.missing} missing, ${summary.rejected} rejected, ${summary.duplicate} duplicate, ${summary.late} late; ${summary.accepted} added into the county report.`,
      ),
    );
    const others = [
      summary.unreadable > 0 ? text(`${summary.unreadable} 个文件无法读取`, `${count(text, summary.unreadable, '', 'file')} could not be read`) : '',
      summary.unexpected > 0 ? text(`名册外 ${summary.unexpected} 份`, `${summary.unexpected} not on the roster`) : '',
      summary.excluded > 0 ? text(`未采用 ${summary.excluded} 份`, `${summary.excluded} not used`) : '',
    ].filter(Boolean);
    if (others.length > 0) output.line(text(`  另有 ${others.join('，')}。`, `  Also ${others.join(', ')}.`));
    const section = (title: string, items: string[]) => {
      if (items.length === 0) return;
      output.line();
      output.line(title);
      for (const item of items) output.line(`  ${item}`);
    };
    const accountLines = (a: FileAccount) => {
      const reason = a.reasons[0] ? text(`：${a.reasons[0]}`, `: ${a.reasons[0]}`) : '';
      const lines = [`${pad(a.organ ?? text('（未识别机关）', '(organ unknown)'), 22)} ${output.style('dim', a.file)}${reason}`];
      if (a.firstError) lines.push(`${' '.repeat(24)}${output.style('dim', text(`首个错误：${a.firstError}`, `first error: ${a.firstError}`))}`);
      return lines;
    };
    const unreadableByOrgan = new Map(byStatus('unreadable').filter((a) => a.entryId).map((a) => [a.entryId!, a]));
    section(
      output.style('yellow', text(`缺报（${summary.missing}）：`, `Missing (${summary.missing}):`)),
      completeness.missing.map((id) => {
        const file = unreadableByOrgan.get(id);
        return file ? `${nameOf(id)}${text(`（收到的 ${file.file} 无法读取）`, ` (${file.file} was received but cannot be read)`)}` : nameOf(id);
      }),
    );
    section(output.style('red', text(`退回（${summary.rejected}）——有错误，未计入：`, `Rejected (${summary.rejected}) — errors, not added:`)), byStatus('rejected').flatMap(accountLines));
    section(output.style('red', text(`无法读取（${summary.unreadable}）：`, `Cannot be read (${summary.unreadable}):`)), byStatus('unreadable').flatMap(accountLines));
    section(output.style('yellow', text(`重复（${summary.duplicate}）：`, `Duplicate (${summary.duplicate}):`)), byStatus('duplicate').flatMap(accountLines));
    section(
      output.style('yellow', text(`逾期（${summary.late}）：`, `Late (${summary.late}):`)),
      accounts.filter((a) => a.late).map((a) => `${pad(a.organ ?? '', 22)} ${output.style('dim', a.file)}${a.submittedOn ? text(`，${a.submittedOn} 收到`, `, received ${a.submittedOn}`) : ''}`),
    );
    section(output.style('yellow', text(`名册外（${summary.unexpected}）：`, `Not on the roster (${summary.unexpected}):`)), byStatus('unexpected').flatMap(accountLines));
    section(text(`未采用（${summary.excluded}）：`, `Not used (${summary.excluded}):`), byStatus('excluded').flatMap(accountLines));

    output.line();
    output.line(output.style('bold', text(`输出文件（${output.path(folder)}）：`, `Written (${output.path(folder)}):`)));
    const labelWidth = Math.max(...written.map((w) => displayWidth(w.label)));
    for (const w of written) output.line(`  ${pad(w.label, labelWidth)}  ${w.file}`);
    const counts = countDiagnostics(allDiagnostics);
    output.line();
    output.line(
      text(
        `审核报告列出了全部 ${counts.errors} 个错误、${counts.warnings} 个警告，每个问题都注明文件、工作表和单元格：${written.find((w) => w.kind === 'checking-html')?.file ?? ''}`,
        `The checking report lists all ${count(text, counts.errors, '', 'error')} and ${count(text, counts.warnings, '', 'warning')}, each with file, sheet and cell: ${written.find((w) => w.kind === 'checking-html')?.file ?? ''}`,
      ),
    );
    const html = written.find((w) => w.kind === 'report-html')?.file;
    if (html) {
      output.line(
        text(
          `下一步：用浏览器打开 ${html} 查看汇总年报；把审核报告中的问题告知退回、缺报和重复报送的单位，收到更正后重新运行本命令。`,
          `Next: open ${html} in a browser; send the problems in the checking report to the organs rejected, missing or duplicated, and run this command again with their corrections.`,
        ),
      );
    }
    if (sectionsEmpty) {
      output.line(
        text(
          '汇总年报的文字部分（总体情况、存在的主要问题等）为空：请用 --narrative 指定本级年报文字（.txt）；按汇总数字生成的文字草稿见汇总年报附件。',
          'The narrative of the county report (overview, problems…) is empty: give the county’s text with --narrative (.txt); a draft generated from the figures is in the report’s appendix.',
        ),
      );
    }
    for (const diagnostic of rendered.diagnostics.filter((d) => d.severity !== 'info')) output.note(`${text('PDF：', 'PDF: ')}${diagnostic.message}`);
    if (nothingAggregated) {
      output.line(output.style('red', text('没有一份报表可以计入汇总，请先按审核报告修正后重新运行。', 'No report could be added; fix them as the checking report says and run again.')));
    }
    return code;
  },
};

