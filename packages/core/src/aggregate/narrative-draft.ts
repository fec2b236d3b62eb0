import type { Locale } from '../diagnostics/types.js';
import type { FormDefinition, LocalizedText, NarrativeDraftPhrase } from '../forms/types.js';
import { getCell, type Organ, type Report } from '../model/report.js';
import { formatNumber, sumExact } from '../numbers.js';
import { normalizeOrganName } from '../organ/normalize-organ-name.js';
import type { Completeness, NarrativeDraft, SubmissionOutcome } from './types.js';

export interface NarrativeDraftOptions {
  locale?: Locale;
  /** Display name of a roster entry id (for the missing list). */
  entryName?: (id: string) => string;
}

const ORGANIZATION_COLUMNS = ['business', 'research', 'publicInterest', 'legalService', 'otherOrganization'];
const OUTCOME_COLUMNS = ['upheld', 'corrected', 'other', 'pending'];

/** `全县`, `全区`, `全市`, `全省`… from the organ's name; `across X` in English. */
function scopeWord(organ: Organ, en: boolean): string {
  if (en) return `across ${organ.name}`;
  const name = normalizeOrganName(organ.name);
  if (name.endsWith('自治区')) return '全区';
  const last = name.slice(-1);
  if ('县区市省旗州盟'.includes(last) && last) return `全${last}`;
  return `${organ.name}汇总范围内`;
}

interface PhraseContext {
  has: (table: string, row: string, column: string) => boolean;
  value: (table: string, row: string, column: string) => number | null;
  show: (value: number | null) => string;
  en: boolean;
}

/** One phrase of a form's `narrativeDraft`, with its cells filled in; undefined when it is not printed. */
function draftPhrase(phrase: NarrativeDraftPhrase, context: PhraseContext): string | undefined {
  const { has, value, show, en } = context;
  const cells = Object.entries(phrase.cells);
  if (cells.length === 0 || !cells.every(([, ref]) => has(ref.table, ref.row, ref.column))) return undefined;
  const values = new Map(cells.map(([name, ref]) => [name, value(ref.table, ref.row, ref.column)]));
  if (phrase.when === 'nonZero' && ![...values.values()].some((v) => (v ?? 0) !== 0)) return undefined;
  const pick = (text: LocalizedText) => (en ? text.en : text.zh);
  return pick(phrase.text).replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!values.has(name)) return whole;
    const v = values.get(name)!;
    const change = phrase.changes?.[name];
    if (!change) return show(v);
    const words = v === null ? change.blank : v > 0 ? change.up : v < 0 ? change.down : change.none;
    return pick(words).replaceAll('{n}', v === null ? '' : formatNumber(Math.abs(v)));
  });
}

/**
 * Factual sentences from an aggregated report's numbers and its completeness: who filed, table 二
 * (in the form's own phrases, `narrativeDraft.active`: documents, decisions, fees), applications by applicant and outcome, carried forward,
 * reconsideration and litigation. Chinese by default, English with `locale: 'en'`. It is a draft
 * (`draft: true`): the county checks and rewrites it; nothing is inserted into the report.
 */
