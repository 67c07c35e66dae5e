/**
 * A hand-built report for a fictional issuer whose messages and names contain everything the
 * CI formats must escape: line breaks, %, commas, colons, CJK, quotes, "]]>", a control
 * character and a lone surrogate; plus a suppressed finding of each kind, a Word paragraph and
 * a PDF page, a suggestion, related locations, a checklist and a file that could not be read.
 */
import type { Span } from "../../src/document/types.js";
import type { CheckReport, FileResult, Finding } from "../../src/engine/types.js";

export const CWD = "/work/drafts";
export const HOSTILE_MESSAGE =
  'Line one: 50% done, see "notes"\nline two\r\n朗港生物科技 ]]> <b>&amp; \u0001end\ud800';
/** What survives in XML: the control character and the lone surrogate are dropped. */
export const HOSTILE_MESSAGE_XML =
  'Line one: 50% done, see "notes"\nline two\r\n朗港生物科技 ]]> <b>&amp; end';

export const TEXT = [
  "LUMEN HARBOUR BIOTECH LIMITED 朗港生物科技有限公司",
  "(Stock Code: 9876)",
  "The Company will hold a meeting on [●].",
  "TBD: the record date.",
].join("\n");

/** A span over the first occurrence of `needle` (line and column computed from the text). */
export function spanOf(
  text: string,
  needle: string,
  extra: { page?: number; paragraph?: number } = {},
): Span {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`fixture text lacks ${needle}`);
  const position = (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split("\n").length;
    return { offset, line, column: offset - before.lastIndexOf("\n"), ...extra };
  };
  return { start: position(start), end: position(start + needle.length) };
}

const citation = {
  source: "Main Board Listing Rule 13.51A",
  url: "https://example.invalid/rule?a=1&b=(2)",
  verified: false,
};

function finding(ruleId: string, needle: string, more: Partial<Finding> = {}): Finding {
  return {
    ruleId,
    severity: "warning",
    kind: "forbidden",
    message: `Placeholder ${needle}`,
    span: spanOf(TEXT, needle),
    citation,
    ...more,
  };
}

const draft: FileResult = {
  path: `${CWD}/草稿 v1,final%.txt`,
  format: "docx",
  language: "en",
  profile: { asOf: { value: "2026-03-18", source: "text" } },
  checkedText: TEXT,
  findings: [
    finding("house/placeholders", "[●]", {
      severity: "error",
      message: HOSTILE_MESSAGE,
      span: spanOf(TEXT, "[●]", { paragraph: 3, page: 2 }),
      suggestion: { message: "Fill in the date", span: spanOf(TEXT, "[●]"), text: "18 March 2026" },
      related: [{ span: spanOf(TEXT, "9876"), message: "the stock code, for reference" }],
    }),
    finding("house/no-tbd", "TBD", {
      severity: "info",
      citation: {
        source: "Market practice (drafting)",
        url: "https://example.invalid/practice",
        verified: true,
      },
    }),
    finding("house/placeholders", "9876", {
      suppressed: { kind: "directive", justification: "fixed: code, verified" },
    }),
    finding("house/no-tbd", "record date", {
      suppressed: { kind: "baseline", justification: "known in baseline" },
    }),
  ],
  errors: [],
  notApplicable: [
    { ruleId: "house/gem-only", reason: "applies to GEM issuers; this one is on the Main Board" },
  ],
  checklist: [
    {
      ruleId: "house/placeholders",
      title: "No placeholders | none",
      severity: "error",
      status: "fail",
      citation,
    },
    {
      ruleId: "house/stock-code",
      title: "Stock code stated",
      severity: "error",
      status: "pass",
      evidence: [spanOf(TEXT, "Stock Code: 9876")],
      citation,
    },
    {
      ruleId: "house/gem-only",
      title: "GEM rule",
      severity: "warning",
      status: "not-applicable",
      reason: "applies to GEM issuers; this one is on the Main Board",
      citation: { source: "GEM Listing Rule 2.18", url: "https://example.invalid/gem", verified: true },
    },
    {
      ruleId: "house/regime",
      title: "Regime statement",
      severity: "warning",
      status: "needs-review",
      reason: "set issuer.regimes in .disclint.yaml to decide",
      citation,
    },
    {
      ruleId: "house/no-tbd",
      title: "No TBD",
      severity: "info",
      status: "fail",
      citation: {
        source: "Market practice (drafting)",
        url: "https://example.invalid/practice",
        verified: true,
      },
    },
  ],
};

const unreadable: FileResult = {
  path: "/elsewhere/scan.pdf",
  profile: {},
  findings: [],
  errors: [{ code: "unreadable", message: "cannot be read (permission denied)" }],
};

export function hostileReport(): CheckReport {
  return {
    tool: { name: "disclint", version: "0.1.0" },
    files: [draft, unreadable],
    summary: { files: 2, filesWithErrors: 1, errors: 1, warnings: 0, infos: 1, suppressed: 2, fileErrors: 1 },
    rules: [
      {
        id: "house/placeholders",
        title: "No placeholders | none",
        severity: "error",
        description: "Fill every [●].",
        citation,
      },
      {
        id: "house/no-tbd",
        title: "No TBD",
        severity: "info",
        citation: {
          source: "Market practice (drafting)",
          url: "https://example.invalid/practice",
          verified: true,
        },
      },
      { id: "house/stock-code", title: "Stock code stated", severity: "error", citation },
      {
        id: "house/gem-only",
        title: "GEM rule",
        severity: "warning",
        citation: { source: "GEM Listing Rule 2.18", url: "https://example.invalid/gem", verified: true },
      },
      { id: "house/regime", title: "Regime statement", severity: "warning", citation },
    ],
    signOff: {
      tool: { name: "disclint", version: "0.1.0" },
      packs: [{ name: "house", version: "1.0.0", file: "house.yaml", sha256: "a".repeat(64) }],
      configs: [],
      inputs: [{ path: "草稿 v1,final%.txt", sha256: "b".repeat(64), asOf: "2026-03-18" }],
    },
  };
}
