/** docs/rules.md is the Markdown form of `disclint rules list`; it must not fall out of date. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const root = join(import.meta.dirname, "..", "..");

describe("docs/rules.md", () => {
  it("is what `disclint rules list --format markdown` prints now", async () => {
    const result = await runCli(["rules", "list", "--format", "markdown"], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("| `hkex/disclaimer` |");
    expect(
      readFileSync(join(root, "docs", "rules.md"), "utf8"),
      "regenerate: node bin/disclint.cjs rules list --format markdown > docs/rules.md",
    ).toBe(result.stdout);
  });
});
