/**
 * How sure a board reading is. The counts are trusted only when the whole paragraph was read:
 * it ends with its full stop, every stretch that looks like a name was read as one, every
 * category phrase has names, and the numbers the paragraph states ("nine Directors", "three
 * executive Directors") agree with the names read. Directors marked as leaving (a note or a
 * parenthesis saying they resign or retire later) make the count depend on the date.
 */
import type { CategoryPhrase } from "./board-categories.js";
import type { BoardDoubt, DirectorFact, Located, NumberFact } from "./types.js";

export interface PhraseReading {
  phrase: CategoryPhrase;
  names: number;
}

export interface ReadingInput {
  paragraph: Located;
  /** The paragraph ends with its full stop, or with a category phrase and nothing after it. */
  complete: boolean;
  directors: readonly DirectorFact[];
  unread: readonly Located[];
  phrases: readonly PhraseReading[];
  statedTotal?: NumberFact;
}

const RESIGNING =
  /\bresign|\bretire|\bstep(?:s|ping)?\s+down|\bceas(?:e|es|ing)\s+to\s+be|辭任|退任|離任|辭去/iu;
const NOTE_START = /^\s*(?:[*#^†‡]|Notes?\b|附註|註)/iu;
const NOTE_LENGTH = 600;

/** Marks directors whose resignation or retirement is noted in a parenthesis or a note after the paragraph. */
export function markLeaving(text: string, paragraph: Located, directors: DirectorFact[]): void {
  const note = text.slice(paragraph.end, paragraph.end + NOTE_LENGTH);
  const noted = NOTE_START.test(note) && RESIGNING.test(note) ? note.toLowerCase() : "";
  for (const director of directors) {
    const inRole = director.roles.some((role) => RESIGNING.test(role));
    const inNote = noted !== "" && noted.includes(director.name.toLowerCase());
    if (inRole || inNote) director.leaving = true;
  }
}

function quote(text: string, at: Located): string {
  const words = text.slice(at.start, at.end).trim();
  return words.length > 60 ? `${words.slice(0, 57)}…` : words;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function doubtsOf(text: string, input: ReadingInput): BoardDoubt[] {
  const doubts: BoardDoubt[] = [];
  const { paragraph, directors } = input;
  if (!input.complete) {
    const end = paragraph.end;
    doubts.push({ kind: "cut-off", start: end, end, detail: "it stops before its full stop" });
  }
  for (const stretch of input.unread) {
    doubts.push({
      kind: "unread-text",
      ...stretch,
      detail: `"${quote(text, stretch)}" was not read as a name`,
    });
  }
  for (const { phrase, names } of input.phrases) {
    const where = { start: phrase.start, end: phrase.end };
    if (names === 0) {
      doubts.push({ kind: "empty-category", ...where, detail: `no name was read for "${phrase.words}"` });
    } else if (phrase.stated !== undefined && phrase.stated !== names) {
      const detail = `"${phrase.words}" announces ${phrase.stated} but ${plural(names, "name was", "names were")} read`;
      const counts = { stated: phrase.stated, read: names, category: phrase.category };
      doubts.push({ kind: "category-count", ...where, detail, ...counts });
    }
  }
  const stated = input.statedTotal;
  if (stated && stated.value !== directors.length) {
    const detail = `it states ${stated.value} directors but ${plural(directors.length, "name was", "names were")} read`;
    const counts = { stated: stated.value, read: directors.length };
    doubts.push({ kind: "stated-total", start: stated.start, end: stated.end, detail, ...counts });
  }
  const leaving = directors.filter((director) => director.leaving);
  if (leaving.length > 0) {
    const names = leaving.map((director) => director.name).join(", ");
    const detail = `${names} ${leaving.length === 1 ? "is" : "are"} noted as leaving the board`;
    doubts.push({ kind: "leaving", start: paragraph.start, end: paragraph.end, detail });
  }
  return doubts;
}
