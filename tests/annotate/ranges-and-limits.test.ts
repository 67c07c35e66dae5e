/**
 * Invariants of the annotator over arbitrary ranges (any set of findings, overlapping or not,
 * lands on exactly its words), and its answers to hostile or damaged input.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { annotateDocx } from "../../src/annotate/annotate-docx.js";
import { REASONS } from "../../src/annotate/locate-finding.js";
import type { AnnotationFinding } from "../../src/annotate/types.js";
import { readDocxSource } from "../../src/document/read-docx.js";
import type { Block } from "../../src/document/types.js";
import { makeZip } from "../document/readers/make-zip.js";
import { codeOf } from "../helpers/input-error-code.js";
import { copperleafDraft, findingOn } from "./helpers/drafts.js";
import { collapseBlankParagraphs, readComments } from "./helpers/read-comments.js";
import { paragraph, wordPackage } from "./helpers/word-package.js";

const finding = (start: number, end: number): AnnotationFinding => ({
  ruleId: "hkex/test-rule",
  severity: "info",
  message: `Range ${start}-${end}.`,
  span: { start: { offset: start }, end: { offset: end } },
  citation: { source: "Market practice", url: "https://example.com/practice" },
});

/** The reader's words a range covers, without the blank lines before its first or after its last block. */
function wordsCovered(text: string, blocks: readonly Block[], start: number, end: number): string {
  const first = blocks.find((block) => block.end > start);
  const last = [...blocks].reverse().find((block) => block.start < end);
  if (!first || !last) return "";
  const from = Math.max(start, first.start);
  const to = Math.min(end, last.end);
  return from < to ? text.slice(from, to) : "";
}

describe("any set of ranges", () => {
  let draft: Uint8Array;
  let text: string;
  let blocks: Block[];
  beforeAll(async () => {
    draft = await copperleafDraft();
    const source = await readDocxSource("draft.docx", draft);
    text = source.text;
    blocks = source.blocks ?? [];
  });

  it("puts each comment exactly on the words of its range, however the ranges overlap", async () => {
    const range = fc
      .tuple(fc.nat({ max: 400 }), fc.nat({ max: 80 }))
      .map(([start, length]) => [Math.min(start, 400), Math.min(start + length, 400)] as const);
    await fc.assert(
      fc.asyncProperty(fc.array(range, { minLength: 1, maxLength: 8 }), async (ranges) => {
        const findings = ranges.map(([start, end]) => finding(start, end));
        const result = await annotateDocx("draft.docx", draft, findings, { date: new Date(0) });
        const comments = await readComments(result.bytes);
        const reread = await readDocxSource("draft.docx", result.bytes);
        expect(reread.text).toBe(text);
        result.placements.forEach((placement, index) => {
          const [start, end] = ranges[index] as readonly [number, number];
          const words = wordsCovered(text, blocks, start, end);
          const comment = comments.find((candidate) => candidate.id === String(placement.commentId));
          expect(comment?.complete).toBe(true);
          if (words !== "") {
            expect(placement.kind).toBe("exact");
            expect(collapseBlankParagraphs(comment?.range ?? "")).toBe(words);
          } else {
            // A range covering no words marks the paragraph at its place.
            expect(placement.kind).toBe("paragraph");
            expect(blocks.map((block) => text.slice(block.start, block.end))).toContain(comment?.range);
          }
        });
      }),
      { numRuns: 40 },
    );
  });

  it("places a range past the end of the text on the last paragraph", async () => {
    const result = await annotateDocx("draft.docx", draft, [finding(10_000, 10_000), finding(-5, -5)]);
    const comments = await readComments(result.bytes);
    expect(result.placements.map((placement) => placement.kind)).toEqual(["paragraph", "paragraph"]);
    expect(comments.map((comment) => comment.range)).toEqual([
      "Hong Kong, 13 May 2026",
      "COPPERLEAF TIDAL ENERGY HOLDINGS LIMITED",
    ]);
  });

  it("says whether a missing statement goes before, after or inside the paragraph it marks", async () => {
    const missing = (offset: number): AnnotationFinding => ({ ...finding(offset, offset), kind: "missing" });
    const shareholders = text.indexOf("Shareholders should");
    const endOfStockCode = text.indexOf("(Stock Code: 8642)") + "(Stock Code: 8642)".length;
    const result = await annotateDocx("draft.docx", draft, [
      missing(shareholders),
      missing(endOfStockCode),
      missing(shareholders + 5),
      missing(shareholders - 1),
      missing(text.length),
    ]);
    const comments = await readComments(result.bytes);
    const byId = (id: number | undefined) => comments.find((comment) => comment.id === String(id));
    expect(
      result.placements.map((placement) => [placement.reason, byId(placement.commentId)?.range]),
    ).toEqual([
      [
        REASONS.missingBefore,
        "Shareholders should exercise caution when dealing in the shares of the Company.",
      ],
      [REASONS.missingAfter, "(Stock Code: 8642)"],
      [
        REASONS.missingWithin,
        "Shareholders should exercise caution when dealing in the shares of the Company.",
      ],
      // Between two paragraphs: before the next one.
      [
        REASONS.missingBefore,
        "Shareholders should exercise caution when dealing in the shares of the Company.",
      ],
      [REASONS.missingAfter, "Hong Kong, 13 May 2026"],
    ]);
  });

  it("writes hostile messages as text, never as markup", async () => {
    const hostile = {
      ...findingOn(text, "exercise caution"),
      message: 'Bad </w:t></w:r><w:r><w:t>injected & "quoted" ]]> \u0001\u0008 end.',
    };
    const result = await annotateDocx("draft.docx", draft, [hostile]);
    const [comment] = await readComments(result.bytes);
    expect(comment?.text.split("\n")[0]).toBe('Bad </w:t></w:r><w:r><w:t>injected & "quoted" ]]>  end.');
    expect(comment?.range).toBe("exercise caution");
  });

  it("adds no comments part when there is nothing to say, and leaves the text as it was", async () => {
    const result = await annotateDocx("draft.docx", draft, []);
    expect(await readComments(result.bytes)).toEqual([]);
    expect((await readDocxSource("draft.docx", result.bytes)).text).toBe(text);
  });
});

