/**
 * Pairing the reader's blocks with Word paragraphs when the two disagree: a block is paired only
 * when it is certain, and only characters shared at the start or end map exactly.
 */
import { describe, expect, it } from "vitest";
import { matchParagraphs, pointsOf } from "../../src/annotate/match-paragraphs.js";
import type { WordParagraph } from "../../src/annotate/word-paragraphs.js";
import { parseXml, type XmlElement } from "../../src/annotate/xml-dom.js";

const element = parseXml('<w:t xmlns:w="urn:w"/>', "test").documentElement as XmlElement;

/** A paragraph of one piece of text. */
const word = (text: string): WordParagraph => ({
  part: "word/document.xml",
  first: element,
  last: element,
  pieces: [{ text, leaf: element, boxed: false, uncertain: false }],
  text,
  noteReferences: [],
});

describe("matchParagraphs", () => {
  it("pairs equal lists one to one", () => {
    const texts = ["Opening line.", "Second line.", "Closing line."];
    const matched = matchParagraphs(texts, texts.map(word));
    expect(matched.map((match) => [match?.paragraph.text, match?.identical])).toEqual(
      texts.map((text) => [text, true]),
    );
  });

  it("pairs a block that differs in one character between agreeing neighbours, mapping its ends only", () => {
    const matched = matchParagraphs(
      ["Opening line.", "Volumes rose ↑ by 12% in May.", "Closing line."],
      [word("Opening line."), word("Volumes rose \uFFFC by 12% in May."), word("Closing line.")],
    );
    const middle = matched[1];
    expect(middle?.identical).toBe(false);
    if (!middle) throw new Error("unpaired");
    // "Volumes" maps; the arrow does not; "12%" maps (after the arrow).
    expect(pointsOf(middle, 0, 7)?.start.offset).toBe(0);
    expect(pointsOf(middle, 13, 14)).toBeUndefined();
    expect(pointsOf(middle, 18, 21)?.end.offset).toBe(21);
  });

  it("leaves unpaired a block the walk does not have, and pairs the rest", () => {
    const matched = matchParagraphs(
      ["Opening line.", "A paragraph only the reader saw.", "Closing line."],
      [word("Opening line."), word("Closing line.")],
    );
    expect(matched.map((match) => match?.paragraph.text)).toEqual([
      "Opening line.",
      undefined,
      "Closing line.",
    ]);
  });

  it("does not pair two blocks at the same place whose texts have little in common", () => {
    const matched = matchParagraphs(
      ["Opening line.", "The board announces a dividend.", "Closing line."],
      [word("Opening line."), word("Berth 9 is reserved for reefers."), word("Closing line.")],
    );
    expect(matched[1]).toBeUndefined();
  });
});
