import { describe, expect, it } from "vitest";
import { createDocument } from "../../src/document/create-document.js";
import {
  findStockCodes,
  issuerStockCodes,
  normaliseStockCode,
  statesStockCode,
} from "../../src/document/stock-code.js";

const doc = (text: string) => createDocument({ path: "a.txt", format: "text", text });
/** The codes of each mention, as found in the whole text. */
const codesIn = (text: string) =>
  findStockCodes(doc(text)).map((mention) => mention.codes.map(({ code }) => code));

describe("reading stock codes", () => {
  it.each([
    ["(Stock Code: 9876)", "9876"],
    ["(Stock code: 09876)", "9876"],
    ["Stock Code 9876", "9876"],
    ["Stock code : 9876", "9876"],
    ["The stock code is 9876.", "9876"],
    ["(Share Code: 9876)", "9876"],
    ["（股份代號：09876）", "9876"],
    ["（股份代號：９８７６）", "9876"],
    ["（證券代號：8123）", "8123"],
    ["股票代號：9876", "9876"],
    ["股份代號 ： 2670", "2670"],
    ["(Stock Code: 5)", "5"],
  ])("%s → %s", (text, code) => {
    expect(codesIn(text)).toEqual([[code]]);
  });

  it("reads an issuer's counters stated together", () => {
    expect(codesIn("Stock Codes: 9876 (HKD counter) and 89876 (RMB counter)")).toEqual([["9876", "89876"]]);
    expect(codesIn("（股份代號：9876（港幣櫃台）及89876（人民幣櫃台））")).toEqual([["9876", "89876"]]);
    expect(codesIn("Stock code: HKD counter: 9876; RMB counter: 89876")).toEqual([["9876", "89876"]]);
  });

  it("does not take a year, an amount or a share count for a second code", () => {
    expect(codesIn("Stock Code 股份代號 : 8976 /2025 Interim Report")).toEqual([["8976"]]);
    expect(codesIn("Stock code: 9876, 1,000 shares")).toEqual([["9876"]]);
  });

  it("does not read a number that is not a code after the label", () => {
    expect(codesIn("Stock code: 1,234,000 shares")).toEqual([]);
    expect(codesIn("股份代號：2025年")).toEqual([]);
    expect(codesIn("the stock code of the H Shares will be 9876")).toEqual([]);
  });

  it("reads a table extracted label column first, value column after", () => {
    const table =
      "Offer Price\nNominal value\nStock code\n\n:\n:\n:\n\nHK$12.50 per Share\nUS$0.0001 per Share\n9871\n\nSole Sponsor\n";
    const [mention] = findStockCodes(doc(table));
    expect(mention?.codes.map(({ code }) => code)).toEqual(["9871"]);
    expect(mention?.detached).toBe(true);
    const valueFirst = "Company information\n9871\nDRIFTWOOD\n\nStock code\nStock short name\n";
    expect(codesIn(valueFirst)).toEqual([["9871"]]);
  });

  it("does not read a lone number as the value of a label inside a sentence", () => {
    expect(codesIn("The stock code and short name will be announced.\n2026\n")).toEqual([]);
  });

  it("locates the code and the label in the normalised text", () => {
    const document = doc("Lumen Harbour Biotech Limited\n（股份代號：09876）\n");
    const [mention] = findStockCodes(document);
    const [code] = mention?.codes ?? [];
    expect(document.normalised.slice(code?.start, code?.end)).toBe("09876");
    expect(document.normalised.slice(mention?.label.start, mention?.label.end)).toBe("股份代號");
  });

  it("reads only the region it is given", () => {
    const document = doc("(Stock Code: 9876)\n\nLater: stock code 9867.");
    const later = document.normalised.indexOf("Later");
    expect(
      findStockCodes(document, { start: later, end: document.normalised.length }).map(
        (m) => m.codes[0]?.code,
      ),
    ).toEqual(["9867"]);
  });

  it("tells a stock-code line from other lines, and normalises codes", () => {
    expect(statesStockCode("(Stock Code: 9876)")).toBe(true);
    expect(statesStockCode("(Incorporated in the Cayman Islands with limited liability)")).toBe(false);
    expect(normaliseStockCode("０９８７６")).toBe("9876");
    expect(normaliseStockCode("0000")).toBe("0");
  });
});

describe("issuerStockCodes: the codes stated as the issuer's own", () => {
  const codes = (text: string) => issuerStockCodes(doc(text)).map((mention) => mention.codes[0]?.code);

  it("keeps the first code and those whose clause names the issuer", () => {
    expect(
      codes(
        "Lumen Harbour Biotech Limited\n(Stock Code: 9876)\n\nTrading in the shares of the Company (stock code: 9867) resumed.",
      ),
    ).toEqual(["9876", "9867"]);
    expect(
      codes("朗港生物科技有限公司\n（股份代號：9876）\n\n本公司股份（股份代號：9867）將繼續買賣。"),
    ).toEqual(["9876", "9867"]);
  });

  it("leaves out other companies' codes, bonds' codes and PDF-wrapped directorships", () => {
    const text = [
      "Lumen Harbour Biotech Limited",
      "(Stock Code: 9876)",
      "",
      "The agent, Tidewater Securities Limited, a company listed on the Stock Exchange (stock code: 4321), will place the shares.",
      "Trading in the shares (stock code: 9876) and the notes due 2028 (stock code: 40211) of the Company was halted.",
      "She is a director of Orchid Bay Holdings Limited, a company listed on the Stock Exchange",
      "(stock code: 1357) since May 2021.",
    ].join("\n");
    expect(codes(text)).toEqual(["9876", "9876"]);
  });
});
