import { describe, expect, it } from "vitest";
import { bundledReferenceData } from "../../src/bundled/reference-data.js";
import { type BoardOptions, board } from "../../src/checks/board.js";
import { compilePattern } from "../../src/patterns/pattern.js";
import { doc } from "../facts/helpers.js";
import { runKind } from "./kind-tester.js";

const run = (require: BoardOptions["require"], text: string) => runKind(board, { require }, text).findings;

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
  it("does not judge counts from a paragraph cut off by extraction: undetermined, saying why", () => {
    const cut = TWO_INEDS.replace(
      / and Ms\. Tam Yuk Lan as independent non-executive Directors\.$/,
      " and Ms. Tam Yu",
    );
    for (const requirement of ["min-three-ined", "one-third-ined", "gender-diversity"] as const) {
      const findings = run(requirement, cut);
      expect(findings.map((finding) => finding.kind)).toEqual(["undetermined"]);
      expect(String(findings[0]?.data?.problem)).toContain("could not be read whole");
    }
    expect(run("min-three-ined", TWO_INEDS).map((finding) => finding.kind)).toEqual(["inconsistent"]);
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

const compile = (require: BoardOptions["require"]) =>
  board.compile({ require }, { ruleId: "test/rule", compilePattern });
const context = (text: string) => ({
  document: doc(text),
  profile: { asOf: { value: "2026-01-01", source: "default" as const } },
  data: bundledReferenceData(),
});

describe("board: presence follows the parser", () => {
  it("reports a missing paragraph at the end, and points at a present one as evidence", () => {
    const text = "By order of the Board\nNorthwind Apex Robotics Limited\nMr. Lo Kin Pong\nChairman";
    const [missing] = run("present", text);
    expect(missing).toMatchObject({ kind: "missing", start: doc(text).normalised.length });
    expect(run("present", FOUR_OF_NINE)).toEqual([]);
    const evidence = compile("present").evidence?.(context(FOUR_OF_NINE)) ?? [];
    expect(evidence).toHaveLength(1);
    expect(FOUR_OF_NINE.slice(evidence[0]?.start, evidence[0]?.end)).toBe(FOUR_OF_NINE);
    expect(compile("present").evidence?.(context(text))).toEqual([]);
  });

  it("counts a cut-off paragraph as present", () => {
    expect(run("present", "As at the date of this announcement, the executive Directors are Mr.")).toEqual(
      [],
    );
    expect(run("present", "於本公告日期，董事會包括執行董事羅健邦先生及許")).toEqual([]);
  });
});

const UNCATEGORISED =
  "As at the date of this announcement, the Board comprises Mr. Lo Kin Pong, Ms. Hui Chun Yee, Mr. Kan Wai Lok, Ms. Siu Ka Yan and Dr. Pang Tsz Long.";

describe("board: a paragraph that does not say who is independent", () => {
  it("gets its own finding, and the INED rules say they could not count", () => {
    expect(run("categories-stated", UNCATEGORISED)).toMatchObject([{ kind: "deviates", data: { total: 5 } }]);
    expect(run("categories-stated", ZH_COMPLIANT)).toEqual([]);
    for (const requirement of ["min-three-ined", "one-third-ined"] as const) {
      const [finding] = run(requirement, UNCATEGORISED);
      expect(finding?.kind).toBe("undetermined");
      expect(String(finding?.data?.problem)).toContain("does not say which directors are independent");
    }
    // Gender is read from titles, so it can still be judged.
    expect(run("gender-diversity", UNCATEGORISED)).toEqual([]);
    const zh = "於本公告日期，董事會成員包括羅健邦先生、許俊儀先生、簡偉樂先生、蕭家欣先生及彭子朗先生。";
    expect(run("categories-stated", zh)).toHaveLength(1);
    expect(run("gender-diversity", zh)[0]?.data).toMatchObject({ gender: "male" });
  });
});

describe("board: an announcement of the shortfall itself (Rule 3.11)", () => {
  const notice =
    "Following the resignation of Mr. Ng Sai Kit, the Company has only two independent non-executive Directors, which falls below the minimum number required under Rule 3.10(1). The Company will appoint a new independent non-executive Director within three months.\n\n";
  const zhNotice =
    "吳世傑先生辭任後，獨立非執行董事人數少於三名，本公司未能符合上市規則第3.10(1)條的規定，並將於三個月內委任新的獨立非執行董事。\n\n";

  it("says the three-month period applies instead of reporting a breach, pointing at the notice", () => {
    const [finding] = run("min-three-ined", notice + TWO_INEDS);
    expect(finding?.kind).toBe("undetermined");
    expect(String(finding?.data?.problem)).toContain("Rule 3.11");
    expect(finding?.data).toMatchObject({ ined: 2, total: 9 });
    const related = finding?.related?.[0];
    expect(related && (notice + TWO_INEDS).slice(related.start, related.end)).toBe("Rule 3.10(1)");
    expect(run("min-three-ined", zhNotice + ZH_TWO_INEDS)[0]?.kind).toBe("undetermined");
    expect(run("one-third-ined", notice + TWO_INEDS)[0]?.kind).toBe("undetermined");
  });

  it("is silent when the board meets the requirement, and a breach without such a notice", () => {
    expect(run("min-three-ined", notice + FOUR_OF_NINE)).toEqual([]);
    const compliance =
      "The Company has complied with Rules 3.10(1) and 3.10A, which require not less than three independent non-executive directors.\n\n";
    expect(run("min-three-ined", compliance + TWO_INEDS)[0]?.kind).toBe("inconsistent");
  });
});

describe("board: directors noted as leaving", () => {
  const paragraph = (executives: string, note: string) =>
    `As at the date of this announcement, the Board comprises ${executives} as executive Directors and Mr. Kan Wai Lok, Ms. Siu Ka Yan and Dr. Pang Tsz Long as proposed independent non-executive Directors.\n* ${note}`;
  const six =
    "Mr. Lo Kin Pong, Ms. Hui Chun Yee, Mr. Au Hoi Man, Ms. Tam Yuk Lan, Mr. Ng Sai Kit and Mr. Wan Tsz Hin*";
  const seven = `Mr. Mok Ka Ho, ${six}`;

  it("reports one-third only when the board falls short with and without them", () => {
    // 3 of 9 with him and 3 of 8 without: compliant either way.
    expect(
      run("one-third-ined", paragraph(six, "Mr. Wan Tsz Hin has resigned with effect from Listing.")),
    ).toEqual([]);
    // 3 of 10 with him, 3 of 9 without: it depends on the date.
    const depends = run(
      "one-third-ined",
      paragraph(seven, "Mr. Wan Tsz Hin has resigned with effect from Listing."),
    );
    expect(depends.map((finding) => finding.kind)).toEqual(["undetermined"]);
    expect(String(depends[0]?.data?.problem)).toContain("Wan Tsz Hin");
    // 3 of 11 with him, 3 of 10 without: short either way.
    const eight = `Mr. Yu Chi Ming, ${seven}`;
    expect(
      run("one-third-ined", paragraph(eight, "Mr. Wan Tsz Hin has resigned with effect from Listing.")).map(
        (finding) => finding.kind,
      ),
    ).toEqual(["inconsistent"]);
  });
});

describe("board: stated numbers and the signatory", () => {
  it("compares a number stated for one category with its names", () => {
    const text =
      "As at the date of this announcement, the Board comprises three executive Directors, namely Mr. Lo Kin Pong and Ms. Hui Chun Yee, and three independent non-executive Directors, namely Mr. Kan Wai Lok, Ms. Siu Ka Yan and Dr. Pang Tsz Long.";
    expect(run("stated-total", text)[0]?.data).toMatchObject({ stated: "3 executive", counted: 2 });
    // Counted on a reading in doubt, the INED rules do not judge.
    expect(run("min-three-ined", text)[0]?.kind).toBe("undetermined");
  });

  it("matches a Latin name with a Chinese title, and is silent when a name may be missing from the reading", () => {
    const signed = (name: string, board: string) =>
      `承董事會命\n北辰機械人有限公司\n主席\n${name}\n\n香港，2026年3月12日\n\n${board}`;
    const latin =
      "於本公告日期，執行董事為HO KA LOK博士及許俊儀女士；及獨立非執行董事為簡偉樂先生、蕭家欣女士及彭子朗博士。";
    expect(run("signatory-listed", signed("HO KA LOK博士", latin))).toEqual([]);
    const cut = "於本公告日期，執行董事為許俊儀女士及簡偉樂先生；及獨立非執行董事為蕭家";
    expect(run("signatory-listed", signed("HO KA LOK博士", cut))).toEqual([]);
    expect(run("signatory-listed", signed("羅健邦", latin))).toHaveLength(1);
  });
});
