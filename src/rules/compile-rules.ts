/**
 * Turns validated packs into runnable rules, once per process: every pattern is compiled here,
 * not per file, and identical patterns across rules share one compiled object.
 */
import type { CheckKind, CompiledCheck } from "../checks/types.js";
import { compilePattern, type Pattern } from "../patterns/pattern.js";
import type { Pack, Rule } from "./types.js";

export interface CompiledRule {
  rule: Rule;
  pack: string;
  check: CompiledCheck;
}

/** `trusted`: the packs were validated by the build (precompiled), so patterns are not re-checked. */
export function compileRules(
  packs: readonly Pack[],
  kinds: ReadonlyMap<string, CheckKind>,
  trusted = false,
): CompiledRule[] {
  const patternCache = new Map<string, Pattern>();
  const cachedPattern = (source: string): Pattern => {
    let pattern = patternCache.get(source);
    if (!pattern) {
      pattern = compilePattern(source, trusted);
      patternCache.set(source, pattern);
    }
    return pattern;
  };
  const compiled: CompiledRule[] = [];
  for (const pack of packs) {
    for (const rule of pack.rules) {
      const kind = kinds.get(rule.check.kind);
      // Validation rejects unknown kinds before we get here; this guards programmatic callers.
      if (!kind) throw new Error(`rule ${rule.id}: unknown check kind "${rule.check.kind}"`);
      const { kind: _kind, ...options } = rule.check;
      const check = kind.compile(options, { ruleId: rule.id, compilePattern: cachedPattern });
      compiled.push({ rule, pack: pack.name, check });
    }
  }
  return compiled;
}
