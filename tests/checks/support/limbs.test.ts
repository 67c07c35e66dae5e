import { describe, expect, it } from "vitest";
import { required } from "../../../src/checks/required.js";
import {
  compileLimb,
  describeLimbProblems,
  judgeLimb,
  type LimbOption,
  statementLimbs,
} from "../../../src/checks/support/limbs.js";
import type { RequiredOptions } from "../../../src/checks/support/required-statement.js";
import type { RawFinding } from "../../../src/checks/types.js";
import type { Profile } from "../../../src/profile/types.js";
import { compileContext, emptyProfile, runKind, textOf } from "../kind-tester.js";

const judge = (option: LimbOption, text: string) => {
  const limb = compileLimb(option, compileContext);
  return judgeLimb(limb, text, 0, text.length);
};

const assurance: LimbOption = {
  name: "negated-assurance",
  means: "the Company cannot guarantee that it will ultimately develop the product",
  accepts: ["cannot guarantee that [^.]{0,60}?develop", "may not ultimately [^.]{0,20}?develop"],
  reversedBy: ["can guarantee that [^.]{0,60}?develop", "will ultimately develop"],
};

const caution: LimbOption = {
  name: "caution-to-shareholders",
  means: "shareholders are advised to exercise caution",
  accepts: ["exercise caution"],
  reversedBy: ["need not exercise caution"],
  exceptDocumentKinds: ["report"],
};

describe("judgeLimb: presence and polarity", () => {
  it("finds a limb in any of its accepted wordings", () => {
    expect(judge(assurance, "Tidewater Genomics cannot guarantee that it will develop TG-7.").status).toBe(
      "present",
    );
    expect(judge(assurance, "TG-7 may not ultimately be successfully developed.").status).toBe("present");
  });

  it("reports a limb absent when neither it nor its reversal is there", () => {
    expect(judge(assurance, "Tidewater Genomics is pleased with the progress of TG-7.").status).toBe(
      "missing",
    );
  });

  it("reports the reversing words when the negation is turned positive", () => {
    const verdict = judge(
      assurance,
      "Tidewater Genomics can guarantee that it will ultimately develop TG-7.",
    );
    expect(verdict.status).toBe("reversed");
    expect(verdict.status === "reversed" && verdict.match.text).toBe(
      "can guarantee that it will ultimately develop",
    );
  });

  it("does not read a reversal inside an accepted wording", () => {
    // "will ultimately develop" is part of the negated sentence, not a positive claim.
    expect(
      judge(assurance, "The Company cannot guarantee that it will ultimately develop TG-7.").status,
    ).toBe("present");
  });

  it("reads a reversal that wraps an accepted wording", () => {
    // "need not exercise caution" holds the accepted "exercise caution" and reverses it.
    expect(judge(caution, "Shareholders need not exercise caution when dealing in the shares.").status).toBe(
      "reversed",
    );
  });

  it("prefers a reversal anywhere in the scope to an accepted wording elsewhere", () => {
    const text =
      "The Company cannot guarantee that it will develop TG-7. The Company can guarantee that it will develop TG-8.";
    expect(judge(assurance, text).status).toBe("reversed");
  });

  it("treats a bare pattern as a limb that must occur", () => {
    expect(judge("expressly disclaims?", "and expressly disclaim any liability").status).toBe("present");
    expect(judge("expressly disclaims?", "and accept any liability").status).toBe("missing");
  });

  it("judges Chinese limbs the same way", () => {
    const zh: LimbOption = {
      name: "negated-assurance",
      means: "本公司無法保證其將最終成功開發",
      accepts: ["(?:無法|不能)保證[^。]{0,30}?開發"],
      reversedBy: ["(?:能夠|可以)保證[^。]{0,30}?開發"],
    };
    expect(judge(zh, "潮匯基因無法保證其將最終成功開發TG-7。").status).toBe("present");
    expect(judge(zh, "潮匯基因能夠保證其將最終成功開發TG-7。").status).toBe("reversed");
    // 不能保證 contains 能保證, but inside the accepted wording it is no reversal.
    expect(judge(zh, "潮匯基因不能保證其將最終成功開發TG-7。").status).toBe("present");
    expect(judge(zh, "潮匯基因對TG-7的進展感到滿意。").status).toBe("missing");
  });
});

describe("describeLimbProblems", () => {
  it("puts reversals first and names each limb in plain words", () => {
    const text = describeLimbProblems([
      {
        kind: "missing",
        label: "caution-to-shareholders",
        named: true,
        means: "exercise caution",
        reversal: undefined,
      },
      {
        kind: "reversed",
        label: "negated-assurance",
        named: true,
        means: "cannot guarantee",
        reversal: "can guarantee",
      },
      { kind: "missing", label: "expressly disclaim", named: false, means: undefined, reversal: undefined },
    ]);
    expect(text).toBe(
      'reversed in its "negated assurance" part: "can guarantee"; missing its "caution to shareholders" part (exercise caution); missing "expressly disclaim"',
    );
  });
});

