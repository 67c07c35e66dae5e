/**
 * Checks an English and a Chinese version of the same announcement against each other: the
 * rules whose kind compares two versions (`parity`) report, in each version, the facts that
 * differ from the other. Pure, like checkDocument; lint-file.ts post-processes the findings
 * with each version's own.
 */
import type { RunContext } from "../checks/types.js";
import type { Severity } from "../domain/severity.js";
import type { CompiledRule } from "../rules/compile-rules.js";
import { applicability } from "./applicability.js";
import { toFinding } from "./check-document.js";
import type { Finding } from "./types.js";

type PairSide = RunContext;

export function checkPair(
  english: PairSide,
  chinese: PairSide,
  rules: readonly CompiledRule[],
  ruleSettings: Readonly<Record<string, Severity | "off">> = {},
): { english: Finding[]; chinese: Finding[] } {
  const found = { english: [] as Finding[], chinese: [] as Finding[] };
  for (const compiled of rules) {
    if (!compiled.check.runPair) continue;
    const setting = ruleSettings[compiled.rule.id];
    if (setting === "off") continue;
    if (applicability(compiled.rule, english.profile, english.document).status !== "applies") continue;
    const severity = setting ?? compiled.rule.severity;
    const raw = compiled.check.runPair(english, chinese);
    // The file name, not the full path: the message is read beside the other file's own path.
    const otherName = (side: PairSide) => side.document.path.split(/[\\/]/).pop() ?? side.document.path;
    found.english.push(
      ...raw.english.map((item) =>
        toFinding(english.document, compiled, severity, withOther(item, otherName(chinese)), english.profile),
      ),
    );
    found.chinese.push(
      ...raw.chinese.map((item) =>
        toFinding(chinese.document, compiled, severity, withOther(item, otherName(english)), chinese.profile),
      ),
    );
  }
  return found;
}

function withOther<T extends { data?: Record<string, string | number> }>(raw: T, otherPath: string): T {
  return { ...raw, data: { ...raw.data, otherFile: otherPath } };
}
