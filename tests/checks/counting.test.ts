import { describe, expect, it } from "vitest";
import { type CountingOptions, counting } from "../../src/checks/counting.js";
import { runKind, textOf } from "./kind-tester.js";

const run = (require: CountingOptions["require"], text: string) =>
  runKind(counting, { require }, text).findings;

describe("counting: a stated number against the names listed", () => {
  it("counts titled names after 'namely', roles in brackets included", () => {
    const text =
      "The Audit Committee comprises three members, namely Mr. Yip Tsz Hin (chairman), Ms. Leung Hoi Ching and Dr. Chow Pui Shan.";
    expect(run("named-count", text)).toEqual([]);
    const [finding] = run("named-count", text.replace(", Ms. Leung Hoi Ching", ""));
    expect(finding?.kind).toBe("inconsistent");
    expect(finding?.data).toMatchObject({ stated: 3, counted: 2, phrase: "three members" });
  });

  it("reads several names after 'Messrs.' and stops before 'with effect from'", () => {
    const text =
      "The Board has appointed two new independent non-executive Directors, namely Messrs. Ho Chun Kit, Lam Ka Yu and Tam Wai Man, with effect from 1 April 2025.";
    expect(run("named-count", text)[0]?.data).toMatchObject({ stated: 2, counted: 3 });
  });

  it("reads Chinese counts with 名 or 位 and lists after 即, in brackets or not", () => {
    expect(
      run("named-count", "審核委員會由三名獨立非執行董事組成，即葉子軒先生、梁凱晴女士及周佩珊博士。"),
    ).toEqual([]);
    expect(run("named-count", "薪酬委員會由兩名成員（即何俊傑先生及林家宇先生）組成。")).toEqual([]);
    const [finding] = run(
      "named-count",
      "審核委員會由五位獨立非執行董事組成，即葉子軒先生、梁凱晴女士、何俊傑先生及周佩珊博士。",
    );
    expect(finding?.data).toMatchObject({ stated: 5, counted: 4, phrase: "五位獨立非執行董事" });
  });

  it("leaves alone part of a group, untitled lists and the board paragraph", () => {
    expect(
      run(
        "named-count",
        "Two of the three independent non-executive Directors, namely Mr. Yip Tsz Hin and Ms. Leung Hoi Ching, sit on the committee.",
      ),
    ).toEqual([]);
    expect(
      run(
        "named-count",
        "The Company has three Subscribers, namely Harbour Crest Limited, Jade Bay Capital Limited and Tung Fung Investments Limited.",
      ),
    ).toEqual([]);
    // The board paragraph's stated numbers are hkex/board-stated-total's to judge.
    expect(
      run(
        "named-count",
        "As at the date of this announcement, the Board comprises two executive Directors, namely Mr. Lam Ka Ho and Ms. Cheung Wing Yan; and three independent non-executive Directors, namely Mr. Yip Tsz Hin and Ms. Leung Hoi Ching.",
      ),
    ).toEqual([]);
  });
});

describe("counting: a shareholding table's percentages", () => {
  const table = (lee: string) =>
    [
      "Shareholder               Shares          %           Shares          %",
      "Ms. Cheung Wing Yan  600,000,000     60.00%      600,000,000     50.00%",
      `Mr. Lam Ka Ho         46,700,000      ${lee}       46,700,000      3.89%`,
      "Placees                        –          –      200,000,000     16.67%",
      "Other shareholders   353,300,000     35.33%      353,300,000     29.44%",
      "Total              1,000,000,000    100.00%    1,200,000,000    100.00%",
    ].join("\n");

  it("recomputes each row against its column's total row, to the stated decimals", () => {
    expect(run("holding-table", table("4.67%"))).toEqual([]);
    const { findings, document } = runKind(counting, { require: "holding-table" }, table("4.66%"));
    const [finding] = findings;
    expect(finding?.data).toMatchObject({
      shares: "46,700,000",
      percent: "4.66%",
      total: "1,000,000,000",
      expected: "4.67%",
    });
    expect(textOf(document, finding ?? { start: 0, end: 0 })).toContain("46,700,000");
  });

  it("accepts truncation and reads Chinese total rows", () => {
    const truncated = [
      "Ms. Chan 333,333,333 33.33%",
      "Others 666,666,667 66.66%",
      "Total 1,000,000,000 100.00%",
    ];
    expect(run("holding-table", truncated.join("\n"))).toEqual([]);
    const chinese = [
      "張詠欣女士 600,000,000 60.00%",
      "林家豪先生 46,700,000 4.76%",
      "總計 1,000,000,000 100.00%",
    ];
    expect(run("holding-table", chinese.join("\n"))).toHaveLength(1);
  });

  it("needs a total row of 100% to compare with", () => {
    expect(run("holding-table", "Ms. Chan 600,000,000 61.00%\nMr. Lee 400,000,000 40.00%")).toEqual([]);
  });
});

