/**
 * The structured checks (rules/hkex/structure.yaml: board, arithmetic, dates, defined terms) on
 * real announcements: the seed's expected facts and findings, board counts against
 * labels-dev.tsv and tests/corpus/board-counts.tsv, and precision — every finding on the corpus is a real defect listed in
 * known-defects.yaml with its reason.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readText } from "../../src/document/read-text.js";
import { checkDocument } from "../../src/engine/check-document.js";
import { postProcess } from "../../src/engine/post-process.js";
import type { Finding } from "../../src/engine/types.js";
import { extractFacts } from "../../src/facts/extract-facts.js";
import type { BoardFact, DirectorCategory } from "../../src/facts/types.js";
import { resolveProfile } from "../../src/profile/resolve-profile.js";
import {
  bundled,
  type CorpusEntry,
  checkEntry,
  corpusEntries,
  readTsv,
  referenceData,
  requireShared,
  seedDir,
} from "./corpus.js";
import { isKnownDefect, knownDefects } from "./known-defects.js";

requireShared();

const STRUCTURE_RULES = new Set(
  (
    parse(readFileSync(join(import.meta.dirname, "..", "..", "rules", "hkex", "structure.yaml"), "utf8")) as {
      rules: { id: string }[];
    }
  ).rules.map((rule) => rule.id),
);

const seedFile = readdirSync(seedDir).find((name) => name.endsWith(".txt")) ?? "";
const seed = readText(seedFile, readFileSync(join(seedDir, seedFile)));

function count(board: BoardFact | undefined, category: DirectorCategory): number {
  return board?.directors.filter((director) => director.category === category).length ?? 0;
}

/** The term a definitions message names: 'The term "X" is …', 'The defined term "X" appears as "Y".' */
function termOf(finding: Finding): string {
  return /"([^"]+)"/.exec(finding.message)?.[1] ?? "";
}

describe("structured checks on the seed announcement", () => {
  const profile = resolveProfile({ document: seed, today: "2026-11-25" });
  const findings = postProcess(
    checkDocument({ document: seed, profile, data: referenceData }, bundled.rules).findings,
  );
  const structured = findings.filter((finding) => STRUCTURE_RULES.has(finding.ruleId));

  it("reports no error", () => {
    expect(findings.filter((finding) => finding.severity === "error")).toEqual([]);
  });

  it("parses the board as 3 executive, 3 non-executive and 3 independent non-executive directors", () => {
    const board = extractFacts(seed).board;
    expect(board?.truncated).toBe(false);
    expect(board?.directors).toHaveLength(9);
    expect(count(board, "executive")).toBe(3);
    expect(count(board, "non-executive")).toBe(3);
    expect(count(board, "independent non-executive")).toBe(3);
  });

  it("verifies all six percentage/fraction pairs as consistent", () => {
    const pairs = extractFacts(seed).percentages.filter((percentage) => percentage.fraction);
    expect(pairs).toHaveLength(6);
    for (const { value, decimals, fraction } of pairs) {
      const scale = 10 ** decimals;
      const expected =
        Math.round(((fraction?.numerator ?? 0) / (fraction?.denominator ?? 1)) * 100 * scale) / scale;
      expect(value, `${value}% of ${fraction?.numerator}/${fraction?.denominator}`).toBe(expected);
    }
    expect(structured.filter((finding) => finding.ruleId === "hkex/percentage-fraction")).toEqual([]);
  });

  it("reports exactly the glossary findings, as warnings or info", () => {
    const reported = structured.map((finding) => [finding.ruleId, termOf(finding)]);
    expect(reported.sort()).toEqual(
      [
        ["hkex/definition-variant", "Phase Ib"],
        ["hkex/definition-unused", "Phase II clinical trial"],
        ["hkex/definition-unused", "confirmatory trial"],
        ["hkex/definition-unused", "pivotal trial"],
        ["hkex/definition-duplicate", "regenerative medicine advanced therapy"],
      ].sort(),
    );
    expect(structured.find((finding) => finding.ruleId === "hkex/definition-variant")?.message).toContain(
      '"Phase 1b"',
    );
    for (const finding of structured) expect(["warning", "info"]).toContain(finding.severity);
  });
});

interface BoardCounts {
  exec: string;
  ned: string;
  ined: string;
}

/**
 * The counts a careful reader gave for every corpus text with a board paragraph: labels-dev.tsv
 * for the files it labels, tests/corpus/board-counts.tsv (counted for this project, counts only)
 * for the ones it does not.
 */
