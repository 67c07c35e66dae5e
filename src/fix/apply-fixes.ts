/**
 * Applies planned edits to a text file's decoded text. Inserted text takes the file's dominant
 * line ending, and an inserted paragraph is separated from its neighbours by blank lines, so a
 * fixed draft reads as if the statement had been typed in.
 */
import type { TextEdit } from "./edits.js";

export type LineEnding = "\n" | "\r\n" | "\r";

/** The most frequent line ending; "\n" when the text has none. */
export function dominantLineEnding(text: string): LineEnding {
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  const cr = text.match(/\r(?!\n)/g)?.length ?? 0;
  const lf = text.match(/(?<!\r)\n/g)?.length ?? 0;
  if (crlf > lf && crlf >= cr) return "\r\n";
  if (cr > lf && cr > crlf) return "\r";
  return "\n";
}

/** Edits must come from planEdits: sorted, not overlapping. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const eol = dominantLineEnding(text);
  let output = "";
  let cursor = 0;
  for (let index = 0; index < edits.length; ) {
    const edit = edits[index] as TextEdit;
    output += text.slice(cursor, edit.start);
    if (edit.block) {
      // Paragraphs inserted at one point go in together, in the order planned.
      const bodies: string[] = [];
      while (index < edits.length && edits[index]?.block && edits[index]?.start === edit.start) {
        bodies.push(paragraphBody((edits[index] as TextEdit).text, eol));
        index++;
      }
      output += insertParagraphs(text, edit.start, bodies, eol);
    } else {
      output += withLineEnding(edit.text, eol);
      index++;
    }
    cursor = edit.end;
  }
  return output + text.slice(cursor);
}

function paragraphBody(text: string, eol: LineEnding): string {
  return withLineEnding(text.replace(/^\n+|\n+$/g, ""), eol);
}

function withLineEnding(text: string, eol: LineEnding): string {
  return eol === "\n" ? text : text.replace(/\n/g, eol);
}

/** The paragraphs, with just enough line breaks around them to stand apart (and no more). */
function insertParagraphs(text: string, at: number, bodies: readonly string[], eol: LineEnding): string {
  const before = text.slice(0, at);
  const after = text.slice(at);
  const joined = bodies.join(eol + eol);
  if (after === "") {
    // At the very end: keep the file's final newline (or its absence).
    const finalBreak = before.endsWith(eol) ? eol : "";
    const lead = before === "" ? "" : eol.repeat(2 - trailingBreaks(before, eol));
    return `${lead}${joined}${finalBreak}`;
  }
  const lead = before === "" ? "" : eol.repeat(Math.max(0, 2 - trailingBreaks(before, eol)));
  const trail = eol.repeat(Math.max(0, 2 - leadingBreaks(after, eol)));
  return `${lead}${joined}${trail}`;
}

function trailingBreaks(text: string, eol: LineEnding): number {
  let count = 0;
  while (count < 2 && text.endsWith(eol.repeat(count + 1))) count++;
  return count;
}

function leadingBreaks(text: string, eol: LineEnding): number {
  let count = 0;
  while (count < 2 && text.startsWith(eol.repeat(count + 1))) count++;
  return count;
}
