/** What a reviewer reads in a disclint comment. */
import { describe, expect, it } from "vitest";
import { commentParagraphs } from "../../src/annotate/comment-text.js";
import type { AnnotationFinding } from "../../src/annotate/types.js";

const base: AnnotationFinding = {
  ruleId: "hkex/gem-responsibility",
  severity: "error",
  kind: "missing",
  message: "The GEM directors' responsibility statement is missing.",
  span: { start: { offset: 0 }, end: { offset: 0 } },
  citation: { source: "GEM Listing Rule 17.56", url: "https://example.com/gem/17.56" },
};

describe("commentParagraphs", () => {
  it("gives the message, severity and rule, source with link, and the wording to insert", () => {
    const paragraphs = commentParagraphs(
      {
        ...base,
        suggestion: {
          message: "Insert the statement",
          text: "\n\nThe directors accept\r\nresponsibility.\n\n",
        },
      },
      { reason: "A statement is missing: it belongs just before this paragraph." },
    );
    expect(paragraphs).toEqual([
      "The GEM directors' responsibility statement is missing.",
      "Error · rule hkex/gem-responsibility",
      "Source: GEM Listing Rule 17.56 (https://example.com/gem/17.56)",
      "Suggested wording: The directors accept\nresponsibility.",
      "A statement is missing: it belongs just before this paragraph.",
    ]);
  });

  it("falls back to the expected wording, omits an empty link, and quotes the words when not placed on them", () => {
    const paragraphs = commentParagraphs(
      {
        ...base,
        severity: "info",
        citation: { source: "Market practice", url: "" },
        expected: "By order of the Board",
      },
      { reason: "Placed on the whole paragraph.", excerpt: "  by   order\nof the board " },
    );
    expect(paragraphs.slice(1)).toEqual([
      "Info · rule hkex/gem-responsibility",
      "Source: Market practice",
      "Expected wording: By order of the Board",
      "Placed on the whole paragraph.",
      "It concerns: “by order of the board”",
    ]);
  });
});
