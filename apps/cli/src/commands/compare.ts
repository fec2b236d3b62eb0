import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { compareYears, createDiagnostic, normalizeOrganName, sortDiagnostics, type CellChange, type Diagnostic, type Report } from '@report/core';
import type { CommandContext, CommandSpec } from '../command.js';
import { inputFiles } from '../command-helpers.js';
import { exitCodes, UsageError } from '../errors.js';
import { countDiagnostics, diagnosticLines } from '../format-diagnostics.js';
import { loadFile, type LoadedFile } from '../load-file.js';
import { createProgress } from '../progress.js';
import { count } from '../text.js';

interface Pair {
  organ: string;
  previous?: LoadedFile;
  current?: LoadedFile;
  diagnostics: Diagnostic[];
  changes: CellChange[];
}

/** The figures shown for each pair on screen (all changes are in --json). */
const keyFigures = [
  'applications/newReceived/total',
  'applications/totalHandled/total',
  'applications/granted/total',
  'applications/carriedForward/total',
  'active/normativeDocuments/inForce',
  'active/licensing/decisions',
  'active/penalty/decisions',
  'reviewLitigation/review/total',
];

async function loadSide(context: CommandContext, argument: string, progressLabel: string): Promise<{ folder: boolean; files: LoadedFile[] }> {
  const folder = (await stat(resolve(context.io.cwd, argument)).catch(() => undefined))?.isDirectory() ?? false;
  const inputs = await inputFiles(context, [argument], 'compare');
  const progress = createProgress(context.io, { total: inputs.length, label: progressLabel, enabled: !context.json });
  const files: LoadedFile[] = [];
  for (const input of inputs) {
    progress.tick(input.name);
    files.push(await loadFile(input, { locale: context.locale }));
  }
  progress.done();
  return { folder, files };
}

function compareReports(context: CommandContext, previous: Report, current: Report): { diagnostics: Diagnostic[]; changes: CellChange[] } {
  const comparison = compareYears(previous, current, { locale: context.locale });
  return { diagnostics: comparison.diagnostics, changes: comparison.changes };
}

