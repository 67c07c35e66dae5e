/**
 * The annotated copy, read back by an independent reader (tests/annotate/helpers/read-comments.ts):
 * every comment sits on the words its finding names, carries what the reviewer needs, and the
 * draft's text, formatting and review marks are what they were.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { annotateDocx } from "../../src/annotate/annotate-docx.js";
import { REASONS } from "../../src/annotate/locate-finding.js";
import type { AnnotatedDocx, AnnotationFinding } from "../../src/annotate/types.js";
import { readDocxSource } from "../../src/document/read-docx.js";
import { copperleafDraft, findingOn, missingBefore, quillmereDraft } from "./helpers/drafts.js";
import {
  characterFormatting,
  collapseBlankParagraphs,
  elementCounts,
  type ReadComment,
  readComments,
} from "./helpers/read-comments.js";

const DATE = new Date("2026-05-14T08:30:00Z");

interface Annotated {
  original: Uint8Array;
  text: string;
  findings: AnnotationFinding[];
  result: AnnotatedDocx;
  comments: ReadComment[];
}

async function annotate(
  draft: Uint8Array,
  choose: (text: string) => AnnotationFinding[],
): Promise<Annotated> {
  const original = new Uint8Array(draft);
  const { text } = await readDocxSource("draft.docx", draft);
  const findings = choose(text);
  const result = await annotateDocx("draft.docx", draft, findings, { date: DATE });
  expect(draft).toEqual(original);
  return { original, text, findings, result, comments: await readComments(result.bytes) };
}

/** The comment written for finding i. */
function commentFor(annotated: Annotated, index: number): ReadComment {
  const id = annotated.result.placements.find((placement) => placement.finding === index)?.commentId;
  const comment = annotated.comments.find((candidate) => candidate.id === String(id));
  if (!comment) throw new Error(`no comment for finding ${index}`);
  return comment;
}

function wordsOf(annotated: Annotated, index: number): string {
  const { span } = annotated.findings[index] as AnnotationFinding;
  return annotated.text.slice(span.start.offset, span.end.offset);
}

async function expectTextAndFormattingKept(annotated: Annotated): Promise<void> {
  const before = await readDocxSource("draft.docx", annotated.original);
  const after = await readDocxSource("draft.docx", annotated.result.bytes);
  expect(after.text).toBe(before.text);
  expect(after.blocks).toEqual(before.blocks);
  expect(await characterFormatting(annotated.result.bytes)).toEqual(
    await characterFormatting(annotated.original),
  );
}

describe("a draft made with the docx package", () => {
  let annotated: Annotated;
  const from = (text: string, first: string, last: string): AnnotationFinding => {
    const finding = findingOn(text, first);
    return { ...finding, span: { ...finding.span, end: { offset: text.indexOf(last) + last.length } } };
  };
  beforeAll(async () => {
    annotated = await annotate(await copperleafDraft(), (text) => [
      findingOn(text, "exercise caution"),
      findingOn(text, "(the “Board”) of Copperleaf"),
      from(text, "resumed operation", "Shareholders should"),
      findingOn(text, "48 MW"),
      findingOn(text, "capacity\n\n48"),
      findingOn(text, "二零二六年五月十二日"),
      findingOn(text, "有限公司董事會"),
      missingBefore(
        text,
        "By order of the Board",
        "The directors of the Company jointly and severally accept full responsibility for this announcement.",
      ),
    ]);
  });

  it("places every finding with words exactly on them, inside one run or across runs, paragraphs and cells", () => {
    const kinds = annotated.result.placements.map((placement) => placement.kind);
    expect(kinds).toEqual(["exact", "exact", "exact", "exact", "exact", "exact", "exact", "paragraph"]);
    for (const index of [0, 1, 2, 3, 4, 5, 6]) {
      expect(collapseBlankParagraphs(commentFor(annotated, index).range)).toBe(wordsOf(annotated, index));
    }
    expect(commentFor(annotated, 2).range).toBe("resumed operation on 12 May 2026.\n\nShareholders should");
    expect(commentFor(annotated, 5).range).toBe("二零二六年五月十二日");
  });

  it("writes author, initials, message, rule, citation and a complete range for each comment", () => {
    expect(annotated.comments).toHaveLength(8);
    for (const comment of annotated.comments) {
      expect(comment).toMatchObject({
        author: "disclint",
        initials: "DL",
        part: "word/document.xml",
        complete: true,
      });
    }
    expect(commentFor(annotated, 0).text).toBe(
      [
        'Check "exercise caution".',
        "Warning · rule hkex/test-rule",
        "Source: Main Board Listing Rule 13.51A (https://example.com/rules/13.51A)",
      ].join("\n"),
    );
  });

  it("anchors a missing statement on the paragraph where it belongs, with the wording to insert", () => {
    const comment = commentFor(annotated, 7);
    expect(comment.range).toBe("By order of the Board");
    expect(comment.text).toContain("Error · rule hkex/test-missing");
    expect(comment.text).toContain(
      "Suggested wording: The directors of the Company jointly and severally accept full responsibility for this announcement.",
    );
    expect(comment.text).toContain(REASONS.missingBefore);
  });

  it("changes neither the text the reader sees nor any character's formatting", async () => {
    await expectTextAndFormattingKept(annotated);
  });
});

