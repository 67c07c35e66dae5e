/** Name forms seen in real board paragraphs, with fictional directors. */
import { describe, expect, it } from "vitest";
import { extractBoard } from "../../src/facts/directors.js";

function names(text: string): string[] {
  return (extractBoard(text)?.directors ?? []).map((director) => `${director.category}: ${director.name}`);
}

describe("extractBoard: awkward name forms", () => {
  it("reads given names before an upper-case surname, and surname-first names with an English name", () => {
    const text =
      "As at the date of this announcement, the board of directors of the Company comprises Dr. Kaho LAM, Dr. Wingyan CHEUNG and Dr. Hoiching LEUNG as executive Directors; Mr. Tszhin YIP, Mr. Puishan CHOW and Mr. Kalok FUNG as non-executive Directors; Dr. Hiutung YAU, Prof. SIU Pak Hei and Mr. KWOK Sze Lung Richard as independent non-executive Directors.";
    expect(names(text)).toEqual([
      "executive: Kaho LAM",
      "executive: Wingyan CHEUNG",
      "executive: Hoiching LEUNG",
      "non-executive: Tszhin YIP",
      "non-executive: Puishan CHOW",
      "non-executive: Kalok FUNG",
      "independent non-executive: Hiutung YAU",
      "independent non-executive: SIU Pak Hei",
      "independent non-executive: KWOK Sze Lung Richard",
    ]);
  });

  it("reads names with honours after them (kept as written) and a doubled 'and'", () => {
    const text =
      "As at the date of this announcement, the Board comprises Mr. Ho Chun Kit, BBS, JP and Ms. Lau Wai Man as executive Directors; and Dr. Fung Ka Lok and Mr. Siu Pak Hei and Ms. Yau Hiu Tung as independent non-executive Directors.";
    expect(names(text)).toEqual([
      "executive: Ho Chun Kit, BBS, JP",
      "executive: Lau Wai Man",
      "independent non-executive: Fung Ka Lok",
      "independent non-executive: Siu Pak Hei",
      "independent non-executive: Yau Hiu Tung",
    ]);
  });

  it("reads Chinese names with 教授 and 太平紳士", () => {
    const text =
      "於本公告日期，董事會包括執行董事林家豪博士及張詠欣女士；及獨立非執行董事梁凱晴教授、葉子軒先生（太平紳士）及周佩珊女士。";
    expect(names(text)).toEqual([
      "executive: 林家豪",
      "executive: 張詠欣",
      "independent non-executive: 梁凱晴",
      "independent non-executive: 葉子軒",
      "independent non-executive: 周佩珊",
    ]);
  });
});
