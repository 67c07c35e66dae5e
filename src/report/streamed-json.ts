/**
 * A report's JSON written in pieces: `JSON.stringify(value, replacer, 2)`, except that one array
 * of it (a report's files, a SARIF log's results) is stringified one element at a time, so a
 * report of a thousand files is never held as one string (it was half the peak memory of a
 * large JSON run). The text is the same, byte for byte, as stringifying the whole value.
 */
type Replacer = (this: unknown, key: string, value: unknown) => unknown;

/** Stands where the streamed array goes; a NUL never appears in a report's own strings. */
export const STREAMED_ARRAY = "\u0000disclint-streamed-array\u0000";

/**
 * The JSON of `value`, where the one string STREAMED_ARRAY inside it is replaced by the array of
 * `items` (produced lazily), each item laid out as JSON.stringify would lay it out in place.
 */
export function* jsonChunks(
  value: unknown,
  items: Iterable<unknown>,
  replacer?: Replacer,
): Generator<string> {
  const text = JSON.stringify(value, replacer, 2);
  const hole = text.indexOf(JSON.stringify(STREAMED_ARRAY));
  if (hole === -1) throw new Error("jsonChunks: the value has no place for the streamed array");
  const lineStart = text.lastIndexOf("\n", hole) + 1;
  const indent = " ".repeat(text.slice(lineStart).search(/\S/) + 2);
  yield text.slice(0, hole);
  let first = true;
  for (const item of items) {
    const json = JSON.stringify(item, replacer, 2);
    yield `${first ? "[\n" : ",\n"}${indent}${json.replaceAll("\n", `\n${indent}`)}`;
    first = false;
  }
  yield first ? "[]" : `\n${indent.slice(2)}]`;
  yield `${text.slice(hole + JSON.stringify(STREAMED_ARRAY).length)}\n`;
}
