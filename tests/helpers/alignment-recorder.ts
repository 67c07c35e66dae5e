/**
 * Recording the token sequences that real checks hand to alignTokens, so the typed-array Myers
 * diff can be held to jsdiff on the inputs that matter, not only on random ones. The kernel does
 * no file I/O, so the recording hook (observeAlignments) only collects; files are written here.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { observeAlignments } from "../../src/checks/support/word-diff.js";
import { pairByName } from "../../src/cli/pairing.js";
import { lintAt, lintPairAt } from "../engine/lint.js";

/** One distinct pair of sequences, and how many times the checks asked for it. */
export interface RecordedAlignment {
  expected: string[];
  actual: string[];
  calls: number;
}

/** Runs `work` with the hook installed; each distinct input once, in first-seen order. */
export async function recordAlignments(work: () => Promise<void> | void): Promise<RecordedAlignment[]> {
  const seen = new Map<string, RecordedAlignment>();
  observeAlignments((expected, actual) => {
    const key = JSON.stringify([expected, actual]);
    const known = seen.get(key);
    if (known) known.calls++;
    else seen.set(key, { expected: [...expected], actual: [...actual], calls: 1 });
  });
  try {
    await work();
  } finally {
    observeAlignments(undefined);
  }
  return [...seen.values()];
}

/** One JSON object a line: `{"expected":[…],"actual":[…],"calls":n}`. */
export function writeAlignments(path: string, alignments: readonly RecordedAlignment[]): void {
  writeFileSync(path, alignments.map((alignment) => `${JSON.stringify(alignment)}\n`).join(""));
}

export function readAlignments(path: string): RecordedAlignment[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, index) => parseAlignment(line, `${path}:${index + 1}`));
}

function parseAlignment(line: string, where: string): RecordedAlignment {
  const value: unknown = JSON.parse(line);
  const isTokens = (tokens: unknown): tokens is string[] =>
    Array.isArray(tokens) && tokens.every((token) => typeof token === "string");
  if (typeof value === "object" && value !== null) {
    const { expected, actual, calls } = value as Record<string, unknown>;
    if (isTokens(expected) && isTokens(actual) && typeof calls === "number")
      return { expected, actual, calls };
  }
  throw new Error(`${where}: not a recorded alignment`);
}

/**
 * The kernel over files as `disclint check` runs it over them: English and Chinese versions
 * paired by name, each file with the config nearest it. What the checks align on the way is what
 * a user's run aligns.
 */
export async function lintLikeTheCli(paths: readonly string[]): Promise<void> {
  const pairs = pairByName(paths);
  const paired = new Set(pairs.values());
  for (const path of paths) {
    if (paired.has(path)) continue;
    const chinese = pairs.get(path);
    if (chinese === undefined) await lintAt(path, readFileSync(path));
    else
      await lintPairAt(
        { path, content: readFileSync(path) },
        { path: chinese, content: readFileSync(chinese) },
      );
  }
}
