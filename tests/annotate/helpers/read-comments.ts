/**
 * An independent reader of Word comments, for checking the annotator's output: a streaming
 * parse (htmlparser2, not the DOM library the annotator uses) of word/comments.xml and of every
 * part holding comment ranges, collecting the visible text between each w:commentRangeStart and
 * its w:commentRangeEnd. Visible means what Word shows with tracked changes accepted: deleted
 * text (w:del, w:moveFrom) is left out; paragraphs are joined by a blank line, as disclint's
 * reader joins them; a footnote or endnote reference mark shows as [^id].
 */
import { Parser } from "htmlparser2";
import JSZip from "jszip";

export interface ReadComment {
  id: string;
  author: string;
  initials: string;
  /** The comment's paragraphs, joined by newlines. */
  text: string;
  /** The part whose text it is anchored on. */
  part: string;
  /** The visible text of its range. */
  range: string;
  /** Start, end and reference were found, in that order. */
  complete: boolean;
}

const RANGE_PARTS = ["word/document.xml", "word/footnotes.xml", "word/endnotes.xml"];

export async function readComments(bytes: Uint8Array): Promise<ReadComment[]> {
  const zip = await JSZip.loadAsync(bytes);
  const comments = await readCommentsPart(await zip.file("word/comments.xml")?.async("string"));
  const ranges = new Map<string, { part: string; range: string; complete: boolean }>();
  for (const part of RANGE_PARTS) {
    const xml = await zip.file(part)?.async("string");
    if (xml === undefined) continue;
    for (const [id, found] of readRanges(xml)) ranges.set(id, { part, ...found });
  }
  return comments.map((comment) => ({
    ...comment,
    part: ranges.get(comment.id)?.part ?? "",
    range: ranges.get(comment.id)?.range ?? "",
    complete: ranges.get(comment.id)?.complete ?? false,
  }));
}

async function readCommentsPart(
  xml: string | undefined,
): Promise<Omit<ReadComment, "part" | "range" | "complete">[]> {
  if (xml === undefined) return [];
  const out: Omit<ReadComment, "part" | "range" | "complete">[] = [];
  let current: { id: string; author: string; initials: string; paragraphs: string[] } | undefined;
  let inText = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === "w:comment") {
          current = {
            id: attributes["w:id"] ?? "",
            author: attributes["w:author"] ?? "",
            initials: attributes["w:initials"] ?? "",
            paragraphs: [],
          };
        } else if (current && name === "w:p") current.paragraphs.push("");
        else if (current && name === "w:br") appendLast(current.paragraphs, "\n");
        else if (name === "w:t") inText = true;
      },
      ontext(text) {
        if (current && inText) appendLast(current.paragraphs, text);
      },
      onclosetag(name) {
        if (name === "w:t") inText = false;
        if (name === "w:comment" && current) {
          out.push({
            id: current.id,
            author: current.author,
            initials: current.initials,
            text: current.paragraphs.join("\n"),
          });
          current = undefined;
        }
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return out;
}

function appendLast(list: string[], text: string): void {
  list[list.length - 1] = (list[list.length - 1] ?? "") + text;
}

/** Visible text of each comment range in one part, by comment id. */
function readRanges(xml: string): Map<string, { range: string; complete: boolean }> {
  const open = new Map<string, string>();
  const closed = new Map<string, { range: string; complete: boolean }>();
  const awaitingReference = new Set<string>();
  let hidden = 0;
  let inText = false;
  const append = (text: string) => {
    if (hidden > 0) return;
    for (const [id, range] of open) open.set(id, range + text);
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const id = attributes["w:id"] ?? "";
        if (name === "w:del" || name === "w:moveFrom" || name === "w:instrText") hidden++;
        else if (name === "w:commentRangeStart") open.set(id, "");
        else if (name === "w:commentRangeEnd" && open.has(id)) {
          closed.set(id, { range: open.get(id) ?? "", complete: false });
          open.delete(id);
          awaitingReference.add(id);
        } else if (name === "w:commentReference" && awaitingReference.has(id)) {
          awaitingReference.delete(id);
          closed.set(id, { range: closed.get(id)?.range ?? "", complete: true });
        } else if (name === "w:t") inText = true;
        else if (name === "w:tab") append("\t");
        else if (name === "w:br") append(attributes["w:type"] === "page" ? " " : "\n");
        else if (name === "w:softHyphen") append("\u00AD");
        else if (name === "w:noBreakHyphen") append("\u2011");
        // Note reference marks show as [^id], so a range around one can be told from an empty one.
        else if (name === "w:footnoteReference" || name === "w:endnoteReference") append(`[^${id}]`);
      },
      ontext(text) {
        if (inText) append(text);
      },
      onclosetag(name) {
        if (name === "w:del" || name === "w:moveFrom" || name === "w:instrText") hidden--;
        else if (name === "w:t") inText = false;
        else if (name === "w:p") append("\n\n");
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return closed;
}

/** Per visible character of document.xml, the run properties it is shown with (as XML text). */
export async function characterFormatting(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  const out: string[] = [];
  let properties = "";
  let inRunProperties = 0;
  let inText = false;
  let hidden = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === "w:del" || name === "w:moveFrom") hidden++;
        if (name === "w:r") properties = "";
        else if (name === "w:rPr") inRunProperties++;
        else if (inRunProperties > 0)
          properties += `<${name}${Object.entries(attributes)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join("")}>`;
        else if (name === "w:t") inText = true;
      },
      ontext(text) {
        if (inText && hidden === 0) for (const _ of text) out.push(properties);
      },
      onclosetag(name) {
        if (name === "w:del" || name === "w:moveFrom") hidden--;
        if (name === "w:rPr") inRunProperties--;
        else if (name === "w:t") inText = false;
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return out;
}

/** How many elements of each name a part holds. */
export async function elementCounts(bytes: Uint8Array, part: string): Promise<Map<string, number>> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file(part)?.async("string")) ?? "";
  const counts = new Map<string, number>();
  const parser = new Parser(
    {
      onopentag(name) {
        counts.set(name, (counts.get(name) ?? 0) + 1);
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return counts;
}

/** Paragraph joins as disclint's reader makes them: blank paragraphs in between do not count. */
export function collapseBlankParagraphs(text: string): string {
  return text.replace(/(\n\n)+/g, "\n\n");
}
