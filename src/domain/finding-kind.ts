/** What a finding says about the text: absent, worded otherwise, misplaced, and so on. */
export type FindingKind =
  | "missing"
  | "deviates"
  | "misplaced"
  | "forbidden"
  | "inconsistent"
  | "undetermined";