describe("counting: poll votes", () => {
  it("checks percentages and the total when each count is followed by its percentage", () => {
    const row = "1. To receive the audited accounts 102,910,385 (96.75%) 3,462,400 (3.25%) 106,372,785";
    expect(run("poll-votes", row)).toEqual([]);
    expect(run("poll-votes", row.replace("(3.25%)", "(3.35%)"))[0]?.data?.problem).toBe(
      "3,462,400 of 106,372,785 votes is 3.25%, not 3.35%",
    );
    expect(run("poll-votes", row.replace("106,372,785", "106,372,786"))).toHaveLength(1);
  });

  it("reads counts followed by their percentages, with or without (100%)", () => {
    const row = "3(a) To re-elect Mr. Yip 6,026,715,522 130,573,782 6,157,289,304 (97.8794%) (2.1206%)";
    expect(run("poll-votes", row)).toEqual([]);
    expect(run("poll-votes", `${row} (100%)`)).toEqual([]);
    expect(run("poll-votes", row.replace("6,157,289,304", "6,157,298,304"))[0]?.data?.problem).toBe(
      "the votes add up to 6,157,289,304, not the 6,157,298,304 stated",
    );
  });

  it("counts an abstain column in the total, and does not take a resolution number for votes", () => {
    expect(
      run("poll-votes", "1. 審議董事會報告 600,000,000 (99.5000%) 2,000,000 (0.3317%) 1,015,000 (0.1683%)"),
    ).toEqual([]);
    // "4" is the next resolution's number, not a total of votes.
    expect(run("poll-votes", "100,000 (80.00%) 25,000 (20.00%) 4 To approve")).toEqual([]);
  });
});

