// Regenerates the documentation the CLI can print (npm run docs, after npm run build):
// docs/rules.md from `disclint rules list`, and the "Check kinds" section that ends
// docs/rule-format.md from `disclint rules kinds`. tests/cli/generated-docs.test.ts fails when
// either is out of date.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

const cli = (...args) => execFileSync(process.execPath, ["bin/disclint.cjs", ...args], { encoding: "utf8" });

writeFileSync("docs/rules.md", cli("rules", "list", "--format", "markdown"));

const ruleFormat = readFileSync("docs/rule-format.md", "utf8");
const heading = ruleFormat.indexOf("## Check kinds\n");
if (heading < 0) throw new Error('docs/rule-format.md has no "## Check kinds" section');
writeFileSync(
  "docs/rule-format.md",
  ruleFormat.slice(0, heading) + cli("rules", "kinds", "--format", "markdown"),
);
