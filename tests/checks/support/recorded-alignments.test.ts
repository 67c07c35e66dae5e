/**
 * Token alignment on inputs real checks produce (issue 13, item 3): the sequences the checks
 * aligned on the project's own texts — examples/ and every rule's valid and invalid examples —
 * are kept in fixtures/alignments-examples.jsonl, and the typed-array Myers diff must pair each
 * exactly as jsdiff does, alone and behind alignTokens's shortcut. The corpus gets the same test
 * in tests/corpus/alignment.corpus.ts (its texts are not ours to store).
 *
 * The fixture is written by the program, but nothing in it is an expected output: it holds only
 * inputs, and jsdiff gives the expected pairs at run time. After changing rules or examples,
 * re-record it with DISCLINT_UPDATE_ALIGNMENTS=1 npx vitest run tests/checks/support/recorded-alignments.test.ts
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { bundledReferenceData } from "../../../src/bundled/reference-data.js";
import { CHECK_KINDS } from "../../../src/checks/registry.js";
import { myersAlign } from "../../../src/checks/support/token-alignment.js";
import { alignTokens } from "../../../src/checks/support/word-diff.js";
import { runExamples } from "../../../src/engine/run-examples.js";
import { compileRules } from "../../../src/rules/compile-rules.js";
import { loadBundledPacks } from "../../../src/rules/load-pack.js";
import {
  lintLikeTheCli,
  readAlignments,
  recordAlignments,
  writeAlignments,
} from "../../helpers/alignment-recorder.js";
import { jsdiffPairs } from "../../helpers/jsdiff-alignment.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const FIXTURE = join(import.meta.dirname, "fixtures", "alignments-examples.jsonl");

function exampleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".txt"))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

async function recordProjectExamples(): Promise<void> {
  const loaded = loadBundledPacks(join(ROOT, "rules"), CHECK_KINDS);
  const rules = compileRules(loaded.packs, CHECK_KINDS);
  const alignments = await recordAlignments(async () => {
    await lintLikeTheCli(exampleFiles(join(ROOT, "examples")));
    runExamples(rules, "2026-11-25", bundledReferenceData());
  });
  writeAlignments(FIXTURE, alignments);
}

beforeAll(async () => {
  if (process.env.DISCLINT_UPDATE_ALIGNMENTS === "1") await recordProjectExamples();
}, 120_000);

describe("token alignment on the project's own examples", () => {
  it("has recorded inputs to compare", () => {
    expect(existsSync(FIXTURE), `${FIXTURE} is missing: run with DISCLINT_UPDATE_ALIGNMENTS=1`).toBe(true);
    // The examples make the checks align hundreds of times; far fewer means the recording broke.
    expect(readAlignments(FIXTURE).length).toBeGreaterThan(200);
  });

  it("pairs every recorded input exactly as jsdiff does", () => {
    for (const { expected, actual } of readAlignments(FIXTURE)) {
      const reference = jsdiffPairs(expected, actual);
      expect(myersAlign(expected, actual), JSON.stringify([expected, actual])).toEqual(reference);
      expect(alignTokens(expected, actual), JSON.stringify([expected, actual])).toEqual(reference);
    }
  });
});
