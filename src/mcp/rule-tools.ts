/**
 * `explain_rule` and `list_rules` over the packs that govern the server's first folder (its
 * .disclint.yaml's packs, else the bundled ones), so every rule id a check returns can be
 * explained. An id that is not one gets the nearest: "did you mean hkex/18a-cautionary?".
 */
import { basename, extname, join } from "node:path";
import { bundledReferenceData } from "../bundled/reference-data.js";
import { closestName } from "../diagnostics/did-you-mean.js";
import { basisOf } from "../domain/citation.js";
import { UsageError } from "../domain/usage-error.js";
import { aliasHint } from "../facts/rule-aliases.js";
import type { Pack, Rule } from "../rules/types.js";
import type { AllowedRoot } from "./allowed-files.js";
import { governingRules } from "./governing-rules.js";
import type { ListRulesInput } from "./input-schemas.js";
import type { ListRulesOutput } from "./output-schemas.js";
import { explainRule, scopeOf } from "./rule-explanation.js";
import type { ToolAnswer } from "./tool-result.js";

export interface PackedRule {
  rule: Rule;
  pack: Pack;
}

export function explainRuleTool(ruleId: string, roots: readonly AllowedRoot[]): ToolAnswer {
  const { rule, pack } = findRule(ruleId.trim(), rulesOf(roots));
  const content = explainRule(rule, pack);
  const summary = [
    `${rule.id} — ${rule.title} (${rule.severity})`,
    `Source: ${rule.citation.source}; rests on ${content.restsOn.words}.`,
    `Applies to: ${content.appliesTo.description}.`,
    ...(content.description ? [content.description] : []),
  ].join("\n");
  return { summary, content };
}

export function listRulesTool(filters: ListRulesInput, roots: readonly AllowedRoot[]): ToolAnswer {
  const rules = rulesOf(roots)
    .filter((entry) => matches(entry, filters))
    .sort((a, b) => a.rule.id.localeCompare(b.rule.id));
  const content: ListRulesOutput = {
    count: rules.length,
    rules: rules.map(({ rule, pack }) => ({
      id: rule.id,
      title: rule.title,
      severity: rule.severity,
      pack: pack.name,
      part: partOf(pack),
      restsOn: basisOf(rule.citation),
      source: rule.citation.source,
      appliesTo: scopeOf(rule).description,
    })),
  };
  const summary = [
    `${rules.length} rule${rules.length === 1 ? "" : "s"}:`,
    ...rules.map(({ rule }) => `${rule.id} (${rule.severity}): ${rule.title}`),
  ].join("\n");
  return { summary, content };
}

export function rulesOf(roots: readonly AllowedRoot[]): PackedRule[] {
  const { ruleSet } = governingRules(join(roots[0]?.given ?? ".", "draft.txt"));
  return ruleSet.packs.flatMap((pack) => pack.rules.map((rule) => ({ rule, pack })));
}

/** The pack file a rule is in ("regimes" for rules/hkex/regimes.yaml). */
function partOf(pack: Pack): string {
  const file = basename(pack.file);
  return file.slice(0, file.length - extname(file).length);
}

export function findRule(id: string, rules: readonly PackedRule[]): PackedRule {
  const exact = rules.find(({ rule }) => rule.id === id);
  if (exact) return exact;
  // "Appendix 14" and other renumbered provisions: say what they are called now.
  const hint = aliasHint(id, bundledReferenceData().ruleAliases);
  if (hint) throw new UsageError(`"${id}" is not a rule id, but: ${hint}. list_rules lists the rule ids.`);
  const nearest = nearestIds(id, rules);
  if (nearest.length > 0)
    throw new UsageError(
      `no rule "${id}"; did you mean ${nearest.map((candidate) => `"${candidate}"`).join(" or ")}?`,
    );
  throw new UsageError(`no rule "${id}"; list_rules lists the rule ids (its "search" finds rules by words)`);
}

/** A bare id ("18a-cautionary") names the rules it ends; otherwise the closest plausible typo. */
function nearestIds(id: string, rules: readonly PackedRule[]): string[] {
  const ids = rules.map(({ rule }) => rule.id);
  const wanted = id.toLowerCase();
  const bare = ids.filter((candidate) => candidate.toLowerCase().endsWith(`/${wanted}`));
  if (bare.length > 0) return bare;
  const typo = closestName(id, ids);
  if (typo) return [typo];
  if (id.includes("/")) return [];
  const byName = new Map(ids.map((candidate) => [candidate.slice(candidate.indexOf("/") + 1), candidate]));
  const name = closestName(id, byName.keys());
  const full = name === undefined ? undefined : byName.get(name);
  return full ? [full] : [];
}

function matches({ rule, pack }: PackedRule, filters: ListRulesInput): boolean {
  if (filters.pack !== undefined && !packMatches(pack, filters.pack)) return false;
  if (filters.severity !== undefined && rule.severity !== filters.severity) return false;
  if (filters.search !== undefined && !searchMatches(rule, filters.search)) return false;
  const scope = rule.appliesTo ?? {};
  const specific = filters.specificOnly === true;
  return (
    admits(scope.boards, filters.board, specific) &&
    admits(scope.regimes, filters.regime, specific) &&
    admits(scope.languages, filters.language, specific) &&
    admits(scope.documentKinds, filters.documentKind, specific) &&
    !(filters.documentKind !== undefined && scope.exceptDocumentKinds?.includes(filters.documentKind))
  );
}

/** A rule with no list for a dimension applies whatever its value, unless only specific rules are wanted. */
function admits(
  list: readonly string[] | undefined,
  wanted: string | undefined,
  specificOnly: boolean,
): boolean {
  if (wanted === undefined) return true;
  if (list === undefined) return !specificOnly;
  return list.includes(wanted);
}

function packMatches(pack: Pack, wanted: string): boolean {
  const name = wanted.toLowerCase();
  return pack.name.toLowerCase() === name || partOf(pack).toLowerCase() === name;
}

function searchMatches(rule: Rule, words: string): boolean {
  const haystack = `${rule.id} ${rule.title}`.toLowerCase();
  return words
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