describe("a reviewed draft with comments, tracked changes, fields and content controls", () => {
  let annotated: Annotated;
  let symbol = "";
  beforeAll(async () => {
    annotated = await annotate(await quillmereDraft(), (text) => {
      symbol = text.slice(text.indexOf("rose ") + 5, text.indexOf(" by 12%"));
      const aroundSymbol = findingOn(text, `rose ${symbol} by 12%`);
      const onSymbol = findingOn(text, `${symbol} by 12%`);
      return [
        findingOn(text, "complete the acquisition of the warehouse"),
        findingOn(text, "Tsing Yi by the end"),
        findingOn(text, "Company's website and in the June"),
        findingOn(text, "Hong Kong office will send to registered"),
        findingOn(text, "Cross\u00ADharbour trans\u2011shipment\nvolumes"),
        aroundSymbol,
        onSymbol,
        findingOn(text, "of the announcement"),
        findingOn(text, "bulk cargo"),
        findingOn(text, "square metres of floor"),
        findingOn(text, "25,000 sq m\n\nWarehouse B"),
        findingOn(text, "incorporated in the Cayman Islands"),
        missingBefore(text, "By order of the Board", "Wording to insert."),
      ];
    });
  });

  it("places ranges across insertions, deletions, existing comments, links, fields and smart tags", () => {
    for (const index of [0, 1, 2, 4]) {
      expect(annotated.result.placements[index]?.kind).toBe("exact");
      expect(commentFor(annotated, index).range).toBe(wordsOf(annotated, index));
    }
  });

  it("widens a range that ends inside an inline content control to the whole control, and says so", () => {
    expect(annotated.result.placements[3]).toMatchObject({ kind: "widened", reason: REASONS.control });
    const comment = commentFor(annotated, 3);
    expect(comment.range).toBe("Hong Kong office will send to registered shareholders");
    expect(comment.text).toContain(REASONS.control);
    expect(comment.text).toContain("It concerns: “Hong Kong office will send to registered”");
  });

  it("maps the words around a symbol exactly, and a range starting on the symbol to its paragraph", () => {
    expect(annotated.result.placements[5]?.kind).toBe("exact");
    // The independent reader shows no text for w:sym; the range still runs from "rose" to "12%".
    expect(commentFor(annotated, 5).range).toBe("rose  by 12%");
    expect(annotated.result.placements[6]).toMatchObject({ kind: "paragraph", reason: REASONS.changed });
    const fallback = commentFor(annotated, 6);
    expect(fallback.range).toBe(
      "Item 1\tCross\u00ADharbour trans\u2011shipment\nvolumes rose  by 12% in May.",
    );
    expect(fallback.text).toContain(REASONS.changed);
    expect(fallback.text).toContain(`It concerns: “${symbol} by 12%”`);
  });

  it("keeps ranges off the text of a simple field and puts text-box findings on the box's paragraph", () => {
    expect(commentFor(annotated, 7).range).toBe("of the announcement");
    expect(annotated.result.placements[8]).toMatchObject({ kind: "paragraph", reason: REASONS.textBox });
    expect(commentFor(annotated, 8).range.startsWith("Site plan. Berth 7 handles bulk cargo.")).toBe(true);
  });

  it("follows the reader where a deleted paragraph mark joins paragraphs and a merged cell is dropped", () => {
    expect(annotated.result.placements[9]?.kind).toBe("exact");
    expect(commentFor(annotated, 9).range).toBe("square metres \n\nof floor");
    expect(collapseBlankParagraphs(commentFor(annotated, 10).range)).toBe("25,000 sq m\n\nWarehouse B");
  });

  it("anchors a finding in a footnote on the footnote's reference mark, quoting its words", async () => {
    expect(annotated.result.placements[11]).toMatchObject({ kind: "note", reason: REASONS.note });
    const comment = commentFor(annotated, 11);
    expect(comment).toMatchObject({ part: "word/document.xml", range: "[^1]", complete: true });
    expect(comment.text).toContain("It concerns: “incorporated in the Cayman Islands”");
    const footnotes = await elementCounts(annotated.result.bytes, "word/footnotes.xml");
    expect(footnotes.get("w:commentRangeStart")).toBeUndefined();
  });

  it("anchors a missing statement inside a block content control on the whole control", () => {
    // The markers sit around the w:sdt; the reference mark opens the next paragraph.
    expect(commentFor(annotated, 12)).toMatchObject({ range: "By order of the Board\n\n", complete: true });
  });

  it("keeps the existing comments and their ranges, and gives new comments ids above theirs", () => {
    const existing = annotated.comments.filter((comment) => comment.author !== "disclint");
    expect(existing.map(({ id, author, range, complete }) => ({ id, author, range, complete }))).toEqual([
      {
        id: "0",
        author: "Reviewer A",
        range: "The Company expects to complete the acquisition of the warehouse at Tsing Yi",
        complete: true,
      },
      { id: "7", author: "Reviewer B", range: "QUILLMERE LOGISTICS GROUP LIMITED", complete: true },
    ]);
    const ids = annotated.comments
      .filter((comment) => comment.author === "disclint")
      .map((c) => Number(c.id));
    expect(ids).toHaveLength(13);
    expect(Math.min(...ids)).toBeGreaterThan(7);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("keeps every tracked change, field, link, bookmark, smart tag, control and note reference", async () => {
    const kept = [
      "w:ins",
      "w:del",
      "w:delText",
      "w:hyperlink",
      "w:fldChar",
      "w:instrText",
      "w:fldSimple",
      "w:bookmarkStart",
      "w:bookmarkEnd",
      "w:smartTag",
      "w:sdt",
      "w:footnoteReference",
      "w:pict",
      "w:sym",
      "w:softHyphen",
      "w:noBreakHyphen",
      "w:tab",
      "w:br",
      "w:vMerge",
      "w:tbl",
    ];
    const before = await elementCounts(annotated.original, "word/document.xml");
    const after = await elementCounts(annotated.result.bytes, "word/document.xml");
    for (const name of kept) {
      expect({ name, count: after.get(name) }).toEqual({ name, count: before.get(name) });
      expect(before.get(name) ?? 0).toBeGreaterThan(0);
    }
    // Paragraphs are never split or merged; runs only ever split.
    expect(after.get("w:p")).toBe(before.get("w:p"));
    expect(after.get("w:r") ?? 0).toBeGreaterThan(before.get("w:r") ?? 0);
  });

  it("changes neither the text the reader sees nor any character's formatting", async () => {
    await expectTextAndFormattingKept(annotated);
  });
});
