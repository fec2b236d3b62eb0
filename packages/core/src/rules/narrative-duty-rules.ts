import type { FeeNoticeCheck, NarrativeFigure } from '../forms/narrative-check-types.js';
import type { CustomRule } from '../forms/types.js';
import { getCell } from '../model/report.js';
import { findFigureStatements } from '../narrative/figure-statements.js';
import { hasNarrativeText, narrativeLocation, paragraphLocation, paragraphScope, paragraphTexts, reportParagraphs, type ReportParagraph } from '../narrative/report-paragraphs.js';
import { formatNumber } from '../numbers.js';
import { cellLocation } from './engine.js';
import { cellsLabel } from './narrative-table-rule.js';

/** The phrases of R1-1 as patterns, compiled once per list. */
const phrasePatterns = new WeakMap<readonly string[], RegExp[]>();

function accountabilityPatterns(phrases: readonly string[]): RegExp[] {
  let patterns = phrasePatterns.get(phrases);
  if (!patterns) phrasePatterns.set(phrases, (patterns = phrases.map((phrase) => new RegExp(phrase, 'u'))));
  return patterns;
}

/**
 * R1-1 (spec §6, 条例 Art. 50（四）): the report of a government (各级人民政府: the levels the form's
 * `narrativeChecks.accountability` lists) mentions 工作考核、社会评议和责任追究结果. A presence
 * check: any one of the form's phrases (`考核`, `评议`, `责任追究`…) anywhere in the text satisfies it,
 * because the warning is for a report that never mentions the item.
 */
export const accountabilityRule: CustomRule = {
  id: 'R1-1',
  kind: 'custom',
  severity: 'warning',
  description: {
    zh: '各级人民政府的年度报告说明工作考核、社会评议和责任追究结果情况',
    en: 'A government’s report states the results of assessment, public evaluation and accountability',
  },
  basis: '《中华人民共和国政府信息公开条例》第五十条第（四）项',
  check(context) {
    const { report, form } = context;
    const check = form.narrativeChecks?.accountability;
    if (!check || !check.levels.includes(report.organ.level) || !hasNarrativeText(report)) return [];
    const text = paragraphTexts(report)
      .join('\n')
      .replace(/[\s\u3000]+/gu, '');
    if (accountabilityPatterns(check.phrases).some((phrase) => phrase.test(text))) return [];
    const index = Math.max(0, report.sections.findIndex((section) => section.id === 'overview'));
    const overview = report.sections[index];
    return [
      context.diagnostic({
        code: 'R1-1',
        params: { organ: report.organ.name, item: check.item },
        location: overview ? narrativeLocation(report, `sections[${index}]`, overview.title, overview.id, overview.title) : { path: 'sections' },
      }),
    ];
  },
};

interface FeeFigures {
  collected: NarrativeFigure;
  notices: NarrativeFigure;
  /** Both, the list the statement reader is given. */
  both: readonly NarrativeFigure[];
}

const feeFiguresOf = new WeakMap<FeeNoticeCheck, FeeFigures>();

/**
 * The fee phrases as figures of the statement reader (they have no cells: they are compared with
 * each other), made once per form's fee check, so the reader's patterns of them are made once too.
 */
function feeFigures(check: FeeNoticeCheck): FeeFigures {
  let figures = feeFiguresOf.get(check);
  if (!figures) {
    const collected: NarrativeFigure = { id: 'feeCollected', cues: check.collected, cells: [], kind: 'amount', negatable: true };
    const notices: NarrativeFigure = { id: 'feeNotices', cues: check.notices, cells: [], kind: 'count', negatable: true };
    feeFiguresOf.set(check, (figures = { collected, notices, both: [collected, notices] }));
  }
  return figures;
}

/**
 * R6-1 (spec §6): fees collected, or applications closed because a fee notice went unpaid
 * (表三（六）2 > 0), mean fee notices were issued; the text should say so. Warns when the text states
 * 信息处理费 collected (`实际收取信息处理费400元`) but no fee notice, or says none was issued; and when
 * table 三（六）2 is above 0 and the text states no fee notice (they may date from last year: the
 * report says so). A report with no text of its own is not checked.
 */
export const feeNoticeRule: CustomRule = {
  id: 'R6-1',
  kind: 'custom',
  severity: 'warning',
  description: {
    zh: '收取信息处理费或有逾期未缴费的申请时，报告说明发出收费通知的情况',
    en: 'Fees collected, or applications closed for an unpaid fee, come with the fee notices issued',
  },
  basis: '国办函〔2020〕109号《政府信息公开信息处理费管理办法》',
  check(context) {
    const { report, form, locale } = context;
    const check = form.narrativeChecks?.fees;
    if (!check || !hasNarrativeText(report)) return [];
    const figures = feeFigures(check);
    let collected: { value: number; paragraph: ReportParagraph; sentence: string } | undefined;
    let noticesStated: number | undefined;
    for (const paragraph of reportParagraphs(report)) {
      for (const statement of findFigureStatements(paragraph.text, figures.both, { year: report.year, organ: report.organ.name })) {
        if (statement.kind !== 'value') continue;
        if (statement.figure === figures.notices) noticesStated = Math.max(noticesStated ?? 0, statement.value);
        else if (statement.value > 0 && !collected) collected = { value: statement.value, paragraph, sentence: statement.sentence };
      }
    }
    if (noticesStated !== undefined && noticesStated > 0) return [];
    const notices = noticesStated === 0 ? { zh: '正文称未发出收费通知', en: 'the text says no fee notice was issued' } : { zh: '正文没有说明发出收费通知的情况', en: 'the text states no fee notice' };
    if (collected) {
      const amount = formatNumber(Math.round(collected.value * 10_000 * 100) / 100);
      return [
        context.diagnostic({
          code: 'R6-1',
          params: { scope: paragraphScope(collected.paragraph), stated: { zh: `“${collected.sentence}”（收取信息处理费 ${amount} 元）`, en: `"${collected.sentence}" (fees of ${amount} yuan collected)` }, notices },
          location: paragraphLocation(report, collected.paragraph, locale),
        }),
      ];
    }
    const unpaid = check.unpaidCell ? getCell(report, check.unpaidCell) : null;
    const table = check.unpaidCell ? form.tables.find((t) => t.id === check.unpaidCell!.table) : undefined;
    if (!check.unpaidCell || !table || unpaid === null || unpaid <= 0) return [];
    const cell = { zh: cellsLabel(form, [check.unpaidCell], 'zh-CN'), en: cellsLabel(form, [check.unpaidCell], 'en') };
    const other = report.sections.find((section) => section.id === 'other');
    return [
      context.diagnostic({
        code: 'R6-1',
        params: { scope: other?.title ?? cell, stated: { zh: `${cell.zh}为 ${formatNumber(unpaid)}`, en: `${cell.en} is ${formatNumber(unpaid)}` }, notices },
        location: { ...cellLocation(report, form, table, check.unpaidCell.row, check.unpaidCell.column, context), ...(other ? { section: other.id } : {}) },
      }),
    ];
  },
};
