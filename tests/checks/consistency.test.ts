import { describe, expect, it } from "vitest";
import { type ConsistencyOptions, consistency } from "../../src/checks/consistency.js";
import type { RawFinding } from "../../src/checks/types.js";
import type { Profile } from "../../src/profile/types.js";
import { PatternSyntaxError } from "../../src/rules/pattern.js";
import { announcement, BODY, TWO_ENTITY } from "./fixtures.js";
import { compileContext, emptyProfile, runCheck, textOf } from "./helpers.js";

const stockCode: ConsistencyOptions = {
  pattern: "(?:stock code|股份代號)\\s*:?\\s*(?P<value>\\d{1,5})",
  normalise: ["strip-leading-zeros"],
  requiredIn: "top",
  profileKey: "stockCode",
};

const withLater = (sentence: string) =>
  announcement(TWO_ENTITY).replace("Shareholders and potential", `${sentence}\n\nShareholders and potential`);

const profileWithCode = (code: string): Profile => ({
  ...emptyProfile,
  stockCode: { value: code, source: "config" },
});

describe("consistency: stock codes", () => {
  it("treats codes that differ only by leading zeros as the same", () => {
    const text = withLater("The shares are traded under stock code 09876 on the Main Board.");
    expect(runCheck(consistency, stockCode, text).findings).toEqual([]);
  });

  it("reports a different code, pointing at the first one", () => {
    const { findings, document } = runCheck(
      consistency,
      stockCode,
      withLater("The stock code 9867 is unchanged."),
    );
    expect(findings.map((f) => f.kind)).toEqual(["inconsistent"]);
    const [finding] = findings as [RawFinding];
    expect(finding.data).toMatchObject({ value: "9867", first: "9876", expected: "9876" });
    expect(textOf(document, finding)).toBe("stock code 9867");
    const related = finding.related?.[0] ?? { start: 0, end: 0 };
    expect(textOf(document, related)).toBe("Stock Code: 9876");
  });

  it("reports a code absent from the top", () => {
    const noCodeAtTop = `${TWO_ENTITY}\n\nLUMEN HARBOUR BIOTECH LIMITED\n\n${BODY}\n\n${BODY}\n\n${BODY}\n\n${BODY}\n\nThe stock code of the Company is 9876.\n`;
    const { findings, document } = runCheck(consistency, stockCode, noCodeAtTop);
    expect(document.normalised.indexOf("stock code")).toBeGreaterThan(document.regions.top.end);
    expect(findings.map((f) => f.kind)).toEqual(["missing"]);
    expect(findings[0]?.start).toBe(document.regions.top.start);
    const withProfile = runCheck(consistency, stockCode, noCodeAtTop, profileWithCode("9876")).findings;
    expect(withProfile.map((f) => [f.kind, f.data?.expected])).toEqual([["missing", "9876"]]);
  });

  it("compares every occurrence with the configured code, normalised the same way", () => {
    const text = withLater("The shares are traded under stock code 09876.");
    expect(runCheck(consistency, stockCode, text, profileWithCode("09876")).findings).toEqual([]);
    const { findings } = runCheck(consistency, stockCode, text, profileWithCode("1234"));
    expect(findings.map((f) => f.kind)).toEqual(["inconsistent", "inconsistent"]);
    expect(findings.map((f) => f.data?.value)).toEqual(["9876", "09876"]);
    expect(findings.every((f) => f.data?.expected === "1234" && f.expected === "1234")).toBe(true);
  });

  it("reads Chinese stock codes", () => {
    const text = `${TWO_ENTITY}\n\n光港生物科技有限公司\n(股份代號:9876)\n\n本公司H股的股份代號:9867。\n`;
    const { findings } = runCheck(consistency, stockCode, text);
    expect(findings.map((f) => f.data?.value)).toEqual(["9867"]);
  });

  it("folds case and spaces when asked", () => {
    const name: ConsistencyOptions = {
      pattern: "issued by (?P<value>[A-Za-z ]+?) Limited",
      normalise: ["case-fold", "collapse-spaces"],
    };
    const same = "Shares issued by Lumen  Harbour Limited and notes issued by LUMEN HARBOUR Limited.";
    expect(runCheck(consistency, name, same).findings).toEqual([]);
    const differs = "Shares issued by Lumen Harbour Limited and notes issued by Lumen Harbor Limited.";
    expect(runCheck(consistency, name, differs).findings.map((f) => f.data?.value)).toEqual(["Lumen Harbor"]);
  });

  it("rejects a pattern without a value group when compiling", () => {
    expect(() => consistency.compile({ pattern: "stock code \\d+" }, compileContext)).toThrow(
      PatternSyntaxError,
    );
  });
});
