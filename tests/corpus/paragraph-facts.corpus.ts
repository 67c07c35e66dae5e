/**
 * Facts read paragraph by paragraph (src/facts/paragraph-facts.ts) are what a reading of the whole
 * text gives, on every real announcement: no date, amount, share count, percentage, issued-share
 * statement, product code or inline definition in them spans a paragraph break (a full stop and
 * a blank line). The paragraph reading is what lets the language server re-read only the
 * paragraphs an edit touched; this checks that it costs no fact on published texts.
 */
import { describe, expect, it } from "vitest";
import { PARAGRAPH_READERS } from "../../src/facts/extract-facts.js";
import { paragraphsOf, readByParagraph } from "../../src/facts/paragraph-facts.js";
import type { Located } from "../../src/facts/types.js";
import { corpusEntries } from "./corpus.js";

const entries = corpusEntries();

describe("facts read paragraph by paragraph", () => {
  it("equal the facts read from the whole text, on every corpus text", () => {
    expect(entries.length).toBeGreaterThan(100);
    const differing: string[] = [];
    let cut = 0;
    for (const entry of entries) {
      const text = entry.document.normalised;
      const paragraphs = paragraphsOf(entry.document);
      cut += paragraphs.length - 1;
      for (const [name, reader] of Object.entries(PARAGRAPH_READERS)) {
        const read = reader as (text: string) => Located[];
        const whole = JSON.stringify(read(text));
        if (JSON.stringify(readByParagraph(paragraphs, read)) !== whole)
          differing.push(`${entry.file}: ${name}`);
      }
    }
    expect(differing).toEqual([]);
    // Not true for want of breaks: the texts are cut in well over a thousand places.
    expect(cut).toBeGreaterThan(1000);
  });
});
