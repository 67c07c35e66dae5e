import { describe, expect, it } from "vitest";
import { countByCategory, extractBoard } from "../../src/facts/directors.js";
import type { BoardFact } from "../../src/facts/types.js";

function board(text: string): BoardFact {
  const found = extractBoard(text);
  if (!found) throw new Error("no board found");
  return found;
}

function names(text: string): string[] {
  return board(text).directors.map((director) => `${director.category}: ${director.name}`);
}

describe("extractBoard (English)", () => {
  it("reads an enumerated 'as … Directors' paragraph with (Chairman) and proposed INEDs", () => {
    const text =
      "As of the date of this announcement, the Board comprises: (i) Dr. Lam Siu Wah (Chairman), Ms. Ho Mei Ling and Mr. Cheung Ka Fai as executive Directors; (ii) Mr. Yip Chun Kit as non-executive Director; and (iii) Mr. Yim, Chi Hung Henry, Dr. Au Wing Sze and Prof. Tang Hoi Yan as proposed independent non-executive Directors.";
    const found = board(text);
    expect(names(text)).toEqual([
      "executive: Lam Siu Wah",
      "executive: Ho Mei Ling",
      "executive: Cheung Ka Fai",
      "non-executive: Yip Chun Kit",
      "independent non-executive: Yim, Chi Hung Henry",
      "independent non-executive: Au Wing Sze",
      "independent non-executive: Tang Hoi Yan",
    ]);
    expect(found.directors[0]?.roles).toEqual(["Chairman"]);
    expect(found.directors[0]?.honorific).toBe("Dr");
    expect(found.directors.slice(4).every((director) => director.proposed)).toBe(true);
    expect(found.directors[1]?.gender).toBe("female");
    expect(found.directors[0]?.gender).toBe("unknown");
  });

  it("reads 'the … Directors are' paragraphs with honours suffixes", () => {
    const text =
      "As at the date of this announcement, the executive Director is Mr. Fong Tak Wing (Chief Executive Officer); the non-executive Directors are Mr. Leung Chi Keung (Chairman) and Ms. Kwan Yee Man; and the independent non-executive Directors are Mr. Ho Kwok Wah, George, MH, Mr. Lee Wai Kong, Albert and Ms. Sze Hoi Ting.";
    const counts = countByCategory(board(text));
    expect([counts.executive, counts["non-executive"], counts["independent non-executive"]]).toEqual([
      1, 2, 3,
    ]);
    expect(board(text).directors[3]?.name).toBe("Ho Kwok Wah, George, MH");
    expect(board(text).directors[4]?.name).toBe("Lee Wai Kong, Albert");
  });

  it("survives doubled conjunctions and a missing space after the honorific", () => {
    const text =
      "As at the date of this announcement, the Board comprises (i) Mr.Chow Tin Yan and Ms. Law Sum Yi as executive Directors; and (ii) Dr. Ng Pak Lun, Dr. Chu Yan Ting and Mr. Mok Ka Ho and Mr. Tse Wing Kei as independent non-executive Directors.";
    expect(names(text)).toEqual([
      "executive: Chow Tin Yan",
      "executive: Law Sum Yi",
      "independent non-executive: Ng Pak Lun",
      "independent non-executive: Chu Yan Ting",
      "independent non-executive: Mok Ka Ho",
      "independent non-executive: Tse Wing Kei",
    ]);
  });

  it("reads '… Directors, namely …' and an employee representative Director", () => {
    const text =
      "As at the date of this announcement, the Board comprises two executive Directors, namely Mr. Pun Ho Yin and Ms. Kam Sau Ling; one employee representative Director, namely Mr. Yu Chi Ming; and three independent non-executive Directors, namely Mr. Wan Tsz Hin, Ms. Fung Wai Yee and Mr. Choi Man Kit.";
    const found = board(text);
    expect(countByCategory(found)).toMatchObject({
      executive: 2,
      "employee representative": 1,
      "independent non-executive": 3,
    });
  });

  it("reads a stated total and names without honorifics", () => {
    const text =
      "As at the date of this announcement, the Board comprises six Directors, being Chan Tai Man and Lee Siu Ming as executive Directors, Wong Ka Fai as non-executive Director, and Ho Chi Wing, Tam Yuk Lan and Kwok Sai Ho as independent non-executive Directors.";
    const found = board(text);
    expect(found.statedTotal?.value).toBe(6);
    expect(names(text)).toEqual([
      "executive: Chan Tai Man",
      "executive: Lee Siu Ming",
      "non-executive: Wong Ka Fai",
      "independent non-executive: Ho Chi Wing",
      "independent non-executive: Tam Yuk Lan",
      "independent non-executive: Kwok Sai Ho",
    ]);
  });

  it("takes the last board paragraph and points at the names", () => {
    const text =
      "As at the date of this announcement, the Board is not aware of any reason.\n\nAs at the date of this announcement, the executive Directors are Mr. Lo Kin Pong and Mr. Hui Chun Yip, and the independent non-executive Directors are Mr. Kan Wai Lok, Ms. Siu Ka Yan and Mr. Pang Tsz Long.";
    const found = board(text);
    expect(found.directors).toHaveLength(5);
    const first = found.directors[0];
    expect(first && text.slice(first.start, first.end)).toBe("Mr. Lo Kin Pong");
  });

  it("marks a paragraph cut off by extraction as truncated", () => {
    const cut =
      "As at the date of this announcement, the executive Directors are Mr. Lo Kin Pong and Mr. Hui Ch";
    expect(board(cut).truncated).toBe(true);
    expect(board(`${cut}un Yip.`).truncated).toBe(false);
  });
});

