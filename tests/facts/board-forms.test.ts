/**
 * English board paragraphs as issuers write them, for fictional issuers: every form the parser
 * reads, read from the normalised text as the checks see it.
 */
import { describe, expect, it } from "vitest";
import { countByCategory, extractBoard } from "../../src/facts/directors.js";
import type { BoardFact } from "../../src/facts/types.js";
import { doc } from "./helpers.js";

function board(text: string): BoardFact {
  const found = extractBoard(doc(text).normalised);
  if (!found) throw new Error(`no board found in: ${text}`);
  return found;
}

/** [executive, non-executive, independent non-executive] */
function counts(text: string): number[] {
  const byCategory = countByCategory(board(text));
  return [byCategory.executive, byCategory["non-executive"], byCategory["independent non-executive"]];
}

const names = (text: string) => board(text).directors.map((director) => director.name);

describe("board paragraph forms (English)", () => {
  it("reads 'consists of' and 'include' as well as 'comprises'", () => {
    const tail =
      "Mr. Lo Kin Pong and Ms. Hui Chun Yee as executive Directors; and Mr. Kan Wai Lok, Ms. Siu Ka Yan and Dr. Pang Tsz Long as independent non-executive Directors.";
    for (const verb of ["consists of", "includes", "is composed of"]) {
      const found = board(`As at the date of this announcement, the Board ${verb} ${tail}`);
      expect(found.reading, verb).toBe("whole");
      expect(countByCategory(found)["independent non-executive"], verb).toBe(3);
    }
  });

  it("reads one sentence per category, also without 'As at'", () => {
    const text =
      "The executive Directors are Mr. Lo Kin Pong and Ms. Hui Chun Yee. The non-executive Director is Mr. Wan Tsz Hin. The independent non-executive Directors are Mr. Kan Wai Lok, Ms. Siu Ka Yan and Dr. Pang Tsz Long.";
    expect(counts(text)).toEqual([2, 1, 3]);
    expect(board(text).reading).toBe("whole");
  });

  it("reads the pre-listing form with directors and proposed directors named in the application", () => {
    const text =
      "Hong Kong, 12 March 2026\nThe directors and proposed directors of the Company named in the application to which this announcement relates are: (i) Mr. Lo Kin Pong and Ms. Hui Chun Yee as executive Directors; and (ii) Mr. Kan Wai Lok, Ms. Siu Ka Yan and Dr. Pang Tsz Long as proposed independent non-executive Directors.";
    const found = board(text);
    expect(counts(text)).toEqual([2, 0, 3]);
    expect(found.directors.filter((director) => director.proposed)).toHaveLength(3);
  });

  it("reads '(i) Mr. A is the executive Director; (ii) … are the non-executive Directors'", () => {
    const text =
      "As of the date of this announcement, (i) Mr. Lo Kin Pong is the executive Director; (ii) Ms. Hui Chun Yee and Mr. Wan Tsz Hin are the non-executive Directors; and (iii) Mr. Kan Wai Lok, Ms. Siu Ka Yan and Dr. Pang Tsz Long are the independent non-executive Directors.";
    expect(counts(text)).toEqual([1, 2, 3]);
  });

  it("reads a paragraph that follows the signature block without a blank line", () => {
    const text =
      "By order of the Board\nNorthwind Apex Robotics Limited\nMr. Lo Kin Pong\nChairman\nHong Kong, 12 March 2026\nAs at the date of this announcement, the Board comprises Mr. Lo Kin Pong and Ms. Hui Chun Yee as executive Directors; and Mr. Kan Wai Lok, Ms. Siu Ka Yan and Dr. Pang Tsz Long as independent non-executive Directors.";
    expect(counts(text)).toEqual([2, 0, 3]);
  });

  it("reads titles before names: Messrs. for several names, compound and Malaysian titles, capitals", () => {
    const text =
      "As at the date of this announcement, the Board comprises Tan Sri Dato' Ong Boon Seng, Messrs. LAU Ka Chun, YEUNG Tin Lok and Ho Wing Shan as executive Directors; Datuk Lim Wei Keat and Dato' Sri Tan Mei Ling as non-executive Directors; and Ir Dr. Kwan Siu Ming, Sir Geoffrey Hale, Mrs. Alison Grant and PROF. CHAU Yuk Ting as independent non-executive Directors.";
    expect(counts(text)).toEqual([4, 2, 4]);
    const found = board(text);
    expect(found.directors[0]).toMatchObject({
      name: "Ong Boon Seng",
      honorific: "Tan Sri Dato'",
      gender: "unknown",
    });
    expect(found.directors.slice(1, 4).map((director) => [director.name, director.gender])).toEqual([
      ["LAU Ka Chun", "male"],
      ["YEUNG Tin Lok", "male"],
      ["Ho Wing Shan", "male"],
    ]);
    expect(found.directors.map((director) => director.gender).slice(6)).toEqual([
      "unknown",
      "male",
      "female",
      "unknown",
    ]);
  });

  it("keeps comma names and honours together and takes roles inside or after the list out of the name", () => {
    const text =
      "As at the date of this announcement, the Board comprises Ms. Fong Mei Lan, the Chairwoman of the Board, Mr. Chan Kam Fai (Chief Executive Officer) and Mr. Yeung Chi Wah, Raymond as executive Directors; and Mr. Tsang Hok Man, BBS, JP, Ms. Lui, Sze Wing Anna and Dr. Mak Ka Po as independent non-executive Directors.";
    expect(names(text)).toEqual([
      "Fong Mei Lan",
      "Chan Kam Fai",
      "Yeung Chi Wah, Raymond",
      "Tsang Hok Man, BBS, JP",
      "Lui, Sze Wing Anna",
      "Mak Ka Po",
    ]);
    expect(board(text).directors[0]?.roles).toEqual(["Chairwoman of the Board"]);
    expect(board(text).directors[1]?.roles).toEqual(["Chief Executive Officer"]);
  });

  it("reads a chairman listed first with his role, and roles written with 'is the … and'", () => {
    const first =
      "As at the date of this announcement, the Board comprises Mr. Chan Kam Fai as Chairman and non-executive Director, Mr. Lo Kin Pong and Ms. Hui Chun Yee as executive Directors, and Mr. Kan Wai Lok, Ms. Siu Ka Yan and Dr. Pang Tsz Long as independent non-executive Directors.";
    expect(counts(first)).toEqual([2, 1, 3]);
    expect(board(first).directors[0]).toMatchObject({ name: "Chan Kam Fai", category: "non-executive" });
    const ofWhom =
      "The Board currently comprises six Directors, of whom Mr. Chan Kam Fai is the chairman and an executive Director, Ms. Hui Chun Yee is an executive Director, Mr. Wan Tsz Hin is a non-executive Director, and Mr. Kan Wai Lok, Ms. Siu Ka Yan and Dr. Pang Tsz Long are independent non-executive Directors.";
    expect(counts(ofWhom)).toEqual([2, 1, 3]);
    expect(board(ofWhom).reading).toBe("whole");
    expect(board(ofWhom).directors[0]?.roles).toEqual(["the chairman"]);
  });

  it("counts US-style 'Independent Directors' as INEDs and employee representatives on their own", () => {
    const us =
      "As at the date of this announcement, the board of directors of the Company comprises Ms. Rachel Dunmore and Mr. Kevin Asher as Executive Directors; and Dr. Lena Whitcombe, Mr. Omar Haddad and Ms. Priya Raman as Independent Directors.";
    expect(counts(us)).toEqual([2, 0, 3]);
    const employee =
      "As at the date of this announcement, the Board comprises Mr. Lo Kin Pong as executive Director, Ms. Yu Sau Ching as employee representative Director, and Mr. Kan Wai Lok, Ms. Siu Ka Yan and Dr. Pang Tsz Long as independent non-executive Directors.";
    expect(countByCategory(board(employee))["employee representative"]).toBe(1);
  });

  it("reads defined abbreviations and a category stated in a role", () => {
    const abbreviated =
      "As at the date of this announcement, the Board comprises Mr. Lo Kin Pong and Ms. Hui Chun Yee as EDs, Mr. Wan Tsz Hin as NED, and Mr. Kan Wai Lok, Ms. Siu Ka Yan and Dr. Pang Tsz Long as INEDs.";
    expect(counts(abbreviated)).toEqual([2, 1, 3]);
    const role =
      "As at the date of this announcement, the Board comprises Mr. Chan Kam Fai as non-executive Chairman, Mr. Lo Kin Pong and Ms. Hui Chun Yee as executive Directors, and Mr. Kan Wai Lok, Ms. Siu Ka Yan and Dr. Pang Tsz Long as independent non-executive Directors.";
    expect(counts(role)).toEqual([2, 1, 3]);
  });

  it("reads names broken by line ends and names without titles", () => {
    const text =
      "As at the date of this announcement, the executive Directors are Lo Kin\nPong and Hui Chun Yee, the non-executive Director is Wan Tsz\nHin, and the independent non-executive Directors are Kan Wai Lok, Siu Ka Yan and Pang\nTsz Long.";
    expect(names(text)).toEqual([
      "Lo Kin Pong",
      "Hui Chun Yee",
      "Wan Tsz Hin",
      "Kan Wai Lok",
      "Siu Ka Yan",
      "Pang Tsz Long",
    ]);
  });

  it("reads 'As at' a date and a paragraph that ends with its category and no full stop", () => {
    const text =
      "As at 31 March 2026, the Board comprises Mr. Lo Kin Pong and Ms. Hui Chun Yee as executive Directors and Mr. Kan Wai Lok, Ms. Siu Ka Yan and Dr. Pang Tsz Long as independent non-executive Directors\n\n* For identification purposes only";
    const found = board(text);
    expect(found.truncated).toBe(false);
    expect(found.reading).toBe("whole");
    expect(counts(text)).toEqual([2, 0, 3]);
  });
});

