import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/facts/extract-facts.js";
import { compareParity } from "../../src/facts/parity.js";
import { doc } from "./helpers.js";

const EN = [
  "Lumen Harbour Biotech Limited",
  "(Stock Code: 9876)",
  "The Company will issue 50,000,000 new Shares at HK$1.20 each, raising HK$60 million, representing approximately 5.00% of the issued Shares. The EGM will be held on Friday, 29 December 2023.",
  "By order of the Board",
  "Lumen Harbour Biotech Limited",
  "Chan Tai Man",
  "Chairman",
  "Hong Kong, 12 December 2023",
  "As at the date of this announcement, the Board comprises Mr. Chan Tai Man and Ms. Ho Mei Ling as executive Directors and Mr. Wong Kwok Wah, Ms. Lee Siu Ling and Dr. Tam Chi Ho as independent non-executive Directors.",
].join("\n");

const ZH = [
  "璐明海港生物科技有限公司",
  "（股份代號：9876）",
  "本公司將按每股港幣1.20元發行50,000,000股新股份，籌集港幣6,000萬元，佔已發行股份約5.00%。股東特別大會將於2023年12月29日（星期五）舉行。",
  "承董事會命",
  "璐明海港生物科技有限公司",
  "主席",
  "陳大文",
  "香港，2023年12月12日",
  "於本公告日期，董事會包括執行董事陳大文先生及何美玲女士；以及獨立非執行董事黃國華先生、李小玲女士及譚志豪博士。",
].join("\n");

function compare(en: string, zh: string) {
  const enDoc = doc(en);
  const zhDoc = doc(zh);
  return { differences: compareParity(enDoc, zhDoc, extractFacts(enDoc), extractFacts(zhDoc)), enDoc, zhDoc };
}

describe("compareParity", () => {
  it("finds no difference between matching versions", () => {
    expect(compare(EN, ZH).differences).toEqual([]);
  });

  it("takes a value stated again in one version (a table and the text) for the same fact", () => {
    const zh = ZH.replace(
      "佔已發行股份約5.00%。",
      "佔已發行股份約5.00%。所得款項總額為港幣6,000萬元，即已發行股份約5.00%。",
    );
    expect(compare(EN, zh).differences).toEqual([]);
  });

  it("does not read a table's share count and the next row's \"%\" as a percentage, nor a price as shares", () => {
    const table = `${EN}\nHong Kong Offer Shares\n4,580,000\n% of the Offer Shares\n10.00%\nFinal Offer Price\nHK$104.8\nOffer Shares and Share Capital`;
    const zhTable = `${ZH}\n香港發售股份\n4,580,000\n佔發售股份百分比\n10.00%\n最終發售價\n港幣104.8元\n發售股份及股本`;
    expect(compare(table, zhTable).differences).toEqual([]);
  });

  it("reports a changed percentage with both places", () => {
    const { differences, enDoc, zhDoc } = compare(EN, ZH.replace("約5.00%", "約5.50%"));
    expect(differences).toHaveLength(1);
    const [difference] = differences;
    expect(difference?.aspect).toBe("percentage");
    expect(difference?.en && enDoc.normalised.slice(difference.en.start, difference.en.end)).toBe("5.00%");
    expect(difference?.zh && zhDoc.normalised.slice(difference.zh.start, difference.zh.end)).toBe("5.50%");
  });

  it("reports different dates, stock codes, amounts and director counts", () => {
    const zh = ZH.replace("2023年12月29日（星期五）", "2023年12月28日（星期四）")
      .replace("9876", "9867")
      .replace("港幣6,000萬元", "港幣6,500萬元")
      .replace("、李小玲女士", "");
    const aspects = compare(EN, zh).differences.map((difference) => difference.aspect);
    expect(aspects.sort()).toEqual(["amount", "date", "director-count", "stock-code"]);
  });

  it("reports a date present in one version only", () => {
    const { differences } = compare(EN, ZH.replace("股東特別大會將於2023年12月29日（星期五）舉行。", ""));
    expect(differences).toHaveLength(1);
    expect(differences[0]?.zh).toBeUndefined();
    expect(differences[0]?.message).toContain("English version only");
  });
});
