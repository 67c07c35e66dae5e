/**
 * Meaning-reversal and limb-drop mutations of every prescribed statement the rules find in the
 * corpus (disclaimer, Chapter 18A, GEM 2.18 and 2.20, WVR), made at run time from the corpus
 * texts (nothing is stored), and whether the rule reports each mutated document (`deviates` or
 * `missing`). `mutationScores()` gives {statement, mutations, reported} per statement for the
 * scoreboard; tests/corpus/mutations.corpus.ts holds the targets.
 */
import { createDocument } from "../../src/document/create-document.js";
import type { Document } from "../../src/document/types.js";
import { resolveProfile } from "../../src/profile/resolve-profile.js";
import { bundled, type CorpusEntry, corpusEntries, manifestSettings, referenceData } from "./corpus.js";
import { MUTATED_STATEMENTS, type MutatedStatement, type MutationOperator } from "./mutation-operators.js";

/** Characters from the end of an excerpt within which a statement may have been cut off. */
const EXCERPT_TAIL = 300;
/** How far past the found statement (original characters) an operator may still touch it. */
const STATEMENT_TAIL = 600;

export interface MutationScore {
  statement: string;
  mutations: number;
  reported: number;
}

export interface MutationOutcome extends MutationScore {
  /** "file: operator" for each mutation that was not reported. */
  unreported: string[];
  /** Statements found but not compliant as published, with the reason they are excused or not. */
  nonCompliant: { where: string; excused: boolean }[];
}

const ruleFor = (ruleId: string) => {
  const compiled = bundled.rules.find((rule) => rule.rule.id === ruleId);
  if (!compiled) throw new Error(`no bundled rule ${ruleId}`);
  return compiled;
};

function runRule(ruleId: string, entry: CorpusEntry, document: Document) {
  const profile = resolveProfile({ document, today: "2026-11-25", config: manifestSettings(entry.manifest) });
  const check = ruleFor(ruleId).check;
  return {
    findings: check.run({ document, profile, data: referenceData }),
    evidence: check.evidence?.({ document, profile, data: referenceData }) ?? [],
  };
}

const reports = (findings: { kind: string }[]) =>
  findings.some((finding) => finding.kind === "deviates" || finding.kind === "missing");

/** Where the statement stands in the original text, with room for a caution that follows it. */
function statementRegion(document: Document, evidence: { start: number; end: number }) {
  const start = document.toOriginal(evidence.start);
  const end = Math.min(document.original.length, document.toOriginal(evidence.end) + STATEMENT_TAIL);
  return { start, end };
}

function touches(operator: MutationOperator, text: string, region: { start: number; end: number }) {
  operator.pattern.lastIndex = 0;
  for (const match of text.matchAll(operator.pattern)) {
    if (match.index < region.end && match.index + match[0].length > region.start) return true;
  }
  return false;
}

/** Why a statement as published may be non-compliant without the rule being wrong. */
function excuse(entry: CorpusEntry, evidenceEnd: number, findings: { data?: Record<string, unknown> }[]) {
  const cutOff =
    entry.manifest.complete !== "yes" &&
    entry.document.original.length - entry.document.toOriginal(evidenceEnd) < EXCERPT_TAIL;
  // The old single-entity disclaimer is reported on purpose (`outdated`).
  const outdated = findings.some((finding) => typeof finding.data?.outdated === "string");
  return cutOff || outdated;
}

function score(statement: MutatedStatement): MutationOutcome {
  const outcome: MutationOutcome = {
    statement: statement.statement,
    mutations: 0,
    reported: 0,
    unreported: [],
    nonCompliant: [],
  };
  for (const entry of corpusEntries()) {
    const original = runRule(statement.ruleId, entry, entry.document);
    const found = original.evidence[0];
    if (!found) continue;
    if (reports(original.findings)) {
      const where = `${entry.file}: ${original.findings.map((f) => String(f.data?.problem)).join("; ")}`;
      outcome.nonCompliant.push({ where, excused: excuse(entry, found.end, original.findings) });
      continue;
    }
    const language = entry.document.language === "en" ? "en" : "zh";
    const region = statementRegion(entry.document, found);
    for (const operator of statement.operators) {
      if (operator.language !== language) continue;
      if (!touches(operator, entry.document.original, region)) continue;
      const mutated = entry.document.original.replace(operator.pattern, operator.replacement);
      const document = createDocument({ path: entry.file, format: "text", text: mutated });
      outcome.mutations++;
      if (reports(runRule(statement.ruleId, entry, document).findings)) outcome.reported++;
      else outcome.unreported.push(`${entry.file}: ${operator.name} /${operator.pattern.source}/`);
    }
  }
  return outcome;
}

let outcomes: MutationOutcome[] | undefined;

export function mutationOutcomes(): MutationOutcome[] {
  outcomes ??= MUTATED_STATEMENTS.map(score);
  return outcomes;
}

/** {statement, mutations, reported} per prescribed statement, for the scoreboard. */
export function mutationScores(): MutationScore[] {
  return mutationOutcomes().map(({ statement, mutations, reported }) => ({ statement, mutations, reported }));
}

/** The share of a statement's mutations that were reported. */
export const reportedShare = (outcome: MutationScore) =>
  outcome.mutations === 0 ? 0 : outcome.reported / outcome.mutations;