describe("extractBoard (Chinese)", () => {
  it("reads category-first lists with 、 and 及", () => {
    const text =
      "於本公告日期，董事會包括執行董事陳大文博士、李小明先生及何美玲女士；非執行董事張志強先生；及獨立非執行董事黃國華先生、林淑儀女士及吳家樂教授。";
    expect(names(text)).toEqual([
      "executive: 陳大文",
      "executive: 李小明",
      "executive: 何美玲",
      "non-executive: 張志強",
      "independent non-executive: 黃國華",
      "independent non-executive: 林淑儀",
      "independent non-executive: 吳家樂",
    ]);
    const found = board(text);
    expect(found.directors.map((director) => director.gender)).toEqual([
      "unknown",
      "male",
      "female",
      "male",
      "male",
      "female",
      "unknown",
    ]);
  });

  it("reads per-name annotations and proposed INEDs with a parenthesis", () => {
    const perName =
      "於本公告日期，董事會由九名董事組成：陳志明先生(執行董事)、趙慧儀女士(執行董事)、孫家輝先生(獨立非執行董事)、馮卓賢先生(獨立非執行董事)及梁雅詩女士(獨立非執行董事)。";
    const found = board(perName);
    expect(countByCategory(found)).toMatchObject({ executive: 2, "independent non-executive": 3 });
    expect(found.statedTotal?.value).toBe(9);
    const proposed =
      "於本公告日期，本公司董事會包括(i)執行董事鄧子健博士及葉詠詩女士；(ii)非執行董事鍾偉倫先生；及(iii)擬任獨立非執行董事（於上市時生效）湯俊傑先生、曾麗珊女士及彭浩然先生。";
    const withProposed = board(proposed);
    expect(countByCategory(withProposed)["independent non-executive"]).toBe(3);
    expect(withProposed.directors.filter((director) => director.proposed)).toHaveLength(3);
  });

  it("reads names followed by 為 and the category", () => {
    const text =
      "於本公告日期，董事會成員包括：余家豪先生及蔡詠欣女士為執行董事；以及司徒立言先生、歐陽靜女士及馬俊文先生為獨立非執行董事。";
    expect(countByCategory(board(text))).toMatchObject({ executive: 2, "independent non-executive": 3 });
  });
});
