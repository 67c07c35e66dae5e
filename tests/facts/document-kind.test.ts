import { describe, expect, it } from "vitest";
import { createDocument } from "../../src/document/create-document.js";
import { DOCUMENT_KINDS, detectDocumentKind, detectDocumentKinds } from "../../src/facts/document-kind.js";

const DISCLAIMER =
  "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility for the contents of this announcement, make no representation as to its accuracy or completeness and expressly disclaim any liability whatsoever for any loss howsoever arising from or in reliance upon the whole or any part of the contents of this announcement.";
const ZH_DISCLAIMER =
  "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責，對其準確性或完整性亦不發表任何聲明，並明確表示，概不對因本公告全部或任何部分內容而產生或因倚賴該等內容而引致的任何損失承擔任何責任。";

function english(headline: string[], body: string): string {
  return [
    DISCLAIMER,
    "",
    "Lumen Harbour Biotech Limited",
    "朗港生物科技有限公司",
    "(Incorporated in the Cayman Islands with limited liability)",
    "(Stock Code: 9876)",
    "",
    ...headline,
    "",
    body,
  ].join("\n");
}

function chinese(headline: string[], body: string): string {
  return [
    ZH_DISCLAIMER,
    "",
    "朗港生物科技有限公司",
    "Lumen Harbour Biotech Limited",
    "（於開曼群島註冊成立的有限公司）",
    "（股份代號：9876）",
    "",
    ...headline,
    "",
    body,
  ].join("\n");
}

const kindOf = (text: string) => detectDocumentKind(createDocument({ path: "t.txt", format: "text", text }));

const BOARD_BODY =
  'The board of directors (the "Board") of Lumen Harbour Biotech Limited (the "Company") announces the following.';

describe("detectDocumentKind: English headlines", () => {
  const cases: [string[], string][] = [
    [
      ["INSIDE INFORMATION", "POSITIVE TOPLINE RESULTS OF THE PHASE II TRIAL OF LH-101"],
      "inside-information",
    ],
    [["DISCLOSEABLE TRANSACTION", "ACQUISITION OF A LABORATORY BUILDING"], "notifiable-transaction"],
    [["MAJOR TRANSACTION IN RELATION TO THE DISPOSAL OF HARBOUR LABS LIMITED"], "notifiable-transaction"],
    [["DISCLOSEABLE AND CONNECTED TRANSACTION", "LEASE OF OFFICE PREMISES"], "connected-transaction"],
    [["APPOINTMENT OF INDEPENDENT NON-EXECUTIVE DIRECTOR"], "director-change"],
    [["RESIGNATION OF EXECUTIVE DIRECTOR AND CHANGE OF CHIEF EXECUTIVE OFFICER"], "director-change"],
    [["TRADING HALT"], "trading-halt"],
    [["RESUMPTION OF TRADING"], "resumption"],
    [["ANNUAL RESULTS ANNOUNCEMENT", "FOR THE YEAR ENDED 31 DECEMBER 2024"], "results"],
    [["SPECIAL DIVIDEND"], "dividend"],
    [["POLL RESULTS OF THE ANNUAL GENERAL MEETING HELD ON 20 JUNE 2025"], "poll-results"],
    [["UNUSUAL PRICE AND TRADING VOLUME MOVEMENTS"], "unusual-movement"],
    [["ANNOUNCEMENT OF ALLOTMENT RESULTS"], "allotment-results"],
    [
      ["FULL EXERCISE OF THE OVER-ALLOTMENT OPTION", "STABILIZING ACTIONS AND END OF STABILIZATION PERIOD"],
      "stabilization",
    ],
    [["FORMAL NOTICE", "GLOBAL OFFERING"], "formal-notice"],
    [["NOTICE OF ANNUAL GENERAL MEETING"], "meeting-notice"],
    [["DATE OF BOARD MEETING"], "board-meeting"],
    [["PROFIT WARNING"], "profit-warning"],
    [["VOLUNTARY ANNOUNCEMENT", "BUSINESS UPDATE"], "voluntary"],
  ];
  for (const [headline, kind] of cases) {
    it(`${headline[0]} → ${kind}`, () => {
      expect(kindOf(english(headline, BOARD_BODY))).toBe(kind);
    });
  }

  it("is a plain announcement without a headline cue", () => {
    expect(kindOf(english(["ANNOUNCEMENT", "CHANGE OF PRINCIPAL PLACE OF BUSINESS"], BOARD_BODY))).toBe(
      "announcement",
    );
  });
});

