/**
 * `check_text` over the MCP protocol (in-memory transport): the findings of a hand-made draft,
 * each at the place the defect was put, with the prescribed wording, the word diff and the
 * citation; issuer settings given as arguments; the other language version compared.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CheckOutput, FindingOutput } from "../../src/mcp/output-schemas.js";
import { type Connected, call, connect, textOf } from "./connect.js";
import { FERNCLIFF_EN, FERNCLIFF_ZH, positionOf } from "./fixture.js";

let root: string;
let connected: Connected;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "disclint-mcp-text-"));
  connected = await connect([root]);
});
afterAll(async () => {
  await connected.close();
  rmSync(root, { recursive: true, force: true });
});

async function checkText(args: Record<string, unknown>): Promise<CheckOutput> {
  const result = await call(connected.client, "check_text", args);
  expect(result.isError, textOf(result)).toBeFalsy();
  return result.structuredContent as unknown as CheckOutput;
}

function only(findings: readonly FindingOutput[], ruleId: string): FindingOutput {
  const matching = findings.filter((finding) => finding.ruleId === ruleId);
  expect(matching, `findings of ${ruleId}`).toHaveLength(1);
  return matching[0] as FindingOutput;
}

describe("check_text", () => {
  it("reports the shortened disclaimer at line 1 with the prescribed wording, the word diff and the quoted provision", async () => {
    const output = await checkText({ text: FERNCLIFF_EN });
    const disclaimer = only(output.findings, "hkex/disclaimer");
    const firstLine = FERNCLIFF_EN.split("\n")[0] ?? "";
    expect(disclaimer).toMatchObject({ severity: "warning", kind: "deviates" });
    expect(disclaimer.location).toMatchObject({
      line: 1,
      column: 1,
      where: "line 1, column 1",
      text: firstLine,
    });
    expect(disclaimer.expected).toContain("expressly disclaim any liability whatsoever");
    // The diff rebuilds both texts: equal + removed is the prescribed wording, equal + added the draft's.
    const diff = disclaimer.diff ?? [];
    const rebuilt = (op: string) =>
      diff
        .filter((part) => part.op === "equal" || part.op === op)
        .map((part) => part.text)
        .join("");
    expect(rebuilt("removed")).toBe(disclaimer.expected);
    expect(rebuilt("added")).toBe(firstLine);
    expect(disclaimer.citation).toMatchObject({ verified: true, basis: "listing-rule" });
    expect(disclaimer.citation.quote).toMatch(/disclaimer/);
    expect(disclaimer.suggestion?.text).toBe(disclaimer.expected);
  });

  it("reports the wrong weekday and the placeholder where they are, with the corrected weekday", async () => {
    const output = await checkText({ text: FERNCLIFF_EN });
    const weekday = only(output.findings, "hkex/weekday-date");
    const friday = positionOf(FERNCLIFF_EN, "Friday, 5 March 2026");
    expect(weekday.kind).toBe("inconsistent");
    expect(weekday.location).toMatchObject(friday);
    expect(weekday.location.text).toBe("Friday, 5 March 2026");
    expect(weekday.message).toContain("Thursday");
    expect(weekday.suggestion).toMatchObject({ text: "Thursday", location: { ...friday, text: "Friday" } });

    const placeholder = only(output.findings, "hkex/placeholders");
    expect(placeholder.location).toMatchObject({ ...positionOf(FERNCLIFF_EN, "[●]"), text: "[●]" });
  });

  it("says in its text summary what it found, and repeats the content as JSON for text-only clients", async () => {
    const result = await call(connected.client, "check_text", {
      text: FERNCLIFF_EN,
      fileName: "ferncliff.txt",
    });
    const [summary, json] = result.content;
    expect(summary?.type === "text" && summary.text).toMatch(
      /^ferncliff\.txt: \d+ errors?, \d+ warnings?, \d+ infos?/,
    );
    expect(summary?.type === "text" && summary.text).toContain("line 1, column 1: warning hkex/disclaimer:");
    expect(json?.type === "text" && JSON.parse(json.text)).toEqual(result.structuredContent);
  });

  it("applies the issuer settings it is given: an 18A issuer's draft lacks the cautionary statement", async () => {
    const unknown = await checkText({ text: FERNCLIFF_EN });
    expect(
      unknown.findings.filter(
        (finding) => finding.ruleId === "hkex/18a-cautionary" && finding.kind === "missing",
      ),
    ).toEqual([]);

    const stated = await checkText({
      text: FERNCLIFF_EN,
      regimes: ["18A"],
      stockCode: "9872",
      board: "main",
    });
    const cautionary = only(stated.findings, "hkex/18a-cautionary");
    expect(cautionary).toMatchObject({ kind: "missing", severity: "warning" });
    expect(stated.issuer.regimes?.value).toEqual(["18A"]);
    expect(stated.issuer.stockCode?.value).toBe("9872");
  });

  it("judges by the as-of date it is given", async () => {
    const output = await checkText({ text: FERNCLIFF_EN, asOf: "2026-04-01" });
    expect(output.issuer.asOf?.value).toBe("2026-04-01");
  });

  it("compares the other language version and reports the differing date in both", async () => {
    const output = await checkText({ text: FERNCLIFF_EN, pairText: FERNCLIFF_ZH, regimes: [] });
    const english = only(output.findings, "hkex/bilingual-parity");
    expect(english.location.line).toBe(positionOf(FERNCLIFF_EN, "5 March 2026").line);
    expect(english.location.text).toContain("5 March 2026");
    expect(output.pair?.language).toBe("zh-Hant");
    const chinese = only(output.pair?.findings ?? [], "hkex/bilingual-parity");
    expect(chinese.location.line).toBe(positionOf(FERNCLIFF_ZH, "2026年3月6日").line);
    expect(chinese.location.text).toContain("2026年3月6日");
  });

  it("reads HTML when the name or the format says so", async () => {
    const html = `<html><body>\n${FERNCLIFF_EN.split("\n\n")
      .map((paragraph) => `<p>${paragraph.replaceAll("\n", "<br>")}</p>`)
      .join("\n")}\n</body></html>\n`;
    for (const args of [{ fileName: "ferncliff.html" }, { format: "html" }]) {
      const output = await checkText({ text: html, ...args });
      expect(output.format).toBe("html");
      expect(only(output.findings, "hkex/placeholders").location.text).toBe("[●]");
    }
  });
});

describe("check_text refuses, as tool errors", () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ["an empty text", { text: " \n " }, /the text is empty/],
    ["a Word file name", { text: FERNCLIFF_EN, fileName: "draft.docx" }, /check_file/],
    ["a name it cannot read", { text: FERNCLIFF_EN, fileName: "draft.rtf" }, /"format"/],
    [
      "a date that does not exist",
      { text: FERNCLIFF_EN, asOf: "2026-02-30" },
      /real calendar date \(YYYY-MM-DD\) at asOf/,
    ],
    ["a month that does not exist", { text: FERNCLIFF_EN, asOf: "2026-13-45" }, /real calendar date/],
    ["a date in words", { text: FERNCLIFF_EN, asOf: "yesterday" }, /YYYY-MM-DD at asOf/],
    ["a regime that does not exist", { text: FERNCLIFF_EN, regimes: ["18B"] }, /regimes/],
    ["a misnamed argument", { text: FERNCLIFF_EN, stock_code: "9872" }, /stock_code/],
    ["a text that is not a string", { text: 42 }, /text/],
  ];
  for (const [what, args, message] of cases) {
    it(`${what}, and stays up`, async () => {
      const result = await call(connected.client, "check_text", args);
      expect(result.isError).toBe(true);
      expect(textOf(result)).toMatch(message);
      expect(textOf(result)).not.toMatch(/\n\s+at /);
      const after = await call(connected.client, "check_text", { text: FERNCLIFF_EN });
      expect(after.isError).toBeFalsy();
    });
  }
});