export function createNarrativeDraft(report: Report, form: FormDefinition, completeness: Completeness, options: NarrativeDraftOptions = {}): NarrativeDraft {
  const en = options.locale === 'en';
  const t = (zh: string, english: string) => (en ? english : zh);
  const scope = scopeWord(report.organ, en);
  const Scope = en ? scope[0].toUpperCase() + scope.slice(1) : scope;
  const join = (items: string[]) => items.join(en ? ', ' : '、');
  const nameOf = options.entryName ?? ((id: string) => id);
  const has = (table: string, row: string, column: string) => {
    const definition = form.tables.find((t) => t.id === table);
    const rowDefinition = definition?.rows.find((r) => r.id === row);
    return Boolean(rowDefinition && (rowDefinition.columns ?? definition!.columns.map((c) => c.id)).includes(column));
  };
  const value = (table: string, row: string, column: string) => getCell(report, { table, row, column });
  const total = (values: Array<number | null>): number | null => {
    const filled = values.filter((v): v is number => v !== null);
    return filled.length === 0 ? null : sumExact(filled);
  };
  const show = (v: number | null) => (v === null ? t('（未填报）', '(not filled)') : formatNumber(v));
  const rowsWith = (table: string, prefix: string) =>
    (form.tables.find((x) => x.id === table)?.rows ?? []).filter((r) => r.id === prefix || r.id.startsWith(`${prefix}.`)).map((r) => r.id);

  const sections: NarrativeDraft['sections'] = [];

  // 一、总体情况: who filed.
  {
    const organsOf = (outcomes: SubmissionOutcome[]) => [...new Set(outcomes.map((o) => (o.entryId ? nameOf(o.entryId) : o.organ)))];
    const counted = report.members?.length ?? 0;
    const parts: string[] = [
      t(
        `${scope}应报送${report.year}年度政府信息公开工作年度报告的单位${completeness.expected.length}家，实际报送${completeness.received.length}家，其中${counted}家的数据计入本汇总。`,
        `${Scope}, ${completeness.expected.length} organ(s) were due to submit a ${report.year} annual report on government information disclosure; ${completeness.received.length} submitted, and the figures of ${counted} are included in this aggregate.`
      ),
    ];
    const late = organsOf(completeness.late);
    if (late.length > 0) parts.push(t(`逾期报送${late.length}家：${join(late)}。`, `${late.length} submitted late: ${join(late)}.`));
    const missing = completeness.missing.map(nameOf);
    parts.push(
      missing.length > 0
        ? t(`未报送${missing.length}家：${join(missing)}。`, `${missing.length} did not submit: ${join(missing)}.`)
        : t('应报单位均已报送。', 'Every organ due to submit did so.')
    );
    const rejected = organsOf(completeness.rejected);
    if (rejected.length > 0)
      parts.push(
        t(
          `因报告有错误暂未计入${rejected.length}家：${join(rejected)}。`,
          `${rejected.length} not included because their reports have errors: ${join(rejected)}.`
        )
      );
    const duplicate = organsOf(completeness.duplicate.filter((o) => o.identicalTo === undefined));
    if (duplicate.length > 0)
      parts.push(
        t(
          `重复报送不同版本、待核实后计入${duplicate.length}家：${join(duplicate)}。`,
          `${duplicate.length} sent different versions and are not included until one is confirmed: ${join(duplicate)}.`
        )
      );
    if (completeness.unexpected.length > 0)
      parts.push(
        t(
          `另收到名单外报告${completeness.unexpected.length}份，未计入。`,
          `${completeness.unexpected.length} report(s) from organs not on the roster were not included.`
        )
      );
    const mismatched = completeness.excluded.filter((o) => o.reasonCode !== 'aggregate-superseded');
    if (mismatched.length > 0)
      parts.push(t(`另有${mismatched.length}份报告因年度或格式不符未计入。`, `${mismatched.length} report(s) of another year or format were not included.`));
    sections.push({ id: 'overview', paragraphs: [parts.join(en ? ' ' : '')] });
  }

  // 二、主动公开政府信息情况: the form's own phrases (its table 二 differs by format).
  if (form.tables.some((table) => table.id === 'active')) {
    const sentences = (form.narrativeDraft?.active ?? []).flatMap((phrase) => {
      const text = draftPhrase(phrase, { has, value, show, en });
      return text === undefined ? [] : [text];
    });
    if (sentences.length > 0) {
      const body = sentences.join(en ? '; ' : '；');
      sections.push({ id: 'active', paragraphs: [en ? `Proactive disclosure: ${scope}, ${body}.` : `主动公开方面，${scope}${body}。`] });
    }
  }

  // 三、收到和处理政府信息公开申请情况.
  if (form.tables.some((table) => table.id === 'applications')) {
    const v = (row: string, column = 'total') => value('applications', row, column);
    const organizations = total(ORGANIZATION_COLUMNS.map((c) => v('newReceived', c)));
    const table = form.tables.find((x) => x.id === 'applications')!;
    const breakdown = ORGANIZATION_COLUMNS.filter((c) => (v('newReceived', c) ?? 0) !== 0).map((c) => {
      const column = table.columns.find((x) => x.id === c)!;
      return en ? `${show(v('newReceived', c))} from ${column.labelEn ?? column.label}` : `${column.label}${show(v('newReceived', c))}件`;
    });
    const first = t(
      `${scope}共收到政府信息公开申请${show(v('newReceived'))}件，其中自然人申请${show(v('newReceived', 'naturalPerson'))}件，法人或其他组织申请${show(
        organizations
      )}件${breakdown.length > 0 ? `（${join(breakdown)}）` : ''}；上年结转申请${show(v('carriedOver'))}件。`,
      `${Scope}, ${show(v('newReceived'))} applications for government information were received: ${show(
        v('newReceived', 'naturalPerson')
      )} from natural persons and ${show(organizations)} from legal persons or other organizations${
        breakdown.length > 0 ? ` (${join(breakdown)})` : ''
      }; carried over from last year: ${show(v('carriedOver'))}.`
    );
    const outcome = (prefix: string) => total(rowsWith('applications', prefix).map((row) => v(row)));
    const outcomes = [
      [t('予以公开', 'granted'), outcome('granted')],
      [t('部分公开', 'partially granted'), outcome('partiallyGranted')],
      [t('不予公开', 'denied'), outcome('denied')],
      [t('无法提供', 'unavailable'), outcome('unavailable')],
      [t('不予处理', 'not processed'), outcome('notProcessed')],
      [t('其他处理', 'otherwise handled'), outcome('otherHandling')],
    ] as const;
    const second = en
      ? `Outcomes: ${outcomes.map(([label, n]) => `${show(n)} ${label}`).join(', ')}; ${show(v('totalHandled'))} handled in all, and ${show(
          v('carriedForward')
        )} carried forward to next year.`
      : `办理结果：${outcomes.map(([label, n]) => `${label}${show(n)}件`).join('，')}，合计办结${show(v('totalHandled'))}件；结转下年度继续办理${show(
          v('carriedForward')
        )}件。`;
    sections.push({ id: 'applications', paragraphs: [first, second] });
  }

  // 四、政府信息公开行政复议、行政诉讼情况.
  if (form.tables.some((table) => table.id === 'reviewLitigation')) {
    const v = (row: string, column: string) => value('reviewLitigation', row, column);
    const review = v('review', 'total');
    const litigationRows = ['litigationDirect', 'litigationAfterReview'];
    const litigation = total(litigationRows.map((row) => v(row, 'total')));
    const outcomeList = (rows: string[]) => {
      const labels = en ? ['upheld', 'corrected', 'other outcome', 'pending'] : ['结果维持', '结果纠正', '其他结果', '尚未审结'];
      return OUTCOME_COLUMNS.map((c, i) => {
        const n = show(total(rows.map((row) => v(row, c))));
        return en ? `${n} ${labels[i]}` : `${labels[i]}${n}件`;
      }).join(en ? ', ' : '、');
    };
    let paragraph: string;
    if (review === 0 && litigation === 0) {
      paragraph = t(
        `${scope}本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。`,
        `${Scope}, there was no administrative reconsideration or litigation over government information disclosure this year.`
      );
    } else {
      paragraph = t(
        `${scope}本年度因政府信息公开被申请行政复议${show(review)}件，其中${outcomeList(['review'])}；被提起行政诉讼${show(
          litigation
        )}件（未经复议直接起诉${show(v('litigationDirect', 'total'))}件、复议后起诉${show(v('litigationAfterReview', 'total'))}件），其中${outcomeList(
          litigationRows
        )}。`,
        `${Scope}, ${show(review)} applications for administrative reconsideration were filed over government information disclosure this year (${outcomeList([
          'review',
        ])}); ${show(litigation)} lawsuits were brought (${show(v('litigationDirect', 'total'))} directly, ${show(
          v('litigationAfterReview', 'total')
        )} after reconsideration; ${outcomeList(litigationRows)}).`
      );
    }
    sections.push({ id: 'reviewLitigation', paragraphs: [paragraph] });
  }

  return {
    draft: true,
    paragraphs: sections.flatMap((section) => section.paragraphs),
    sections,
    note: t(
      '以下文字根据汇总数据自动生成，是草稿，请核对、修改后使用。',
      'This text was generated from the aggregated figures. It is a draft: check and edit it before use.'
    ),
  };
}