const CAUTIONARY =
  "Cautionary Statement required by Rule 18A.05 of the Listing Rules: Tidewater Genomics Limited cannot guarantee that it will ultimately develop TG-7 successfully. Shareholders and potential investors are advised to exercise caution when dealing in the shares of the Company.";

const cautionaryRule: RequiredOptions = {
  statement: {
    en: {
      anchors: ["\\brule 18A\\.05\\b", "cannot guarantee"],
      wording: [CAUTIONARY],
      limbs: [assurance, caution],
    },
  },
  minSimilarity: 0,
};

const check = (text: string, profile: Profile = emptyProfile) =>
  runKind(required, cautionaryRule, text, { profile });
const only = (findings: RawFinding[]) => {
  expect(findings).toHaveLength(1);
  return findings[0] as RawFinding;
};

describe("required: statements judged on their named limbs", () => {
  it("accepts the statement with both limbs", () => {
    expect(check(`The trial continues.\n\n${CAUTIONARY}\n\nBy order of the Board`).findings).toEqual([]);
  });

  it("reports a reversed assurance as deviating, naming the limb and the words", () => {
    const reversed = CAUTIONARY.replace("cannot guarantee", "can guarantee");
    const finding = only(check(reversed).findings);
    expect(finding.kind).toBe("deviates");
    expect(finding.data?.reversedLimbs).toBe("negated-assurance");
    expect(finding.data?.missingLimbs).toBe("");
    expect(finding.data?.problem).toBe(
      'reversed in its "negated assurance" part: "can guarantee that it will ultimately develop"',
    );
  });

  it("does not take a heading that cites the rule for the statement", () => {
    const text =
      "Cautionary Statement required by Rule 18A.05 of the Listing Rules\n\nThe trial continues as planned.";
    const finding = only(check(text).findings);
    expect(finding.kind).toBe("deviates");
    expect(finding.data?.missingLimbs).toBe("negated-assurance, caution-to-shareholders");
  });

  it("finds the caution in the sentence after a statement worded its own way", () => {
    const ownWords =
      "Warning: Tidewater Genomics Limited cannot guarantee that it will be able to develop, or ultimately market, TG-7. Its shareholders should exercise caution when dealing in its shares.";
    expect(check(ownWords).findings).toEqual([]);
  });

  it("does not take a caution from another paragraph for the statement's own", () => {
    const dropped = CAUTIONARY.replace(/ Shareholders and potential.*$/, "");
    const text = `${dropped}\n\nThe results of the trial will be announced in 2027.\n\nShareholders should exercise caution when dealing in the shares.`;
    const finding = only(check(text).findings);
    expect(finding.data?.missingLimbs).toBe("caution-to-shareholders");
    expect(textOf(check(text).document, finding)).toContain("cannot guarantee");
  });

  it("reads a heading and the paragraph under it as one statement", () => {
    const text = `Cautionary Statement required by Rule 18A.05 of the Listing Rules\n\n${CAUTIONARY.replace(/^.*Rules: /, "")}`;
    expect(check(text).findings).toEqual([]);
  });

  it("runs on into the next block when a paragraph stops mid-sentence", () => {
    const broken = CAUTIONARY.replace(
      "Shareholders and potential investors are",
      "Shareholders and potential\n\ninvestors are",
    );
    expect(check(broken).findings).toEqual([]);
  });

  it("does not require a limb in the document kinds it exempts", () => {
    const reportForm =
      "INTERIM REPORT\n\nCAUTIONARY STATEMENT REQUIRED BY RULE 18A.05: TIDEWATER GENOMICS LIMITED CANNOT GUARANTEE THAT IT WILL ULTIMATELY DEVELOP TG-7 SUCCESSFULLY.";
    const report: Profile = { ...emptyProfile, documentKind: { value: "report", source: "text" } };
    expect(check(reportForm, report).findings).toEqual([]);
    expect(only(check(reportForm).findings).data?.missingLimbs).toBe("caution-to-shareholders");
  });
});

describe("statementLimbs", () => {
  it("reads the named limbs of a required check and of a conditional's statement", () => {
    const requiredCheck = { kind: "required", ...cautionaryRule };
    expect(
      statementLimbs(requiredCheck).map((group) => [group.language, group.limbs.map((l) => l.name)]),
    ).toEqual([["en", ["negated-assurance", "caution-to-shareholders"]]]);
    // biome-ignore lint/suspicious/noThenProperty: `then` is the key the rule format defines
    const conditionalCheck = { kind: "conditional", when: ["expects"], then: cautionaryRule };
    expect(statementLimbs(conditionalCheck)).toHaveLength(1);
  });

  it("ignores bare-pattern limbs and checks without a statement", () => {
    expect(
      statementLimbs({
        kind: "required",
        statement: { en: { anchors: ["a"], wording: ["b"], limbs: ["c"] } },
      }),
    ).toEqual([]);
    expect(statementLimbs({ kind: "forbidden", patterns: ["x"] })).toEqual([]);
  });
});
