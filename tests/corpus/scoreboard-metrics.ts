/**
 * The numbers issue 10 is judged by, measured on the whole shared corpus: per statement, how many
 * present statements the rule would call missing and how many absent ones it would take for
 * present; board counts read exactly; error-level findings on published texts that are not a
 * recorded real defect. Each metric says which way is better and what the target is, so the
 * scoreboard can hold the line (a ratchet) and print the distance to each target.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extractFacts } from "../../src/facts/extract-facts.js";
import type { BoardFact, DirectorCategory } from "../../src/facts/types.js";
import { resolveProfile } from "../../src/profile/resolve-profile.js";
import { bundled, type CorpusEntry, checkEntry, corpusEntries, readTsv, referenceData } from "./corpus.js";
import { isKnownDefect } from "./known-defects.js";

export interface Metric {
  name: string;
  value: number;
  better: "higher" | "lower";
  target: number;
  /** What the number counts, for the printed table. */
  detail?: string;
}

/** The labelled statements and the rules whose evidence says a statement is there. */
export const STATEMENTS: readonly { label: string; rules: readonly string[] }[] = [
  { label: "has_hkex_disclaimer", rules: ["hkex/disclaimer"] },
  { label: "has_18a_cautionary", rules: ["hkex/18a-cautionary"] },
  { label: "has_fls_disclaimer", rules: ["hkex/forward-looking"] },
  { label: "has_board_composition", rules: ["hkex/board-composition"] },
  { label: "has_language_precedence", rules: ["hkex/language-precedence"] },
  { label: "has_wvr_marker", rules: ["hkex/wvr-legend"] },
  {
    label: "has_gem_characteristics_or_responsibility",
    rules: ["hkex/gem-responsibility", "hkex/gem-characteristics"],
  },
];

/** Where a rule finds the statement (compliant or not), whatever the issuer's profile. */
export function statementFound(entry: CorpusEntry, ruleIds: readonly string[]): boolean {
  const profile = resolveProfile({ document: entry.document, today: "2026-11-25" });
  return bundled.rules
    .filter((compiled) => ruleIds.includes(compiled.rule.id))
    .some(
      (compiled) =>
        (compiled.check.evidence?.({ document: entry.document, profile, data: referenceData }) ?? []).length >
        0,
    );
}

function statementMetrics(entries: readonly CorpusEntry[]): Metric[] {
  return STATEMENTS.flatMap(({ label, rules }) => {
    const missed: string[] = [];
    const phantom: string[] = [];
    for (const entry of entries) {
      const truth = entry.labels?.[label];
      if (truth !== "yes" && truth !== "no") continue;
      const found = statementFound(entry, rules);
      if (truth === "yes" && !found) missed.push(entry.file);
      if (truth === "no" && found) phantom.push(entry.file);
    }
    const name = label.replace(/^has_/, "");
    return [
      {
        name: `${name}: present but reported missing`,
        value: missed.length,
        better: "lower" as const,
        target: 0,
        detail: missed.join(", "),
      },
      {
        name: `${name}: required but silent (absent, taken for present)`,
        value: phantom.length,
        better: "lower" as const,
        target: 0,
        detail: phantom.join(", "),
      },
    ];
  });
}

/** Board counts a careful reader gave: labels-dev.tsv, then the project's own count of the rest. */
export function labelledBoards(entries: readonly CorpusEntry[]): Map<string, [string, string, string]> {
  const counts = new Map<string, [string, string, string]>();
  for (const entry of entries) {
    const labels = entry.labels;
    if (labels?.has_board_composition === "yes") {
      counts.set(entry.file, [labels.board_exec ?? "", labels.board_ned ?? "", labels.board_ined ?? ""]);
    }
  }
  for (const row of projectBoardCounts()) {
    if (!counts.has(row.file ?? ""))
      counts.set(row.file ?? "", [row.exec ?? "", row.ned ?? "", row.ined ?? ""]);
  }
  return counts;
}

