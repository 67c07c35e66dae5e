/**
 * The documentation the CLI prints must not fall out of date: docs/rules.md is `disclint rules
 * list --format markdown`, and docs/rule-format.md ends with `disclint rules kinds --format
 * markdown`, generated from the kinds' own descriptions. `npm run docs` regenerates both.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const root = join(import.meta.dirname, "..", "..");
const read = (file: string) => readFileSync(join(root, "docs", file), "utf8");

describe("generated documentation", () => {
  it("docs/rules.md is what `disclint rules list --format markdown` prints now", async () => {
    const result = await runCli(["rules", "list", "--format", "markdown"], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("| `hkex/disclaimer` |");
    expect(read("rules.md"), "regenerate with npm run docs").toBe(result.stdout);
  });

  it("docs/rule-format.md ends with the kinds as `disclint rules kinds --format markdown` describes them", async () => {
    const result = await runCli(["rules", "kinds", "--format", "markdown"], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("### `required` — a statement that must be present");
    const ruleFormat = read("rule-format.md");
    expect(ruleFormat.slice(ruleFormat.indexOf("## Check kinds\n")), "regenerate with npm run docs").toBe(
      result.stdout,
    );
  });
});
