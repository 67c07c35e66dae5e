import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalise } from "../../src/document/normalise.js";

/** The original text each normalised unit came from. */
function sources(original: string): string[] {
  const { text, map, ends } = normalise(original);
  return [...text].map((_, i) => original.slice(map[i], ends[i]));
}

describe("normalise: examples", () => {
  it("straightens curly quotes and primes", () => {
    expect(normalise("“Board” ‘Company’ „x‟ 5′ 6″").text).toBe('"Board" \'Company\' "x" 5\' 6"');
  });

  it("turns every dash variant into a hyphen-minus", () => {
    expect(normalise("a‐b‑c‒d–e—f―g−h﹣i－j").text).toBe("a-b-c-d-e-f-g-h-i-j");
  });

  it("makes full-width punctuation and digits half-width", () => {
    expect(normalise("（股份代號：１２３４）").text).toBe("(股份代號:1234)");
  });

  it("keeps the map exact when NFKC lengthens a character", () => {
    const original = "A㈱B ﬁnal";
    const { text, map, ends } = normalise(original);
    expect(text).toBe("A(株)B final");
    expect(Array.from(map)).toEqual([0, 1, 1, 1, 2, 3, 4, 4, 5, 6, 7, 8]);
    // "(株)" all come from ㈱ (offset 1, one unit long).
    expect(original.slice(map[2], ends[2])).toBe("㈱");
    expect(original.slice(map[6], ends[6])).toBe("ﬁ");
  });

  it("collapses white space runs, NBSP and line breaks into one space and trims", () => {
    expect(normalise(" \t Stock\u00a0\u00a0Code:\r\n\r\n 9876 \n").text).toBe("Stock Code: 9876");
  });

  it("maps a collapsed space to the whole run", () => {
    const original = "a \r\n b";
    expect(sources(original)).toEqual(["a", " \r\n ", "b"]);
  });

  it("removes white space between Chinese characters and CJK punctuation", () => {
    expect(normalise("本 公 司 董事會 「 董事會 」 宣 佈 。 LHB 101").text).toBe(
      "本公司董事會「董事會」宣佈。 LHB 101",
    );
  });

  it("keeps the space between Chinese and Latin text", () => {
    expect(normalise("本公司 Lumen 之").text).toBe("本公司 Lumen 之");
  });

  it("joins a word hyphenated at a line break", () => {
    const original = "regis-\ntration and regis-\r\n  tration";
    const { text } = normalise(original);
    expect(text).toBe("registration and registration");
    expect(sources(original).slice(4, 6)).toEqual(["s", "t"]);
  });

  it("keeps the hyphen of a compound broken at a line end, as text extracted from a PDF has it", () => {
    // Both halves are words the document uses on their own: a compound, not a syllable break.
    const compound = "a cell-\nassociated assay; each cell line and every marker associated with it";
    expect(normalise(compound).text).toBe(
      "a cell-associated assay; each cell line and every marker associated with it",
    );
    // Spelt with its hyphen elsewhere in the document.
    expect(normalise("the open-\nlabel study and a further open-label extension").text).toBe(
      "the open-label study and a further open-label extension",
    );
  });

  it("still joins a word whose halves are not words of the document or whose joined form it uses", () => {
    expect(normalise("further in-\nformation on the formation of the venture").text).toBe(
      "further information on the formation of the venture",
    );
    expect(normalise("a new thera-\npeutic antibody; the therapeutic area").text).toBe(
      "a new therapeutic antibody; the therapeutic area",
    );
  });

  it("keeps hyphens that are not at a line break or not between letters", () => {
    expect(normalise("LHB-101 2024-\n25 non- executive well -\nknown").text).toBe(
      "LHB-101 2024- 25 non- executive well - known",
    );
  });

  it("joins a soft-hyphenated word and drops soft hyphens inside words", () => {
    expect(normalise("regis\u00ad\ntration bio\u00adtech").text).toBe("registration biotech");
  });

  it("folds Simplified characters to Traditional without changing length", () => {
    const original = "对本公告的内容概不负责";
    const { text } = normalise(original);
    expect(text).toBe("對本公告的內容概不負責");
    expect(text.length).toBe(original.length);
  });

  it("folds a mixed Simplified statement", () => {
    expect(normalise("股东及潜在投资者于买卖本公司证券时务请审慎行事").text).toBe(
      "股東及潜在投資者於買賣本公司證券時務請審慎行事",
    );
  });

  it("drops control characters and zero-width spaces", () => {
    expect(normalise("Lu\u200bmen\u0000 Har\ufeffbour").text).toBe("Lumen Harbour");
  });

  it("composes a base with its combining marks", () => {
    const original = "Cafe\u0301 ok";
    expect(normalise(original).text).toBe("Café ok");
    expect(sources(original)[3]).toBe("e\u0301");
  });

  it("keeps astral characters whole and maps both units to their source", () => {
    const original = "a 😀 b";
    const { text, map } = normalise(original);
    expect(text).toBe("a 😀 b");
    expect(Array.from(map)).toEqual([0, 1, 2, 2, 4, 5, 6]);
  });

  it("handles the empty and the all-white-space text", () => {
    expect(normalise("").text).toBe("");
    expect(Array.from(normalise("").map)).toEqual([0]);
    expect(normalise(" \r\n\t ").text).toBe("");
    expect(Array.from(normalise(" \r\n\t ").map)).toEqual([5]);
  });
});

const INTERESTING = [
  "a",
  "Z",
  "-",
  "‐",
  "–",
  " ",
  "\u00a0",
  "\n",
  "\r",
  "\r\n",
  "\t",
  "\u0000",
  "\u001f",
  "\u200b",
  "\ufeff",
  "\u00ad",
  "本",
  "对",
  "內",
  "。",
  "「",
  "（",
  "１",
  "㈱",
  "ﬁ",
  "″",
  "“",
  "é",
  "\u0301",
  "😀",
  "𠀋",
  "\ud800",
  "\udc00",
  "ｶ",
  "ﾞ",
  "¨",
  "…",
];

const texts = fc.oneof(
  fc.string({ unit: fc.constantFrom(...INTERESTING), maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
);

describe("normalise: properties", () => {
  it("has a monotonic map within bounds and a sentinel at the end", () => {
    fc.assert(
      fc.property(texts, (original) => {
        const { text, map, ends } = normalise(original);
        expect(map.length).toBe(text.length + 1);
        expect(ends.length).toBe(text.length + 1);
        expect(map[text.length]).toBe(original.length);
        for (let i = 0; i < text.length; i++) {
          const start = map[i] ?? -1;
          const end = ends[i] ?? -1;
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(original.length);
          expect(map[i + 1] ?? 0).toBeGreaterThanOrEqual(start);
          if (i > 0) expect(end).toBeGreaterThanOrEqual(ends[i - 1] ?? 0);
        }
      }),
    );
  });

  it("never leaves leading, trailing or doubled spaces", () => {
    fc.assert(
      fc.property(texts, (original) => {
        const { text } = normalise(original);
        expect(text).not.toMatch(/^ | $| {2}/u);
        expect(text).not.toMatch(/[\t\n\r\u00a0\u3000]/u);
      }),
    );
  });

  it("takes every ASCII letter or digit from an original range that contains it after NFKC", () => {
    fc.assert(
      fc.property(texts, (original) => {
        const { text, map, ends } = normalise(original);
        for (let i = 0; i < text.length; i++) {
          const ch = text[i] ?? "";
          if (!/[A-Za-z0-9]/u.test(ch)) continue;
          expect(original.slice(map[i], ends[i]).normalize("NFKC")).toContain(ch);
        }
      }),
    );
  });
});