describe("board paragraphs not read whole (English)", () => {
  it("says so when the paragraph is cut off", () => {
    const found = board(
      "As at the date of this announcement, the executive Directors are Mr. Lo Kin Pong and Mr. Hui Ch",
    );
    expect(found).toMatchObject({ truncated: true, reading: "partial" });
    expect(found.doubts.map((doubt) => doubt.kind)).toEqual(["cut-off"]);
  });

  it("says so when two names follow one title, or text between names is not a name", () => {
    const twoInOne = board(
      "As at the date of this announcement, the Board comprises Mr. Lo Kin Pong, Hui Chun Yee as executive Directors; and Mr. Kan Wai Lok, Ms. Siu Ka Yan and Dr. Pang Tsz Long as independent non-executive Directors.",
    );
    expect(twoInOne.doubts.map((doubt) => doubt.kind)).toEqual(["unread-text"]);
    const stray = board(
      "As at the date of this announcement, the Board comprises Mr. Lo Kin Pong and Ms. Hui Chun Yee as executive Directors; and Mr. Kan Wai Lok, Ms. Siu Ka Yan and Dr. Pang Tsz Long as independent non-executive Directors, and Ng Sai Kit.",
    );
    expect(stray.doubts.map((doubt) => doubt.kind)).toEqual(["unread-text"]);
  });

  it("says so when a category phrase has no names or a stated number disagrees", () => {
    const empty = board(
      "As at the date of this announcement, the Board comprises Mr. Lo Kin Pong and Ms. Hui Chun Yee as executive Directors, of whom three are independent non-executive Directors.",
    );
    expect(empty.doubts.map((doubt) => doubt.kind)).toContain("empty-category");
    const category = board(
      "As at the date of this announcement, the Board comprises three executive Directors, namely Mr. Lo Kin Pong and Ms. Hui Chun Yee, and three independent non-executive Directors, namely Mr. Kan Wai Lok, Ms. Siu Ka Yan and Dr. Pang Tsz Long.",
    );
    expect(category.doubts).toMatchObject([
      { kind: "category-count", stated: 3, read: 2, category: "executive" },
    ]);
    const total = board(
      "As at the date of this announcement, the Board comprises six Directors, namely Mr. Lo Kin Pong and Ms. Hui Chun Yee as executive Directors and Mr. Kan Wai Lok, Ms. Siu Ka Yan and Dr. Pang Tsz Long as independent non-executive Directors.",
    );
    expect(total.doubts).toMatchObject([{ kind: "stated-total", stated: 6, read: 5 }]);
  });

  it("notes directors whose resignation takes effect later, in a note or a parenthesis", () => {
    const noted = board(
      "As at the date of this announcement, the Board comprises Mr. Lo Kin Pong and Ms. Hui Chun Yee* as executive Directors and Mr. Kan Wai Lok, Ms. Siu Ka Yan and Dr. Pang Tsz Long as proposed independent non-executive Directors.\n* Ms. Hui Chun Yee has tendered her resignation, effective upon Listing.",
    );
    expect(noted.directors.filter((director) => director.leaving).map((director) => director.name)).toEqual([
      "Hui Chun Yee",
    ]);
    expect(noted.doubts.map((doubt) => doubt.kind)).toEqual(["leaving"]);
    const inline = board(
      "As at the date of this announcement, the Board comprises Mr. Lo Kin Pong (who will retire at the annual general meeting) and Ms. Hui Chun Yee as executive Directors and Mr. Kan Wai Lok, Ms. Siu Ka Yan and Dr. Pang Tsz Long as independent non-executive Directors.",
    );
    expect(inline.directors[0]?.leaving).toBe(true);
  });

  it("says so when names without titles run together (a list whose line breaks were lost)", () => {
    const found = board(
      "As at the date of this announcement, the executive Directors are: Lo Kin Pong Hui Chun Yee; and the independent non-executive Directors are: Kan Wai Lok, Siu Ka Yan and Pang Tsz Long.",
    );
    expect(found.doubts.map((doubt) => doubt.kind)).toEqual(["unread-text"]);
  });

  it("reads a paragraph without categories, with every director 'unknown'", () => {
    const found = board(
      "As at the date of this announcement, the Board comprises Mr. Lo Kin Pong, Ms. Hui Chun Yee, Mr. Kan Wai Lok, Ms. Siu Ka Yan and Dr. Pang Tsz Long.",
    );
    expect(found.categorised).toBe(false);
    expect(countByCategory(found).unknown).toBe(5);
  });
});