function labelledBoards(entries: readonly CorpusEntry[]): Map<string, BoardCounts> {
  const boards = new Map<string, BoardCounts>();
  for (const entry of entries) {
    const labels = entry.labels;
    if (labels?.has_board_composition !== "yes") continue;
    boards.set(entry.file, {
      exec: labels.board_exec ?? "",
      ned: labels.board_ned ?? "",
      ined: labels.board_ined ?? "",
    });
  }
  for (const row of readTsv(join(import.meta.dirname, "board-counts.tsv"))) {
    const file = row.file ?? "";
    if (entries.some((entry) => entry.file === file && entry.labels)) {
      throw new Error(`board-counts.tsv repeats ${file}, which labels-dev.tsv labels`);
    }
    boards.set(file, { exec: row.exec ?? "", ned: row.ned ?? "", ined: row.ined ?? "" });
  }
  return boards;
}

/** The labelled counts ("na" when the saved board sentence is cut) against the extracted board. */
function boardAgrees(entry: CorpusEntry, labels: BoardCounts): boolean {
  const board = extractFacts(entry.document).board;
  if (labels.exec === "na") return !board || board.truncated;
  return (
    !board?.truncated &&
    String(count(board, "executive")) === labels.exec &&
    String(count(board, "non-executive")) === labels.ned &&
    String(count(board, "independent non-executive")) === labels.ined
  );
}

/** Saved texts that leave part of the document out (`<<<OMITTED>>>`, or a jump in `<<<PAGE n>>>`). */
function hasGap(entry: CorpusEntry): boolean {
  const text = entry.document.original;
  if (text.includes("<<<OMITTED>>>")) return true;
  const pages = [...text.matchAll(/<<<PAGE (\d+)>>>/g)].map((match) => Number(match[1]));
  return pages.some((page, index) => index > 0 && page !== (pages[index - 1] ?? 0) + 1);
}

/**
 * Findings that say nothing about the document: a rule that cannot be decided without the
 * issuer's board (`undetermined`), and "defined but never used" on a text whose middle was left
 * out — the uses may be in the missing pages.
 */
function notEvaluable(entry: CorpusEntry, finding: Finding): boolean {
  if (finding.kind === "undetermined") return true;
  return finding.ruleId === "hkex/definition-unused" && hasGap(entry);
}

describe("structured checks on the corpus", () => {
  const entries = corpusEntries();

  it("agrees with the labelled board counts of at least 98% of documents with a board paragraph", () => {
    const labelled = labelledBoards(entries);
    const withBoard = entries.filter((entry) => labelled.has(entry.file));
    const disagreeing = withBoard
      .filter((entry) => !boardAgrees(entry, labelled.get(entry.file) as BoardCounts))
      .map((entry) => entry.file);
    const agreement = (withBoard.length - disagreeing.length) / withBoard.length;
    const partial = withBoard.filter((entry) => extractFacts(entry.document).board?.reading === "partial");
    console.log(
      `board counts: ${withBoard.length - disagreeing.length}/${withBoard.length} agree (${(agreement * 100).toFixed(1)}%)${disagreeing.length > 0 ? `; disagree: ${disagreeing.join(", ")}` : ""}`,
    );
    console.log(
      `board paragraphs not read whole (INED and gender rules undetermined): ${partial.length}${partial.length > 0 ? ` (${partial.map((entry) => entry.file).join(", ")})` : ""}`,
    );
    expect(labelled.size).toBe(withBoard.length);
    expect(withBoard.length).toBeGreaterThan(0);
    expect(agreement).toBeGreaterThanOrEqual(0.98);
  });

  it("reports on published announcements only the known defects, each of which still appears", () => {
    const unexpected: string[] = [];
    const seen = new Set<string>();
    const skipped: string[] = [];
    for (const entry of entries) {
      for (const finding of checkEntry(entry).findings) {
        if (!STRUCTURE_RULES.has(finding.ruleId)) continue;
        const where = `${entry.file}:${finding.span.start.line} ${finding.ruleId} (${finding.kind}) ${finding.message}`;
        if (notEvaluable(entry, finding)) {
          if (finding.kind !== "undetermined") skipped.push(where);
          continue;
        }
        if (isKnownDefect(entry.file, finding.ruleId, finding.kind))
          seen.add(`${entry.file} ${finding.ruleId}`);
        else unexpected.push(where);
      }
    }
    console.log(`definition-unused on texts with omitted pages (not evaluated):\n  ${skipped.join("\n  ")}`);
    expect(unexpected).toEqual([]);
    const stale = knownDefects()
      .filter((defect) => STRUCTURE_RULES.has(defect.rule) && !seen.has(`${defect.file} ${defect.rule}`))
      .map((defect) => `${defect.file} ${defect.rule}`);
    expect(stale).toEqual([]);
  });
});
