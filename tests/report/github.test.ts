/**
 * GitHub workflow commands: escaping as GitHub's runner unescapes it (decoded here and compared
 * with the original), severity mapping, and the Markdown job summary appended to
 * GITHUB_STEP_SUMMARY by the CLI.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { escapeData, escapeProperty, githubReporter, renderJobSummary } from "../../src/report/github.js";
import { runCli } from "../helpers/run-cli.js";
import { CWD, HOSTILE_MESSAGE, hostileReport } from "./hostile-report.js";

const defectiveDir = join(import.meta.dirname, "..", "..", "examples", "silverpine-bay");

/** Reads a command line back the way the Actions runner does (see its ActionCommand parser). */
function decode(line: string): { command: string; properties: Record<string, string>; message: string } {
  const match = /^::([a-z]+) ([^:]*)::(.*)$/s.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const decodeValue = (text: string) =>
    text
      .replace(/%3A/g, ":")
      .replace(/%2C/g, ",")
      .replace(/%0D/g, "\r")
      .replace(/%0A/g, "\n")
      .replace(/%25/g, "%");
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? "").split(",")) {
    const [key, ...value] = pair.split("=");
    properties[key ?? ""] = decodeValue(value.join("="));
  }
  return { command: match[1] ?? "", properties, message: decodeValue(match[3] ?? "") };
}

describe("escaping", () => {
  it("escapes data: %, CR and LF", () => {
    expect(escapeData("50%\r\nnext: a,b")).toBe("50%25%0D%0Anext: a,b");
  });

  it("escapes properties: also : and ,", () => {
    expect(escapeProperty("a:b,c%\n")).toBe("a%3Ab%2Cc%25%0A");
    expect(escapeProperty("朗港")).toBe("朗港");
  });

  it("keeps every command on one line", () => {
    const output = githubReporter.render(hostileReport(), { color: false, cwd: CWD });
    const lines = output.trimEnd().split("\n");
    expect(lines).toHaveLength(3); // two open findings and one unreadable file
    for (const line of lines) expect(line).not.toMatch(/\r/);
  });
});

describe("github: annotations", () => {
  const lines = githubReporter.render(hostileReport(), { color: false, cwd: CWD }).trimEnd().split("\n");

  it("round-trips a hostile message and file name through GitHub's unescaping", () => {
    const error = lines
      .map(decode)
      .find((command) => command.properties.title?.startsWith("house/placeholders"));
    expect(error?.command).toBe("error");
    // The draft is a Word document: the annotation is on the file, placed by page and paragraph.
    expect(error?.message.split("\nMain Board Listing Rule 13.51A")[0]).toBe(
      `(page 2, paragraph 3) ${HOSTILE_MESSAGE}`,
    );
    expect(error?.properties).toEqual({
      file: "草稿 v1,final%.txt",
      title: "house/placeholders: No placeholders | none",
    });
  });

  it("maps info to notice, and reports an unreadable file as an error", () => {
    const commands = lines.map(decode);
    expect(commands.map((command) => command.command)).toEqual(["error", "notice", "error"]);
    expect(commands[2]?.properties.file).toBe("/elsewhere/scan.pdf");
    expect(commands[2]?.message).toBe("cannot be read (permission denied)");
  });

  it("annotates a real run at the finding's line", async () => {
    const result = await runCli(["check", ".", "--format", "github"], { cwd: defectiveDir });
    const placeholder = result.stdout
      .trimEnd()
      .split("\n")
      .map(decode)
      .find((command) => command.properties.title?.startsWith("hkex/placeholders"));
    const lines = readFileSync(join(defectiveDir, "defective-en.txt"), "utf8").split("\n");
    const { line, col, endColumn } = placeholder?.properties ?? {};
    expect(placeholder?.command).toBe("warning");
    expect(lines[Number(line) - 1]?.slice(Number(col) - 1, Number(endColumn) - 1)).toBe("[●]");
  });
});

describe("job summary", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("renders a table with a row per file, pipes escaped", () => {
    const summary = renderJobSummary(hostileReport(), CWD);
    const rows = summary.split("\n").filter((line) => line.startsWith("| "));
    expect(rows[0]).toBe("| File | Errors | Warnings | Info | Suppressed | Not checked |");
    expect(rows[1]).toBe("| 草稿 v1,final%.txt | 1 | 0 | 1 | 2 |  |");
    expect(rows[2]).toBe("| /elsewhere/scan.pdf | 0 | 0 | 0 | 0 | cannot be read (permission denied) |");
  });

  it("is appended to GITHUB_STEP_SUMMARY when the github format runs", async () => {
    const dir = mkdtempSync(join(tmpdir(), "disclint-summary-"));
    const file = join(dir, "summary.md");
    vi.stubEnv("GITHUB_STEP_SUMMARY", file);
    try {
      await runCli(["check", ".", "--format", "github"], { cwd: defectiveDir });
      await runCli(["check", ".", "--format", "github"], { cwd: defectiveDir });
      await runCli(["check", ".", "--format", "compact"], { cwd: defectiveDir });
      const summary = readFileSync(file, "utf8");
      expect(summary.match(/^## disclint$/gm)).toHaveLength(2);
      expect(summary).toMatch(/^\| defective-en\.txt \| \d+ \| [1-9]\d* \| \d+ \| 0 \| {2}\|$/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