describe("sentences that are not the board paragraph (English)", () => {
  it("finds none in a director's interest, a statement about the Board, or a committee", () => {
    for (const text of [
      "As at the date of this announcement, Mr. Lo Kin Pong, an executive Director, holds 1,000,000 Shares.",
      "As at the date of this announcement, the Directors are not aware of any other matter.",
      "The audit committee comprises Mr. Kan Wai Lok, Ms. Siu Ka Yan and Dr. Pang Tsz Long, all independent non-executive Directors.",
      "As of 30 June 2026, the interests of Mr. Lo Kin Pong, chairman and executive Director, and Ms. Hui Chun Yee, non-executive Director, were as follows.",
    ]) {
      expect(extractBoard(doc(text).normalised), text).toBeUndefined();
    }
  });

  it("takes the last board paragraph when there are several", () => {
    const text =
      "The Board currently comprises Mr. Lo Kin Pong as executive Director and Mr. Kan Wai Lok and Ms. Siu Ka Yan as independent non-executive Directors.\n\nAs at the date of this announcement, the Board comprises Mr. Lo Kin Pong as executive Director and Mr. Kan Wai Lok, Ms. Siu Ka Yan and Dr. Pang Tsz Long as independent non-executive Directors.";
    expect(counts(text)).toEqual([1, 0, 3]);
  });
});
