/**
 * CONTRIBUTING.md's walkthroughs, followed exactly as written on a copy of the project: each
 * `ts` block whose first line names a file either creates that file (a new kind, a new format)
 * or, for a registry, adds its import lines after the last import and its other lines at the end
 * of the list. The copy must type-check, and the new kind and format must work through the CLI:
 * a pack using the kind validates and passes its examples, a misspelt placeholder is a pack
 * error, and `check --format tsv` prints the kind's finding.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const COPIED = ["src", "rules", "schemas", "data", "bin", "package.json"];

interface Step {
  file: string;
  lines: string[];
}

/** The `ts` blocks of the walkthroughs, each with the file its first line names. */
function walkthroughSteps(markdown: string): Step[] {
  const steps: Step[] = [];
  for (const match of markdown.matchAll(/^( *)```ts\n([\s\S]*?)^\1```$/gm)) {
    const indent = match[1]?.length ?? 0;
    const lines = (match[2] ?? "").split("\n").map((line) => line.slice(indent));
    const file = /^\/\/ (src\/\S+\.ts)$/.exec(lines[0] ?? "")?.[1];
    if (file)
      steps.push({ file, lines: lines.slice(1).filter((line, i, all) => i < all.length - 1 || line !== "") });
  }
  return steps;
}

/** A registry edit: imports after the last import, list entries before the list's closing `]`. */
function addToRegistry(text: string, added: readonly string[]): string {
  const lines = text.split("\n");
  const imports = added.filter((line) => line.startsWith("import "));
  const entries = added.filter((line) => !line.startsWith("import ") && line.trim() !== "");
  const lastImport = lines.findLastIndex((line) => line.startsWith("import ") || line.startsWith("} from "));
  lines.splice(lastImport + 1, 0, ...imports);
  const close = lines.findIndex((line, index) => index > lastImport && /^\s*\]/.test(line));
  lines.splice(close, 0, ...entries);
  return lines.join("\n");
}

let copy = "";
const steps = walkthroughSteps(readFileSync(join(ROOT, "CONTRIBUTING.md"), "utf8"));

function cli(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", join(copy, "src/cli/entry.ts"), ...args], {
    cwd: copy,
    encoding: "utf8",
  });
}

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), "disclint-contributing-"));
  for (const entry of COPIED) cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"), "dir");
  for (const step of steps) {
    const path = join(copy, step.file);
    const body = `${step.lines.join("\n")}\n`;
    writeFileSync(path, existsSync(path) ? addToRegistry(readFileSync(path, "utf8"), step.lines) : body);
  }
  writeFileSync(
    join(copy, "tsconfig.json"),
    readFileSync(join(ROOT, "tsconfig.json"), "utf8").replace(/"include": \[[^\]]*\]/, '"include": ["src"]'),
  );
}, 60_000);

const PACK = (message: string) => `name: house
title: House style
version: 0.1.0
rules:
  - id: house/short-paragraphs
    title: Paragraphs stay short
    severity: warning
    message: "${message}"
    citation: { source: House style guide, url: https://example.com/style, verified: false }
    check:
      kind: paragraph-length
      maxCharacters: 80
    examples:
      valid:
        - text: Lumen Harbour Biotech Limited announces a board meeting.
        - text: 朗港生物科技有限公司宣佈召開董事會會議。
      invalid:
        - kind: deviates
          text: Lumen Harbour Biotech Limited announces that its board will meet to approve the interim results and to consider an interim dividend.
        - kind: deviates
          text: 朗港生物科技有限公司宣佈，董事會將舉行會議，藉以批准本公司截至二零二六年六月三十日止六個月的中期業績，以及考慮派發中期股息（如有），並處理其他事項，包括審議本公司的年度預算、審閱內部監控報告及考慮委任新任核數師等事宜。
`;

describe("CONTRIBUTING.md walkthroughs", () => {
  it("name the kind's file, the format's file and their registries, and nothing else", () => {
    expect(steps.map((step) => step.file)).toEqual([
      "src/checks/paragraph-length.ts",
      "src/checks/registry.ts",
      "src/report/tsv.ts",
      "src/report/reporters.ts",
    ]);
  });

  it("leave a project that type-checks", () => {
    const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
    expect(() =>
      execFileSync(process.execPath, [tsc, "--noEmit", "-p", copy], { encoding: "utf8" }),
    ).not.toThrow();
  }, 120_000);

  it("give a kind that packs can use, with its placeholders checked and its docs listed", () => {
    writeFileSync(join(copy, "house.yaml"), PACK("A paragraph of {{length}} characters, over {{limit}}."));
    expect(cli("rules", "validate", "house.yaml").status).toBe(0);
    const tested = cli("rules", "test", "house.yaml");
    expect(tested.stdout).toContain("4 passed, 0 failed");
    expect(cli("rules", "kinds").stdout).toMatch(/paragraph-length +no paragraph longer than a limit/);
    writeFileSync(join(copy, "misspelt.yaml"), PACK("A paragraph of {{lenght}} characters."));
    const misspelt = cli("rules", "validate", "misspelt.yaml");
    expect(misspelt.status).toBe(2);
    expect(misspelt.stderr).toContain("unknown-placeholder");
    expect(misspelt.stderr).toContain("did you mean `length`?");
  }, 60_000);

  it("give a format the CLI prints the kind's findings in", () => {
    const draft = join(copy, "draft.txt");
    writeFileSync(draft, `Short opening.\n\n${"A very long paragraph. ".repeat(6)}\n`);
    const checked = cli("check", "draft.txt", "--pack", "house.yaml", "--format", "tsv");
    expect(checked.stdout).toBe(
      "draft.txt\t3\t1\twarning\thouse/short-paragraphs\tA paragraph of 137 characters, over 80.\n",
    );
    expect(cli("check", "--help").stdout).toContain("tsv");
  }, 60_000);
});
