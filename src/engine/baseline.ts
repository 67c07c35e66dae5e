/**
 * A baseline: accepted findings, for inputs that cannot carry directives (Word, PDF). An entry
 * is keyed by rule id and a fingerprint of the text around the finding, not by its position,
 * so it survives edits elsewhere in the document. An entry may expire: from that date the
 * finding is reported again, with a note that its waiver lapsed.
 */
import { createHash } from "node:crypto";
import type { Document } from "../document/types.js";
import { DIRECTIVES_CITATION } from "./suppress.js";
import type { FileResult, Finding } from "./types.js";

export interface BaselineEntry {
  ruleId: string;
  fingerprint: string;
  /** The file the entry applies to (relative to the baseline file); absent = any file. */
  path?: string;
  justification: string;
  /** YYYY-MM-DD: the last day the waiver holds. */
  expires?: string;
}

export interface Baseline {
  version: 1;
  entries: BaselineEntry[];
}

export const EXPIRED_WAIVER = "disclint/expired-waiver";

/** Characters of normalised text kept on each side of a finding. */
const WINDOW = 40;

export function emptyBaseline(): Baseline {
  return { version: 1, entries: [] };
}

/** Parses a baseline file's text; a problem is a message, not an exception. */
export function parseBaseline(text: string): Baseline | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { problem: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!isRecord(data) || data.version !== 1 || !Array.isArray(data.entries))
    return { problem: 'expected { "version": 1, "entries": [ … ] }' };
  const entries: BaselineEntry[] = [];
  for (const [index, item] of data.entries.entries()) {
    const entry = parseEntry(item);
    if (typeof entry === "string") return { problem: `entry ${index + 1}: ${entry}` };
    entries.push(entry);
  }
  return { version: 1, entries };
}

function parseEntry(item: unknown): BaselineEntry | string {
  if (!isRecord(item)) return "expected an object";
  const { ruleId, fingerprint, path, justification, expires } = item;
  if (typeof ruleId !== "string" || ruleId === "") return '"ruleId" must be a rule id';
  if (typeof fingerprint !== "string" || fingerprint === "") return '"fingerprint" must be a string';
  if (typeof justification !== "string") return '"justification" must be a string';
  if (path !== undefined && typeof path !== "string") return '"path" must be a string';
  if (expires !== undefined && (typeof expires !== "string" || !isIsoDate(expires)))
    return '"expires" must be a date written YYYY-MM-DD';
  return {
    ruleId,
    fingerprint,
    justification,
    ...(path !== undefined && { path }),
    ...(expires !== undefined && { expires }),
  };
}

export function serialiseBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/**
 * Hash of the rule id and the finding's text with up to 40 normalised characters each side,
 * whitespace collapsed and case folded: positions and edits further away do not change it.
 */
export function fingerprint(document: Document, finding: Finding): string {
  const start = document.toNormalised(finding.span.start.offset);
  const end = Math.max(start, document.toNormalised(finding.span.end.offset));
  const text = document.normalised;
  const window = text.slice(Math.max(0, start - WINDOW), Math.min(text.length, end + WINDOW));
  const folded = window.replace(/\s+/g, " ").trim().toLowerCase();
  return createHash("sha256").update(`${finding.ruleId}\u0000${folded}`).digest("hex").slice(0, 20);
}

/**
 * Marks the findings the baseline accepts as suppressed. `path` is the file's path as the
 * baseline writes it; `asOf` (YYYY-MM-DD) decides expiry.
 */
export function applyBaseline(
  found: readonly Finding[],
  document: Document,
  baseline: Baseline,
  path: string,
  asOf: string,
): Finding[] {
  const entries = baseline.entries.filter((entry) => entry.path === undefined || entry.path === path);
  if (entries.length === 0) return [...found];
  const findings: Finding[] = [];
  for (const finding of found) {
    if (finding.suppressed || isToolFinding(finding)) {
      findings.push(finding);
      continue;
    }
    const print = fingerprint(document, finding);
    const matching = entries.filter(
      (entry) => entry.ruleId === finding.ruleId && entry.fingerprint === print,
    );
    const current = matching.find((entry) => !isExpired(entry, asOf));
    if (current) {
      findings.push({ ...finding, suppressed: { kind: "baseline", justification: current.justification } });
      continue;
    }
    findings.push(finding);
    const lapsed = matching[0];
    if (lapsed) findings.push(expiredFinding(finding, lapsed));
  }
  return findings;
}

/**
 * The baseline after `--update-baseline`: every current, not otherwise suppressed finding of
 * the checked files, keeping the justification and expiry of entries that still match, and
 * every entry of files that were not checked this time.
 */
export function updateBaseline(
  previous: Baseline,
  checked: readonly { path: string; document: Document; result: FileResult }[],
  asOf: string,
): Baseline {
  const checkedPaths = new Set(checked.map((file) => file.path));
  const entries = previous.entries.filter(
    (entry) => entry.path !== undefined && !checkedPaths.has(entry.path),
  );
  const seen = new Set<string>();
  for (const { path, document, result } of checked) {
    for (const finding of result.findings) {
      if (isToolFinding(finding) || finding.suppressed?.kind === "directive") continue;
      const print = fingerprint(document, finding);
      const key = `${path}\u0000${finding.ruleId}\u0000${print}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const kept = previous.entries.find(
        (entry) =>
          entry.ruleId === finding.ruleId &&
          entry.fingerprint === print &&
          (entry.path === undefined || entry.path === path),
      );
      entries.push({
        ruleId: finding.ruleId,
        fingerprint: print,
        path,
        justification: kept?.justification ?? `accepted on ${asOf}: ${finding.message}`,
        ...(kept?.expires !== undefined && { expires: kept.expires }),
      });
    }
  }
  return { version: 1, entries };
}

export function isExpired(entry: BaselineEntry, asOf: string): boolean {
  return entry.expires !== undefined && entry.expires < asOf;
}

/** disclint's own findings (directives, waivers) are never baselined. */
function isToolFinding(finding: Finding): boolean {
  return finding.ruleId.startsWith("disclint/");
}

function expiredFinding(finding: Finding, entry: BaselineEntry): Finding {
  return {
    ruleId: EXPIRED_WAIVER,
    severity: "warning",
    kind: "undetermined",
    message: `The baseline waiver for ${entry.ruleId} expired on ${entry.expires} ("${entry.justification}"); the finding is reported again.`,
    span: finding.span,
    citation: DIRECTIVES_CITATION,
  };
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
