import { describe, expect, it } from "vitest";
import { createDocument } from "../../src/document/create-document.js";
import { boardFromText } from "../../src/facts/text-cues.js";
import { resolveProfile } from "../../src/profile/resolve-profile.js";

describe("GEM cues in the text", () => {
  it.each([
    "Crescent Tide Holdings Limited is listed on GEM of the Stock Exchange.",
    "This announcement is made in accordance with the GEM Listing Rules.",
    "the Rules Governing the Listing of Securities on GEM of The Stock Exchange of Hong Kong Limited",
    "the Growth Enterprise Market of The Stock Exchange of Hong Kong Limited",
    "本公司股份於香港聯合交易所有限公司GEM上市。",
    "本公告乃遵照GEM上市規則的規定而刊載。",
    "本公司股份於香港聯合交易所有限公司創業板上市。",
    "本公告乃遵照《香港聯合交易所有限公司創業板證券上市規則》的規定而刊載。",
  ])("names GEM: %s", (text) => {
    expect(boardFromText(text)).toBe("gem");
  });

  it.each([
    "朗港生物科技有限公司的附屬公司的A股於深圳證券交易所創業板上市。",
    "本公司的A股已於深交所創業板上市，並須遵守《深圳證券交易所創業板股票上市規則》。",
    "Its A shares are listed on the ChiNext Market of the Shenzhen Stock Exchange.",
    "Its A shares are listed on the Growth Enterprise Market of the Shenzhen Stock Exchange (ChiNext).",
    "The Company has applied for the listing of its A Shares on the ChiNext board (創業板).",
    "The sponsor's gem of an idea was to list on the Main Board.",
  ])("does not name GEM: %s", (text) => {
    expect(boardFromText(text)).toBeUndefined();
  });

  it("a ChiNext listing does not make a Main Board issuer without a stock code a GEM issuer", () => {
    const text = [
      "朗港生物科技股份有限公司",
      "（於中華人民共和國註冊成立的股份有限公司）",
      "",
      "海外監管公告",
      "",
      "本公告乃本公司根據其A股於深圳證券交易所創業板上市的規定而刊發。",
    ].join("\n");
    const profile = resolveProfile({
      document: createDocument({ path: "a.txt", format: "text", text }),
      today: "2026-11-25",
    });
    expect(profile.board).toBeUndefined();
  });
});
