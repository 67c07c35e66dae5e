/** Where a requirement comes from. */
export interface Citation {
  /** e.g. "Main Board Listing Rule 13.51A" or "Market practice". */
  source: string;
  url: string;
  /** true only when the provision's text was read and confirmed. */
  verified: boolean;
  /** The provision's own words, as read. */
  quote?: string;
  /** Which text of the rules was read (rulebook, language, version). */
  edition?: string;
  /** The date the provision as quoted took effect (YYYY-MM-DD). */
  effective?: string;
  /** What the rule rests on; without it, a verified citation is a Listing Rule, else practice. */
  basis?: CitationBasis;
}

export type CitationBasis = "listing-rule" | "guidance" | "practice";

/** What a rule rests on, said plainly for a reader. */
export function basisOf(citation: Citation): CitationBasis {
  return citation.basis ?? (citation.verified ? "listing-rule" : "practice");
}
