/** How a stated total is qualified: `1200条` (exact), `1200条以上` (at least), `约1200条` (approximate). */
export type TotalQualifier = 'exact' | 'atLeast' | 'approximate';

export interface StatedCount {
  label: string;
  value: number;
  /** The text as written, e.g. `政策法规类500条`. */
  text: string;
}

/** A total written in the text and the parts given for it after `其中`. */
export interface StatedBreakdown {
  total: number;
  qualifier: TotalQualifier;
  unit: string;
  /** The total as written, e.g. `1200条以上`. */
  totalText: string;
  parts: StatedCount[];
}

export type BreakdownProblem = 'partsExceedTotal' | 'partsBelowTotal';

const UNITS = '人次|万元|条|件|篇|个|次|项|期|份|场|人|元';
const NUMBER = '\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?';
const TOTAL = new RegExp(`(约|近|超过|逾|共|累计|合计|总计|达)?\\s*(${NUMBER})\\s*(${UNITS})(以上|余|多|左右)?`, 'g');
const PART = new RegExp(`^(.*?)(${NUMBER})\\s*(${UNITS})`);

const toNumber = (text: string) => Number(text.replace(/,/g, ''));
const asciiDigits = (text: string) => text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/**
 * Finds totals with a breakdown in a paragraph: `累计主动公开政府信息1200条以上。其中，政策法规类500条，
 * 工作动态类600条，人事管理类100条` → total 1200 (at least), parts 500, 600, 100. The total is the last
 * count before `其中` (in the same or the previous sentence); the parts are the counts in the same unit
 * in the clauses after it, up to the end of that sentence.
 */
export function findStatedBreakdowns(paragraph: string): StatedBreakdown[] {
  const text = asciiDigits(paragraph);
  const found: StatedBreakdown[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf('其中', from);
    if (at < 0) break;
    from = at + 2;
    // A count in brackets (`275件（含上年结转9件）`) qualifies the one before it; it is no total.
    const before = text
      .slice(0, at)
      .replace(/[（(][^（）()]*[）)]/gu, '')
      .replace(/[，,。；;：:\s]+$/u, '');
    const sentenceStart = Math.max(before.lastIndexOf('。'), before.lastIndexOf('；')) + 1;
    const totals = [...before.slice(sentenceStart).matchAll(TOTAL)];
    const totalMatch = totals.at(-1);
    if (!totalMatch) continue;
    const [totalText, prefix, number, unit, suffix] = totalMatch;
    const qualifier: TotalQualifier =
      prefix === '约' || prefix === '近' || suffix === '左右' ? 'approximate' : prefix === '超过' || prefix === '逾' || suffix ? 'atLeast' : 'exact';
    const after = text.slice(at + 2);
    const sentenceEnd = after.search(/[。；;]/);
    const clauses = (sentenceEnd >= 0 ? after.slice(0, sentenceEnd) : after).split(/[，、]|,(?!\d{3})/);
    const parts: StatedCount[] = [];
    for (const clause of clauses) {
      const match = PART.exec(clause.trim());
      if (!match || match[3] !== unit) continue;
      const label = match[1].replace(/^[：:\s]+|[为有是：:\s]+$/gu, '');
      parts.push({ label, value: toNumber(match[2]), text: clause.trim().slice(0, match[0].length) });
    }
    if (parts.length === 0) continue;
    found.push({ total: toNumber(number), qualifier, unit, totalText: totalText.trim(), parts });
  }
  return found;
}

/**
 * Whether a breakdown contradicts its total: parts above an exact total; or parts below an exact
 * or an `以上` total when the breakdown reads as complete — two or more parts, each a category
 * (`政策法规类500条，工作动态类600条，人事管理类100条`). A list of other items after 其中
 * (`其中财政预决算信息12条、惠民补贴信息86条`) may be a selection, and one part is a subset;
 * approximate totals are not checked.
 */
export function breakdownProblem(breakdown: StatedBreakdown, sum: number): BreakdownProblem | undefined {
  if (breakdown.qualifier === 'approximate') return undefined;
  if (breakdown.qualifier === 'exact' && sum > breakdown.total) return 'partsExceedTotal';
  const classification = breakdown.parts.length >= 2 && breakdown.parts.every((part) => part.label.endsWith('类'));
  if (classification && sum < breakdown.total) return 'partsBelowTotal';
  return undefined;
}
