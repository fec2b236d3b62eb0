import type { Organ } from '../model/report.js';
import { matchSubmission } from '../roster/match-submission.js';
import { addToList } from './add-to-list.js';
import type { Roster, RosterEntry } from './types.js';

/** The roster seen from the aggregating organ: who is a member of whom. */
export interface RosterTree {
  /** Node id of the aggregating organ: its entry id, or `''` when it is not in the roster. */
  rootId: string;
  rootEntry?: RosterEntry;
  /** Every entry at or below the aggregating organ. */
  subtreeEntries: RosterEntry[];
  entry(id: string): RosterEntry | undefined;
  /** Direct members of a node (in roster order). */
  membersOf(nodeId: string): RosterEntry[];
  /** Whether a node has members of its own (a county with townships). */
  isGroup(nodeId: string): boolean;
  /** The node an entry is a direct member of; `undefined` outside the tree. */
  parentNode(entryId: string): string | undefined;
  /** Whether an entry is the aggregating organ or below it. */
  inSubtree(entryId: string): boolean;
  /** Whether `entryId` is `ancestorId` or below it. */
  isWithin(entryId: string, ancestorId: string): boolean;
  /** Position in the roster, for a stable order. */
  position(entryId: string): number;
}

/**
 * Builds the member tree below `organ`. The aggregating organ is found in the roster like a report
 * (credit code, division code, name). Its members are the entries whose parent it is; when it is
 * in the roster without any such entries (a flat county roster that also lists the county), or not
 * in the roster at all, its members are the entries without a parent. Below that, members follow
 * parent links to any depth (a cycle is cut where it closes).
 */
export function createRosterTree(roster: Roster, organ: Organ): RosterTree {
  const byId = new Map(roster.entries.map((entry) => [entry.id, entry]));
  const positions = new Map(roster.entries.map((entry, index) => [entry.id, index]));
  const childrenOf = new Map<string, RosterEntry[]>();
  const topLevel: RosterEntry[] = [];
  for (const entry of roster.entries) {
    if (entry.parent && byId.has(entry.parent) && entry.parent !== entry.id) addToList(childrenOf, entry.parent, entry);
    else topLevel.push(entry);
  }
  const rootEntry = matchSubmission({ organ }, roster).entry;
  const rootId = rootEntry?.id ?? '';
  const members = new Map<string, RosterEntry[]>();
  const parents = new Map<string, string>();
  const visit = (nodeId: string, list: RosterEntry[]) => {
    const fresh = list.filter((entry) => !parents.has(entry.id) && entry.id !== rootId);
    members.set(nodeId, fresh);
    for (const entry of fresh) parents.set(entry.id, nodeId);
    for (const entry of fresh) {
      const below = childrenOf.get(entry.id) ?? [];
      if (below.length > 0) visit(entry.id, below);
    }
  };
  const rootMembers =
    rootEntry && (childrenOf.get(rootEntry.id)?.length ?? 0) > 0 ? childrenOf.get(rootEntry.id)! : topLevel.filter((entry) => entry !== rootEntry);
  visit(rootId, rootMembers);
  const subtreeEntries = roster.entries.filter((entry) => entry.id === rootId || parents.has(entry.id));

  const isWithin = (entryId: string, ancestorId: string): boolean => {
    for (let current: string | undefined = entryId, steps = 0; current !== undefined && steps <= roster.entries.length + 1; steps++) {
      if (current === ancestorId) return true;
      if (current === rootId) return false;
      current = parents.get(current);
    }
    return false;
  };
  return {
    rootId,
    rootEntry,
    subtreeEntries,
    entry: (id) => byId.get(id),
    membersOf: (nodeId) => members.get(nodeId) ?? [],
    isGroup: (nodeId) => (members.get(nodeId)?.length ?? 0) > 0,
    parentNode: (entryId) => parents.get(entryId),
    inSubtree: (entryId) => entryId === rootId || parents.has(entryId),
    isWithin,
    position: (entryId) => positions.get(entryId) ?? Number.MAX_SAFE_INTEGER,
  };
}
