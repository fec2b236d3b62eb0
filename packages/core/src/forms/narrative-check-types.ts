import type { CellRef, OrganLevel } from '../model/report.js';
import type { LocalizedText } from './types.js';

/*
 * What a form knows about how a report's text talks about its own tables and duties: the phrases a
 * sentence uses for a figure of the tables (`新收政府信息公开申请258件` → 表三 新收 总计), the
 * results a government's report must mention (R1-1), and the words for the 信息处理费 (R6-1).
 * Read by the narrative rules; no rule names a phrase itself (ADR 0004).
 *
 * Phrases are regular-expression sources matched against the text with spaces removed and
 * full-width digits made ASCII; keep them specific, because a figure stated by mistake is a false
 * warning, which is worse than a figure missed.
 */

/** A statement that follows a figure in the same sentence about the same subject (`维持2件`, `自然人22件`, `废止1件`). */
export interface NarrativeFigurePart {
  id: string;
  /** Phrases that name the part right before its number (`维持`, `尚未审结`). */
  cues: string[];
  /** The cells whose sum the part is. */
  cells: CellRef[];
  /**
   * Phrases that say every case of the figure is in this part (`均获维持`): the part's cells then
   * equal the figure's cells in the table.
   */
  all?: string[];
  /** Whether the cue may also follow the number (`其中1件维持`). */
  cueAfter?: boolean;
}

/** A figure of the tables as the text states it. */
export interface NarrativeFigure {
  /** Stable id (`newReceived`). */
  id: string;
  /**
   * Phrases that name the figure right before its number (`新收(?:到)?(?:政府信息公开)?申请`). Only
   * a few filler words (`共`, `共计`, `为`, `达`, `的`…) may stand between the phrase and the number.
   */
  cues: string[];
  /** The cells whose sum the figure is (`表四 行政诉讼` is the two litigation rows' totals). */
  cells: CellRef[];
  /** `count` (件, 项, 条…) or `amount` (万元; an amount in 元 is converted). */
  kind: 'count' | 'amount';
  /** Whether a negation before the phrase states 0 (`未收到政府信息公开申请`, `无行政复议案件`). */
  negatable?: boolean;
  /** Statements about parts of the figure that may follow it in the same sentence. */
  parts?: NarrativeFigurePart[];
  /** The figure (by id) this one is a share of, when the text gives `占…%` after it (予以公开 of 办结). */
  shareOf?: string;
}

/** R1-1: the results a government's report must mention (条例 Art. 50（四）). */
export interface AccountabilityCheck {
  /** Organ levels whose reports must mention them: 各级人民政府. */
  levels: OrganLevel[];
  /** The item as the law words it, for the message. */
  item: LocalizedText;
  /** Phrases any one of which mentions the item (`工作考核`, `社会评议`, `责任追究`…). */
  phrases: string[];
}

/** R6-1: how the text states the 信息处理费 and its fee notices. */
export interface FeeNoticeCheck {
  /** Phrases right before the amount collected (`收取信息处理费`). */
  collected: string[];
  /** Phrases right before the number of fee notices issued (`发出收费通知`). */
  notices: string[];
  /** The cell counting applications closed because a fee notice was not paid (表三（六）2). */
  unpaidCell?: CellRef;
}

/** The form's knowledge for checking a report's text. */
export interface NarrativeChecks {
  /** Figures the text states that the tables hold. */
  figures?: NarrativeFigure[];
  accountability?: AccountabilityCheck;
  fees?: FeeNoticeCheck;
}