/** tests/corpus/board-counts.tsv, when present: counts for corpus files labels-dev.tsv leaves out. */
function projectBoardCounts(): Record<string, string>[] {
  try {
    return readTsv(join(import.meta.dirname, "board-counts.tsv"));
  } catch {
    return [];
  }
}

function count(board: BoardFact | undefined, category: DirectorCategory): string {
  return String(board?.directors.filter((director) => director.category === category).length ?? 0);
}

/** True when the board is read exactly as labelled ("na": the saved paragraph is cut, so none). */
export function boardReadExactly(entry: CorpusEntry, expected: [string, string, string]): boolean {
  const board = extractFacts(entry.document).board;
  if (expected[0] === "na") return !board || board.truncated;
  return (
    board !== undefined &&
    !board.truncated &&
    count(board, "executive") === expected[0] &&
    count(board, "non-executive") === expected[1] &&
    count(board, "independent non-executive") === expected[2]
  );
}

function boardMetrics(entries: readonly CorpusEntry[]): Metric[] {
  const expected = labelledBoards(entries);
  const wrong: string[] = [];
  let total = 0;
  for (const entry of entries) {
    const counts = expected.get(entry.file);
    if (!counts) continue;
    total++;
    if (!boardReadExactly(entry, counts)) wrong.push(entry.file);
  }
  const ratio = total === 0 ? 1 : (total - wrong.length) / total;
  return [
    {
      name: "board paragraphs read exactly (share)",
      value: Number(ratio.toFixed(4)),
      better: "higher",
      target: 0.98,
      detail: `${total - wrong.length} of ${total}; wrong: ${wrong.join(", ")}`,
    },
  ];
}

/** Characters from the end of an excerpt within which a statement may have been cut off. */
const EXCERPT_TAIL = 300;

/**
 * Error-level findings on published texts that are not a recorded real defect. A `missing` on an
 * excerpt, or a statement cut by the end of one, says nothing about the filing (corpus README).
 */
export function falseErrors(entries: readonly CorpusEntry[]): string[] {
  return judgedErrors(entries)
    .filter((error) => !error.known)
    .map((error) => error.where);
}

/** Error findings on published texts, each matched to a recorded real defect or not. */
function judgedErrors(entries: readonly CorpusEntry[]): { where: string; known: boolean }[] {
  return entries.flatMap((entry) => {
    const whole = entry.manifest.complete === "yes";
    return checkEntry(entry)
      .findings.filter((finding) => finding.severity === "error")
      .filter((finding) => finding.kind !== "missing" || whole)
      .filter((finding) => whole || entry.document.original.length - finding.span.end.offset >= EXCERPT_TAIL)
      .map((finding) => ({
        where: `${entry.file} ${finding.ruleId} ${finding.kind} @${finding.span.start.line}:${finding.span.start.column}: ${finding.message}`,
        known: isKnownDefect(entry.file, finding.ruleId, finding.kind),
      }));
  });
}

function errorMetrics(entries: readonly CorpusEntry[]): Metric[] {
  const judged = judgedErrors(entries);
  const alarms = judged.filter((error) => !error.known).map((error) => error.where);
  const known = judged.length - alarms.length;
  return [
    {
      name: "error findings that are not a recorded real defect",
      value: alarms.length,
      better: "lower",
      target: 0,
      detail: [`${known} other error findings match recorded real defects`, ...alarms].join("\n    "),
    },
  ];
}

/** Further metrics other corpus modules contribute (the statement mutations). */
export type MetricSource = (entries: readonly CorpusEntry[]) => Metric[];

export function measure(extra: readonly MetricSource[] = []): Metric[] {
  const entries = corpusEntries();
  return [
    ...statementMetrics(entries),
    ...boardMetrics(entries),
    ...errorMetrics(entries),
    ...extra.flatMap((source) => source(entries)),
  ];
}

/** The committed scoreboard: metric name → the value last recorded. */
export function readScoreboard(path: string): Map<string, number> {
  const parsed = JSON.parse(readFileSync(path, "utf8")) as { metrics?: Record<string, number> };
  return new Map(Object.entries(parsed.metrics ?? {}));
}
