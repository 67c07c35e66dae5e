import { describe, expect, it } from "vitest";
import { type BoardOptions, boardCheck } from "../../src/checks/board.js";
import { runKind } from "../facts/helpers.js";

const run = (require: BoardOptions["require"], text: string) => runKind(boardCheck, { require }, text);

const TWO_INEDS =
  "As at the date of this announcement, the Board comprises nine Directors, namely Mr. Lo Kin Pong, Ms. Hui Chun Yee and Dr. Kan Wai Lok as executive Directors; Mr. Siu Ka Yan, Mr. Pang Tsz Long, Ms. Au Hoi Man and Mr. Ng Sai Kit as non-executive Directors; and Mr. Yim, Chi Hung Henry and Ms. Tam Yuk Lan as independent non-executive Directors.";
const FOUR_OF_NINE =
  "As at the date of this announcement, the Board comprises (i) Mr. Lo Kin Pong, Ms. Hui Chun Yee and Dr. Kan Wai Lok as executive Directors; (ii) Mr. Siu Ka Yan and Mr. Pang Tsz Long as non-executive Directors; and (iii) Mr. Ho Kwok Wah, George, MH, Ms. Tam Yuk Lan, Dr. Ng Sai Kit and Mr. Au Hoi Man as independent non-executive Directors.";
const ZH_TWO_INEDS =
  "於本公告日期，董事會包括執行董事陳大文先生、李小明先生、何美玲女士；以及獨立非執行董事黃國華先生及林淑儀女士。";
const ZH_COMPLIANT =
  "於本公告日期，董事會包括執行董事陳大文先生及何美玲女士；以及獨立非執行董事黃國華先生、林淑儀女士及吳家樂先生。";

describe("board: INED counts", () => {
  it("reports fewer than three INEDs with the numbers (English and Chinese)", () => {
    const [finding] = run("min-three-ined", TWO_INEDS);
    expect(finding?.kind).toBe("inconsistent");
    expect(finding?.data).toMatchObject({ ined: 2, total: 9, percent: 22 });
    expect(run("min-three-ined", ZH_TWO_INEDS)).toHaveLength(1);
    expect(run("min-three-ined", FOUR_OF_NINE)).toEqual([]);
    expect(run("min-three-ined", ZH_COMPLIANT)).toEqual([]);
  });

  it("uses integer one-third: 3 of 9 passes, 3 of 10 fails", () => {
    expect(run("one-third-ined", FOUR_OF_NINE)).toEqual([]);
    const threeOfTen =
      "As at the date of this announcement, the Board comprises Mr. A One, Mr. B Two, Mr. C Three, Mr. D Four, Mr. E Five, Mr. F Six and Mr. G Seven as executive Directors and Ms. H Eight, Ms. I Nine and Ms. J Ten as independent non-executive Directors.";
    expect(run("one-third-ined", threeOfTen)[0]?.data).toMatchObject({ ined: 3, total: 10, percent: 30 });
    const threeOfNine = threeOfTen.replace("Mr. G Seven", "Mr. G Seven and").replace(", Mr. F Six", "");
    expect(run("one-third-ined", threeOfNine)).toEqual([]);
    // 2 of 5 is 40%: enough for one-third, though short of three.
    expect(run("one-third-ined", ZH_TWO_INEDS)).toEqual([]);
    const zhTwoOfSeven = ZH_TWO_INEDS.replace("何美玲女士", "何美玲女士、張志強先生、馮卓賢先生");
    expect(run("one-third-ined", zhTwoOfSeven)[0]?.data).toMatchObject({ ined: 2, total: 7, percent: 29 });
  });
});

describe("board: truncated paragraphs", () => {
  it("does not judge counts from a paragraph cut off by extraction", () => {
    const cut = TWO_INEDS.replace(
      / and Ms\. Tam Yuk Lan as independent non-executive Directors\.$/,
      " and Ms. Tam Yu",
    );
    expect(run("min-three-ined", cut)).toEqual([]);
    expect(run("one-third-ined", cut)).toEqual([]);
    expect(run("min-three-ined", TWO_INEDS)).toHaveLength(1);
  });
});

