/**
 * A report's JSON written in pieces: `JSON.stringify(value, replacer, 2)`, except that one array
 * of it (a report's files, a SARIF log's results) is stringified one element at a time, so a
 * report of a thousand files is never held as one string (it was half the peak memory of a
 * large JSON run). The text is the same, byte for byte, as stringifying the whole value.
 *
 * The pieces can be made as the elements arrive (`disclint check` writes each file's entry as
 * soon as it and the files before it are checked): the text before the array needs only what
 * precedes it in the value, and the text after it is made from the final value at the end.
 */
type Replacer = (this: unknown, key: string, value: unknown) => unknown;

/** Stands where the streamed array goes; a NUL never appears in a report's own strings. */
export const STREAMED_ARRAY = "\u0000disclint-streamed-array\u0000";
const HOLE = JSON.stringify(STREAMED_ARRAY);

/** One streamed array in one JSON text: head, then each element, then the tail. */
export class StreamedJsonArray {
  private indent = "";
  private first = true;
  private headText: string | undefined;

  constructor(private readonly replacer?: Replacer) {}

  /** The text up to the array; `value` needs to be complete only up to STREAMED_ARRAY. */
  head(value: unknown): string {
    const text = JSON.stringify(value, this.replacer, 2);
    const hole = text.indexOf(HOLE);
    if (hole === -1) throw new Error("StreamedJsonArray: the value has no place for the streamed array");
    const lineStart = text.lastIndexOf("\n", hole) + 1;
    this.indent = " ".repeat(text.slice(lineStart).search(/\S/) + 2);
    this.headText = text.slice(0, hole);
    return this.headText;
  }

  /** One element, laid out as JSON.stringify would lay it out in place. */
  item(item: unknown): string {
    const json = JSON.stringify(item, this.replacer, 2).replaceAll("\n", `\n${this.indent}`);
    const piece = `${this.first ? "[\n" : ",\n"}${this.indent}${json}`;
    this.first = false;
    return piece;
  }

  /** The end of the array and the rest of `value`, which must begin as the head's value did. */
  tail(value: unknown): string {
    const text = JSON.stringify(value, this.replacer, 2);
    const hole = text.indexOf(HOLE);
    // A different beginning would make a report that is not the JSON of any one value.
    if (hole === -1 || text.slice(0, hole) !== this.headText)
      throw new Error("StreamedJsonArray: the final value does not begin as the head did");
    const close = this.first ? "[]" : `\n${this.indent.slice(2)}]`;
    return `${close}${text.slice(hole + HOLE.length)}\n`;
  }
}

/**
 * The JSON of `value`, where the one string STREAMED_ARRAY inside it is replaced by the array of
 * `items` (produced lazily), each item laid out as JSON.stringify would lay it out in place.
 */
export function* jsonChunks(
  value: unknown,
  items: Iterable<unknown>,
  replacer?: Replacer,
): Generator<string> {
  const streamed = new StreamedJsonArray(replacer);
  yield streamed.head(value);
  for (const item of items) yield streamed.item(item);
  yield streamed.tail(value);
}
