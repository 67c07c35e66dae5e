import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OutputList } from "../../src/cli/output-list.js";
import { runCli } from "../helpers/run-cli.js";

describe("OutputList", () => {
  it("defaults to stylish on standard output", () => {
    expect(new OutputList().list()).toEqual([{ format: "stylish" }]);
  });

  it("binds each --output to the --format before it, and reads format:file", () => {
    const outputs = new OutputList();
    outputs.add("json");
    outputs.direct("out.json");
    outputs.add("stylish");
    outputs.add("sarif:report.sarif");
    expect(outputs.list()).toEqual([
      { format: "json", path: "out.json" },
      { format: "stylish" },
      { format: "sarif", path: "report.sarif" },
    ]);
  });

  it("gives an --output before any --format to the first format, or to the default", () => {
    const before = new OutputList();
    before.direct("out.json");
    before.add("json");
    expect(before.list()).toEqual([{ format: "json", path: "out.json" }]);
    const alone = new OutputList();
    alone.direct("report.txt");
    expect(alone.list()).toEqual([{ format: "stylish", path: "report.txt" }]);
  });

  it("refuses two outputs for one format", () => {
    const outputs = new OutputList();
    outputs.add("json");
    outputs.direct("a.json");
    expect(() => outputs.direct("b.json")).toThrow(/already goes to a.json/);
  });
});

describe("reports on standard output, through the command line", () => {
  const draft = "Lumen Harbour Biotech Limited\n(Stock Code: 9876)\n\nThe record date is [TBD].\n";

  it("refuses two formats that would both go to standard output, saying how to split them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "disclint-outputs-"));
    writeFileSync(join(dir, "draft.txt"), draft);
    const result = await runCli(["check", "draft.txt", "--format", "json", "--format", "sarif"], {
      cwd: dir,
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("json and sarif would both go to standard output");
    expect(result.stderr).toContain("--output");
  });

  it("allows several formats when all but one have their own file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "disclint-outputs-"));
    writeFileSync(join(dir, "draft.txt"), draft);
    const result = await runCli(
      [
        "check",
        "draft.txt",
        "--format",
        "json",
        "--format",
        "sarif",
        "--output",
        "report.sarif",
        "-f",
        "junit:report.xml",
      ],
      { cwd: dir },
    );
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toHaveProperty("files");
    expect(JSON.parse(readFileSync(join(dir, "report.sarif"), "utf8"))).toHaveProperty("runs");
    expect(readFileSync(join(dir, "report.xml"), "utf8")).toContain("<testsuites");
  });
});
