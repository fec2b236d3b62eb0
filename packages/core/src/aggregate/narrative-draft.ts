import type { Locale } from '../diagnostics/types.js';
import type { FormDefinition } from '../forms/types.js';
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

/**
 * Factual sentences from an aggregated report's numbers and its completeness: who filed, table 二
 * (documents, decisions, fees in 万元), applications by applicant and outcome, carried forward,
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

  // 二、主动公开政府信息情况.
  if (form.tables.some((table) => table.id === 'active')) {
    const a = (row: string, column: string) => (has('active', row, column) ? value('active', row, column) : null);
    const sentences: string[] = [];
    if (has('active', 'normativeDocuments', 'issued')) {
      sentences.push(
        t(
          `本年制发行政规范性文件${show(a('normativeDocuments', 'issued'))}件、废止${show(a('normativeDocuments', 'repealed'))}件，现行有效${show(
            a('normativeDocuments', 'inForce')
          )}件`,
          `${show(a('normativeDocuments', 'issued'))} normative documents were issued and ${show(
            a('normativeDocuments', 'repealed')
          )} repealed this year, with ${show(a('normativeDocuments', 'inForce'))} in force`
        )
      );
      if (['issued', 'repealed', 'inForce'].some((c) => (a('regulations', c) ?? 0) !== 0)) {
        sentences.push(
          t(
            `制发规章${show(a('regulations', 'issued'))}件、废止${show(a('regulations', 'repealed'))}件，现行有效${show(a('regulations', 'inForce'))}件`,
            `${show(a('regulations', 'issued'))} rules (规章) were made and ${show(a('regulations', 'repealed'))} repealed, with ${show(
              a('regulations', 'inForce')
            )} in force`
          )
        );
      }
    } else if (has('active', 'normativeDocuments', 'made')) {
      sentences.push(
        t(
          `本年新制作规范性文件${show(a('normativeDocuments', 'made'))}件、新公开${show(a('normativeDocuments', 'published'))}件，对外公开规范性文件总数${show(
            a('normativeDocuments', 'totalPublished')
          )}件`,
          `${show(a('normativeDocuments', 'made'))} normative documents were made and ${show(a('normativeDocuments', 'published'))} published this year, ${show(
            a('normativeDocuments', 'totalPublished')
          )} published in total`
        )
      );
      if (['made', 'published', 'totalPublished'].some((c) => (a('regulations', c) ?? 0) !== 0)) {
        sentences.push(
          t(
            `新制作规章${show(a('regulations', 'made'))}件、新公开${show(a('regulations', 'published'))}件，对外公开规章总数${show(
              a('regulations', 'totalPublished')
            )}件`,
            `${show(a('regulations', 'made'))} rules (规章) were made and ${show(a('regulations', 'published'))} published, ${show(
              a('regulations', 'totalPublished')
            )} in total`
          )
        );
      }
    }
    const decisions = (
      [
        ['licensing', '行政许可', 'licensing'],
        ['otherServices', '其他对外管理服务事项', 'other external services'],
        ['penalty', '行政处罚', 'penalty'],
        ['coercion', '行政强制', 'coercive measure'],
      ] as const
    ).filter(([row]) => has('active', row, 'decisions'));
    if (decisions.length > 0) {
      sentences.push(
        en
          ? `decisions were made on ${decisions.map(([row, , label]) => `${show(a(row, 'decisions'))} ${label}`).join(', ')} matters`
          : `作出${decisions.map(([row, label]) => `${label}处理决定${show(a(row, 'decisions'))}件`).join('、')}`
      );
    }
    if (has('active', 'fees', 'amount')) {
      sentences.push(
        t(`收取行政事业性收费${show(a('fees', 'amount'))}万元`, `administrative fees of ${show(a('fees', 'amount'))} × 10,000 yuan were collected`)
      );
    } else if (has('active', 'fees', 'change')) {
      const change = a('fees', 'change');
      const changeText =
        change === null
          ? t('本年增减未填报', 'the change was not filled')
          : change > 0
          ? t(`本年增加${change}项`, `up ${change} this year`)
          : change < 0
          ? t(`本年减少${-change}项`, `down ${-change} this year`)
          : t('本年无增减', 'unchanged this year');
      sentences.push(
        t(
          `行政事业性收费项目上一年${show(a('fees', 'previousCount'))}项，${changeText}`,
          `administrative fee items: ${show(a('fees', 'previousCount'))} last year, ${changeText}`
        )
      );
    }
    if (has('active', 'procurement', 'amount')) {
      sentences.push(
        t(
          `政府集中采购项目${show(a('procurement', 'projects'))}个，采购总金额${show(a('procurement', 'amount'))}万元`,
          `${show(a('procurement', 'projects'))} central procurement projects, ${show(a('procurement', 'amount'))} × 10,000 yuan in total`
        )
      );
    }
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
