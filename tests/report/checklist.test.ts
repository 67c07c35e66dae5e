/**
 * The sign-off checklist: every requirement with its status, evidence or reason and citation,
 * and the manifest (tool, pack, config and input hashes, as-of date) in the Markdown, the JSON
 * report and SARIF, with hashes checked against the files themselves.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { CheckReport, SignOff } from "../../src/engine/types.js";
import { cell, checklistReporter } from "../../src/report/checklist.js";
import { expectValidReport } from "../helpers/report-schema.js";
import { runCli } from "../helpers/run-cli.js";
import { CWD, hostileReport } from "./hostile-report.js";

const root = join(import.meta.dirname, "..", "..");
const defectiveDir = join(root, "examples", "silverpine-bay");
const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest("hex");

function tableRows(markdown: string): string[][] {
  return markdown
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) =>
      line
        .slice(2, -2)
        .split(/(?<!\\) \| /)
        .map((part) => part.trim()),
    );
}

describe("checklist: a real run over the defective example", () => {
  let markdown: string;
  let report: CheckReport;
  let sarifSignOff: SignOff;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "disclint-checklist-"));
    try {
      const result = await runCli(
        [
          "check",
          ".",
          "--format",
          "checklist",
          "--format",
          `json:${dir}/r.json`,
          "--format",
          `sarif:${dir}/r.sarif`,
        ],
        { cwd: defectiveDir },
      );
      markdown = result.stdout;
      report = expectValidReport(readFileSync(join(dir, "r.json"), "utf8")) as CheckReport;
      sarifSignOff = JSON.parse(readFileSync(join(dir, "r.sarif"), "utf8")).runs[0].properties.signOff;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("lists every rule once, with the status the checklist gives it", () => {
    const entries = report.files[0]?.checklist ?? [];
    const rows = tableRows(markdown);
    expect(rows.map((row) => row[0]?.split("`")[1])).toEqual(entries.map((entry) => entry.ruleId));
    const statusWord = (text: string | undefined) =>
      text
        ?.replace(/[^a-z ]/g, "")
        .trim()
        .replace(" ", "-");
    expect(rows.map((row) => statusWord(row[1]))).toEqual(entries.map((entry) => entry.status));
    expect(entries.filter((entry) => entry.status === "fail").length).toBeGreaterThanOrEqual(5);
  });

  it("quotes the evidence for a pass, with its line and column", () => {
    const row = tableRows(markdown).find((cells) => cells[0]?.startsWith("`hkex/stock-code`"));
    expect(row?.[1]).toContain("pass");
    const evidence = row?.[3] ?? "";
    const [, line, column, quoted] = /^(\d+):(\d+) “([^”]+)”/.exec(evidence) ?? [];
    const text =
      readFileSync(join(defectiveDir, "defective-en.txt"), "utf8").split("\n")[Number(line) - 1] ?? "";
    expect(text.slice(Number(column) - 1)).toMatch(
      new RegExp(`^${quoted?.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
    );
    expect(quoted).toMatch(/9875/);
  });

  it("gives the reason a rule does not apply and links the citation", () => {
    const row = tableRows(markdown).find((cells) => cells[0]?.startsWith("`hkex/trading-halt`"));
    expect(row?.[1]).toContain("not applicable");
    expect(row?.[3]).toMatch(/applies to trading-halt/);
    expect(row?.[4]).toMatch(/^\[Main Board Listing Rule [^\]]+\]\(https:\/\/[^\s)]+\)$/);
  });

  it("ends with the sign-off manifest, the same in Markdown, JSON and SARIF", () => {
    const block = /## Sign-off manifest\n\n```json\n([\s\S]+?)\n```\n$/.exec(markdown)?.[1] ?? "{}";
    const manifest = JSON.parse(block) as SignOff;
    expect(manifest).toEqual(report.signOff);
    expect(sarifSignOff).toEqual(report.signOff);
  });

  it("hashes the input, the config and every pack file as they are on disk", () => {
    const manifest = report.signOff as SignOff;
    const input = readFileSync(join(defectiveDir, "defective-en.txt"));
    expect(manifest.inputs).toEqual([
      { path: "defective-en.txt", sha256: sha256(input), asOf: "2026-03-18" },
    ]);
    expect(manifest.configs).toEqual([
      { file: ".disclint.yaml", sha256: sha256(readFileSync(join(defectiveDir, ".disclint.yaml"))) },
    ]);
    expect(manifest.packs.length).toBeGreaterThan(3);
    for (const pack of manifest.packs) {
      expect(pack.file).toMatch(/^rules\/hkex\/[a-z-]+\.yaml$/);
      expect(pack.sha256).toBe(sha256(readFileSync(join(root, pack.file))));
      expect(pack.name).toBe("hkex");
    }
    expect(manifest.tool.version).toBe(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version);
  });
});

describe("checklist: hostile text", () => {
  const markdown = checklistReporter.render(hostileReport(), { color: false, cwd: CWD });

  it("keeps every row one table row, pipes and line breaks escaped", () => {
    const rows = tableRows(markdown);
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row).toHaveLength(5);
    expect(rows[0]?.[0]).toBe("`house/placeholders` No placeholders \\| none");
    expect(rows[0]?.[3]).not.toMatch(/[\r\n]/);
    expect(rows[0]?.[3]).toContain("&lt;b>");
    expect(rows[3]?.[3]).toBe("set issuer.regimes in .disclint.yaml to decide");
  });

  it("says which file could not be checked", () => {
    expect(markdown).toContain(
      "## /elsewhere/scan.pdf\n\n- **Not checked** (unreadable): cannot be read (permission denied)",
    );
  });

  it("escapes cells", () => {
    expect(cell("a | b\nc <i>")).toBe("a \\| b c &lt;i>");
  });
});
