/**
 * Runs every rule's own examples: each valid text must give no finding for that rule, each
 * invalid text at least one finding of the kind it names. `disclint rules test` and the test
 * suite both call this, so adding a rule to a pack adds its tests.
 */

import type { ReferenceData, RunContext } from "../checks/types.js";
import { createDocument } from "../document/create-document.js";
import type { ProfileSettings } from "../domain/issuer.js";
import { resolveProfile } from "../profile/resolve-profile.js";
import type { CompiledRule } from "../rules/compile-rules.js";
import type { ExampleProfile, ValidExample } from "../rules/types.js";
import { checkDocument } from "./check-document.js";
import { checkPair } from "./check-pair.js";
import { postProcess } from "./post-process.js";
import type { Finding } from "./types.js";

export interface ExampleOutcome {
  ruleId: string;
  expectation: "valid" | "invalid";
  index: number;
  passed: boolean;
  /** Why it failed, in one sentence. */
  reason?: string;
  findings: Finding[];
}

/**
 * `data` gives the checks their calendar and rule aliases; its issuer registry is not consulted,
 * since examples are about fictional issuers and state what the rule needs in their `profile`.
 */
export function runExamples(
  rules: readonly CompiledRule[],
  today: string,
  data: ReferenceData,
): ExampleOutcome[] {
  const outcomes: ExampleOutcome[] = [];
  for (const compiled of rules) {
    const { rule } = compiled;
    rule.examples.valid.forEach((example, index) => {
      const findings = runOne(compiled, example, today, data);
      outcomes.push({
        ruleId: rule.id,
        expectation: "valid",
        index,
        passed: findings.length === 0,
        ...(findings.length > 0 && {
          reason: `expected no finding, got ${findings.map((f) => `${f.kind} (${f.message})`).join("; ")}`,
        }),
        findings,
      });
    });
    rule.examples.invalid.forEach((example, index) => {
      const findings = runOne(compiled, example, today, data);
      const passed = findings.some((finding) => finding.kind === example.kind);
      outcomes.push({
        ruleId: rule.id,
        expectation: "invalid",
        index,
        passed,
        ...(!passed && {
          reason:
            findings.length === 0
              ? `expected a ${example.kind} finding, got none`
              : `expected a ${example.kind} finding, got ${findings.map((f) => f.kind).join(", ")}`,
        }),
        findings,
      });
    });
  }
  return outcomes;
}

function runOne(
  compiled: CompiledRule,
  example: ValidExample,
  today: string,
  data: ReferenceData,
): Finding[] {
  const side = (text: string, name: string): RunContext => {
    const document = createDocument({ path: `<${compiled.rule.id} ${name}>`, format: "text", text });
    const profile = resolveProfile({ document, today, config: toSettings(example.profile) });
    // Mark facts given by the example as such, so reports on examples do not claim a config file.
    for (const fact of Object.values(profile)) if (fact && fact.source === "config") fact.source = "example";
    return { document, profile, data };
  };
  const main = side(example.text, "example");
  if (example.pair === undefined) return postProcess(checkDocument(main, [compiled]).findings);
  const paired = checkPair(main, side(example.pair, "paired example"), [compiled]);
  return [...postProcess(paired.english), ...postProcess(paired.chinese)];
}

function toSettings(profile: ExampleProfile | undefined): ProfileSettings {
  if (!profile) return {};
  const { documentKind, asOf, ...issuer } = profile;
  return { issuer, ...(documentKind && { documentKind }), ...(asOf && { asOf }) };
}
