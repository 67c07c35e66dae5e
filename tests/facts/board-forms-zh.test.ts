/**
 * Chinese board paragraphs as issuers write them, for fictional issuers, read from the
 * normalised text as the checks see it (full-width punctuation folded, spaces PDF extraction put
 * between Chinese characters removed).
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

describe("board paragraph forms (Chinese)", () => {
  it("reads one sentence per category", () => {
    const text =
      "本公司執行董事為羅健邦先生及許俊儀女士。本公司非執行董事為溫子軒先生。本公司獨立非執行董事為簡偉樂先生、蕭家欣女士及彭子朗博士。";
    expect(counts(text)).toEqual([2, 1, 3]);
    expect(board(text).reading).toBe("whole");
  });

  it("reads 董事會由…組成 with the last name written right before 組成, and 截至", () => {
    const text =
      "截至本公告日期，董事會由執行董事羅健邦先生及許俊儀女士，非執行董事溫子軒先生，以及獨立非執行董事簡偉樂先生、蕭家欣女士、彭子朗博士組成。";
    expect(names(text)).toEqual(["羅健邦", "許俊儀", "溫子軒", "簡偉樂", "蕭家欣", "彭子朗"]);
    expect(board(text).reading).toBe("whole");
  });

  it("reads 董事會包括 with enumerations and a chairman listed first", () => {
    const text =
      "於本公告日期，董事會成員包括：(i)董事長兼非執行董事溫子軒先生；(ii)執行董事羅健邦先生及許俊儀女士；及(iii)獨立非執行董事簡偉樂先生、蕭家欣女士及彭子朗博士。";
    expect(counts(text)).toEqual([2, 1, 3]);
    expect(board(text).directors[0]).toMatchObject({ name: "溫子軒", category: "non-executive" });
  });

  it("reads names followed by 為 and the category", () => {
    const text =
      "於本公告日期，(i)羅健邦先生為執行董事；(ii)溫子軒先生及余淑貞女士為非執行董事；及(iii)簡偉樂先生、蕭家欣女士及彭子朗博士為獨立非執行董事。";
    expect(counts(text)).toEqual([1, 2, 3]);
  });

  it("reads the pre-listing forms, after the date line without a break", () => {
    const named =
      "香港，2026年3月12日截至本公告日期，名列本公告相關申請的本公司董事為：(i)執行董事羅健邦先生及許俊儀女士；及(ii)擬任獨立非執行董事簡偉樂先生、蕭家欣女士及彭子朗博士。";
    expect(counts(named)).toEqual([2, 0, 3]);
    expect(board(named).directors.filter((director) => director.proposed)).toHaveLength(3);
    const listed =
      "本公告所涉及的申請所列的本公司董事及擬任董事為：(i)執行董事羅健邦先生；及(ii)擬任獨立非執行董事簡偉樂先生、蕭家欣女士及彭子朗博士。";
    expect(counts(listed)).toEqual([1, 0, 3]);
  });

  it("reads titles after and before names, honours, and Western names with or without a Chinese title", () => {
    const text =
      "於本公告日期，董事會包括執行董事Michael Min XU博士、拿督黃志明及Anna LAU女士；非執行董事Peter Holm及溫子軒教授；及獨立非執行董事簡偉樂先生太平紳士、蕭家欣女士（銅紫荊星章）及彭子朗博士。";
    expect(names(text)).toEqual([
      "Michael Min XU",
      "黃志明",
      "Anna LAU",
      "Peter Holm",
      "溫子軒",
      "簡偉樂",
      "蕭家欣",
      "彭子朗",
    ]);
    const found = board(text);
    expect(found.reading).toBe("whole");
    expect(found.directors.map((director) => director.honorific)).toEqual([
      "博士",
      "拿督",
      "女士",
      undefined,
      "教授",
      "先生",
      "女士",
      "博士",
    ]);
    expect(found.directors[2]?.gender).toBe("female");
  });

  it("reads a paragraph spaced out by PDF extraction and broken across lines", () => {
    const text =
      "於 本 公 告 日 期 ， 董 事 會 包 括 執 行 董 事 羅 健 邦 先 生 及 許 俊\n儀 女 士 ； 非 執 行 董 事 溫 子 軒 先 生 ； 及 獨 立 非\n執 行 董 事 簡 偉 樂 先 生 、 蕭 家 欣 女 士 及 彭 子 朗 博 士 。";
    expect(names(text)).toEqual(["羅健邦", "許俊儀", "溫子軒", "簡偉樂", "蕭家欣", "彭子朗"]);
    expect(counts(text)).toEqual([2, 1, 3]);
  });

  it("reads a list laid out one name per line, whose separators the normalised text has lost", () => {
    const text =
      "於本公告日期，董事會成員如下：\n執行董事：\n羅健邦先生\n許俊儀女士\n獨立非執行董事：\n簡偉樂先生\n蕭家欣女士\n彭子朗博士（太平紳士）\n";
    expect(names(text)).toEqual(["羅健邦", "許俊儀", "簡偉樂", "蕭家欣", "彭子朗"]);
    expect(counts(text)).toEqual([2, 0, 3]);
    // Without titles the names cannot be told apart: not read whole.
    const bare =
      "於本公告日期，董事會成員如下：\n執行董事：\n羅健邦\n許俊儀\n獨立非執行董事：\n簡偉樂\n蕭家欣\n彭子朗\n";
    expect(board(bare).reading).toBe("partial");
  });

  it("reads employee-representative directors as their own category, and names annotated one by one", () => {
    const employee =
      "於本公告日期，董事會包括執行董事羅健邦先生；職工代表董事余淑貞女士；及獨立非執行董事簡偉樂先生、蕭家欣女士及彭子朗博士。";
    expect(countByCategory(board(employee))["employee representative"]).toBe(1);
    const annotated =
      "於本公告日期，董事會由羅健邦先生（執行董事）、許俊儀女士（執行董事）、簡偉樂先生（獨立非執行董事）、蕭家欣女士（獨立非執行董事）及彭子朗博士（獨立非執行董事）組成。";
    expect(counts(annotated)).toEqual([2, 0, 3]);
  });
});

describe("board paragraphs not read whole (Chinese)", () => {
  it("says so when the paragraph is cut off or a stated number disagrees", () => {
    const cut = board(
      "於本公告日期，董事會包括執行董事羅健邦先生及許俊儀女士；及獨立非執行董事簡偉樂先生、蕭家",
    );
    expect(cut.doubts.map((doubt) => doubt.kind)).toContain("cut-off");
    const stated = board(
      "於本公告日期，董事會由六名董事組成，包括執行董事羅健邦先生及許俊儀女士；及獨立非執行董事簡偉樂先生、蕭家欣女士及彭子朗博士。",
    );
    expect(stated.doubts).toMatchObject([{ kind: "stated-total", stated: 6, read: 5 }]);
  });

  it("says so when a piece between the separators is not a name", () => {
    const found = board(
      "於本公告日期，董事會包括執行董事羅健邦先生及許俊儀女士；及獨立非執行董事簡偉樂先生、上述人士之配偶及彭子朗博士。",
    );
    expect(found.doubts.map((doubt) => doubt.kind)).toEqual(["unread-text"]);
  });

  it("notes a director who resigns later", () => {
    const found = board(
      "於本公告日期，董事會包括執行董事羅健邦先生及許俊儀女士*；及擬任獨立非執行董事簡偉樂先生、蕭家欣女士及彭子朗博士。\n*許俊儀女士已提出辭任，自上市起生效。",
    );
    expect(found.directors.find((director) => director.leaving)?.name).toBe("許俊儀");
  });

  it("reads a paragraph without categories", () => {
    const found = board(
      "於本公告日期，董事會成員包括羅健邦先生、許俊儀女士、簡偉樂先生、蕭家欣女士及彭子朗博士。",
    );
    expect(found.categorised).toBe(false);
    expect(found.directors).toHaveLength(5);
  });

  it("finds no board in a sentence about one director's interest", () => {
    expect(
      extractBoard(doc("於本公告日期，執行董事羅健邦先生持有1,000,000股股份。").normalised),
    ).toBeUndefined();
  });
});
