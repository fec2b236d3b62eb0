import { parseOrdinal } from './headings.js';

/** What a preface says about the report's structure: `报告内容主要由概述、…等五部分组成`. */
export interface DeclaredParts {
  /** The number of parts stated (五 → 5). */
  count: number;
  /** The parts named, in order (`概述`, `主动公开政府信息情况`…). */
  names: string[];
  /** The text the declaration was read from. */
  source: string;
}

const DECLARATION = /(?:由|包括|包含|分为|分成)([^，。；;]+?)(?:等|共)?([一二两三四五六七八九十]{1,3}|\d{1,2})\s*(?:个)?(?:大)?部分/;

/**
 * Reads a declaration of the report's parts from a paragraph. Items are separated by `、` only,
 * because a part's name may itself contain `及` or `和` (`申请行政复议及提起行政诉讼和申诉情况`).
 */
export function findDeclaredParts(paragraph: string): DeclaredParts | undefined {
  const match = DECLARATION.exec(paragraph);
  if (!match) return undefined;
  const count = parseOrdinal(match[2]);
  if (!count) return undefined;
  const names = match[1]
    .split('、')
    .map((name) => name.trim().replace(/^(?:报告)?(?:内容)?(?:主要)?/, '').replace(/等$/, ''))
    .filter((name) => name !== '');
  return { count, names, source: match[0] };
}
