/**
 * The language server's incremental re-check on real announcements: each text is checked, then
 * edited as a drafter would (a paragraph deleted, words typed, a sentence of its own pasted
 * elsewhere), and each re-check with the CheckMemo of the checks before must equal a fresh check
 * of the same text, byte for byte, findings and facts. Real texts carry what fixtures rarely do (PDF line breaks,
 * full-width forms, tables, long paragraphs), so the exactness argument is tried on them too.
 * The edits are made at run time from each text itself; nothing is stored in the project.
 */
import { describe, expect, it } from "vitest";
import { CheckMemo, type LintSettings, lintFile } from "../../src/engine/lint-file.js";
import { bundled, corpusEntries, manifestSettings, referenceData } from "./corpus.js";

const entries = corpusEntries();

/** A small deterministic generator, so a failure replays exactly. */
function randomFrom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function edits(text: string, random: () => number): string[] {
  const at = (share: number) => Math.floor(share * text.length);
  const paragraphStart = text.lastIndexOf("\n\n", at(0.3 + random() * 0.4));
  const paragraphEnd = text.indexOf("\n\n", paragraphStart + 2);
  const withoutParagraph =
    paragraphStart >= 0 && paragraphEnd > paragraphStart
      ? text.slice(0, paragraphStart) + text.slice(paragraphEnd)
      : text.slice(0, at(0.5)) + text.slice(at(0.5) + 300);
  const typedAt = Math.floor(random() * withoutParagraph.length);
  const typed = `${withoutParagraph.slice(0, typedAt)} 7 June 2026 the Board${withoutParagraph.slice(typedAt)}`;
  const sentenceFrom = at(random());
  const sentence = text.slice(sentenceFrom, sentenceFrom + 240);
  const pasteAt = Math.floor(random() * typed.length);
  const pasted = typed.slice(0, pasteAt) + sentence + typed.slice(pasteAt);
  return [withoutParagraph, typed, pasted];
}

async function check(path: string, text: string, settings: LintSettings): Promise<string> {
  const { result } = await lintFile({ path, content: text }, settings, referenceData);
  return JSON.stringify(result);
}

describe("incremental re-checks of real announcements", () => {
  it("equal fresh checks after a paragraph is deleted, words typed and a sentence pasted", async () => {
    for (const [index, entry] of entries.entries()) {
      const settings: LintSettings = {
        rules: bundled.rules,
        config: manifestSettings(entry.manifest),
        today: "2026-11-25",
        include: { facts: true },
      };
      const memo = new CheckMemo();
      const original = entry.document.original;
      await check(entry.file, original, { ...settings, memo });
      for (const [step, text] of edits(original, randomFrom(index + 1)).entries()) {
        const reused = await check(entry.file, text, { ...settings, memo });
        expect(reused, `${entry.file}, edit ${step}`).toBe(await check(entry.file, text, settings));
      }
    }
  }, 600_000);
});
