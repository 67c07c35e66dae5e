/**
 * Text edits from findings' suggestions, in offsets of the checked (original) text. Overlapping
 * edits cannot both be applied: the first by position wins, and the other waits for the next
 * run, when its finding is checked again against the new text.
 */
import type { Finding } from "../engine/types.js";

export interface TextEdit {
  ruleId: string;
  start: number;
  end: number;
  /** Replacement text, with "\n" for line breaks (the writer picks the file's line ending). */
  text: string;
  /**
   * An insertion of whole paragraphs (the suggestion begins or ends with a line break): written
   * as a paragraph of its own, separated by blank lines, whatever the break it came with.
   */
  block: boolean;
}

export interface EditPlan {
  edits: TextEdit[];
  /** Suggestions left out, with why. */
  skipped: { ruleId: string; reason: string }[];
}

export function planEdits(findings: readonly Finding[], original: string): EditPlan {
  const candidates: TextEdit[] = [];
  for (const finding of findings) {
    const { suggestion } = finding;
    if (!suggestion || finding.suppressed) continue;
    const start = suggestion.span.start.offset;
    const end = suggestion.span.end.offset;
    if (end < start || end > original.length) continue;
    const block = start === end && /^\n|\n$/.test(suggestion.text);
    if (!block && original.slice(start, end) === suggestion.text) continue;
    candidates.push({ ruleId: finding.ruleId, start, end, text: suggestion.text, block });
  }
  candidates.sort((a, b) => a.start - b.start || a.end - b.end);
  return dropOverlaps(candidates);
}

function dropOverlaps(sorted: readonly TextEdit[]): EditPlan {
  const edits: TextEdit[] = [];
  const skipped: EditPlan["skipped"] = [];
  let reachedEnd = 0;
  for (const edit of sorted) {
    const duplicate = edits.some(
      (kept) => kept.start === edit.start && kept.end === edit.end && kept.text === edit.text,
    );
    if (duplicate) continue;
    if (edit.start < reachedEnd) {
      skipped.push({ ruleId: edit.ruleId, reason: "overlaps an earlier fix; run the fix again" });
      continue;
    }
    edits.push(edit);
    reachedEnd = Math.max(reachedEnd, edit.end);
  }
  return { edits, skipped };
}