describe("counting: the general mandate", () => {
  const limit =
    "Pursuant to the general mandate granted at the AGM held on 26 June 2025, the Directors are authorised to allot, issue and deal with up to 158,627,138 Shares, being 20% of the 793,135,692 Shares in issue as at the date of the AGM.";

  it("recomputes the limit from the percentage and the issued shares", () => {
    expect(run("mandate-headroom", limit)).toEqual([]);
    expect(run("mandate-headroom", limit.replace("158,627,138", "168,627,138"))[0]?.data?.problem).toBe(
      "20% of 793,135,692 shares is 158,627,138, not the 168,627,138 stated",
    );
  });

  it("pairs a limit and its percentage stated in two sentences", () => {
    const split =
      "At the AGM the Shareholders granted the Directors a general mandate to allot, issue or deal with Shares not exceeding 20% of the total number of 793,135,692 Shares in issue. Pursuant to the general mandate, the total number of new Shares that the Company has been authorised to issue is 168,627,138 Shares.";
    expect(run("mandate-headroom", split)).toHaveLength(1);
    expect(run("mandate-headroom", split.replace("168,627,138", "158,627,138"))).toEqual([]);
  });

  it("reports a mandate to issue above 20%, unless extended by repurchased shares", () => {
    const above =
      "An ordinary resolution will be proposed to grant the Directors a general mandate to allot, issue and deal with Shares not exceeding 25% of the issued Shares.";
    expect(run("mandate-headroom", above)).toHaveLength(1);
    expect(
      run(
        "mandate-headroom",
        "An ordinary resolution will be proposed to grant the Directors a general mandate to repurchase Shares not exceeding 10% of the issued Shares.",
      ),
    ).toEqual([]);
  });

  it("compares a new issue with what is left of the mandate, and the share of it used", () => {
    const used = `${limit} As at the date of this announcement, 30,000,000 Shares have been issued under the General Mandate.`;
    expect(
      run(
        "mandate-headroom",
        `${used} The 120,000,000 Placing Shares will be issued under the General Mandate.`,
      ),
    ).toEqual([]);
    expect(
      run(
        "mandate-headroom",
        `${used} The 140,000,000 Placing Shares will be issued under the General Mandate.`,
      )[0]?.data?.problem,
    ).toBe("140,000,000 new shares exceed the 128,627,138 left under the general mandate of 158,627,138");
    const none = `${limit} No Shares have been issued under the General Mandate. The 140,000,000 Placing Shares will utilise approximately`;
    expect(run("mandate-headroom", `${none} 88.26% of the General Mandate.`)).toEqual([]);
    expect(run("mandate-headroom", `${none} 78.26% of the General Mandate.`)).toHaveLength(1);
  });

  it("adds up shares of different kinds issued together", () => {
    const text =
      "Under the General Mandate, the Company is authorized to issue up to 526,392,763 Shares. No Share has been issued under the General Mandate. The maximum of 322,000,000 Subscription Shares and 278,000,000 Placing Shares will be issued under the General Mandate.";
    expect(run("mandate-headroom", text)[0]?.data?.problem).toBe(
      "600,000,000 new shares exceed the 526,392,763 left under the general mandate of 526,392,763",
    );
  });

  it("reads the Chinese forms", () => {
    const zh =
      "根據於股東週年大會上授予董事的一般授權，董事獲授權配發、發行及處理最多158,627,138股股份，相當於股東週年大會日期已發行股份總數793,135,692股的20%。";
    expect(run("mandate-headroom", zh)).toEqual([]);
    expect(run("mandate-headroom", zh.replace("158,627,138", "168,627,138"))).toHaveLength(1);
    const usedZh = `${zh}於本公告日期，本公司已根據一般授權配發及發行30,000,000股股份。140,000,000股配售股份將根據一般授權配發及發行。`;
    expect(run("mandate-headroom", usedZh)).toHaveLength(1);
  });
});

describe("counting: an amount for each year stated", () => {
  const caps =
    "The proposed annual caps for the three years ending 31 December 2027 are HK$30 million, HK$35 million and HK$40 million respectively.";

  it("compares the amounts listed with the number of years", () => {
    expect(run("yearly-amounts", caps)).toEqual([]);
    expect(run("yearly-amounts", caps.replace("HK$35 million and ", ""))[0]?.data).toMatchObject({
      years: 3,
      counted: 2,
    });
  });

  it("does not count conversions in brackets, nor lists that pair amounts with several subjects", () => {
    expect(
      run(
        "yearly-amounts",
        "The annual caps for the three financial years ending 31 December 2027 are RMB10 million (equivalent to approximately HK$11 million), RMB12 million (equivalent to approximately HK$13.2 million) and RMB14 million (equivalent to approximately HK$15.4 million), respectively.",
      ),
    ).toEqual([]);
    expect(
      run(
        "yearly-amounts",
        "The annual caps under the Supply Agreement and the Purchase Agreement for the three years ending 31 December 2027 are HK$30 million and HK$20 million respectively.",
      ),
    ).toEqual([]);
    expect(
      run(
        "yearly-amounts",
        "The annual caps for the three years ending 31 December 2027 are HK$30 million, HK$35 million and HK$40 million for supplies and HK$3 million, HK$4 million and HK$5 million for services, respectively.",
      ),
    ).toEqual([]);
  });

  it("reads 分別為 before a Chinese list", () => {
    const zh = "截至2027年12月31日止三個年度的建議年度上限分別為30百萬港元、35百萬港元及40百萬港元。";
    expect(run("yearly-amounts", zh)).toEqual([]);
    expect(run("yearly-amounts", zh.replace("、35百萬港元", ""))).toHaveLength(1);
  });
});
