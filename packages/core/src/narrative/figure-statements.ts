import type { NarrativeFigure, NarrativeFigurePart } from '../forms/narrative-check-types.js';
import { AMOUNT_UNITS, COUNT_UNITS, asciiNumbers, findTextNumbers, mayHoldNumbers, type TextNumber } from './text-numbers.js';

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

type Where = 'any' | 'all' | 'end' | 'whole';
const compiled: Record<Where, Map<string, RegExp>> = { any: new Map(), all: new Map(), end: new Map(), whole: new Map() };
/** A phrase as a pattern: found anywhere (`any`; `all` for `matchAll`), at the end of the text (`end`) or as the whole text (`whole`). */
function pattern(source: string, where: Where): RegExp {
  let found = compiled[where].get(source);
  if (!found) {
    const body = where === 'end' ? `(?:${source})$` : where === 'whole' ? `^(?:${source})$` : `(?:${source})`;
    found = new RegExp(body, where === 'all' ? 'gu' : 'u');
    compiled[where].set(source, found);
  }
  return found;
}

/**
 * One pattern for a list of phrases that matches where one of them is followed by filler only to
 * the end of the text: a text it does not match has no phrase `cueBefore` would take, so the
 * phrases need not be tried one by one (most spans between two numbers name no figure). `null`
 * when the phrases cannot be joined into one pattern unchanged (a back-reference or a named group:
 * their numbers and names are the phrase's own); then every phrase is tried.
 */
function cueScreen(sources: readonly string[]): RegExp | null {
  if (sources.length === 0 || !sources.every(joinable)) return null;
  try {
    return new RegExp(`(?:${sources.map((source) => `(?:${source})`).join('|')})(?=${FILLER.source.slice(1)})`, 'u');
  } catch {
    return null;
  }
}

/**
 * Whether a phrase means the same inside a larger pattern: its groups balance (it does not close a
 * group it did not open, as `a)|(b` would), and it has no back-reference or named group.
 */
function joinable(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const character = source[i];
    if (character === '\\') {
      const next = source[i + 1];
      if (next === 'k' || (next >= '1' && next <= '9')) return false;
      i += 1;
    } else if (inClass) {
      if (character === ']') inClass = false;
    } else if (character === '[') {
      inClass = true;
    } else if (character === '(') {
      if (source.startsWith('(?<', i) && source[i + 3] !== '=' && source[i + 3] !== '!') return false;
      depth += 1;
    } else if (character === ')') {
      depth -= 1;
      if (depth < 0) return false;
    }
  }
  return depth === 0 && !inClass;
}

/** `cueScreen` of the phrases of each list of figures and of each figure's parts, made once per list or figure. */
const figureScreens = new WeakMap<readonly NarrativeFigure[], RegExp | null>();
const partScreens = new WeakMap<NarrativeFigure, RegExp | null>();

function mayNameFigure(span: string, figures: readonly NarrativeFigure[]): boolean {
  let screen = figureScreens.get(figures);
  if (screen === undefined) figureScreens.set(figures, (screen = cueScreen(figures.flatMap((figure) => figure.cues))));
  return screen === null || screen.test(span);
}

function mayNamePart(span: string, subject: NarrativeFigure): boolean {
  let screen = partScreens.get(subject);
  if (screen === undefined) partScreens.set(subject, (screen = cueScreen((subject.parts ?? []).flatMap((part) => part.cues))));
  return screen === null || screen.test(span);
}

/** Splits a paragraph into sentences (`。！？；` and line breaks), spaces removed and digits made ASCII. */
const SPACES = /[\s\u3000\u00a0]+/gu;
const SENTENCE_END = /[。！？；;!?]/u;
export function statementSentences(paragraph: string): string[] {
  return sentencesOf(cleanText(paragraph));
}

