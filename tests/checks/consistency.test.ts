import { describe, expect, it } from "vitest";
import { type ConsistencyOptions, consistency } from "../../src/checks/consistency.js";
import type { RawFinding } from "../../src/checks/types.js";
import { PatternSyntaxError } from "../../src/patterns/pattern.js";
import type { Profile } from "../../src/profile/types.js";
import { announcement, BODY, TWO_ENTITY } from "./fixtures.js";
import { compileContext, emptyProfile, runKind, textOf } from "./kind-tester.js";

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
    expect(runKind(consistency, stockCode, text).findings).toEqual([]);
  });

  it("reports a different code, pointing at the first one", () => {
    const { findings, document } = runKind(
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
    const { findings, document } = runKind(consistency, stockCode, noCodeAtTop);
    expect(document.normalised.indexOf("stock code")).toBeGreaterThan(document.regions.top.end);
    expect(findings.map((f) => f.kind)).toEqual(["missing"]);
    expect(findings[0]?.start).toBe(document.regions.top.start);
    const withProfile = runKind(consistency, stockCode, noCodeAtTop, {
      profile: profileWithCode("9876"),
    }).findings;
    expect(withProfile.map((f) => [f.kind, f.data?.expected])).toEqual([["missing", "9876"]]);
  });

  it("compares every occurrence with the configured code, normalised the same way", () => {
    const text = withLater("The shares are traded under stock code 09876.");
    expect(runKind(consistency, stockCode, text, { profile: profileWithCode("09876") }).findings).toEqual([]);
    const { findings } = runKind(consistency, stockCode, text, { profile: profileWithCode("1234") });
    expect(findings.map((f) => f.kind)).toEqual(["inconsistent", "inconsistent"]);
    expect(findings.map((f) => f.data?.value)).toEqual(["9876", "09876"]);
    expect(findings.every((f) => f.data?.expected === "1234" && f.expected === "1234")).toBe(true);
  });

  it("reads Chinese stock codes", () => {
    const text = `${TWO_ENTITY}\n\n光港生物科技有限公司\n(股份代號:9876)\n\n本公司H股的股份代號:9867。\n`;
    const { findings } = runKind(consistency, stockCode, text);
    expect(findings.map((f) => f.data?.value)).toEqual(["9867"]);
  });

  it("folds case and spaces when asked", () => {
    const name: ConsistencyOptions = {
      pattern: "issued by (?P<value>[A-Za-z ]+?) Limited",
      normalise: ["case-fold", "collapse-spaces"],
    };
    const same = "Shares issued by Lumen  Harbour Limited and notes issued by LUMEN HARBOUR Limited.";
    expect(runKind(consistency, name, same).findings).toEqual([]);
    const differs = "Shares issued by Lumen Harbour Limited and notes issued by Lumen Harbor Limited.";
    expect(runKind(consistency, name, differs).findings.map((f) => f.data?.value)).toEqual(["Lumen Harbor"]);
  });

  it("rejects a pattern without a value group when compiling", () => {
    expect(() => consistency.compile({ pattern: "stock code \\d+" }, compileContext)).toThrow(
      PatternSyntaxError,
    );
  });
});

describe("consistency: the project's own stock-code reader", () => {
  const onCover: ConsistencyOptions = {
    values: "stock-code",
    normalise: ["strip-leading-zeros"],
    requiredIn: "cover",
    profileKey: "stockCode",
  };
  /** Page 1 holds legends past the top region's reach; the identity block is on page 2. */
  const legends = Array.from(
    { length: 36 },
    () => "This announcement is for information purposes only and is not an offer to sell any securities.",
  ).join("\n");
  const coverPage = (codeLine: string) =>
    `${legends}\n\f\nDriftwood Peak Robotics Limited\n(Incorporated in the Cayman Islands with limited liability)\n${codeLine}\n\nANNOUNCEMENT OF OFFER PRICE\n\f\nThe Shares will trade under stock code 9871.\n`;

  it("finds the code on the cover when page 1 holds only legends", () => {
    const { findings, document } = runKind(consistency, onCover, coverPage("(Stock Code: 9871)"));
    expect(document.regions.firstPage.end).toBeLessThan(document.normalised.indexOf("(Stock Code: 9871)"));
    expect(findings).toEqual([]);
  });

  it("reports the code missing from the cover even when a later page states it", () => {
    const { findings, document } = runKind(consistency, onCover, coverPage(""));
    expect(findings.map((f) => [f.kind, f.data?.where])).toEqual([["missing", "on the cover page"]]);
    expect(findings[0]?.start).toBe(document.regions.cover.start);
  });

  it("compares only the first code of a label, not the issuer's other counters", () => {
    const text = `${TWO_ENTITY}\n\nStock Codes: 9876 (HKD counter) and 89876 (RMB counter)\n\nThe stock code 9876 is unchanged.\n`;
    expect(runKind(consistency, { ...onCover, requiredIn: "anywhere" }, text).findings).toEqual([]);
  });

  it("compares with a code the user gave, not with one the profile read from this text", () => {
    const text = withLater("The stock code 9867 is unchanged.");
    const readFromText: Profile = { ...emptyProfile, stockCode: { value: "9867", source: "text" } };
    const { findings } = runKind(consistency, { ...onCover, requiredIn: "anywhere" }, text, {
      profile: readFromText,
    });
    expect(findings.map((f) => f.data?.problem)).toEqual(['"9867" here but "9876" where first stated']);
    const given = runKind(consistency, { ...onCover, requiredIn: "anywhere" }, text, {
      profile: profileWithCode("9867"),
    });
    expect(given.findings.map((f) => f.data?.problem)).toEqual([
      '"9876" here but "9867" in the configuration',
    ]);
  });

  it("takes a pattern or the reader, not both and not neither", () => {
    const schema = consistency.optionsSchema as { oneOf: { required: string[] }[] };
    expect(schema.oneOf.map((branch) => branch.required)).toEqual([["pattern"], ["values"]]);
  });
});
