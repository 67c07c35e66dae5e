import { describe, expect, it } from "vitest";
import { createDocument } from "../../src/document/create-document.js";
import { identityKind } from "../../src/document/regions.js";
import { ANNOUNCEMENT_EN, ANNOUNCEMENT_ZH, DISCLAIMER_EN } from "./fixtures.js";

const doc = (text: string) => createDocument({ path: "a.txt", format: "text", text });

/** Normalised offset just after the first occurrence of `needle`. */
function endOf(haystack: string, needle: string): number {
  const at = haystack.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  return at + needle.length;
}

describe("regions in English", () => {
  const document = doc(ANNOUNCEMENT_EN);
  const text = document.normalised;

  it("puts the disclaimer and the identity block in the top, and stops at the stock code", () => {
    expect(document.regions.top).toEqual({ start: 0, end: endOf(text, "(Stock Code: 9876)") });
  });

  it("starts the end region at the last signature line", () => {
    expect(document.regions.end).toEqual({
      start: text.lastIndexOf("By order of the Board"),
      end: text.length,
    });
    expect(text.slice(document.regions.end.start)).toContain("independent non-executive Directors");
  });

  it("falls back to the board paragraph when there is no signature", () => {
    const noSignature = doc(ANNOUNCEMENT_EN.replace("By order of the Board", "Yours faithfully"));
    const body = noSignature.normalised;
    expect(noSignature.regions.end.start).toBe(body.lastIndexOf("As at the date of this announcement"));
  });

  it("includes a board paragraph that precedes the signature", () => {
    const boardFirst = doc(
      "ANNOUNCEMENT\n\nBody text.\n\nAs at the date of this announcement, the Board comprises five Directors.\n\nBy order of the Board\nChan Tai Man",
    );
    expect(boardFirst.regions.end.start).toBe(boardFirst.normalised.indexOf("As at the date"));
  });

  it("falls back to 1,500 characters at both ends without structure", () => {
    const plain = doc("word ".repeat(1000));
    expect(plain.regions.top).toEqual({ start: 0, end: 1500 });
    expect(plain.regions.end).toEqual({
      start: plain.normalised.length - 1500,
      end: plain.normalised.length,
    });
  });

  it("splits a short text without structure into halves", () => {
    const short = doc("Lumen Harbour is a fictional company. ".repeat(10).trim());
    const length = short.normalised.length;
    expect(short.regions.top).toEqual({ start: 0, end: Math.ceil(length / 2) });
    expect(short.regions.end).toEqual({ start: Math.floor(length / 2), end: length });
  });

  it("accepts 'As of the date of this announcement' as the board paragraph", () => {
    const asOf = doc(
      "Body text.\n\nAs of the date of this announcement, the Board comprises five Directors.",
    );
    expect(asOf.regions.end.start).toBe(asOf.normalised.indexOf("As of the date"));
  });

  it("skips website chrome before the disclaimer", () => {
    const chrome = [
      "Lumen Harbour Biotech Limited",
      "Home | Investor Relations | Announcements",
      "(Stock Code: 9876) share price HK$1.23",
      "",
      ANNOUNCEMENT_EN,
    ].join("\n");
    const document = doc(chrome);
    const text = document.normalised;
    const disclaimerAt = text.indexOf("Hong Kong Exchanges and Clearing");
    expect(document.regions.top.end).toBe(
      disclaimerAt + endOf(text.slice(disclaimerAt), "(Stock Code: 9876)"),
    );
  });

  it("finds the identity block after a circular's 'if in doubt' cover", () => {
    const cover = [
      "THIS CIRCULAR IS IMPORTANT AND REQUIRES YOUR IMMEDIATE ATTENTION",
      "If you are in any doubt as to any aspect of this circular, you should consult your stockbroker.",
      "If you have sold or transferred all your shares in Lumen Harbour Biotech Limited",
      "you should at once hand this circular to the purchaser or transferee.",
      DISCLAIMER_EN.replace(/announcement/gu, "circular"),
      "LUMEN HARBOUR BIOTECH LIMITED",
      "(Incorporated in the Cayman Islands with limited liability)",
      "(Stock Code: 9876)",
      "PROPOSED GENERAL MANDATES TO ISSUE AND BUY BACK SHARES",
    ].join("\n");
    const document = doc(cover);
    expect(document.regions.top.end).toBe(endOf(document.normalised, "(Stock Code: 9876)"));
  });

  it("ends the top at an identity block at the start when the disclaimer comes far below it", () => {
    const body = "The Board is pleased to announce an update on its business. ".repeat(30);
    const misplaced = doc(
      ["LUMEN HARBOUR BIOTECH LIMITED", "(Stock Code: 9876)", body, DISCLAIMER_EN].join("\n"),
    );
    expect(misplaced.regions.top.end).toBe(endOf(misplaced.normalised, "(Stock Code: 9876)"));
  });

  it("counts front matter above the disclaimer as the top (GEM results order)", () => {
    const gem = doc(
      [
        "LUMEN HARBOUR BIOTECH LIMITED",
        "(Stock Code: 8976)",
        "ANNUAL RESULTS ANNOUNCEMENT",
        "CHARACTERISTICS OF GEM OF THE STOCK EXCHANGE OF HONG KONG LIMITED",
        "GEM has been positioned as a market designed to accommodate small and mid-sized companies.",
        DISCLAIMER_EN,
        "This announcement, for which the directors collectively and individually accept full responsibility, includes particulars.",
      ].join("\n"),
    );
    expect(gem.regions.top.end).toBe(endOf(gem.normalised, "contents of this announcement."));
  });

  it("does not take a lone company-name line (a page title) for the identity block", () => {
    const text = `Lumen Harbour Biotech Limited\n${"Page navigation text and other words. ".repeat(100)}`;
    expect(doc(text).regions.top.end).toBe(1500);
  });

  it("never lets the top reach past 3,000 characters", () => {
    const late = `${"words and more words. ".repeat(200)}\nLUMEN HARBOUR BIOTECH LIMITED\n(Stock Code: 9876)\n`;
    expect(doc(late).regions.top.end).toBe(1500);
  });
});

