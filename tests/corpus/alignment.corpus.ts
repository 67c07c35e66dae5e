/**
 * Token alignment on the real announcements (issue 13, item 3): every alignment the checks ask
 * for on the corpus — run as `disclint check` runs it, and with each file's manifest profile, so
 * rules that only apply to some issuers align too — gives the same pairs from the typed-array
 * Myers diff (alone, and behind alignTokens's shortcut) as from jsdiff. Nothing from the corpus
 * is stored in the project. DISCLINT_RECORD_ALIGNMENTS=<file> also writes the recorded inputs
 * there as JSONL, for scripts/bench-alignment.ts.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { myersAlign } from "../../src/checks/support/token-alignment.js";
import { alignTokens } from "../../src/checks/support/word-diff.js";
import {
  lintLikeTheCli,
  type RecordedAlignment,
  recordAlignments,
  writeAlignments,
} from "../helpers/alignment-recorder.js";
import { jsdiffPairs } from "../helpers/jsdiff-alignment.js";
import { checkEntry, corpusDir, corpusEntries } from "./corpus.js";

async function recordCorpus(): Promise<RecordedAlignment[]> {
  const entries = corpusEntries();
  return recordAlignments(async () => {
    await lintLikeTheCli(entries.map((entry) => join(corpusDir, entry.file)));
    for (const entry of entries) checkEntry(entry);
  });
}

/** Where an alignment and jsdiff part, in a line a reader can start from. */
function disagreement(alignment: RecordedAlignment): string | undefined {
  const reference = JSON.stringify(jsdiffPairs(alignment.expected, alignment.actual));
  const core = JSON.stringify(myersAlign(alignment.expected, alignment.actual));
  const behindShortcut = JSON.stringify(alignTokens(alignment.expected, alignment.actual));
  if (core === reference && behindShortcut === reference) return undefined;
  return `${JSON.stringify([alignment.expected, alignment.actual])}: jsdiff ${reference}, myersAlign ${core}, alignTokens ${behindShortcut}`;
}

describe("token alignment on the corpus", () => {
  it("pairs every recorded alignment exactly as jsdiff does", async () => {
    const alignments = await recordCorpus();
    const target = process.env.DISCLINT_RECORD_ALIGNMENTS;
    if (target) writeAlignments(target, alignments);
    // The corpus makes the checks align thousands of times; far fewer means the hook broke.
    expect(alignments.length).toBeGreaterThan(1000);
    const disagreements = alignments.map(disagreement).filter((line) => line !== undefined);
    expect(disagreements.slice(0, 5)).toEqual([]);
  }, 600_000);
});