describe("board: gender", () => {
  it("reports an all-male board but not one with a Dr. or a woman", () => {
    const allMale =
      "As at the date of this announcement, the Board comprises Mr. Lo Kin Pong and Mr. Hui Chun Yip as executive Directors and Mr. Kan Wai Lok, Mr. Siu Ka Fai and Mr. Pang Tsz Long as independent non-executive Directors.";
    expect(run("gender-diversity", allMale)[0]?.data).toMatchObject({ gender: "male" });
    expect(run("gender-diversity", allMale.replace("Mr. Siu", "Dr. Siu"))).toEqual([]);
    expect(run("gender-diversity", allMale.replace("Mr. Siu", "Ms. Siu"))).toEqual([]);
  });

  it("reads 先生/女士/博士 in Chinese", () => {
    const allMale =
      "於本公告日期，董事會包括執行董事陳大文先生及李小明先生；以及獨立非執行董事黃國華先生、林志強先生及吳家樂先生。";
    expect(run("gender-diversity", allMale)).toHaveLength(1);
    expect(run("gender-diversity", allMale.replace("林志強先生", "林志強博士"))).toEqual([]);
    expect(run("gender-diversity", ZH_COMPLIANT)).toEqual([]);
  });
});

describe("board: stated total, signatory, categories", () => {
  it("compares a stated total with the names", () => {
    const [finding] = run("stated-total", TWO_INEDS.replace("nine Directors", "ten Directors"));
    expect(finding?.data).toMatchObject({ stated: 10, counted: 9 });
    expect(run("stated-total", TWO_INEDS)).toEqual([]);
    const zh =
      "於本公告日期，董事會由六名董事組成，包括執行董事陳大文先生及何美玲女士；以及獨立非執行董事黃國華先生、林淑儀女士及吳家樂先生。";
    expect(run("stated-total", zh)[0]?.data).toMatchObject({ stated: 6, counted: 5 });
  });

  it("checks that the signatory is listed, unless the company secretary signs", () => {
    const block = (name: string, title: string) =>
      `By order of the Board\nLumen Harbour Biotech Limited\n${name}\n${title}\n\nHong Kong, 12 December 2023\n\n${FOUR_OF_NINE}`;
    expect(run("signatory-listed", block("Dr. Kan Wai Lok", "Chairman"))).toEqual([]);
    expect(
      run("signatory-listed", block("Ho Kwok Wah George", "Independent non-executive Director")),
    ).toEqual([]);
    const [missing] = run("signatory-listed", block("Mr. Fung Chi Ming", "Chairman"));
    expect(missing?.data).toMatchObject({ signatory: "Fung Chi Ming" });
    expect(run("signatory-listed", block("Mr. Fung Chi Ming", "Company Secretary"))).toEqual([]);
    const zh = `承董事會命\n璐明海港生物科技有限公司\n主席\n張國強\n\n香港，2023年12月12日\n\n${ZH_COMPLIANT}`;
    expect(run("signatory-listed", zh)[0]?.data).toMatchObject({ signatory: "張國強" });
    expect(run("signatory-listed", zh.replace("張國強", "陳大文"))).toEqual([]);
  });

  it("reports a director listed in two categories", () => {
    const twice =
      "As at the date of this announcement, the Board comprises Mr. Lo Kin Pong and Ms. Hui Chun Yee as executive Directors and Mr. Lo Kin Pong, Ms. Tam Yuk Lan and Mr. Au Hoi Man as independent non-executive Directors.";
    const [finding] = run("single-category", twice);
    expect(finding?.data).toMatchObject({ name: "Lo Kin Pong" });
    expect(finding?.related).toHaveLength(1);
    expect(run("single-category", FOUR_OF_NINE)).toEqual([]);
    const zh =
      "於本公告日期，董事會包括執行董事陳大文先生及何美玲女士；以及獨立非執行董事陳大文先生、林淑儀女士及吳家樂先生。";
    expect(run("single-category", zh)).toHaveLength(1);
  });
});
