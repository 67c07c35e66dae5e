/**
 * `disclint rules kinds`: the check kinds and their options, from the kinds' own descriptions.
 * The Markdown form is the "Check kinds" section of docs/rule-format.md (a test keeps it current).
 */
import { type CheckKind, ENGINE_PLACEHOLDERS } from "../checks/types.js";
import { UsageError } from "../domain/usage-error.js";

export function renderKindList(kinds: Iterable<CheckKind>, format: string): string {
  const list = [...kinds];
  switch (format) {
    case "markdown":
      return `${["## Check kinds", "", INTRO, ...list.flatMap(kindSection)].join("\n")}\n`;
    case "text": {
      const width = Math.max(...list.map((kind) => kind.name.length));
      return `${list.map((kind) => `${kind.name.padEnd(width)}  ${kind.docs.summary}`).join("\n")}\n`;
    }
    default:
      throw new UsageError(`unknown format "${format}" (choose text or markdown)`);
  }
}

const INTRO = [
  "<!-- Generated from the kinds in src/checks/ by `disclint rules kinds --format markdown`",
  "     (npm run docs); a test fails when this section is out of date. -->",
  "",
  `Every kind's message and suggestion may also use ${ENGINE_PLACEHOLDERS.map((name) => `\`{{${name}}}\``).join(", ")}`,
  "(the issuer's name and stock code, the company and product a suggested statement names, and",
  "the finding's kind). Any other `{{placeholder}}` must be one the kind fills: a pack that uses",
  "another is rejected (`unknown-placeholder`).",
].join("\n");

function kindSection(kind: CheckKind): string[] {
  return [
    "",
    `### \`${kind.name}\` — ${kind.docs.summary}`,
    "",
    "```yaml",
    kind.docs.example.trimEnd(),
    "```",
    "",
    kind.docs.details.trimEnd(),
    "",
    `Message data: ${kind.placeholders.map((name) => `\`{{${name}}}\``).join(", ")}.`,
  ];
}
