import type { NarrativeFigure, NarrativeFigurePart } from '../forms/narrative-check-types.js';
import { AMOUNT_UNITS, COUNT_UNITS, asciiNumbers, findTextNumbers, type TextNumber } from './text-numbers.js';

/**
 * Statements of the tables' figures in a report's text, read through the phrases the form owns
 * (`NarrativeFigure`): `本年度新收政府信息公开申请258件` (a value), `其中予以公开8件，占办结总数的30.8%`
 * (a value and a share), `被申请行政复议3件，均获维持` (every case in one part), `全年未收到政府信息
 * 公开申请` (a value of 0). Built to miss rather than to misread: a number counts only with a unit,
 * right after a phrase of the form with at most a few filler words between, in a clause that speaks
 * of this year and of this organ.
 */
export type FigureStatement =
  | { kind: 'value'; figure: NarrativeFigure; part?: NarrativeFigurePart; value: number; decimals: number; unit: string; text: string; sentence: string }
  | { kind: 'share'; figure: NarrativeFigure; share: number; decimals: number; text: string; sentence: string }
  | { kind: 'all'; figure: NarrativeFigure; part: NarrativeFigurePart; value?: number; text: string; sentence: string };

export interface StatementContext {
  /** The report year: a clause naming another year speaks of that year, and is left out. */
  year: number;
  /** The report's organ: a clause naming another organ (`县公安局新收…`) is left out. */
  organ: string;
}