/** A paragraph with its spaces removed and its digits made ASCII: what sentences are cut from. */
const cleanText = (paragraph: string) => asciiNumbers(paragraph).replace(SPACES, '');
const sentencesOf = (text: string) => text.split(SENTENCE_END).filter((sentence) => sentence !== '');

/**
 * Whether a text (a clause, or the whole cleaned paragraph) may state a figure of its own: only a
 * number with a unit or a negation (`未收到…`) does; the parts and shares that follow need one before.
 */
const mayStateFigure = (text: string) => mayHoldNumbers(text) || NEGATION.test(text);

interface Cue {
  figure: NarrativeFigure;
  part?: NarrativeFigurePart;
  start: number;
  end: number;
}

/** Where a global unicode pattern goes on after an empty match: past the code point (as `matchAll` does). */
function nextIndex(text: string, index: number): number {
  const code = text.codePointAt(index);
  return code !== undefined && code > 0xffff ? index + 2 : index + 1;
}

/** The phrase that names the number ending `span`: the longest one followed by filler only. */
function cueBefore(span: string, figures: readonly NarrativeFigure[], subject: NarrativeFigure | undefined): Cue | undefined {
  const candidates: Cue[] = [];
  const consider = (sources: readonly string[], figure: NarrativeFigure, part?: NarrativeFigurePart) => {
    for (const source of sources) {
      // The matches `span.matchAll(phrase)` gives, with the pattern itself (matchAll copies it per call).
      const phrase = pattern(source, 'all');
      phrase.lastIndex = 0;
      for (let match = phrase.exec(span); match; match = phrase.exec(span)) {
        if (match[0] === '') {
          phrase.lastIndex = nextIndex(span, phrase.lastIndex);
          continue;
        }
        if (!FILLER.test(span.slice(match.index + match[0].length))) continue;
        candidates.push({ figure, part, start: match.index, end: match.index + match[0].length });
      }
    }
  };
  if (mayNameFigure(span, figures)) for (const figure of figures) consider(figure.cues, figure);
  if (subject?.parts && mayNamePart(span, subject)) for (const part of subject.parts) consider(part.cues, subject, part);
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  return candidates[0];
}

/** A part named after its number (`其中1件维持`, `1件尚未审结`). */
const AFTER_LEAD = /^(?:被|获|已|结果为|为)/u;
const AFTER_TAIL = /的$/u;
function cueAfter(after: string, subject: NarrativeFigure | undefined): NarrativeFigurePart | undefined {
  const text = after.replace(AFTER_LEAD, '').replace(AFTER_TAIL, '');
  return subject?.parts?.find((part) => part.cueAfter && part.cues.some((source) => pattern(source, 'whole').test(text)));
}

/** Whether the words before a phrase name another organ than the report's. */
function namesAnotherOrgan(prefix: string, organ: string): boolean {
  ORGAN_WORD.lastIndex = 0; // its matches are never empty
  for (let match = ORGAN_WORD.exec(prefix); match; match = ORGAN_WORD.exec(prefix)) {
    const word = match[0];
    if (SELF_WORD.test(word) || organ.includes(word) || word.length < 2) continue;
    return true;
  }
  return false;
}

const YEAR_NAMED = /(?:19|20)\d{2}(?=年)/gu;
function speaksOfAnotherTime(clause: string, year: number): boolean {
  if (OTHER_TIME.test(clause)) return true;
  YEAR_NAMED.lastIndex = 0;
  for (let match = YEAR_NAMED.exec(clause); match; match = YEAR_NAMED.exec(clause)) if (Number(match[0]) !== year) return true;
  return false;
}

/** The value of a number in a figure's kind: counts in 件/项…, amounts in 万元 (元 converted). */
function valueIn(figure: NarrativeFigure, number: TextNumber): { value: number; decimals: number } | undefined {
  if (figure.kind === 'count') return (COUNT_UNITS as readonly string[]).includes(number.unit) ? { value: number.value, decimals: number.decimals } : undefined;
  if (!(AMOUNT_UNITS as readonly string[]).includes(number.unit)) return undefined;
  return number.unit === '元' ? { value: number.value / 10_000, decimals: number.decimals + 4 } : { value: number.value, decimals: number.decimals };
}

