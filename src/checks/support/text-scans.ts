/**
 * Whole-text pattern scans of one document, reusing the scans of the version checked before it:
 * the language server re-checks a draft at every pause in typing, and most rules scan the whole
 * text with patterns whose matches (or absence) the edit did not change. How a scan is repaired
 * around an edit, and why the result is exact, is scan-repair.ts.
 */
import type { Pattern, PatternMatch } from "../../patterns/pattern.js";
import { editBetween, type TextEdit } from "../../patterns/text-edit.js";
import { repairAll, repairableOf, repairFirst } from "./scan-repair.js";

/** Whole-text scans of one text: the same answers as `pattern.matches(text)` and `pattern.first(text)`. */
export interface TextScans {
  all(pattern: Pattern): readonly PatternMatch[];
  first(pattern: Pattern): PatternMatch | undefined;
}

/** Scans without reuse. */
export function directScans(text: string): TextScans {
  return { all: (pattern) => pattern.matches(text), first: (pattern) => pattern.first(text) };
}

/** What one pattern found in one version of the text. */
interface ScanEntry {
  version: number;
  all?: readonly PatternMatch[];
  /** null: no match. */
  first?: PatternMatch | null;
}

/**
 * Scans kept from one version of a text to the next. One per document being edited: the
 * language server keeps one for each open draft. Entries are keyed by pattern source, since
 * two rules with the same pattern find the same matches.
 */
export class ScanMemo {
  private current = 0;
  private text: string | undefined;
  private edit: TextEdit | undefined;
  private readonly entries = new Map<string, ScanEntry>();

  /** Goes up by one with each new text. */
  get version(): number {
    return this.current;
  }

  /** The scans of `text`; what the previous text's scans found is repaired, not redone. */
  scansOf(text: string): TextScans {
    this.moveTo(text);
    return {
      all: (pattern) => this.all(text, pattern),
      first: (pattern) => this.first(text, pattern),
    };
  }

  /** Makes `text` the current version; an equal text (a re-check of an unchanged draft) stays the current one. */
  private moveTo(text: string): void {
    const previous = this.text;
    if (previous === text) return;
    this.text = text;
    this.current++;
    this.edit = previous === undefined ? undefined : editBetween(previous, text);
    // Entries older than the previous version cannot be repaired: forget them.
    for (const [source, entry] of this.entries)
      if (entry.version < this.version - 1) this.entries.delete(source);
  }

  private entryOf(pattern: Pattern): ScanEntry {
    let entry = this.entries.get(pattern.source);
    if (!entry) {
      entry = { version: this.version };
      this.entries.set(pattern.source, entry);
    }
    return entry;
  }

  private all(text: string, pattern: Pattern): readonly PatternMatch[] {
    if (this.text !== text) this.moveTo(text);
    const entry = this.entryOf(pattern);
    if (entry.version === this.version && entry.all) return entry.all;
    const old = entry.version === this.version - 1 ? entry.all : undefined;
    const repairable = repairableOf(pattern.source);
    const found =
      old && this.edit && repairable
        ? repairAll(pattern, text, old, this.edit, repairable)
        : pattern.matches(text);
    this.store(entry, { all: found, first: found[0] ?? null });
    return found;
  }

  private first(text: string, pattern: Pattern): PatternMatch | undefined {
    if (this.text !== text) this.moveTo(text);
    const entry = this.entryOf(pattern);
    if (entry.version === this.version && entry.first !== undefined) return entry.first ?? undefined;
    const old = entry.version === this.version - 1 ? entry.first : undefined;
    const repairable = repairableOf(pattern.source);
    const found =
      old !== undefined && this.edit && repairable
        ? repairFirst(pattern, text, old, this.edit, repairable)
        : pattern.first(text);
    this.store(entry, { first: found ?? null });
    return found;
  }

  private store(entry: ScanEntry, found: Omit<ScanEntry, "version">): void {
    if (entry.version !== this.version) {
      entry.version = this.version;
      delete entry.all;
      delete entry.first;
    }
    if (found.all) entry.all = found.all;
    if (found.first !== undefined) entry.first = found.first;
  }
}