describe("detectDocumentKind: Chinese headlines", () => {
  const body = "朗港生物科技有限公司（「本公司」）董事會（「董事會」）宣佈以下事項。";
  const cases: [string[], string][] = [
    [["內幕消息", "LH-101第II期臨床試驗的正面頂線結果"], "inside-information"],
    [["須予披露交易", "收購實驗室大樓"], "notifiable-transaction"],
    [["關連交易", "租賃辦公室物業"], "connected-transaction"],
    [["委任獨立非執行董事"], "director-change"],
    [["短暫停牌"], "trading-halt"],
    [["復牌"], "resumption"],
    [["截至2024年12月31日止年度", "全年業績公告"], "results"],
    [["股東週年大會投票表決結果"], "poll-results"],
    [["股價及成交量不尋常波動"], "unusual-movement"],
    [["自願公告", "業務更新"], "voluntary"],
    [["超額配股權獲悉數行使", "穩定價格行動及穩定價格期結束"], "stabilization"],
    [["全球發售", "正式通告"], "formal-notice"],
  ];
  for (const [headline, kind] of cases) {
    it(`${headline.join(" ")} → ${kind}`, () => {
      expect(kindOf(chinese(headline, body))).toBe(kind);
    });
  }
});

describe("detectDocumentKind: where the headline is", () => {
  it("does not take a body mention for the headline", () => {
    const body = `${BOARD_BODY} The Company will announce any inside information as and when required under Part XIVA of the SFO, and the Board will consider the payment of a dividend in due course.`;
    expect(kindOf(english(["VOLUNTARY ANNOUNCEMENT", "BUSINESS UPDATE"], body))).toBe("voluntary");
    expect(kindOf(english(["ANNOUNCEMENT", "UPDATE ON CLINICAL PROGRAMMES"], body))).toBe("announcement");
  });

  it("reads a dividend in a results body as results", () => {
    const body = "The Board recommends the payment of a final dividend of HK$0.10 per share.";
    expect(
      kindOf(english(["INTERIM RESULTS ANNOUNCEMENT FOR THE SIX MONTHS ENDED 30 JUNE 2025"], body)),
    ).toBe("results");
  });

  it("finds the headline after website chrome", () => {
    const text = `Home > Investor Relations > Announcements\nSearch | Contact us | 繁體中文\n\n${english(["INSIDE INFORMATION", "SUPPLY AGREEMENT"], BOARD_BODY)}`;
    expect(kindOf(text)).toBe("inside-information");
  });

  it("finds the headline after a long offering legend, with no line breaks", () => {
    const legend =
      "This announcement is for information purposes only and does not constitute an invitation or offer to acquire, purchase or subscribe for any securities. Not for release, publication or distribution, in whole or in part, directly or indirectly, in, into or from the United States. ".repeat(
        3,
      );
    const text = `${DISCLAIMER} ${legend} Lumen Harbour Biotech Limited 朗港生物科技有限公司 (Incorporated in the Cayman Islands with limited liability) (Stock Code: 9876) INSIDE INFORMATION PROPOSED ISSUE OF CONVERTIBLE BONDS ${BOARD_BODY}`;
    expect(kindOf(text)).toBe("inside-information");
  });

  it("reads a title-case title after the stock code", () => {
    const text = `${DISCLAIMER} Lumen Harbour Biotech Limited (Stock Code: 9876) ANNOUNCEMENT Discloseable Transaction in relation to the Acquisition of a Laboratory ${BOARD_BODY}`;
    expect(kindOf(text)).toBe("notifiable-transaction");
  });

  it("recognises an unusual-movement announcement from its opening alone", () => {
    expect(
      kindOf(
        english(
          ["ANNOUNCEMENT"],
          "This announcement is made at the request of The Stock Exchange of Hong Kong Limited.",
        ),
      ),
    ).toBe("unusual-movement");
    expect(kindOf(chinese(["公告"], "本公告乃應香港聯合交易所有限公司（「聯交所」）之要求作出。"))).toBe(
      "unusual-movement",
    );
  });

  it("recognises an inside-information announcement from its 13.09 opening when the headline says nothing more", () => {
    const body =
      "This announcement is made by Lumen Harbour Biotech Limited pursuant to Rule 13.09(2)(a) of the Listing Rules and the Inside Information Provisions under Part XIVA of the SFO.";
    expect(kindOf(english(["ANNOUNCEMENT", "UPDATE ON LH-101"], body))).toBe("inside-information");
  });

  it("puts circulars and reports before the transactions they describe", () => {
    const circular = english(
      ["THIS CIRCULAR IS IMPORTANT AND REQUIRES YOUR IMMEDIATE ATTENTION", "MAJOR TRANSACTION"],
      "",
    );
    expect(kindOf(circular)).toBe("circular");
    expect(
      kindOf(
        "Lumen Harbour Biotech Limited\n(Stock Code: 9876)\nANNUAL REPORT 2024\nCONTENTS\nCorporate Information 2",
      ),
    ).toBe("report");
  });

  it("lists every kind it can return", () => {
    for (const kind of [
      "announcement",
      "inside-information",
      "notifiable-transaction",
      "circular",
      "report",
      "listing-document",
    ]) {
      expect(DOCUMENT_KINDS).toContain(kind);
    }
  });
});