const DIGIT = /\d/u;

/**
 * One pattern for the phrases of the figures that can be stated as 0, anchored at the end as
 * `negatedFigures` tries each: an object it does not match ends with none of them. `null` when the
 * phrases cannot be joined (see `joinable`); then each is tried.
 */
const negationScreens = new WeakMap<readonly NarrativeFigure[], RegExp | null>();

function negationScreen(figures: readonly NarrativeFigure[]): RegExp | null {
  let screen = negationScreens.get(figures);
  if (screen === undefined) {
    const sources = figures.filter((figure) => figure.negatable).flatMap((figure) => figure.cues);
    screen = null;
    if (sources.length > 0 && sources.every(joinable)) {
      try {
        screen = new RegExp(`(?:${sources.map((source) => `(?:${source})`).join('|')})$`, 'u');
      } catch {
        screen = null;
      }
    }
    negationScreens.set(figures, screen);
  }
  return screen;
}

/** `未收到政府信息公开申请`, `未发生…被申请行政复议、提起行政诉讼的情况`: figures stated as 0. */
function negatedFigures(clause: string, figures: readonly NarrativeFigure[]): Array<{ figure: NarrativeFigure; text: string }> {
  const negation = NEGATION.exec(clause);
  if (!negation || DIGIT.test(clause)) return [];
  const found: Array<{ figure: NarrativeFigure; text: string }> = [];
  const screen = negationScreen(figures);
  for (const piece of clause.slice(negation.index + negation[0].length).split(CONJUNCTIONS)) {
    const object = piece.replace(TRAILING_NOUNS, '');
    if (screen && !screen.test(object)) continue; // no phrase of a negatable figure ends it
    for (const figure of figures) {
      if (!figure.negatable || found.some((f) => f.figure === figure)) continue;
      const match = figure.cues.map((source) => pattern(source, 'end').exec(object)).find((m) => m !== null);
      if (match && match.index <= 14) found.push({ figure, text: clause });
    }
  }
  return found;
}

const CLAUSE_END = /[，：:]|,(?!\d{3})/u;
const PART_LEAD = /^(?:其中)?(?:有)?$/u;

