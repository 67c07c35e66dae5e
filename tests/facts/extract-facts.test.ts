import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/facts/extract-facts.js";
import { doc } from "./helpers.js";

const ENGLISH = [
  "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility for the contents of this announcement.",
  "",
  "Lumen Harbour Biotech Limited",
  "璐明海港生物科技有限公司",
  "(Stock Code: 09876)",
  "",
  "The LHB-101 programme continues.",
  "",
  "By order of the Board",
  "Lumen Harbour Biotech Limited",
  "Dr. Lam Siu Wah",
  "Chairman",
  "",
  "Hong Kong, 12 December 2023",
  "",
  "As at the date of this announcement, the Board comprises Dr. Lam Siu Wah and Ms. Ho Mei Ling as executive Directors.",
].join("\n");

describe("extractFacts", () => {
  it("collects issuer names, stock code, signature, document date and products", () => {
    const facts = extractFacts(doc(ENGLISH));
    expect(facts.issuerNames.en?.value).toBe("Lumen Harbour Biotech Limited");
    expect(facts.issuerNames.zh?.value).toBe("璐明海港生物科技有限公司");
    expect(facts.stockCodes.map((code) => code.value)).toEqual(["9876"]);
    expect(facts.signature?.signatory?.value).toBe("Lam Siu Wah");
    expect(facts.signature?.title?.value).toBe("Chairman");
    expect(facts.documentDate?.iso).toBe("2023-12-12");
    expect(facts.products.map((product) => product.value)).toEqual(["LHB-101"]);
    expect(facts.board?.directors).toHaveLength(2);
  });

  it("reads a Chinese signature block", () => {
    const text =
      "承董事會命\n璐明海港生物科技有限公司\n主席\n林兆華\n\n香港，2023年12月12日\n\n於本公告日期，董事會包括執行董事林兆華博士。";
    const facts = extractFacts(doc(text));
    expect(facts.signature?.signatory?.value).toBe("林兆華");
    expect(facts.documentDate?.iso).toBe("2023-12-12");
  });

  it("reads a Chinese signature block with an English name, a name ending in 集團 and a title spaced out by PDF extraction", () => {
    const text =
      "承董事會命\nNorthwind Apex Health Corporation\n北辰健康集團\n董 事 長 、執 行 董 事 兼 首 席 執 行 官\n羅健邦\n香 港 ，2026 年 3 月 12 日\n截 至 本 公 告 日 期 ，董 事 會 包 括 執 行 董 事 羅 健 邦 先 生 及 許 俊 儀 女 士 。";
    const facts = extractFacts(doc(text));
    expect(facts.signature?.signatory?.value).toBe("羅健邦");
    expect(facts.signature?.title?.value).toBe("董事長、執行董事兼首席執行官");
    expect(facts.board?.directors.map((director) => director.name)).toEqual(["羅健邦", "許俊儀"]);
  });

  it("memoises per document and is JSON-serialisable", () => {
    const document = doc(ENGLISH);
    const facts = extractFacts(document);
    expect(extractFacts(document)).toBe(facts);
    expect(JSON.parse(JSON.stringify(facts))).toEqual(facts);
  });
});
