/**
 * The annotator's narrow interface: the bytes of a .docx draft and the findings disclint reported
 * on it in, a reviewed copy with one Word comment per finding out. A `Finding` from the engine
 * fits `AnnotationFinding` as it is; nothing else of the engine is needed.
 */

/** What a comment needs from a finding. Offsets are in the text the .docx reader produced. */
export interface AnnotationFinding {
  ruleId: string;
  severity: string;
  /** "missing" for a statement that is not there; other kinds name a problem with words present. */
  kind?: string;
  message: string;
  /** Original-text offsets (end exclusive); an empty range marks where a missing statement belongs. */
  span: { start: { offset: number }; end: { offset: number } };
  citation: { source: string; url: string };
  /** The wording the rule expects, when it has one. */
  expected?: string;
  suggestion?: { message: string; text: string };
}

export interface AnnotateOptions {
  /** The comments' date (w:date); default: now. */
  date?: Date;
  /** Largest .docx accepted, in bytes (default: the readers' limit). */
  maxInputBytes?: number;
}

/**
 * How a finding was placed:
 * - `exact`: on the finding's own words;
 * - `paragraph`: on the whole paragraph (a missing statement, or words the reader changed, or
 *   text in a text box), and the comment says so;
 * - `widened`: on the finding's words and the rest of the content control holding them, and the
 *   comment says so (LibreOffice drops ranges that start or end inside a control);
 * - `note`: on the reference mark of the footnote or endnote holding the words, and the comment
 *   quotes them (LibreOffice refuses files with comments inside notes);
 * - `unplaced`: no paragraph of the Word file could be matched to the finding's text with
 *   certainty, so no comment was written rather than one on the wrong words.
 */
export type PlacementKind = "exact" | "widened" | "paragraph" | "note" | "unplaced";

export interface Placement {
  /** Index of the finding in the list given. */
  finding: number;
  kind: PlacementKind;
  /** The w:id of the comment written (absent when unplaced). */
  commentId?: number;
  /** Why the placement is not exact, in words for the reviewer. */
  reason?: string;
}

export interface AnnotatedDocx {
  bytes: Uint8Array;
  placements: Placement[];
}