/** The statements of one sentence. */
function sentenceStatements(reading: SentenceReading, figures: readonly NarrativeFigure[], context: StatementContext): FigureStatement[] {
  const { sentence } = reading;
  const statements: FigureStatement[] = [];
  const seen = new Set<NarrativeFigure>();
  // The figure the parts, shares and `均获维持` that follow speak of; `shared` when its clause stated
  // more than one figure (`予以公开80件、部分公开20件，占40%`: a share of which?).
  let subject: { figure: NarrativeFigure; value?: number; shared?: boolean } | undefined;
  for (const clauseReading of reading.clauses) {
    const clause = clauseReading.text;
    if (clause === '') continue;
    if (!subject && !clauseReading.mayState) continue; // nothing here or before it to read
    if (clauseSpeaksOfAnotherTime(clauseReading, context.year)) continue;
    for (const { figure, text } of negatedFigures(clause, figures)) {
      if (seen.has(figure)) continue;
      seen.add(figure);
      statements.push({ kind: 'value', figure, value: 0, decimals: 0, unit: '', text, sentence });
      subject = { figure, value: 0 };
    }
    let previousEnd = 0;
    let statedInClause = 0;
    const numbers = clauseNumbers(clauseReading);
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
        if (part && PART_LEAD.test(span)) cue = { figure: subject.figure, part, start: span.length, end: span.length };
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

/**
 * What a paragraph reads as before any figure is looked for — its sentences and clauses, each
 * clause's numbers and whether it speaks of another year — kept for the paragraphs read last:
 * checking one report reads each paragraph three times (the table and count checks through the
 * form's figures, R6-1 through the fee phrases). All of it is a pure function of the paragraph
 * (and the year), worked out when first needed.
 */
interface ClauseReading {
  text: string;
  /** Whether the clause has a unit or a negation (`mayStateFigure`). */
  mayState: boolean;
  numbers?: TextNumber[];
  otherTime?: { year: number; value: boolean };
}

interface SentenceReading {
  sentence: string;
  clauses: ClauseReading[];
}

interface ParagraphReading {
  mayState: boolean;
  sentences: SentenceReading[];
}

function clauseNumbers(clause: ClauseReading): TextNumber[] {
  return (clause.numbers ??= clause.mayState ? findTextNumbers(clause.text) : []);
}

function clauseSpeaksOfAnotherTime(clause: ClauseReading, year: number): boolean {
  if (clause.otherTime?.year !== year) clause.otherTime = { year, value: speaksOfAnotherTime(clause.text, year) };
  return clause.otherTime.value;
}

/**
 * A few recent results keyed by paragraph (a string keeps its hash, so looking one up again is
 * cheap), up to a total length of text: dropped all at once when full. Results are pure functions
 * of the key (and what is checked with it), so a result found is the result.
 */
class RecentParagraphs<Value> {
  private readonly entries = new Map<string, Value>();
  private characters = 0;

  get(paragraph: string): Value | undefined {
    return this.entries.get(paragraph);
  }

  set(paragraph: string, value: Value): void {
    if (this.characters + paragraph.length > RECENT_CHARACTERS || this.entries.size >= RECENT_ENTRIES) {
      this.entries.clear();
      this.characters = 0;
    }
    if (!this.entries.has(paragraph)) this.characters += paragraph.length;
    this.entries.set(paragraph, value);
  }
}

/** Enough for the text of a long report (checking reads it three times over), little memory. */
const RECENT_CHARACTERS = 500_000;
const RECENT_ENTRIES = 2_000;

const readings = new RecentParagraphs<ParagraphReading>();

function readParagraph(paragraph: string): ParagraphReading {
  let reading = readings.get(paragraph);
  if (!reading) {
    const text = cleanText(paragraph);
    const mayState = mayStateFigure(text);
    const sentences = mayState
      ? sentencesOf(text).map((sentence) => ({
          sentence,
          clauses: sentence.split(CLAUSE_END).map((clause) => ({ text: clause, mayState: clause !== '' && mayStateFigure(clause) })),
        }))
      : [];
    reading = { mayState, sentences };
    readings.set(paragraph, reading);
  }
  return reading;
}

/** The statements of the paragraphs read last, per list of figures, with the year and organ they were read for. */
const recentStatements = new WeakMap<readonly NarrativeFigure[], RecentParagraphs<{ year: number; organ: string; statements: readonly FigureStatement[] }>>();

/** Every statement of a figure in a paragraph, in order. */
export function findFigureStatements(paragraph: string, figures: readonly NarrativeFigure[], context: StatementContext): FigureStatement[] {
  let recent = recentStatements.get(figures);
  if (!recent) recentStatements.set(figures, (recent = new RecentParagraphs()));
  const known = recent.get(paragraph);
  if (known && known.year === context.year && known.organ === context.organ) return [...known.statements];
  const reading = readParagraph(paragraph);
  let statements: FigureStatement[] = [];
  if (reading.mayState) {
    const sentenceContext = { ...context, organ: context.organ.replace(ORGAN_SPACES, '') };
    statements = reading.sentences.flatMap((sentence) => sentenceStatements(sentence, figures, sentenceContext));
  }
  recent.set(paragraph, { year: context.year, organ: context.organ, statements });
  return [...statements];
}

const ORGAN_SPACES = /[\s\u3000]+/gu;
