/**
 * The Word round-trip: a copy of a .docx draft with each finding as a review comment (author
 * "disclint") on the finding's own words, or on the paragraph where a missing statement belongs.
 *
 * Offsets in findings are offsets in the text disclint's .docx reader made of these same bytes,
 * so the draft is read again here with that reader, and each of its paragraphs is paired with the
 * Word paragraph it came from. No file is read or written: bytes in, bytes out.
 */
import { readDocxSource } from "../document/read-docx.js";
import type { Block } from "../document/types.js";
import { commentParagraphs } from "./comment-text.js";
import { CommentsPart } from "./comments-part.js";
import { DocxPackage } from "./docx-package.js";
import { insertCommentRanges, type RangeToInsert } from "./insert-ranges.js";
import { locateFinding, REASONS } from "./locate-finding.js";
import { matchParagraphs } from "./match-paragraphs.js";
import { planRange } from "./range-plan.js";
import type { AnnotatedDocx, AnnotateOptions, AnnotationFinding, Placement } from "./types.js";
import { readWordText } from "./word-text.js";

export const COMMENT_AUTHOR = { name: "disclint", initials: "DL" };

/**
 * Writes each finding into a copy of the draft as a Word comment. Throws an InputError (code
 * corrupt-docx, zip-bomb, too-large, …) when the bytes are not a .docx the reader accepts.
 */
export async function annotateDocx(
  path: string,
  bytes: Uint8Array,
  findings: readonly AnnotationFinding[],
  options: AnnotateOptions = {},
): Promise<AnnotatedDocx> {
  const limits = options.maxInputBytes === undefined ? {} : { maxInputBytes: options.maxInputBytes };
  const source = await readDocxSource(path, bytes, limits);
  const blocks: readonly Block[] = source.blocks ?? [];
  const pkg = await DocxPackage.open(path, bytes, options.maxInputBytes);
  const word = await readWordText(pkg);
  const matches = matchParagraphs(
    blocks.map((block) => source.text.slice(block.start, block.end)),
    word.paragraphs,
  );
  const comments = await CommentsPart.open(pkg, word);
  const date = options.date ?? new Date();
  const placements: Placement[] = [];
  const ranges: (RangeToInsert & { part: string })[] = [];
  findings.forEach((finding, index) => {
    const { start, end } = { start: finding.span.start.offset, end: finding.span.end.offset };
    const anchor = locateFinding({ start, end, missing: finding.kind === "missing" }, blocks, matches);
    if (anchor.kind === "unplaced") {
      placements.push({ finding: index, kind: "unplaced", reason: anchor.reason });
      return;
    }
    const plan = planRange(anchor, word.w);
    const placement: Omit<Placement, "commentId"> =
      anchor.kind !== "exact"
        ? { finding: index, kind: anchor.kind, reason: anchor.reason }
        : plan.widened
          ? { finding: index, kind: "widened", reason: REASONS.control }
          : { finding: index, kind: "exact" };
    const excerpt = placement.reason && end > start ? source.text.slice(start, end) : undefined;
    const text = commentParagraphs(finding, { reason: placement.reason, excerpt });
    const id = comments.add(text, COMMENT_AUTHOR, date);
    ranges.push({ id, plan, part: anchor.part });
    placements.push({ ...placement, commentId: id });
  });
  insertCommentRanges(ranges, word.w);
  for (const part of new Set(ranges.map((range) => range.part))) {
    const document = word.parts.get(part);
    if (document) pkg.writeXml(part, document);
  }
  await comments.save(pkg, word.mainPart);
  return { bytes: await pkg.toBytes(), placements };
}
