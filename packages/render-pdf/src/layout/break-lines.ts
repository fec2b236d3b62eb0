/** Characters that must not begin a line (closing punctuation, GB/T 15834 practice). */
const noLineStart = new Set(Array.from('，。、；：？！）》」』】〕〉”’…—·％‰℃,.;:?!)]}%'));
/** Characters that must not end a line (opening punctuation). */
const noLineEnd = new Set(Array.from('（《「『【〔〈“‘([{'));
/** Characters that join into one unbreakable run (numbers, Latin words, `1.`, `0.25`, `3%`). */
const latinRun = /[A-Za-z0-9.,:%/\-+_@#&'’·]/;

export interface BrokenLine {
  /** The characters of the line, spaces at the edges removed. */
  text: string;
  /** Natural width of `text`. */
  width: number;
  /** Width available to this line (the first line loses the indent). */
  available: number;
  /** Last line of its paragraph (not justified). */
  last: boolean;
}

export interface BreakOptions {
  width: number;
  /** Indent of the first line (two characters for body paragraphs). */
  firstLineIndent?: number;
  /** Width of one character as drawn. */
  measure: (character: string) => number;
  /** How far a line may be squeezed to keep closing punctuation on it (default 0). */
  squeeze?: number;
}

interface Unit {
  text: string;
  width: number;
  space: boolean;
}

/** First and last character of a text (a surrogate pair counts as one), without splitting the whole text. */
function firstCharacter(text: string): string {
  return String.fromCodePoint(text.codePointAt(0) ?? 0).slice(0, text.length);
}

function lastCharacter(text: string): string {
  const tail = Array.from(text.slice(-2));
  return tail[tail.length - 1] ?? '';
}

function units(text: string, measure: (character: string) => number): Unit[] {
  const characters = Array.from(text);
  const result: Unit[] = [];
  for (let index = 0; index < characters.length; index++) {
    const character = characters[index];
    if (character === ' ') {
      result.push({ text: ' ', width: measure(' '), space: true });
      continue;
    }
    let run = character;
    // A run starts at a letter or digit, or at a mark right before one (`.json`, `-8`).
    if (/[A-Za-z0-9]/.test(character) || (latinRun.test(character) && /[A-Za-z0-9]/.test(characters[index + 1] ?? ''))) {
      while (index + 1 < characters.length && latinRun.test(characters[index + 1])) run += characters[++index];
    }
    result.push({ text: run, width: Array.from(run).reduce((sum, c) => sum + measure(c), 0), space: false });
  }
  // Keep closing punctuation with what precedes it and opening punctuation with what follows.
  const merged: Unit[] = [];
  for (const unit of result) {
    const previous = merged[merged.length - 1];
    const first = firstCharacter(unit.text);
    if (previous && !previous.space && !unit.space && (noLineStart.has(first) || noLineEnd.has(lastCharacter(previous.text)))) {
      previous.text += unit.text;
      previous.width += unit.width;
    } else merged.push({ ...unit });
  }
  return merged;
}

/** A unit wider than the line cut between characters into pieces that fit; linear in its length. */
function splitWide(unit: Unit, available: number, measure: (character: string) => number): Unit[] {
  const pieces: Unit[] = [];
  let characters: string[] = [];
  let width = 0;
  for (const character of unit.text) {
    const characterWidth = measure(character);
    if (characters.length > 0 && width + characterWidth > available) {
      pieces.push({ text: characters.join(''), width, space: false });
      characters = [];
      width = 0;
    }
    characters.push(character);
    width += characterWidth;
  }
  if (characters.length > 0) pieces.push({ text: characters.join(''), width, space: false });
  return pieces;
}

/**
 * Breaks a paragraph into lines the way Chinese text is set: between any two characters, never
 * inside a number or Latin word, never before closing or after opening punctuation. Lines are
 * filled greedily; a line may be squeezed by up to `squeeze` to keep a closing mark on it.
 *
 * One pass over the units, no recursion and no spreading of arrays into arguments: time and stack
 * stay linear and constant in the text's length (a 2 MB unbroken run of letters is cut into lines,
 * not a stack overflow).
 */
export function breakLines(text: string, options: BreakOptions): BrokenLine[] {
  const { width, measure } = options;
  const indent = options.firstLineIndent ?? 0;
  const squeeze = options.squeeze ?? 0;
  const lines: BrokenLine[] = [];
  let current: Unit[] = [];
  let currentWidth = 0;
  const available = () => (lines.length === 0 ? width - indent : width);
  const flush = (last: boolean) => {
    while (current.length && current[current.length - 1].space) currentWidth -= current.pop()!.width;
    lines.push({ text: current.map((u) => u.text).join(''), width: currentWidth, available: available(), last });
    current = [];
    currentWidth = 0;
  };
  const queue = units(text, measure);
  let index = 0;
  while (index < queue.length) {
    const unit = queue[index];
    if (unit.space && current.length === 0 && lines.length > 0) {
      index++;
      continue;
    }
    const room = available();
    const endsClosing = noLineStart.has(lastCharacter(unit.text));
    if (currentWidth + unit.width <= room + 0.001 || (endsClosing && current.length > 0 && currentWidth + unit.width <= room + squeeze)) {
      current.push(unit);
      currentWidth += unit.width;
      index++;
      continue;
    }
    if (current.length > 0) {
      // The unit starts the next line (it is looked at again there).
      flush(false);
      continue;
    }
    // A single unit wider than the line: split it between characters, each piece a line of its
    // own but the last, which later units may join.
    const pieces = splitWide(unit, room, measure);
    for (let piece = 0; piece < pieces.length; piece++) {
      if (piece > 0) flush(false);
      current.push(pieces[piece]);
      currentWidth += pieces[piece].width;
    }
    index++;
  }
  if (current.length > 0 || lines.length === 0) flush(true);
  else lines[lines.length - 1].last = true;
  return lines;
}

/** The width of the widest unbreakable piece of the text (its minimum line width). */
export function minimumWidth(text: string, measure: (character: string) => number): number {
  return units(text, measure).reduce((widest, unit) => Math.max(widest, unit.width), 0);
}

/** The width of the text on one line. */
export function naturalWidth(text: string, measure: (character: string) => number): number {
  return Array.from(text).reduce((sum, character) => sum + measure(character), 0);
}

/** Longest text `breakBalanced` balances (characters). */
const BALANCE_LIMIT = 2000;

/**
 * Lines of even length for a centred title: as many lines as greedy filling needs, but each as
 * short as possible, so a two-line title does not leave one character on the second line.
 */
export function breakBalanced(text: string, options: BreakOptions): BrokenLine[] {
  const greedy = breakLines(text, options);
  // Balancing is for titles and headers; a text of thousands of characters is set greedily (once, not twenty times).
  if (greedy.length <= 1 || text.length > BALANCE_LIMIT) return greedy;
  let low = minimumWidth(text, options.measure);
  let high = options.width;
  let best = greedy;
  for (let step = 0; step < 20 && high - low > 0.5; step++) {
    const middle = (low + high) / 2;
    const attempt = breakLines(text, { ...options, width: middle });
    if (attempt.length <= greedy.length) {
      best = attempt;
      high = middle;
    } else low = middle;
  }
  return best.map((line) => ({ ...line, available: options.width }));
}
