import { describe, expect, it } from "vitest";
import { type ArithmeticOptions, arithmetic } from "../../src/checks/arithmetic.js";
import { runKind } from "./kind-tester.js";

const run = (require: ArithmeticOptions["require"], text: string) =>
  runKind(arithmetic, { require }, text).findings;

describe("arithmetic: percentage against its fraction", () => {
  it("accepts rounding and truncation, reports a wrong figure with the expected value", () => {
    expect(
      run(
        "percentage-fraction",
        "An objective response rate of 78.6% (11/14), 50.0% (7/14) and 100% (14/14).",
      ),
    ).toEqual([]);
    expect(run("percentage-fraction", "A disease control rate of 78.5% (11/14).")).toEqual([]);
    const [finding] = run("percentage-fraction", "An objective response rate of 71.4% (11/14).");
    expect(finding?.kind).toBe("inconsistent");
    expect(finding?.data).toMatchObject({
      percent: "71.4%",
      numerator: 11,
      denominator: 14,
      expected: "78.6%",
    });
  });

  it("reads Chinese texts and fractions before the percentage", () => {
    expect(run("percentage-fraction", "客觀緩解率為78.6%（11/14）。")).toEqual([]);
    expect(run("percentage-fraction", "客觀緩解率為64.3%（11/14）。")).toHaveLength(1);
    expect(run("percentage-fraction", "11/14 (64.3%) of patients responded.")).toHaveLength(1);
  });
});

describe("arithmetic: holdings as a percentage of the issued shares", () => {
  const total = "As at the date of this announcement, the total number of issued Shares is 1,000,000,000.";
  it("recomputes the percentage from the stated total", () => {
    expect(
      run(
        "share-percentage",
        `${total} The Subscriber holds 50,000,000 Shares, representing approximately 5.00% of the issued Shares.`,
      ),
    ).toEqual([]);
    const [finding] = run(
      "share-percentage",
      `${total} The Subscriber holds 50,000,000 Shares, representing approximately 5.50% of the issued Shares.`,
    );
    expect(finding?.data).toMatchObject({
      shares: "50,000,000",
      percent: "5.50%",
      total: "1,000,000,000",
      expected: "5.00%",
    });
  });

  it("excludes treasury shares when the statement says so", () => {
    const withTreasury =
      "As at the date of this announcement, the total number of issued Shares is 1,000,000,000 (including 20,000,000 treasury shares).";
    const text = `${withTreasury} The Placing Shares comprise 49,000,000 Shares, representing approximately 5.00% of the issued Shares (excluding treasury shares).`;
    expect(run("share-percentage", text)).toEqual([]);
    expect(run("share-percentage", text.replace("5.00%", "4.90%"))).toHaveLength(1);
  });

  it("skips enlarged share capital and statements without a total", () => {
    expect(
      run(
        "share-percentage",
        `${total} 50,000,000 Shares, representing approximately 4.76% of the enlarged issued Shares.`,
      ),
    ).toEqual([]);
    expect(
      run("share-percentage", "50,000,000 Shares, representing approximately 9.99% of the issued Shares."),
    ).toEqual([]);
  });

  it("skips a percentage of the issued shares at another point in time than the stated total", () => {
    const text =
      "As at 30 June 2026, the total number of issued Shares was 1,000,000,000. The scheme limit is 90,000,000 Shares, representing 10% of the issued Shares as of the Amendment Date.";
    expect(run("share-percentage", text)).toEqual([]);
    // The same point in time on both sides is compared.
    expect(
      run("share-percentage", text.replace("as of the Amendment Date", "as at 30 June 2026")),
    ).toHaveLength(1);
  });

  it("reads Chinese statements", () => {
    const zh =
      "於本公告日期，本公司已發行股份總數為1,000,000,000股。認購人持有50,000,000股股份，佔本公司已發行股份總數約5.00%。";
    expect(run("share-percentage", zh)).toEqual([]);
    expect(run("share-percentage", zh.replace("約5.00%", "約6.00%"))).toHaveLength(1);
  });
});

describe("arithmetic: parts and totals", () => {
  it("compares parts with a stated total in one sentence", () => {
    expect(
      run(
        "parts-total",
        "Of the 14 participants, three participants received 10 mg and 11 participants received 20 mg.",
      ),
    ).toEqual([]);
    const [finding] = run(
      "parts-total",
      "Of the 14 participants, three participants received 10 mg and 12 participants received 20 mg.",
    );
    expect(finding?.data).toMatchObject({ total: 14, sum: 15, noun: "participant" });
  });

  it("tolerates a partial list introduced by 'including' unless it exceeds the total", () => {
    expect(
      run(
        "parts-total",
        "A total of 20 patients were enrolled, including 3 patients in Hong Kong and 5 patients in Macau.",
      ),
    ).toEqual([]);
    expect(
      run(
        "parts-total",
        "A total of 6 patients were enrolled, including 3 patients in Hong Kong and 5 patients in Macau.",
      ),
    ).toHaveLength(1);
  });

  it("checks table percentages against a 100% total row", () => {
    const table = (last: string) =>
      [
        "Shareholder          Shares          %",
        "Ms. Chan       600,000,000     60.00%",
        `Public         400,000,000     ${last}`,
        "Total        1,000,000,000    100.00%",
      ].join("\n");
    expect(run("table-total", table("40.00%"))).toEqual([]);
    expect(run("table-total", table("30.00%"))[0]?.data).toMatchObject({ sum: "90.00%", percent: "100%" });
    const zh = [
      "股東    股份數目    %",
      "陳女士   600,000,000   60.0%",
      "公眾   400,000,000   45.0%",
      "總計   1,000,000,000   100.0%",
    ].join("\n");
    expect(run("table-total", zh)).toHaveLength(1);
  });
});

describe("arithmetic: parts and totals, not years or a restated total", () => {
  it("does not count years or a mention that repeats the total", () => {
    expect(
      run(
        "parts-total",
        "The grant of a 2026 Award under the 2026 Share Scheme lapses if the 2026 Award is not accepted.",
      ),
    ).toEqual([]);
    expect(
      run(
        "parts-total",
        "Of our review of 10 transactions, 5 out of a total of 10 transactions disclosed a deposit while the remaining 5 transactions did not.",
      ),
    ).toEqual([]);
    expect(
      run(
        "parts-total",
        "Of the 10 transactions reviewed, 6 transactions disclosed a deposit and 5 transactions did not.",
      ),
    ).toHaveLength(1);
  });
});