function changeText(change: CellChange): string {
  const value = (v: number | null) => (v === null ? '—' : String(v));
  if (change.delta === null || change.delta === 0 || !change.previous) return `${value(change.previous)} → ${value(change.current)}`;
  const percent = Math.round((change.delta / change.previous) * 100);
  return `${value(change.previous)} → ${value(change.current)}（${change.delta > 0 ? '+' : ''}${percent}%）`;
}

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
  run: async (context) => {
    const { text, output } = context;
    const [previousArgument, currentArgument] = context.positionals;
    const previous = await loadSide(context, previousArgument, text('读取上年', 'Last year'));
    const current = await loadSide(context, currentArgument, text('读取本年', 'This year'));
    if (previous.folder !== current.folder) {
      throw new UsageError(text('请给两个文件，或两个文件夹', 'give two files or two folders'), { command: 'compare' });
    }
    const pairs: Pair[] = [];
    if (!previous.folder) {
      pairs.push({ organ: current.files[0]?.report?.organ.name ?? previous.files[0]?.report?.organ.name ?? '', previous: previous.files[0], current: current.files[0], diagnostics: [], changes: [] });
    } else {
      const byOrgan = new Map<string, Pair>();
      const unread: LoadedFile[] = [];
      for (const [side, files] of [['previous', previous.files], ['current', current.files]] as const) {
        for (const file of files) {
          if (!file.report) {
            unread.push(file);
            continue;
          }
          const key = normalizeOrganName(file.report.organ.name);
          const pair: Pair = byOrgan.get(key) ?? { organ: file.report.organ.name, diagnostics: [], changes: [] };
          if (pair[side]) {
            pair.diagnostics.push(
              createDiagnostic(
                { code: 'compare-duplicate-organ', params: { year: file.report.year, organ: file.report.organ.name, used: pair[side]!.input.name, file: file.input.name }, location: { file: file.input.name, organ: file.report.organ.name } },
                { locale: context.locale },
              ),
            );
          } else pair[side] = file;
          byOrgan.set(key, pair);
        }
      }
      pairs.push(...byOrgan.values());
      for (const file of unread) pairs.push({ organ: file.input.name, ...(previous.files.includes(file) ? { previous: file } : { current: file }), diagnostics: [], changes: [] });
    }

    for (const pair of pairs) {
      for (const side of [pair.previous, pair.current]) if (side) pair.diagnostics.push(...side.diagnostics.filter((d) => d.severity === 'error'));
      if (pair.previous?.report && pair.current?.report) {
        const comparison = compareReports(context, pair.previous.report, pair.current.report);
        pair.diagnostics.push(...comparison.diagnostics);
        pair.changes = comparison.changes;
      } else if (previous.folder && (pair.previous?.report || pair.current?.report)) {
        const only = (pair.previous ?? pair.current)!;
        const years = { previousYear: previous.files.find((f) => f.report)?.report?.year ?? '', currentYear: current.files.find((f) => f.report)?.report?.year ?? '' };
        pair.diagnostics.push(
          createDiagnostic(
            { code: pair.previous ? 'compare-member-removed' : 'compare-member-added', params: { organ: pair.organ, ...years }, location: { organ: pair.organ, file: only.input.name } },
            { locale: context.locale },
          ),
        );
      }
      pair.diagnostics = sortDiagnostics(pair.diagnostics);
    }

    const all = pairs.flatMap((p) => p.diagnostics);
    const counts = countDiagnostics(all);
    if (context.json) {
      output.json({
        command: 'compare',
        ok: counts.errors === 0 && counts.warnings === 0,
        ...counts,
        pairs: pairs.map((p) => ({ organ: p.organ, previous: p.previous ? output.path(p.previous.input.path) : null, current: p.current ? output.path(p.current.input.path) : null, diagnostics: p.diagnostics, changes: p.changes })),
      });
    } else {
      for (const pair of pairs) {
        const files = [pair.previous, pair.current].map((f) => (f ? output.path(f.input.path) : '—')).join(' → ');
        const pairCounts = countDiagnostics(pair.diagnostics);
        const status =
          pairCounts.errors > 0
            ? output.style('red', text(`✗ ${pairCounts.errors} 个错误`, `✗ ${count(text, pairCounts.errors, '', 'error')}`))
            : pairCounts.warnings > 0
              ? output.style('yellow', text(`! ${pairCounts.warnings} 个需核对`, `! ${pairCounts.warnings} to check`))
              : output.style('green', text('✓ 衔接一致', '✓ consistent'));
        output.line(`${status}  ${pair.organ}  ${output.style('dim', files)}`);
        for (const diagnostic of pair.diagnostics) for (const line of diagnosticLines(output, text, diagnostic)) output.line(line);
        if (!previous.folder) {
          const shown = pair.changes.filter((c) => keyFigures.includes(`${c.table}/${c.row}/${c.column}`));
          if (shown.length > 0) output.line(`  ${text('主要数字（上年 → 本年）：', 'Key figures (last year → this year):')}`);
          for (const change of shown) output.line(`    ${change.label}：${changeText(change)}`);
        }
      }
      output.line();
      output.line(
        output.style(
          'bold',
          text(
            `共比较 ${pairs.length} 个机关：${counts.errors} 个错误，${counts.warnings} 个警告，${counts.infos} 个提示。`,
            `Compared ${count(text, pairs.length, '', 'organ')}: ${count(text, counts.errors, '', 'error')}, ${count(text, counts.warnings, '', 'warning')}, ${count(text, counts.infos, '', 'note')}.`,
          ),
        ),
      );
    }
    return counts.errors > 0 || counts.warnings > 0 ? exitCodes.problems : exitCodes.ok;
  },
};