describe("regions in Traditional Chinese", () => {
  const document = doc(ANNOUNCEMENT_ZH);
  const text = document.normalised;

  it("puts the disclaimer and the identity block in the top", () => {
    expect(text).toContain("(股份代號:9876)");
    expect(document.regions.top).toEqual({ start: 0, end: endOf(text, "(股份代號:9876)") });
  });

  it("starts the end region at 承董事會命", () => {
    expect(document.regions.end.start).toBe(text.lastIndexOf("承董事會命"));
    expect(text.slice(document.regions.end.start)).toContain("於本公告日期");
  });
});

describe("identityKind", () => {
  it("recognises the lines of an identity block", () => {
    expect(identityKind("LUMEN HARBOUR BIOTECH LIMITED")).toBe("name");
    expect(identityKind("Lumen Harbour Biotech (Holdings) Co., Ltd.*")).toBe("name");
    expect(identityKind("明港生物科技有限公司")).toBe("name");
    expect(identityKind("(Incorporated in the Cayman Islands with limited liability)")).toBe("incorporation");
    expect(identityKind("(a joint stock company incorporated in the People's Republic of China)")).toBe(
      "incorporation",
    );
    expect(identityKind("(於開曼群島註冊成立的有限公司)")).toBe("incorporation");
    expect(identityKind("(Stock Code: 9876)")).toBe("stock-code");
    expect(identityKind("(股份代號:9876)")).toBe("stock-code");
  });

  it("rejects sentences, the Exchange's own names and long lines", () => {
    expect(identityKind("all your shares in Lumen Harbour Biotech Limited")).toBeUndefined();
    expect(identityKind("Hong Kong Exchanges and Clearing Limited")).toBeUndefined();
    expect(identityKind("香港交易及結算所有限公司")).toBeUndefined();
    expect(
      identityKind("本公告乃由明港生物科技有限公司,根據上市規則作出。本公司為明港生物科技有限公司"),
    ).toBeUndefined();
    expect(identityKind(`${"Lumen ".repeat(40)}Limited`)).toBeUndefined();
  });
});
