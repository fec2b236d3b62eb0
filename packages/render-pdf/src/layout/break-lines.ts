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
    const first = Array.from(unit.text)[0];
    if (previous && !previous.space && !unit.space && (noLineStart.has(first) || noLineEnd.has(Array.from(previous.text).pop() ?? ''))) {
      previous.text += unit.text;
      previous.width += unit.width;
    } else merged.push({ ...unit });
  }
  return merged;
}

function splitWide(unit: Unit, available: number, measure: (character: string) => number): Unit[] {
  const pieces: Unit[] = [];
  let current: Unit = { text: '', width: 0, space: false };
  for (const character of Array.from(unit.text)) {
    const width = measure(character);
    if (current.text && current.width + width > available) {
      pieces.push(current);
      current = { text: '', width: 0, space: false };
    }
    current.text += character;
    current.width += width;
  }
  if (current.text) pieces.push(current);
  return pieces;
}

/**
 * Breaks a paragraph into lines the way Chinese text is set: between any two characters, never
 * inside a number or Latin word, never before closing or after opening punctuation. Lines are
 * filled greedily; a line may be squeezed by up to `squeeze` to keep a closing mark on it.
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
  for (let index = 0; index < queue.length; index++) {
    const unit = queue[index];
    if (unit.space && current.length === 0 && lines.length > 0) continue;
    const room = available();
    const endsClosing = noLineStart.has(Array.from(unit.text).pop() ?? '');
    if (currentWidth + unit.width <= room + 0.001 || (endsClosing && current.length > 0 && currentWidth + unit.width <= room + squeeze)) {
      current.push(unit);
      currentWidth += unit.width;
      continue;
    }
    if (current.length > 0) {
      flush(false);
      index -= 1;
      continue;
    }
    // A single unit wider than the line: split it between characters.
    const pieces = splitWide(unit, room, measure);
    queue.splice(index, 1, ...pieces);
    current.push(pieces[0]);
    currentWidth += pieces[0].width;
    if (pieces.length > 1) flush(false);
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

/**
 * Lines of even length for a centred title: as many lines as greedy filling needs, but each as
 * short as possible, so a two-line title does not leave one character on the second line.
 */
export function breakBalanced(text: string, options: BreakOptions): BrokenLine[] {
  const greedy = breakLines(text, options);
  if (greedy.length <= 1) return greedy;
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