describe("detectDocumentKinds: an announcement of several kinds", () => {
  const kindsOf = (text: string) =>
    detectDocumentKinds(createDocument({ path: "t.txt", format: "text", text }));

  it("gives every kind the headline names, the most specific first", () => {
    expect(
      kindsOf(
        english(
          ["INSIDE INFORMATION", "DISCLOSEABLE TRANSACTION", "ACQUISITION OF A LABORATORY"],
          BOARD_BODY,
        ),
      ),
    ).toEqual(["inside-information", "notifiable-transaction"]);
    expect(kindsOf(chinese(["內幕消息", "須予披露交易", "收購實驗室大樓"], "董事會宣佈以下事項。"))).toEqual([
      "inside-information",
      "notifiable-transaction",
    ]);
    expect(kindsOf(english(["DISCLOSEABLE AND CONNECTED TRANSACTION"], BOARD_BODY))).toEqual([
      "connected-transaction",
      "notifiable-transaction",
    ]);
  });

  it("does not call a notice of delayed results a results announcement", () => {
    const delay = english(
      ["DELAY IN PUBLICATION OF ANNUAL RESULTS FOR THE YEAR ENDED 31 DECEMBER 2025"],
      BOARD_BODY,
    );
    expect(kindsOf(delay)).toEqual(["results-delay"]);
    expect(kindsOf(chinese(["延遲刊發截至2025年12月31日止年度之全年業績"], "董事會宣佈以下事項。"))).toEqual([
      "results-delay",
    ]);
  });

  it("keeps one kind, or 'announcement', when only one or none is named", () => {
    expect(kindsOf(english(["TRADING HALT"], BOARD_BODY))).toEqual(["trading-halt"]);
    expect(kindsOf(english(["BUSINESS UPDATE"], BOARD_BODY))).toEqual(["announcement"]);
  });
});
