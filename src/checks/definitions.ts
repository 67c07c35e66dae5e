/**
 * `definitions`: defined terms that are never used, terms used (quoted, or as a conventional
 * capitalised term such as "the Company") but never defined, terms defined twice, and defined
 * terms used under a variant spelling. Extraction may truncate or duplicate glossary lines, so
 * the rules built on this kind are `info`.
 */
import type { Document } from "../document/types.js";
import { extractFacts } from "../facts/extract-facts.js";
import { baseTerm, usesOf, variantsOf } from "../facts/term-usage.js";
import type { DefinitionFact, Located } from "../facts/types.js";
import type { CheckKind, RawFinding } from "./types.js";

export type DefinitionsRequirement = "unused" | "undefined" | "duplicate" | "variant";

export interface DefinitionsOptions {
  require: DefinitionsRequirement;
}

function byTerm(definitions: DefinitionFact[]): Map<string, DefinitionFact[]> {
  const groups = new Map<string, DefinitionFact[]>();
  for (const definition of definitions) {
    const key = baseTerm(definition.term);
    groups.set(key, [...(groups.get(key) ?? []), definition]);
  }
  return groups;
}

function finding(
  kind: RawFinding["kind"],
  at: Located,
  term: string,
  extra: Partial<RawFinding> = {},
): RawFinding {
  return { kind, start: at.start, end: at.end, data: { term }, ...extra };
}

function unused(document: Document): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const [term, definitions] of byTerm(extractFacts(document).definitions)) {
    const entries = definitions.map((definition) => definition.entry);
    if (usesOf(document.normalised, term, entries).length > 0) continue;
    const first = definitions[0];
    if (first) findings.push(finding("inconsistent", first, term));
  }
  return findings;
}

/** "capitalised terms … shall have the same meanings as those defined in the prospectus". */
const DEFINED_ELSEWHERE =
  /have\s+the\s+(?:same\s+)?meanings?\s+(?:as\s+(?:those\s+)?)?(?:ascribed|defined|given|set\s+out)|所界定者具有相同涵義|具有相同涵義/i;
const QUOTED = /["“「]([^"“”「」\n]{2,60})["”」]/g;
const TITLE_CASE =
  /^(?:[A-Z0-9][\p{L}\p{N}'&-]*)(?:\s+(?:[A-Z0-9][\p{L}\p{N}'&-]*|of|and|the|for|in|on|to))*$/u;
const CITED_TITLE = /(?:headed|entitled|titled|named|captioned|marked|under|標題為|題為)\s*$/i;
const CONVENTIONAL = [
  "Board",
  "Company",
  "Group",
  "Directors",
  "Shareholders",
  "Listing Rules",
  "Stock Exchange",
  "SFO",
];
const SIGNATURE_USE = /(?:order|behalf)\s+of\s+the\s+$/i;

function isDefined(term: string, groups: Map<string, DefinitionFact[]>): boolean {
  const candidates = [term, term.replace(/s$/, ""), `${term}s`];
  return candidates.some((candidate) => groups.has(candidate));
}

function undefinedTerms(document: Document): RawFinding[] {
  const text = document.normalised;
  const definitions = extractFacts(document).definitions;
  if (DEFINED_ELSEWHERE.test(text)) return [];
  const groups = byTerm(definitions);
  const entries = definitions.map((definition) => definition.entry);
  const reported = new Set<string>();
  const findings: RawFinding[] = [];
  const report = (term: string, at: Located) => {
    if (reported.has(term) || isDefined(term, groups)) return;
    reported.add(term);
    findings.push(finding("missing", at, term));
  };
  for (const match of text.matchAll(QUOTED)) {
    const term = (match[1] ?? "").trim();
    if (entries.some((entry) => match.index >= entry.start && match.index < entry.end)) continue;
    if (CITED_TITLE.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    if (
      /^\p{Script=Han}/u.test(term)
        ? /^一節|^一段/.test(text.slice(match.index + match[0].length))
        : !TITLE_CASE.test(term)
    )
      continue;
    if (term.split(/\s+/).length > 5) continue;
    report(term, { start: match.index, end: match.index + match[0].length });
  }
  if (definitions.length === 0 || document.language !== "en") return findings;
  for (const term of CONVENTIONAL) {
    const use = usesOf(text, term, entries).find(
      (at) => !SIGNATURE_USE.test(text.slice(Math.max(0, at.start - 20), at.start)),
    );
    if (use) report(term, use);
  }
  return findings;
}

function duplicate(document: Document): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const [term, definitions] of byTerm(extractFacts(document).definitions)) {
    const [first, ...others] = definitions;
    if (!first) continue;
    for (const other of others) {
      findings.push(
        finding("inconsistent", other, term, {
          related: [{ start: first.start, end: first.end, message: "first definition" }],
        }),
      );
    }
  }
  return findings;
}

function variant(document: Document): RawFinding[] {
  const text = document.normalised;
  const definitions = extractFacts(document).definitions;
  const entries = definitions.map((definition) => definition.entry);
  const terms = new Set(definitions.map((definition) => baseTerm(definition.term).toLowerCase()));
  const findings: RawFinding[] = [];
  for (const [term, group] of byTerm(definitions)) {
    const first = group[0];
    if (!first) continue;
    for (const at of variantsOf(text, first, entries)) {
      const used = text.slice(at.start, at.end);
      // A spelling that is itself a defined term is not a variant.
      if (terms.has(used.toLowerCase())) continue;
      findings.push({
        kind: "inconsistent",
        start: at.start,
        end: at.end,
        actual: used,
        data: { term, used },
        suggestion: { start: at.start, end: at.end, text: term },
        related: [{ start: first.start, end: first.end, message: "the definition" }],
      });
    }
  }
  return findings;
}

const RUNNERS: Record<DefinitionsRequirement, (document: Document) => RawFinding[]> = {
  unused,
  undefined: undefinedTerms,
  duplicate,
  variant,
};

export const definitionsCheck: CheckKind<DefinitionsOptions> = {
  name: "definitions",
  optionsSchema: {
    type: "object",
    properties: { require: { enum: Object.keys(RUNNERS) } },
    required: ["require"],
    additionalProperties: false,
  },
  compile(options) {
    const runner = RUNNERS[options.require];
    return { run: ({ document }) => runner(document) };
  },
};
