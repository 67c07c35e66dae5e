import { describe, expect, it } from "vitest";
import { createDocument } from "../../src/document/create-document.js";
import { createIssuerRegistry } from "../../src/profile/issuer-registry.js";
import { resolveProfile } from "../../src/profile/resolve-profile.js";

const SNAPSHOT = "2026-08-13";
/** Fictional issuers; the codes are not in the bundled registry's snapshot. */
const registry = createIssuerRegistry("test list of fictional issuers", SNAPSHOT, [
  { code: "09871", shortName: "DRIFTWOOD PK-B", board: "main" },
  { code: "09872", shortName: "SILVERPINE BAY-W", board: "main", rmbCounter: "89872" },
  { code: "89872", shortName: "SILVERPINE BAY-WR", board: "main" },
  { code: "09873", shortName: "LUMEN HARBOUR", board: "main" },
  { code: "08976", shortName: "CRESCENT TIDE", board: "gem" },
]);

const CAUTION =
  "Cautionary Statement required by Rule 18A.05 of the Listing Rules: the Company cannot guarantee that it will ultimately develop and market DPR-101 successfully.";

function announcement(name: string, chineseName: string, codeLine: string, body: string[] = []): string {
  return [
    "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility for the contents of this announcement.",
    "",
    name,
    chineseName,
    "(Incorporated in the Cayman Islands with limited liability)",
    codeLine,
    "",
    "VOLUNTARY ANNOUNCEMENT",
    "",
    `This announcement is made by ${name} (the "Company") on a voluntary basis.`,
    ...body,
  ].join("\n");
}

const profileOf = (
  text: string,
  extra: Omit<Parameters<typeof resolveProfile>[0], "document" | "today"> = {},
) =>
  resolveProfile({
    document: createDocument({ path: "a.txt", format: "text", text }),
    today: "2026-11-25",
    ...extra,
  });

const driftwood = (codeLine = "(Stock Code: 9871)", body: string[] = []) =>
  announcement("Driftwood Peak Biotech Limited", "漂木峰生物科技有限公司", codeLine, body);

