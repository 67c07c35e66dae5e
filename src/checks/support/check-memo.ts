/**
 * Work a check can hand on to the next check of an edited version of the same document: the
 * language server re-checks a draft at every pause in typing, and most of the text is unchanged.
 * The front end keeps one CheckMemo per open document and passes it in (LintSettings.memo);
 * checks reach it through the RunContext. Nothing here changes an answer: every reused result
 * is the one a fresh computation gives (tests/robustness/incremental.property.test.ts), because
 * - whole-text scans are repaired around the edit, exactly (text-scans.ts), and
 * - local results (a statement found around an anchor, a limb judged in a stretch) are computed
 *   from that stretch of text alone, and kept under the stretch's text as the key;
 * - facts read paragraph by paragraph are kept under the paragraph's text.
 */
import { ParagraphFactMemo } from "../../facts/paragraph-facts.js";
import type { RunContext } from "../types.js";
import type { LimbStatus } from "./limbs.js";
import { directScans, ScanMemo, type TextScans } from "./text-scans.js";
import type { Candidate } from "./wording-alignment.js";

export class CheckMemo {
  readonly scans = new ScanMemo();
  /** Candidates by statement variant, keyed by the anchor and the text around it. */
  readonly candidates = new KeyedMemo<Candidate>(() => this.scans.version);
  /** Limb verdicts by limb, keyed by the stretch of text judged. */
  readonly limbs = new KeyedMemo<LimbStatus>(() => this.scans.version);
  /** Facts read paragraph by paragraph, by the paragraph's text (src/facts/paragraph-facts.ts). */
  readonly facts = new ParagraphFactMemo();
}

/** Whole-text scans of the run's document: repaired from the previous version's when a memo is given. */
export function scansOf(run: RunContext): TextScans {
  const text = run.document.normalised;
  return run.memo ? run.memo.scans.scansOf(text) : directScans(text);
}

interface Kept<T> {
  value: T;
  /** The text version that last used it. */
  used: number;
}

interface Shelf<T> {
  sweptAt: number;
  entries: Map<string, Kept<T>>;
}

/**
 * Values computed from a key that holds all their input (with an owner: the compiled variant or
 * limb they belong to). A value unused by the current and the previous version of the text is
 * dropped, so the memo holds about two versions' worth.
 */
export class KeyedMemo<T> {
  private readonly shelves = new WeakMap<object, Shelf<T>>();

  constructor(private readonly version: () => number) {}

  get(owner: object, key: string, compute: () => T): T {
    const version = this.version();
    let shelf = this.shelves.get(owner);
    if (!shelf) {
      shelf = { sweptAt: version, entries: new Map() };
      this.shelves.set(owner, shelf);
    }
    if (shelf.sweptAt !== version) {
      for (const [stale, kept] of shelf.entries) if (kept.used < version - 1) shelf.entries.delete(stale);
      shelf.sweptAt = version;
    }
    const kept = shelf.entries.get(key);
    if (kept) {
      kept.used = version;
      return kept.value;
    }
    const value = compute();
    shelf.entries.set(key, { value, used: version });
    return value;
  }
}
