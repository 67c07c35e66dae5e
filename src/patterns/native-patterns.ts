/**
 * Patterns that run as native V8 RegExps instead of re2js.
 *
 * A backtracking engine is only safe on a pattern proven to match in linear time, so a pattern
 * runs natively only when (1) native-translation.ts can write it as a JS RegExp with the same
 * matches, (2) it cannot match the empty string and repeats nothing that can (the two places
 * where RE2 and JS differ on how often an empty iteration counts), and (3) the `recheck` ReDoS
 * analyser's automaton checker proved the translation linear at build time
 * (scripts/prove-patterns.mjs). The build saves the proven translations beside the precompiled
 * packs; everything else — unproven patterns, user packs not seen at build time — stays on re2js.
 * A proof holds for the pattern text, whoever wrote it, so a user pack that repeats a bundled
 * pattern verbatim also runs natively.
 */

import { type NativeSource, toNativeSource } from "./native-translation.js";
import { isNullable, parseRegex, type RegexNode, someNode } from "./regex-ast.js";

export type { NativeSource } from "./native-translation.js";

const proven = new Map<string, NativeSource>();

/** The JS translation of an RE2 pattern, when it is one the build may try to prove linear. */
export function nativeCandidate(re2: string): NativeSource | undefined {
  let tree: RegexNode;
  try {
    tree = parseRegex(re2);
  } catch {
    return undefined;
  }
  if (isNullable(tree) || repeatsNullable(tree)) return undefined;
  return toNativeSource(re2);
}

/** A repeat of something that can match empty (`(a?)+`): backtracking may loop on it. */
function repeatsNullable(tree: RegexNode): boolean {
  return someNode(tree, (node) => node.type === "repeat" && node.max > 1 && isNullable(node.body));
}

/** Translations the build proved linear, keyed by their RE2 source. */
export function preloadNative(saved: Record<string, NativeSource>): void {
  for (const [re2, native] of Object.entries(saved)) proven.set(re2, native);
}

/** The proven translation of a pattern, or undefined when it must run on re2js. */
export function provenNative(re2: string): NativeSource | undefined {
  return proven.get(re2);
}

/** A global RegExp for a translation (each caller its own: exec moves lastIndex). */
export function globalRegExp(native: NativeSource): RegExp {
  return new RegExp(native.source, `${native.flags}g`);
}
