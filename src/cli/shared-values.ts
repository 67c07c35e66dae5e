/**
 * The results a batch keeps for its report share the values that repeat from file to file.
 * Every result is held until the report is written, and most of what one says is said in the
 * others too: each finding carries its rule's citation (a result from a worker, or copied out
 * of the main thread, has its own copy of it), messages come from a few templates, and most
 * files list the same rules as not applicable for the same reasons. On 1,000 generated
 * announcements the citations alone were 15 MB of the report's JSON. One copy of each value is
 * kept instead; the values, and so every report, are the same.
 */
import type { Citation } from "../domain/citation.js";
import type { FileResult } from "../engine/types.js";

type NotApplicable = NonNullable<FileResult["notApplicable"]>[number];

/** The first value seen with the same JSON (which also fixes the key order: it prints the same). */
function keptCopy<Value>(kept: Map<string, Value>, value: Value): Value {
  const key = JSON.stringify(value);
  const known = kept.get(key);
  if (known !== undefined) return known;
  kept.set(key, value);
  return value;
}

export class SharedValues {
  private readonly strings = new Map<string, string>();
  private readonly citations = new Map<string, Citation>();
  /** A result's findings of one rule share its citation (a copied result keeps that): one look-up each. */
  private readonly citationCopies = new WeakMap<Citation, Citation>();
  private readonly notApplicable = new Map<string, NotApplicable>();

  private string<Text extends string>(value: Text): Text {
    const known = this.strings.get(value);
    if (known !== undefined) return known as Text;
    this.strings.set(value, value);
    return value;
  }

  private citation(value: Citation): Citation {
    const known = this.citationCopies.get(value);
    if (known) return known;
    const kept = keptCopy(this.citations, value);
    this.citationCopies.set(value, kept);
    return kept;
  }

  /** The result, its repeated values replaced by the copies already kept (changed in place). */
  share(result: FileResult): FileResult {
    for (const finding of result.findings) {
      finding.ruleId = this.string(finding.ruleId);
      finding.severity = this.string(finding.severity);
      finding.kind = this.string(finding.kind);
      finding.message = this.string(finding.message);
      finding.citation = this.citation(finding.citation);
    }
    if (result.notApplicable) {
      result.notApplicable = result.notApplicable.map((entry) => keptCopy(this.notApplicable, entry));
    }
    for (const entry of result.checklist ?? []) {
      entry.ruleId = this.string(entry.ruleId);
      entry.title = this.string(entry.title);
      entry.citation = this.citation(entry.citation);
    }
    return result;
  }
}
