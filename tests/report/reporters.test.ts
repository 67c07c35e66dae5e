/**
 * The three core formats over the same run: JSON valid against its schema, compact lines of
 * the stated shape, stylish with a code frame whose caret sits under the span (also in CJK).
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonReporter } from "../../src/report/json.js";
import { expectValidReport } from "../helpers/report-schema.js";
import { runCli } from "../helpers/run-cli.js";
import { CWD, hostileReport } from "./hostile-report.js";

const examples = join(import.meta.dirname, "..", "..", "examples");
const defective = join(examples, "silverpine-bay");

describe("reporters", () => {
  it("json: every report validates against schemas/report.schema.json", async () => {
    for (const args of [
      ["check", "."],
      ["check", ".", "--quiet"],
      ["check", "missing.txt", "."],
    ]) {
      const result = await runCli([...args, "--format", "json"], { cwd: examples });
      const report = expectValidReport(result.stdout) as { summary: { files: number } };
      expect(report.summary.files).toBeGreaterThan(0);
    }
  });

  it("compact: one finding a line, path:line:col: severity: message [rule-id]", async () => {
    const result = await runCli(["check", ".", "--format", "compact"], { cwd: defective });
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      expect(line).toMatch(
        /^defective-en\.txt:\d+:\d+: (error|warning|info): .+ \[[a-z0-9-]+\/[a-z0-9-]+\]$/,
      );
    }
  });

  it("stylish: grouped by file, a caret under the span, and a summary line", async () => {
    const result = await runCli(["check", "."], { cwd: defective });
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe("defective-en.txt");
    const placeholder = lines.findIndex((line) => line.includes("hkex/placeholders"));
    expect(placeholder).toBeGreaterThan(0);
    const frame = lines[placeholder + 1] ?? "";
    const caret = lines[placeholder + 2] ?? "";
    expect(frame.slice(caret.indexOf("^"), caret.lastIndexOf("^") + 1)).toBe("[●]");
    expect(result.stdout).toMatch(/✖ \d+ problems \(\d+ errors?, \d+ warnings?, \d+ info\), in 1 file\n$/);
    expect(result.stdout).not.toContain(String.fromCharCode(27)); // no colour when not on a terminal
  });

  it("stylish: the caret is placed by display width under Chinese text", async () => {
    const result = await runCli(["check", "--stdin", "--stdin-filename", "draft.txt", "--no-regime"], {
      cwd: defective,
      stdin:
        "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責。本公司將於[●]舉行會議。",
    });
    const lines = result.stdout.split("\n");
    const index = lines.findIndex((line) => line.includes("hkex/placeholders"));
    const frame = lines[index + 1] ?? "";
    const caret = lines[index + 2] ?? "";
    // Each CJK character is two columns wide: count display width up to the caret.
    const before = frame.slice(0, frame.indexOf("[●]"));
    const width = [...before].reduce(
      (sum, char) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 2 : 1),
      0,
    );
    expect(caret.indexOf("^")).toBe(width);
  });
});

describe("json reporter", () => {
  it("leaves the checked text out of each file and keeps every other key, in order", () => {
    const report = hostileReport();
    expect(report.files.some((file) => file.checkedText !== undefined)).toBe(true);
    const written = jsonReporter.render(report, { color: false, cwd: CWD });
    expect(written).not.toContain('"checkedText"');
    const files = report.files.map(({ checkedText: _text, ...rest }) => rest);
    expect(written).toBe(`${JSON.stringify({ ...report, files }, null, 2)}\n`);
  });
});
