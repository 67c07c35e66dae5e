import { describe, expect, it } from "vitest";
import { bundledReferenceData } from "../../src/bundled/reference-data.js";
import { haltDuration } from "../../src/checks/halt-duration.js";
import { createDocument } from "../../src/document/create-document.js";
import { compilePattern } from "../../src/patterns/pattern.js";

const check = haltDuration.compile(
  { haltAnchors: ["\\bhalted with effect from\\b"], suspensionWords: ["\\bsuspended\\b"] },
  { ruleId: "test/halt", compilePattern },
);

function run(haltDate: string, documentDate: string) {
  const text = `TRADING HALT\n\nTrading in the shares of Lumen Harbour Biotech Limited was halted with effect from 9:00 a.m. on ${haltDate} pending the release of an announcement.\n\nHong Kong, ${documentDate}\n`;
  const document = createDocument({ path: "t.txt", format: "text", text });
  return check.run({
    document,
    profile: { asOf: { value: "2026-11-25", source: "cli" } },
    data: bundledReferenceData(),
  });
}

describe("halt-duration", () => {
  it("counts trading days with the Hong Kong holidays: Easter 2026 leaves one trading day", () => {
    // Thu 2 April 2026; 3 and 4 April (Good Friday and the day after) and 6 April (the day after
    // Ching Ming, which fell on a Sunday) are general holidays, so only 2 April was a trading day.
    expect(run("2 April 2026", "7 April 2026")).toEqual([]);
  });

  it("reports a halt that has lasted more than two trading days, with the count", () => {
    const [finding] = run("Tuesday, 10 March 2026", "16 March 2026");
    expect(finding?.kind).toBe("inconsistent");
    expect(finding?.data?.days).toBe(4); // 10, 11, 12 and 13 March
  });

  it("says nothing when the text already calls it a suspension", () => {
    const text =
      "Trading was halted with effect from 9:00 a.m. on 2 March 2026 and has been suspended since.\n\nHong Kong, 20 March 2026\n";
    const document = createDocument({ path: "t.txt", format: "text", text });
    expect(
      check.run({
        document,
        profile: { asOf: { value: "2026-11-25", source: "cli" } },
        data: bundledReferenceData(),
      }),
    ).toEqual([]);
  });
});
