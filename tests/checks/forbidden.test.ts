import { describe, expect, it } from "vitest";
import { type ForbiddenOptions, forbidden } from "../../src/checks/forbidden.js";
import { announcement, TWO_ENTITY } from "./fixtures.js";
import { runKind, textOf } from "./kind-tester.js";

const placeholders: ForbiddenOptions = { patterns: ["\\[●\\]", "\\[(TBD|TBC|Date)\\]", "\\bXX%"] };

describe("forbidden", () => {
  it("reports one finding per placeholder, in document order", () => {
    const text = announcement(TWO_ENTITY).replace(
      "Shareholders and potential",
      "The consideration is HK$[●] payable on [TBD], representing XX% of the issued shares and [●] in cash.\n\nShareholders and potential",
    );
    const { findings, document } = runKind(forbidden, placeholders, text);
    expect(findings.map((f) => f.data?.match)).toEqual(["[●]", "[TBD]", "XX%", "[●]"]);
    expect(findings.every((f) => f.kind === "forbidden")).toBe(true);
    for (const finding of findings) expect(textOf(document, finding)).toBe(finding.data?.match);
  });

  it("stays quiet on a clean announcement and on look-alikes", () => {
    const text = announcement(TWO_ENTITY).replace(
      "Shareholders and potential",
      "The ratio fell to 12% (2023: 15%) and the code XXX%Y is a product name.\n\nShareholders and potential",
    );
    expect(runKind(forbidden, placeholders, text).findings).toEqual([]);
  });

  it("reports text matched by two patterns once", () => {
    const options: ForbiddenOptions = { patterns: ["\\[TBD\\]", "\\[(TBD|TBC)\\]"] };
    const { findings } = runKind(forbidden, options, `${announcement(TWO_ENTITY)}\nDate: [TBD]\n`);
    expect(findings).toHaveLength(1);
  });

  it("looks only inside the region when one is given", () => {
    const text = announcement(TWO_ENTITY).replace(
      "Shareholders and potential",
      "Completion on [TBD].\n\nShareholders and potential",
    );
    const topOnly = runKind(forbidden, { ...placeholders, region: "top" }, text);
    expect(topOnly.document.normalised.indexOf("[TBD]")).toBeGreaterThan(topOnly.document.regions.top.end);
    expect(topOnly.findings).toEqual([]);
    const early = runKind(forbidden, { ...placeholders, region: "top" }, `[TBD]\n${text}`);
    expect(early.findings.map((f) => f.data?.match)).toEqual(["[TBD]"]);
  });
});
