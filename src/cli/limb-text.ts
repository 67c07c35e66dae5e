/**
 * The essential parts of a rule's statement in plain words, for `rules explain` (text) and
 * docs/rules.md (Markdown): each limb's name, what it says, wordings it accepts and wordings
 * that reverse it (the samples the pack checks against the limb's patterns).
 */
import { limbLabel, type NamedLimbOption, statementLimbs } from "../checks/support/limbs.js";
import type { Rule } from "../rules/types.js";

const LANGUAGE_NAMES = { en: "English", zh: "Chinese" } as const;

const quoted = (phrases: readonly string[] | undefined) =>
  (phrases ?? []).map((phrase) => `"${phrase}"`).join("; ");

function limbLines(limb: NamedLimbOption): { title: string; details: string[] } {
  const details: string[] = [];
  const accepted = quoted(limb.samples?.accepted);
  const reversed = quoted(limb.samples?.reversed);
  if (accepted) details.push(`accepted, e.g. ${accepted}`);
  if (reversed) details.push(`reversed by, e.g. ${reversed}`);
  if (limb.exceptDocumentKinds?.length)
    details.push(`not required in: ${limb.exceptDocumentKinds.join(", ")}`);
  return { title: `${limbLabel(limb.name)} — ${limb.means}`, details };
}

/** Plain text for `rules explain`; empty when the rule's statement names no limbs. */
export function limbsAsText(rule: Rule): string[] {
  const groups = statementLimbs(rule.check);
  if (groups.length === 0) return [];
  const lines = ["", "Essential parts (each must be present, and none reversed):"];
  for (const { language, limbs } of groups) {
    lines.push(`  ${LANGUAGE_NAMES[language]}:`);
    for (const limb of limbs) {
      const { title, details } = limbLines(limb);
      lines.push(`    - ${title}`, ...details.map((detail) => `        ${detail}`));
    }
  }
  return lines;
}

/** A Markdown section per rule with named limbs, for docs/rules.md. */
export function limbsAsMarkdown(rules: readonly Rule[]): string[] {
  const sections = rules.flatMap((rule) => {
    const groups = statementLimbs(rule.check);
    if (groups.length === 0) return [];
    const lines = ["", `### \`${rule.id}\` — ${rule.title}`];
    for (const { language, limbs } of groups) {
      lines.push("", `${LANGUAGE_NAMES[language]}:`, "");
      for (const limb of limbs) {
        const { title, details } = limbLines(limb);
        lines.push(`- **${title}**`, ...details.map((detail) => `  - ${detail}`));
      }
    }
    return lines;
  });
  if (sections.length === 0) return [];
  return [
    "",
    "## Essential parts of the prescribed statements",
    "",
    "A statement is judged on these parts: a part that is missing, or worded so that it says the opposite, is reported as `deviates` and named.",
    ...sections,
  ];
}