/** Words that may stand between a figure's phrase and its number. */
const FILLER = /^(?:的)?(?:数量|总数|总量|数)?(?:共|共计|合计|总计|累计|计|达到|达|为|有|是|了|分别为)*$/u;
/** A clause that compares with or speaks of another year (`较上年增加`, `同比`, `去年`). */
const OTHER_TIME = /同比|环比|较上|比上|去年|往年|历年|(?<!结转)上一?年(?!度?结转)/u;
/** A share (`占办结总数的30.8%`, `占比`, `比例为`), not a change (`增长12%`). */
const SHARE_CUE = /占|比例|比重/u;
const CHANGE_CUE = /增长|下降|增加|减少|提高|降低|上升|提升/u;
/** `258件（含上年结转9件）`: the figure is not the one the phrase names. */
const INCLUDES_AFTER = /^[（(](?:含|包括)/u;
/** `行政复议和行政诉讼3件`: a number of two figures together (a list separator right after a number is not one). */
const JOINED_BEFORE = /[^、和及与或并](?:和|及|与|、|或|以及|并)$/u;
const NEGATION = /(?:未|没有|无)/u;
const CONJUNCTIONS = /、|和|及|或|以及|与/u;
const TRAILING_NOUNS = /(?:的)?(?:情况|案件|事项|现象)?(?:发生)?$/u;
/** Other organs named before a phrase: departments, townships, centres (`本局`, `全县各乡镇` are this organ). */
const ORGAN_WORD = /[\u4e00-\u9fff]{0,10}?(?:局|委员会|办公室|中心|街道|镇|乡)(?![村镇])/gu;
const SELF_WORD = /^(?:本|我|全|该|各|所属|下属)/u;

const compiled = new Map<string, RegExp>();
/** A phrase as a pattern: found anywhere (`any`; `all` for `matchAll`), at the end of the text (`end`) or as the whole text (`whole`). */
function pattern(source: string, where: 'any' | 'all' | 'end' | 'whole'): RegExp {
  const key = `${where}:${source}`;
  let found = compiled.get(key);
  if (!found) {
    const body = where === 'end' ? `(?:${source})$` : where === 'whole' ? `^(?:${source})$` : `(?:${source})`;
    found = new RegExp(body, where === 'all' ? 'gu' : 'u');
    compiled.set(key, found);
  }
  return found;
}

/** Splits a paragraph into sentences (`。！？；` and line breaks), spaces removed and digits made ASCII. */
export function statementSentences(paragraph: string): string[] {
  return asciiNumbers(paragraph)
    .replace(/[\s\u3000\u00a0]+/gu, '')
    .split(/[。！？；;!?]/u)
    .filter((sentence) => sentence !== '');
}

interface Cue {
  figure: NarrativeFigure;
  part?: NarrativeFigurePart;
  start: number;
  end: number;
}

/** The phrase that names the number ending `span`: the longest one followed by filler only. */
function cueBefore(span: string, figures: readonly NarrativeFigure[], subject: NarrativeFigure | undefined): Cue | undefined {
  const candidates: Cue[] = [];
  const consider = (sources: readonly string[], figure: NarrativeFigure, part?: NarrativeFigurePart) => {
    for (const source of sources) {
      for (const match of span.matchAll(pattern(source, 'all'))) {
        if (match[0] === '' || !FILLER.test(span.slice(match.index + match[0].length))) continue;
        candidates.push({ figure, part, start: match.index, end: match.index + match[0].length });
      }
    }
  };
  for (const figure of figures) consider(figure.cues, figure);
  for (const part of subject?.parts ?? []) consider(part.cues, subject!, part);
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  return candidates[0];
}

/** A part named after its number (`其中1件维持`, `1件尚未审结`). */
function cueAfter(after: string, subject: NarrativeFigure | undefined): NarrativeFigurePart | undefined {
  const text = after.replace(/^(?:被|获|已|结果为|为)/u, '').replace(/的$/u, '');
  return subject?.parts?.find((part) => part.cueAfter && part.cues.some((source) => pattern(source, 'whole').test(text)));
}

/** Whether the words before a phrase name another organ than the report's. */
function namesAnotherOrgan(prefix: string, organ: string): boolean {
  for (const match of prefix.matchAll(ORGAN_WORD)) {
    const word = match[0];
    if (SELF_WORD.test(word) || organ.includes(word) || word.length < 2) continue;
    return true;
  }
  return false;
}

function speaksOfAnotherTime(clause: string, year: number): boolean {
  if (OTHER_TIME.test(clause)) return true;
  return [...clause.matchAll(/(?:19|20)\d{2}(?=年)/gu)].some((match) => Number(match[0]) !== year);
}

/** The value of a number in a figure's kind: counts in 件/项…, amounts in 万元 (元 converted). */
function valueIn(figure: NarrativeFigure, number: TextNumber): { value: number; decimals: number } | undefined {
  if (figure.kind === 'count') return (COUNT_UNITS as readonly string[]).includes(number.unit) ? { value: number.value, decimals: number.decimals } : undefined;
  if (!(AMOUNT_UNITS as readonly string[]).includes(number.unit)) return undefined;
  return number.unit === '元' ? { value: number.value / 10_000, decimals: number.decimals + 4 } : { value: number.value, decimals: number.decimals };
}

/** `未收到政府信息公开申请`, `未发生…被申请行政复议、提起行政诉讼的情况`: figures stated as 0. */
function negatedFigures(clause: string, figures: readonly NarrativeFigure[]): Array<{ figure: NarrativeFigure; text: string }> {
  const negation = NEGATION.exec(clause);
  if (!negation || /\d/u.test(clause)) return [];
  const found: Array<{ figure: NarrativeFigure; text: string }> = [];
  for (const piece of clause.slice(negation.index + negation[0].length).split(CONJUNCTIONS)) {
    const object = piece.replace(TRAILING_NOUNS, '');
    for (const figure of figures) {
      if (!figure.negatable || found.some((f) => f.figure === figure)) continue;
      const match = figure.cues.map((source) => pattern(source, 'end').exec(object)).find((m) => m !== null);
      if (match && match.index <= 14) found.push({ figure, text: clause });
    }
  }
  return found;
}

/** The statements of one sentence. */
function sentenceStatements(sentence: string, figures: readonly NarrativeFigure[], context: StatementContext): FigureStatement[] {
  const statements: FigureStatement[] = [];
  const seen = new Set<NarrativeFigure>();
  // The figure the parts, shares and `均获维持` that follow speak of; `shared` when its clause stated
  // more than one figure (`予以公开80件、部分公开20件，占40%`: a share of which?).
  let subject: { figure: NarrativeFigure; value?: number; shared?: boolean } | undefined;
  for (const clause of sentence.split(/[，：:]|,(?!\d{3})/u)) {
    if (clause === '' || speaksOfAnotherTime(clause, context.year)) continue;
    for (const { figure, text } of negatedFigures(clause, figures)) {
      if (seen.has(figure)) continue;
      seen.add(figure);
      statements.push({ kind: 'value', figure, value: 0, decimals: 0, unit: '', text, sentence });
      subject = { figure, value: 0 };
    }
    let previousEnd = 0;
    let statedInClause = 0;
    const numbers = findTextNumbers(clause);
    numbers.forEach((number, index) => {
      const span = clause.slice(previousEnd, number.start);
      previousEnd = number.end;
      if (number.approximate || INCLUDES_AFTER.test(clause.slice(number.end))) return;
      if (number.unit === '%') {
        if (subject?.figure.shareOf && !subject.shared && SHARE_CUE.test(span) && !CHANGE_CUE.test(span) && subject.value !== 0) {
          statements.push({ kind: 'share', figure: subject.figure, share: number.value, decimals: number.decimals, text: clause, sentence });
        }
        return;
      }
      let cue = cueBefore(span, figures, subject?.figure);
      if (!cue && subject) {
        const part = cueAfter(clause.slice(number.end, numbers[index + 1]?.start ?? clause.length), subject.figure);
        if (part && /^(?:其中)?(?:有)?$/u.test(span)) cue = { figure: subject.figure, part, start: span.length, end: span.length };
      }
      if (!cue) return;
      const before = span.slice(0, cue.start);
      if (!cue.part && JOINED_BEFORE.test(before)) return;
      if (namesAnotherOrgan(clause.slice(0, number.start - span.length + cue.start), context.organ)) return;
      const converted = valueIn(cue.figure, number);
      if (!converted) return;
      if (cue.part) {
        statements.push({ kind: 'value', figure: cue.figure, part: cue.part, ...converted, unit: number.unit, text: clause, sentence });
        return;
      }
      if (seen.has(cue.figure)) return; // a second mention in one sentence is a part of the first (`其中…`)
      seen.add(cue.figure);
      statements.push({ kind: 'value', figure: cue.figure, ...converted, unit: number.unit, text: clause, sentence });
      subject = { figure: cue.figure, value: converted.value, shared: statedInClause > 0 };
      statedInClause += 1;
    });
    if (!subject) continue;
    const rest = numbers.length > 0 ? clause.slice(numbers.at(-1)!.end) : clause;
    for (const part of subject.figure.parts ?? []) {
      if (part.all?.some((source) => pattern(source, 'any').test(rest))) {
        statements.push({ kind: 'all', figure: subject.figure, part, ...(subject.value !== undefined ? { value: subject.value } : {}), text: clause, sentence });
      }
    }
  }
  return statements;
}

/** Every statement of a figure in a paragraph, in order. */
export function findFigureStatements(paragraph: string, figures: readonly NarrativeFigure[], context: StatementContext): FigureStatement[] {
  const organ = context.organ.replace(/[\s\u3000]+/gu, '');
  return statementSentences(paragraph).flatMap((sentence) => sentenceStatements(sentence, figures, { ...context, organ }));
}
