/**
 * The document model every reader produces and every check reads.
 *
 * Two texts live side by side: `original` (what the reader decoded, and what positions refer
 * to) and `normalised` (what patterns match against). Checks work in normalised offsets and
 * never compute line/column themselves: `spanOf` maps back through the source map, so a
 * location is never recovered by searching for the matched text again.
 */

export type Language = "en" | "zh-Hant" | "zh-Hans";

/** Where the text came from; readers for Word, PDF and HTML produce the same Document. */
export type DocumentFormat = "text" | "markdown" | "html" | "docx" | "pdf";

/** A point in the original text. Line and column are 1-based; column counts UTF-16 code units. */
export interface Position {
  offset: number;
  line: number;
  column: number;
  /** 1-based page, when the input has pages (PDF). */
  page?: number;
  /** 1-based paragraph number, when the input has paragraphs as units (Word). */
  paragraph?: number;
}

export interface Span {
  start: Position;
  end: Position;
}

export type BlockKind = "heading" | "paragraph";

/** A paragraph or heading, in ORIGINAL offsets (end exclusive). */
export interface Block {
  kind: BlockKind;
  index: number;
  start: number;
  end: number;
  page?: number;
  /** Formatting that rules may ask about ("prominent", bold), when the format carries it. */
  bold?: boolean;
  fontSize?: number;
  /** The table cell holding the paragraph, when the reader knows tables (Word). */
  cell?: TableCellPlace;
}

/** Which table (0-based, in document order), row and column a paragraph sits in. */
export interface TableCellPlace {
  table: number;
  row: number;
  column: number;
}

/** A stretch of the NORMALISED text (end exclusive). */
export interface Region {
  start: number;
  end: number;
}

/** The regions rules talk about. */
export interface DocumentRegions {
  /**
   * The top of the first page: the disclaimer and the issuer identity block through the stock-code
   * line, or the first ~1,500 characters when no structure is found.
   */
  top: Region;
  /**
   * The first page: up to the first page break (a PDF page, a form feed), or the first ~5,000
   * characters (about one dense A4 page) when the text has no pages; never shorter than `top`.
   */
  firstPage: Region;
  /**
   * The cover (Rule 13.51A): the first page that carries the issuer's identity block (name,
   * incorporation line, stock code) when the pages before it hold only legends, else the first
   * page; for text without page breaks, about a page from the identity block when only legends
   * precede it (src/document/cover.ts).
   */
  cover: Region;
  /** The end: signature block and board paragraph. */
  end: Region;
}

/** An offset in the extracted text and the offset in the (decoded) HTML it came from. */
export interface HtmlAnchor {
  text: number;
  html: number;
}

/**
 * The input as the reader decoded it, kept with the Document so that nothing downstream
 * (directives, --fix, the language server) decodes or parses the input again.
 */
export interface Decoded {
  /** The decoded input: the same as `original` for text and Markdown, the markup for HTML. */
  text: string;
  /** The encoding the bytes were decoded with ("utf-8", "big5", …); absent when text was given. */
  encoding?: string;
  /** The bytes began with a byte-order mark, which is not part of `text`. */
  bom: boolean;
  /** HTML: where each run of extracted text, and each block, starts in the markup. */
  markup?: {
    /** One anchor per text run, ascending in both offsets. */
    anchors: HtmlAnchor[];
    /** For each block (by index), the HTML offset of its first text. */
    blockOffsets: number[];
  };
}

/** A `disclint-…` directive comment (src/document/directive-comments.ts), in ORIGINAL offsets. */
export interface DirectiveComment {
  /** The comment's words from "disclint-" on. */
  body: string;
  start: number;
  end: number;
  /** The comment is part of the checked text (text, Markdown), so its own words may raise findings. */
  inCheckedText: boolean;
}

export interface Document {
  /** Display path ("-" or the --stdin-filename for standard input). */
  path: string;
  format: DocumentFormat;
  /** Decoded text, BOM removed, line endings as in the input. */
  original: string;
  /** Text for matching: NFKC, straight quotes, one dash, half-width punctuation, collapsed spaces. */
  normalised: string;
  language: Language;
  blocks: Block[];
  regions: DocumentRegions;
  /** Original offset for a normalised offset (0..normalised.length inclusive). */
  toOriginal(normalisedOffset: number): number;
  /** Normalised offset for an original offset (the first normalised index at or after it). */
  toNormalised(originalOffset: number): number;
  /** Line, column (and page/paragraph when known) of an ORIGINAL offset. */
  position(originalOffset: number): Position;
  /** Span in the original text of a normalised range [start, end). */
  spanOf(normalisedStart: number, normalisedEnd: number): Span;
  /** The decoded input (absent for Word and PDF, whose bytes are not text). */
  decoded?: Decoded;
  /** The suppression directives written in the input, found by the reader. */
  directiveComments: DirectiveComment[];
}

/** What a reader hands to `createDocument`: decoded text plus anything the format knows. */
export interface DocumentSource {
  path: string;
  format: DocumentFormat;
  text: string;
  /** Blocks found by the reader (Word paragraphs, PDF lines grouped into paragraphs). */
  blocks?: Block[];
  /** Original offsets at which pages 2, 3, … start (PDF). */
  pageStarts?: number[];
  /** Force a language instead of detecting it. */
  language?: Language;
  /** The input as decoded (see Document.decoded). */
  decoded?: Decoded;
  /** Directive comments found by the reader; text and Markdown readers may leave them to createDocument. */
  directiveComments?: DirectiveComment[];
}
