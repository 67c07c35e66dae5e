/**
 * The language server re-checks a draft with a CheckMemo that lends each check what the check
 * of the previous version computed (scans repaired around the edit, statements and limbs kept
 * by the text they read). Property: after any sequence of edits, the result with the memo is
 * byte for byte the result of a fresh check of the same text: findings, errors, the checklist,
 * the facts.
 *
 * Edits are what a drafter does: type a few characters, delete some, insert, delete or replace
 * a paragraph, paste a statement taken from another example draft.
 * Runs: DISCLINT_PROPERTY_RUNS sequences per draft (default 6); the seed is fixed
 * (DISCLINT_PROPERTY_SEED overrides it), so a failure replays exactly.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bundledReferenceData } from "../../src/bundled/reference-data.js";
import { configFor } from "../../src/config/load-config.js";
import { CheckMemo, type LintSettings, lintFile } from "../../src/engine/lint-file.js";
import { loadRuleSet, resolvePackFiles } from "../../src/rules/rule-sets.js";

const RUNS = Number(process.env.DISCLINT_PROPERTY_RUNS ?? 8);
const SEED = Number(process.env.DISCLINT_PROPERTY_SEED ?? 20261203);
const ROOT = join(import.meta.dirname, "..", "..");
const DRAFTS = [
  "examples/lumen-harbour/18a-voluntary-clean-en.txt",
  "examples/lumen-harbour/18a-voluntary-clean-zh.txt",
  "examples/silverpine-bay/defective-en.txt",
  "examples/crescent-tide/gem-announcement-en.txt",
].map((path) => join(ROOT, path));
const TEXTS = DRAFTS.map((path) => readFileSync(path, "utf8"));
// A long draft (the language-server bench's kind), so edits fall far from both ends and scans
// are repaired between reused stretches, not only rescanned to the end of the text.
DRAFTS.push(join(ROOT, "examples/lumen-harbour/long-draft-en.txt"));
TEXTS.push((TEXTS[0] as string).repeat(4));
/** Paragraphs and sentences of every example draft: what a drafter pastes. */
const PARAGRAPHS = TEXTS.flatMap((text) => text.split(/\n\s*\n/)).filter((p) => p.trim() !== "");
const STATEMENTS = TEXTS.flatMap((text) => text.split(/(?<=[.。])\s*/)).filter((s) => s.length > 20);
const RULES = loadRuleSet(resolvePackFiles(["hkex"], ROOT)).rules;
const DATA = bundledReferenceData();

type Edit =
  | { kind: "type"; at: number; text: string }
  | { kind: "delete"; at: number; length: number }
  | { kind: "insert-paragraph"; at: number; paragraph: number }
  | { kind: "delete-paragraph"; at: number }
  | { kind: "replace-paragraph"; at: number; paragraph: number }
  | { kind: "paste-statement"; at: number; statement: number };

const where = fc.double({ min: 0, max: 1, noNaN: true });
const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant("type" as const),
    at: where,
    text: fc.constantFrom("a", "e ", "7", "%", ".", " the", "\n", "公", "年", "，", "Board", "[TBD]"),
  }),
  fc.record({ kind: fc.constant("delete" as const), at: where, length: fc.integer({ min: 1, max: 60 }) }),
  fc.record({
    kind: fc.constant("insert-paragraph" as const),
    at: where,
    paragraph: fc.nat({ max: PARAGRAPHS.length - 1 }),
  }),
  fc.record({ kind: fc.constant("delete-paragraph" as const), at: where }),
  fc.record({
    kind: fc.constant("replace-paragraph" as const),
    at: where,
    paragraph: fc.nat({ max: PARAGRAPHS.length - 1 }),
  }),
  fc.record({
    kind: fc.constant("paste-statement" as const),
    at: where,
    statement: fc.nat({ max: STATEMENTS.length - 1 }),
  }),
);

/** The paragraph (between blank lines) around a relative position. */
function paragraphAround(text: string, at: number): { start: number; end: number } {
  const offset = Math.floor(at * text.length);
  const before = text.lastIndexOf("\n\n", offset);
  const after = text.indexOf("\n\n", offset);
  return { start: before < 0 ? 0 : before + 2, end: after < 0 ? text.length : after };
}

function applyEdit(text: string, edit: Edit): string {
  const offset = Math.floor(edit.at * text.length);
  const splice = (start: number, end: number, insert: string) =>
    text.slice(0, start) + insert + text.slice(end);
  switch (edit.kind) {
    case "type":
      return splice(offset, offset, edit.text);
    case "delete":
      return splice(offset, offset + edit.length, "");
    case "insert-paragraph": {
      const { end } = paragraphAround(text, edit.at);
      return splice(end, end, `\n\n${PARAGRAPHS[edit.paragraph]}`);
    }
    case "delete-paragraph": {
      const { start, end } = paragraphAround(text, edit.at);
      return splice(start, Math.min(text.length, end + 2), "");
    }
    case "replace-paragraph": {
      const { start, end } = paragraphAround(text, edit.at);
      return splice(start, end, PARAGRAPHS[edit.paragraph] ?? "");
    }
    case "paste-statement":
      return splice(offset, offset, `${STATEMENTS[edit.statement]} `);
  }
}

async function check(path: string, text: string, settings: LintSettings): Promise<string> {
  const { result } = await lintFile({ path, content: text }, settings, DATA);
  return JSON.stringify(result);
}

describe("a re-check with the memo of earlier checks", () => {
  it.each(DRAFTS.map((path, index) => [path.slice(ROOT.length + 1), index] as const))(
    "equals a fresh check after any edits to %s",
    async (_name, index) => {
      const path = DRAFTS[index] as string;
      const settings: LintSettings = {
        rules: RULES,
        config: configFor(path).config,
        today: "2026-03-18",
        include: { checklist: true, facts: true },
      };
      await fc.assert(
        fc.asyncProperty(fc.array(editArbitrary, { minLength: 1, maxLength: 8 }), async (edits) => {
          const memo = new CheckMemo();
          let text = TEXTS[index] as string;
          await check(path, text, { ...settings, memo });
          for (const edit of edits) {
            text = applyEdit(text, edit);
            const reused = await check(path, text, { ...settings, memo });
            expect(reused).toBe(await check(path, text, settings));
          }
        }),
        { numRuns: RUNS, seed: SEED + index, endOnFailure: true },
      );
    },
    120_000,
  );

  it("finds what a fresh check finds when the same memo sees another document", async () => {
    const memo = new CheckMemo();
    for (const [index, path] of DRAFTS.entries()) {
      const settings: LintSettings = { rules: RULES, config: configFor(path).config, today: "2026-03-18" };
      const text = TEXTS[index] as string;
      expect(await check(path, text, { ...settings, memo })).toBe(await check(path, text, settings));
    }
  });
});
