/**
 * Checks on command-line values that commander cannot make alone: a date that must exist in the
 * calendar, a document kind disclint knows, and a first word that looks like a misspelt command
 * rather than a file. Each refusal names the value at fault and, when one is close, suggests it.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { InvalidArgumentError } from "commander";
import { isDynamicPattern } from "tinyglobby";
import { closestName, didYouMean } from "../diagnostics/did-you-mean.js";
import { UsageError } from "../domain/usage-error.js";
import { DOCUMENT_KINDS } from "../facts/document-kind.js";
import type { RuleSet } from "../rules/rule-sets.js";

/** `--as-of`: YYYY-MM-DD, and a day the calendar has (not 2023-02-30). */
export function parseDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
    throw new InvalidArgumentError("a date is written YYYY-MM-DD (e.g. 2026-03-18)");
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value)
    throw new InvalidArgumentError("not a date: the calendar has no such day");
  return value;
}

/**
 * `--kind`: one of the kinds disclint detects, or a kind a loaded pack scopes its rules to (a
 * house pack may add its own). A kind nothing knows would silently switch rules off.
 */
export function checkDocumentKind(kind: string, ruleSets: () => readonly RuleSet[]): void {
  const detected = new Set(DOCUMENT_KINDS);
  if (detected.has(kind)) return;
  const named = new Set<string>();
  for (const ruleSet of ruleSets()) {
    for (const { rule } of ruleSet.rules) {
      for (const name of rule.appliesTo?.documentKinds ?? []) named.add(name);
      for (const name of rule.appliesTo?.exceptDocumentKinds ?? []) named.add(name);
    }
  }
  if (named.has(kind)) return;
  const known = [...new Set([...detected, ...named])].sort();
  const suggestion = didYouMean(kind, known);
  throw new UsageError(
    `--kind: unknown document kind "${kind}"${suggestion || ` (known kinds: ${known.join(", ")})`}`,
  );
}

/**
 * `disclint chek draft.txt`: `check` is the default command, so commander takes `chek` for a
 * file. A first word that names no file, reads as a word rather than a path, and is one typo
 * away from a command is a misspelt command.
 */
export function misspeltCommand(
  word: string | undefined,
  commands: readonly string[],
  cwd: string,
): string | undefined {
  if (word === undefined || word.startsWith("-") || commands.includes(word)) return undefined;
  if (!/^[a-z][a-z-]*$/i.test(word) || isDynamicPattern(word) || existsSync(resolve(cwd, word)))
    return undefined;
  const command = closestName(word, commands);
  return command && `unknown command "${word}"${didYouMean(word, commands)}`;
}