describe("the profile from the issuer registry", () => {
  it("reads board, short name and regimes from the registry line of the code on the cover", () => {
    const profile = profileOf(driftwood(), { registry });
    expect(profile.stockCode).toMatchObject({ value: "9871", source: "text" });
    expect(profile.shortName).toEqual({
      value: "DRIFTWOOD PK-B",
      source: "registry",
      snapshot: SNAPSHOT,
      detail: "09871 DRIFTWOOD PK-B",
    });
    expect(profile.board).toMatchObject({ value: "main", source: "registry", snapshot: SNAPSHOT });
    expect(profile.regimes).toMatchObject({ value: ["18A"], source: "registry", snapshot: SNAPSHOT });
  });

  it("keeps 18A when the cautionary statement is deleted: the regime does not rest on the statement", () => {
    const withStatement = profileOf(driftwood("(Stock Code: 9871)", [CAUTION]), { registry });
    const without = profileOf(driftwood(), { registry });
    expect(withStatement.regimes?.value).toEqual(["18A"]);
    expect(without.regimes).toEqual(withStatement.regimes);
    // Without the registry, only the statement said 18A.
    expect(profileOf(driftwood("(Stock Code: 9871)", [CAUTION])).regimes).toEqual({
      value: ["18A"],
      source: "text",
    });
    expect(profileOf(driftwood()).regimes).toBeUndefined();
  });

  it("takes the registry's word over the text's cues", () => {
    const lumen = announcement(
      "Lumen Harbour Biotech Limited",
      "朗港生物科技有限公司",
      "(Stock Code: 9873)",
      [CAUTION],
    );
    expect(profileOf(lumen, { registry }).regimes).toMatchObject({ value: [], source: "registry" });
  });

  it("reads the code in its usual forms", () => {
    for (const line of [
      "（股份代號：09871）",
      "Stock Code: 09871",
      "(Stock code: 9871)",
      "（證券代號：９８７１）",
    ])
      expect(profileOf(driftwood(line), { registry }).regimes?.source).toBe("registry");
  });

  it("finds an RMB counter's issuer, with the counters stated together", () => {
    const text = announcement(
      "Silverpine Bay Holdings Limited",
      "銀松灣控股有限公司",
      "Stock Codes: 9872 (HKD counter) and 89872 (RMB counter)",
    );
    const profile = profileOf(text, { registry });
    expect(profile.stockCode?.value).toBe("9872");
    expect(profile.regimes).toMatchObject({ value: ["8A"], source: "registry" });
    const rmbOnly = announcement(
      "Silverpine Bay Holdings Limited",
      "銀松灣控股有限公司",
      "(Stock Code: 89872)",
    );
    expect(profileOf(rmbOnly, { registry }).shortName?.value).toBe("SILVERPINE BAY-W");
  });

  it("does not use a registry line whose short name does not fit the issuer's name", () => {
    const other = announcement("Harbourview Textiles Limited", "港景紡織有限公司", "(Stock Code: 9871)", [
      CAUTION,
    ]);
    const profile = profileOf(other, { registry });
    expect(profile.stockCode?.detail).toMatch(
      /09871 DRIFTWOOD PK-B .*not used: it does not fit the issuer's name/,
    );
    expect(profile.shortName).toBeUndefined();
    expect(profile.board).toMatchObject({ value: "main", source: "stock-code" });
    expect(profile.regimes).toEqual({ value: ["18A"], source: "text" });
  });

  it("needs a name to confirm a code read from a cover that shows only a logo", () => {
    const logoOnly =
      "(Incorporated in the Cayman Islands with limited liability)\n(Stock Code: 9871)\n\nVOLUNTARY ANNOUNCEMENT\n";
    expect(profileOf(logoOnly, { registry }).stockCode?.detail).toMatch(/not used: no English issuer name/);
    // A code the user gives is trusted without a name …
    expect(
      profileOf(logoOnly, { registry, config: { issuer: { stockCode: "9871" } } }).regimes,
    ).toMatchObject({
      value: ["18A"],
      source: "registry",
    });
    // … and checked against the configured name when there is one.
    const named = {
      registry,
      config: { issuer: { stockCode: "9871", name: "Harbourview Textiles Limited" } },
    };
    expect(profileOf(logoOnly, named).regimes).toBeUndefined();
  });

  it("does not look up a cover naming two issuers (a joint announcement)", () => {
    const joint = [
      "Driftwood Peak Biotech Limited",
      "(Incorporated in the Cayman Islands with limited liability)",
      "(Stock Code: 9871)",
      "",
      "Crescent Tide Holdings Limited",
      "(Incorporated in Bermuda with limited liability)",
      "(Stock Code: 8976)",
      "",
      "JOINT ANNOUNCEMENT",
    ].join("\n");
    const profile = profileOf(joint, { registry });
    expect(profile.stockCode?.detail).toMatch(/first of several issuers' codes/);
    expect(profile.regimes).toBeUndefined();
  });
});

describe("precedence of the sources", () => {
  it("command line > config > registry for the board and the regimes", () => {
    const config = { issuer: { board: "gem" as const, regimes: ["8A" as const] } };
    const fromConfig = profileOf(driftwood(), { registry, config });
    expect(fromConfig.board).toEqual({ value: "gem", source: "config" });
    expect(fromConfig.regimes).toEqual({ value: ["8A"], source: "config" });
    const cli = { issuer: { board: "main" as const, regimes: ["18C" as const] } };
    const fromCli = profileOf(driftwood(), { registry, config, cli });
    expect(fromCli.board).toEqual({ value: "main", source: "cli" });
    expect(fromCli.regimes).toEqual({ value: ["18C"], source: "cli" });
  });

  it("a configured code overrides the cover's and is the one looked up", () => {
    const profile = profileOf(driftwood("(Stock Code: 9873)"), {
      registry,
      config: { issuer: { stockCode: "9871" } },
    });
    expect(profile.stockCode).toEqual({ value: "9871", source: "config" });
    expect(profile.regimes).toMatchObject({ value: ["18A"], source: "registry" });
  });

  it("registry > a short name given in the config > text cues", () => {
    const config = { issuer: { shortName: "DRIFTWOOD PK-W" } };
    expect(profileOf(driftwood(), { registry, config }).regimes).toMatchObject({
      source: "registry",
      value: ["18A"],
    });
    expect(profileOf(driftwood("(Stock Code: 9870)", [CAUTION]), { registry, config }).regimes).toEqual({
      value: ["8A"],
      source: "short-name",
    });
    expect(profileOf(driftwood("(Stock Code: 9870)", [CAUTION]), { registry }).regimes).toEqual({
      value: ["18A"],
      source: "text",
    });
    expect(profileOf(driftwood(), { registry, config }).shortName).toEqual({
      value: "DRIFTWOOD PK-W",
      source: "config",
    });
  });

  it("a code the registry lacks still sets the board from its range", () => {
    const gem = announcement("Crescent Tide Holdings Limited", "晨潮控股有限公司", "（證券代號：8123）");
    expect(profileOf(gem).board).toEqual({
      value: "gem",
      source: "stock-code",
      detail: "GEM stock code 8123 (8001–8999)",
    });
    expect(profileOf(gem, { registry }).board).toMatchObject({ value: "gem", source: "stock-code" });
    expect(profileOf(driftwood("(Stock Code: 9870)"), { registry }).board).toMatchObject({
      value: "main",
      source: "stock-code",
    });
  });

  it("a GEM issuer from the registry and a GEM code agree", () => {
    const crescent = announcement(
      "Crescent Tide Holdings Limited",
      "晨潮控股有限公司",
      "（股份代號：08976）",
    );
    expect(profileOf(crescent, { registry }).board).toMatchObject({ value: "gem", source: "registry" });
  });

  it("a code on the cover outweighs a GEM cue in the text", () => {
    const text = driftwood("(Stock Code: 9870)", [
      "The Company transferred its listing from GEM of the Stock Exchange.",
    ]);
    expect(profileOf(text).board).toMatchObject({ value: "main", source: "stock-code" });
    const withoutCode = driftwood("", [
      "The Company transferred its listing from GEM of the Stock Exchange.",
    ]);
    expect(profileOf(withoutCode).board).toEqual({ value: "gem", source: "text" });
  });
});
