/**
 * An uploaded file's name is hostile input. It is only ever shown (escaped by whoever renders
 * it), used for its extension (which reader reads the bytes) and used to name the downloads.
 * No path is ever built from it: nothing is written to disk.
 */

/** Control characters (CR and LF included) and the marks that reorder text on screen. */
const INVISIBLE = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const MAX_NAME_LENGTH = 120;

/**
 * The name to show and to read by: the last segment of whatever path a browser sent, without
 * invisible characters, without leading dots or spaces (no ".." and no hidden names) and at most
 * 120 characters (code points), keeping the extension. "draft" when nothing is left.
 */
export function safeUploadName(raw: string): string {
  const lastSegment = raw.split(/[\\/]/).pop() ?? "";
  const cleaned = lastSegment
    .replace(INVISIBLE, "")
    .replace(/^[\s.]+/, "")
    .replace(/[\s.]+$/, "");
  const name = cleaned === "" ? "draft" : cleaned;
  const characters = [...name];
  if (characters.length <= MAX_NAME_LENGTH) return name;
  const extension = /\.[A-Za-z0-9]{1,8}$/.exec(name)?.[0] ?? "";
  return `${characters.slice(0, MAX_NAME_LENGTH - extension.length).join("")}${extension}`;
}

/** The lower-case extension with its dot (".docx"), or "" when the name has none. */
export function extensionOf(name: string): string {
  return /\.[^.]+$/.exec(name)?.[0].toLowerCase() ?? "";
}

/** "board-update.docx" + "-reviewed.docx" → "board-update-reviewed.docx". */
export function downloadName(uploadName: string, ending: string): string {
  const extension = extensionOf(uploadName);
  const stem = extension === "" ? uploadName : uploadName.slice(0, -extension.length);
  return `${stem}${ending}`;
}

/**
 * `attachment` with a plain ASCII `filename` for old clients and the real name, percent-encoded,
 * in `filename*` (RFC 6266): no quote, backslash, semicolon or line break can reach the header.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^A-Za-z0-9._() -]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