describe("ids and damaged input", () => {
  it("gives new comments ids above any id the draft uses, even an orphan range marker's", async () => {
    const draft = await wordPackage({
      body:
        '<w:p><w:commentRangeStart w:id="41"/><w:r><w:t>Orphan range.</w:t></w:r><w:commentRangeEnd w:id="41"/></w:p>' +
        paragraph("The shares of the Company will resume trading."),
    });
    const { text } = await readDocxSource("draft.docx", draft);
    const result = await annotateDocx("draft.docx", draft, [findingOn(text, "resume trading")]);
    expect(result.placements[0]?.commentId).toBe(42);
    expect((await readComments(result.bytes))[0]?.range).toBe("resume trading");
  });

  it("refuses zip bombs, non-zips, legacy .doc and oversized files with the readers' codes", async () => {
    const bomb = makeZip([
      { name: "[Content_Types].xml", content: new TextEncoder().encode("<Types/>") },
      { name: "word/document.xml", content: new Uint8Array(64), declaredSize: 2 ** 31 },
    ]);
    expect(await codeOf(annotateDocx("bomb.docx", bomb, []))).toBe("zip-bomb");
    expect(await codeOf(annotateDocx("x.docx", new TextEncoder().encode("PK not a zip"), []))).toBe(
      "corrupt-docx",
    );
    const doc = new Uint8Array(1024);
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await codeOf(annotateDocx("old.doc", doc, []))).toBe("unsupported-doc");
    const draft = await copperleafDraft();
    expect(await codeOf(annotateDocx("big.docx", draft, [], { maxInputBytes: 100 }))).toBe("too-large");
  });

  it("places nothing on a document without text, and says so", async () => {
    const draft = await wordPackage({ body: "<w:p/>" });
    const result = await annotateDocx("empty.docx", draft, [finding(0, 0)]);
    expect(result.placements).toEqual([{ finding: 0, kind: "unplaced", reason: expect.any(String) }]);
    expect(await readComments(result.bytes)).toEqual([]);
  });
});
