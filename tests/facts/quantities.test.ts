import { describe, expect, it } from "vitest";
import { extractAmounts, extractPercentages, extractShareCounts } from "../../src/facts/quantities.js";
import { agreesWithStated } from "../../src/facts/rounding.js";
import { extractHoldingStatements, extractIssuedShares } from "../../src/facts/share-capital.js";

describe("percentages", () => {
  it("reads fractions after and before the percentage", () => {
    const [after, before] = extractPercentages("78.6% (11/14) of patients; 7/14 (50.0%) responded");
    expect(after).toMatchObject({ value: 78.6, decimals: 1, fraction: { numerator: 11, denominator: 14 } });
    expect(before).toMatchObject({ value: 50, decimals: 1, fraction: { numerator: 7, denominator: 14 } });
  });

  it("tolerates rounding and truncation at the stated decimals only", () => {
    expect(agreesWithStated((100 * 11) / 14, 78.6, 1)).toBe(true);
    expect(agreesWithStated((100 * 11) / 14, 78.5, 1)).toBe(true);
    expect(agreesWithStated((100 * 11) / 14, 78.4, 1)).toBe(false);
    expect(agreesWithStated(100, 100, 0)).toBe(true);
  });
});

describe("share counts and amounts", () => {
  it("reads share counts with separators in English and Chinese", () => {
    expect(extractShareCounts("50,000,000 new Shares and 1,250,000股股份").map((s) => s.count)).toEqual([
      50_000_000, 1_250_000,
    ]);
  });

  it("normalises currencies and multipliers", () => {
    const amounts = extractAmounts("HK$1.2 million, US$300,000, 港幣120萬元 and 人民幣5,000元");
    expect(amounts.map((a) => `${a.currency} ${a.value}`)).toEqual([
      "HKD 1200000",
      "USD 300000",
      "HKD 1200000",
      "RMB 5000",
    ]);
  });

  it("links a holding to its percentage and the stated issued shares", () => {
    const text =
      "As at the date of this announcement, the total number of issued Shares is 1,000,000,000 Shares (including 20,000,000 treasury shares). The Placing Shares comprise 50,000,000 Shares, representing approximately 5.10% of the issued Shares (excluding treasury shares).";
    const totals = extractIssuedShares(text);
    expect(totals[0]).toMatchObject({ count: 1_000_000_000, excludingTreasury: 980_000_000 });
    const holdings = extractHoldingStatements(text, extractShareCounts(text), extractPercentages(text));
    expect(holdings).toHaveLength(1);
    expect(holdings[0]).toMatchObject({ excludingTreasury: true, enlarged: false });
    expect(holdings[0]?.shares.count).toBe(50_000_000);
  });
});
