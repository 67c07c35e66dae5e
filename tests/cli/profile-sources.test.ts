/**
 * The JSON report says where each profile fact came from: the bundled issuer registry (with its
 * snapshot date), the stock code's range, the text, the command line.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readShortNameMarker } from "../../src/profile/short-name.js";
import { expectValidReport } from "../helpers/report-schema.js";
import { runCli } from "../helpers/run-cli.js";

const root = join(import.meta.dirname, "..", "..");
const bundled = JSON.parse(readFileSync(join(root, "data", "hkex-issuers.json"), "utf8")) as {
  snapshot: string;
  rows: string[][];
};
/** A Chapter 18A line of the bundled registry, whichever is first (no issuer is named here). */
const biotechCode =
  bundled.rows.find((row) => readShortNameMarker(row[1] ?? "").regimes.includes("18A"))?.[0] ?? "";

interface Fact {
  value: unknown;
  source: string;
  snapshot?: string;
  detail?: string;
}

async function profileOf(stdin: string, flags: string[] = []) {
  const result = await runCli(
    ["check", "--stdin", "--stdin-filename", "draft.txt", "--format", "json", ...flags],
    {
      cwd: root,
      stdin,
    },
  );
  const report = expectValidReport(result.stdout) as {
    files: { profile: Record<string, Fact>; facts?: Record<string, unknown> }[];
  };
  return report.files[0] ?? { profile: {} };
}

/** A cover whose name is a logo: nothing for the registry line to be checked against. */
const LOGO_COVER = [
  "(Incorporated in the Cayman Islands with limited liability)",
  "",
  "VOLUNTARY ANNOUNCEMENT",
  "",
  "The Company is pleased to announce a business update.",
].join("\n");

describe("profile sources in the JSON report", () => {
  it("marks facts read from the bundled registry with its snapshot date", async () => {
    expect(biotechCode).toMatch(/^\d{5}$/);
    const file = await profileOf(LOGO_COVER, ["--stock-code", biotechCode]);
    expect(file.profile.stockCode).toEqual({ value: biotechCode, source: "cli" });
    expect(file.profile.board).toMatchObject({
      value: "main",
      source: "registry",
      snapshot: bundled.snapshot,
    });
    expect(file.profile.regimes).toMatchObject({ source: "registry", snapshot: bundled.snapshot });
    expect(file.profile.regimes?.value).toContain("18A");
    expect(file.profile.shortName?.source).toBe("registry");
  });

  it("lets the command line override the registry", async () => {
    const file = await profileOf(LOGO_COVER, ["--stock-code", biotechCode, "--no-regime", "--board", "gem"]);
    expect(file.profile.regimes).toEqual({ value: [], source: "cli" });
    expect(file.profile.board).toEqual({ value: "gem", source: "cli" });
  });

  it("reads a code the registry lacks from the cover, and the board from its range (with --facts)", async () => {
    const text = [
      "晨潮控股有限公司",
      "Crescent Tide Holdings Limited",
      "（於開曼群島註冊成立的有限公司）",
      "（證券代號：8976）",
      "",
      "自願公告",
    ].join("\n");
    const file = await profileOf(text, ["--facts"]);
    expect(file.profile.stockCode).toMatchObject({ value: "8976", source: "text" });
    expect(file.profile.stockCode?.detail).toMatch(
      /^on the cover: "證券代號:8976"; not in the issuer registry \(snapshot /,
    );
    expect(file.profile.board).toEqual({
      value: "gem",
      source: "stock-code",
      detail: "GEM stock code 8976 (8001–8999)",
    });
    expect(file.facts).toBeDefined();
  });
});
