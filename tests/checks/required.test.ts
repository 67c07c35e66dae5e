import { describe, expect, it } from "vitest";
import { required } from "../../src/checks/required.js";
import type { RequiredOptions } from "../../src/checks/support/required-statement.js";
import type { RawFinding } from "../../src/checks/types.js";
import {
  announcement,
  BODY,
  disclaimerRule,
  ISSUER_BLOCK,
  SIGNATURE,
  THREE_ENTITY,
  TWO_ENTITY,
  ZH_DISCLAIMER,
  zhAnnouncement,
} from "./fixtures.js";
import { runKind, textOf } from "./kind-tester.js";

const check = (text: string, options: RequiredOptions = disclaimerRule) => runKind(required, options, text);

const removedText = (finding: RawFinding) =>
  (finding.diff ?? [])
    .filter((part) => part.op === "removed")
    .map((part) => part.text)
    .join("");

describe("required: the HKEX disclaimer (English)", () => {
  it("accepts the two-entity form at the top", () => {
    expect(check(announcement(TWO_ENTITY)).findings).toEqual([]);
  });

  it("accepts the three-entity form with the same rule", () => {
    expect(check(announcement(THREE_ENTITY)).findings).toEqual([]);
  });

  it("accepts inserted defined terms", () => {
    const withTerms = THREE_ENTITY.replace(
      "The Stock Exchange of Hong Kong Limited",
      'The Stock Exchange of Hong Kong Limited (the "Stock Exchange")',
    ).replace("Clearing Company Limited", 'Clearing Company Limited ("HKSCC")');
    expect(withTerms).toContain('("HKSCC")');
    expect(check(announcement(withTerms)).findings).toEqual([]);
  });

  it("accepts a statement broken across lines", () => {
    const broken = TWO_ENTITY.replace("Limited take", "Limited\ntake")
      .replace("completeness and", "completeness\nand")
      .replace("whole or any", "whole\nor any");
    expect(broken.split("\n")).toHaveLength(4);
    expect(check(announcement(broken)).findings).toEqual([]);
  });

  it("accepts extraction noise: a lost first word and a page number before the statement", () => {
    const noisy = `1\n${TWO_ENTITY.replace(/^Hong /, "")}`;
    expect(check(announcement(noisy)).findings).toEqual([]);
  });

  it("stays quiet on compliant re-wordings seen in practice", () => {
    const circular = TWO_ENTITY.replaceAll("this announcement", "this circular").replace(
      "disclaim",
      "disclaims",
    );
    const joint = TWO_ENTITY.replaceAll("this announcement", "this joint announcement");
    expect(check(announcement(circular)).findings).toEqual([]);
    expect(check(announcement(joint)).findings).toEqual([]);
  });

  it("reports a missing disclaimer at the start of the top region, with an insertion", () => {
    const { findings, document } = check(announcement(""));
    expect(findings).toHaveLength(1);
    const [finding] = findings as [RawFinding];
    expect(finding.kind).toBe("missing");
    expect(finding.start).toBe(document.regions.top.start);
    expect(finding.end).toBe(finding.start);
    expect(finding.expected).toBe(TWO_ENTITY);
    expect(finding.data?.expected).toBe(TWO_ENTITY);
    expect(finding.suggestion?.start).toBe(document.regions.top.start);
    expect(finding.suggestion?.end).toBe(document.regions.top.start);
    expect(finding.suggestion?.text).toContain(TWO_ENTITY);
  });

  it("reports a dropped limb as deviating, with the removed words in the diff", () => {
    const dropped = TWO_ENTITY.replace("and expressly disclaim any liability whatsoever", "and whatsoever");
    const { findings, document } = check(announcement(dropped));
    expect(findings.map((f) => f.kind)).toEqual(["deviates"]);
    const [finding] = findings as [RawFinding];
    expect(finding.data?.missingLimbs).toBe("expressly disclaim");
    expect(removedText(finding)).toContain("expressly disclaim any liability");
    expect(finding.expected).toBe(TWO_ENTITY);
    // The candidate is the statement itself: not the issuer block after it.
    expect(textOf(document, finding)).toMatch(/^Hong Kong Exchanges/);
    expect(textOf(document, finding)).toMatch(/contents of this announcement\.$/);
    expect(finding.actual).toBe(textOf(document, finding));
    expect(finding.suggestion).toEqual({ start: finding.start, end: finding.end, text: TWO_ENTITY });
    expect(finding.data?.similarity).toBeGreaterThanOrEqual(85);
    expect(finding.data?.similarity).toBeLessThan(100);
  });

  it("reports a statement too far from every wording as deviating", () => {
    const loose =
      "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility for the contents of this announcement and make no representation about it, and expressly disclaim liability.";
    const { findings } = check(announcement(loose));
    expect(findings.map((f) => f.kind)).toEqual(["deviates"]);
    expect(findings[0]?.data?.similarity).toBeLessThan(80);
    expect(findings[0]?.data?.missingLimbs).toBe("");
  });

  it("reports the outdated single-entity form as deviating", () => {
    const outdated =
      "The Stock Exchange of Hong Kong Limited takes no responsibility for the contents of this announcement, makes no representation as to its accuracy or completeness and expressly disclaims any liability whatsoever for any loss howsoever arising from or in reliance upon the whole or any part of the contents of this announcement.";
    const { findings, document } = check(announcement(outdated));
    expect(findings.map((f) => f.kind)).toEqual(["deviates"]);
    const [finding] = findings as [RawFinding];
    expect(finding.data?.outdated).toBe("The Stock Exchange of Hong Kong Limited takes no responsibility");
    expect(textOf(document, finding)).toContain("The Stock Exchange of Hong Kong Limited takes");
    expect(finding.suggestion?.text).toBe(TWO_ENTITY);
  });

  it("reports the outdated form even when no anchor matches it", () => {
    const options: RequiredOptions = {
      ...disclaimerRule,
      statement: { en: { anchors: ["(?-i)take no responsibility for the contents"], wording: [TWO_ENTITY] } },
    };
    const outdated =
      "The Stock Exchange of Hong Kong Limited takes no responsibility for the contents of this announcement.";
    const { findings, document } = check(announcement(outdated), options);
    expect(findings.map((f) => f.kind)).toEqual(["deviates"]);
    expect(textOf(document, findings[0] as RawFinding)).toContain("takes no responsibility");
  });

  it("reports a disclaimer at the end instead of the top as misplaced", () => {
    const text = `${ISSUER_BLOCK}\n\n${[BODY, BODY, BODY, BODY, BODY].join("\n\n")}\n\n${SIGNATURE}\n\n${TWO_ENTITY}\n`;
    const { findings, document } = check(text);
    expect(text.length).toBeGreaterThan(3500);
    expect(findings.map((f) => f.kind)).toEqual(["misplaced"]);
    const [finding] = findings as [RawFinding];
    expect(finding.data?.position).toBe("at the top of the first page");
    expect(textOf(document, finding)).toMatch(/^Hong Kong Exchanges.*announcement\.$/);
    expect(finding.start).toBeGreaterThanOrEqual(document.regions.top.end);
  });

  it("prefers the disclaimer in position when the statement appears twice", () => {
    const text = `${TWO_ENTITY}\n\n${ISSUER_BLOCK}\n\n${BODY}\n\n${SIGNATURE}\n\n${TWO_ENTITY}\n`;
    expect(check(text).findings).toEqual([]);
  });

  it("ignores another sentence that shares the anchor when the disclaimer is present", () => {
    const extra =
      "The Company takes no responsibility for the contents of this website operated by a third party.";
    const text = announcement(TWO_ENTITY).replace(
      "Shareholders and potential",
      `${extra}\n\nShareholders and potential`,
    );
    expect(check(text).findings).toEqual([]);
  });

  it("does not stretch the candidate over the next sentence", () => {
    const dropped = TWO_ENTITY.replace("make no representation as to its accuracy or completeness and ", "");
    const next =
      "Unless otherwise defined herein, capitalised terms used in this announcement shall have the same meanings as those defined in the prospectus.";
    const { findings, document } = check(announcement(`${dropped}\n${next}`));
    expect(findings.map((f) => f.kind)).toEqual(["deviates"]);
    const actual = textOf(document, findings[0] as RawFinding);
    expect(actual).toMatch(/contents of this announcement\.$/);
    expect(actual).not.toContain("Unless");
  });
});

describe("required: position constraints", () => {
  const withPosition = (position: RequiredOptions["position"]): RequiredOptions => ({
    ...disclaimerRule,
    position,
  });

  it("checks `before` against the first match of the reference", () => {
    const text = announcement(TWO_ENTITY);
    expect(check(text, withPosition({ before: "VOLUNTARY ANNOUNCEMENT" })).findings).toEqual([]);
    const late = check(text, withPosition({ before: "Stock Code" })).findings;
    expect(late).toEqual([]);
    const after = check(text, withPosition({ after: "By order of the Board" })).findings;
    expect(after.map((f) => f.kind)).toEqual(["misplaced"]);
    expect(after[0]?.data?.position).toBe('after "By order of the Board"');
  });

  it("does not apply a before/after constraint whose reference is absent", () => {
    const text = announcement(TWO_ENTITY);
    expect(check(text, withPosition({ after: "no such heading anywhere" })).findings).toEqual([]);
  });

  it("adds a missing statement required at the end after the last paragraph", () => {
    const { findings, document } = check(announcement(""), withPosition("end"));
    expect(findings.map((f) => f.kind)).toEqual(["missing"]);
    expect(findings[0]?.start).toBe(document.normalised.length);
    expect(findings[0]?.suggestion?.start).toBe(document.normalised.length);
  });

  it("never inserts inside a sentence, even when the end region starts mid-sentence", () => {
    // Without a signature block the end region is the last 1,500 characters, which can start
    // in the middle of a word; the statement must not be inserted there.
    const text = `${"The Board announces a business update of some length. ".repeat(40)}Hong Kong, 18 March 2026`;
    const { findings, document } = check(text, withPosition("end"));
    const at = findings[0]?.suggestion?.start ?? -1;
    expect(document.regions.end.start).toBeGreaterThan(0);
    expect(at).toBe(document.normalised.length);
  });

  it("puts a missing statement without position at the end of the document", () => {
    const { findings, document } = check(announcement(""), withPosition(undefined));
    expect(findings[0]?.start).toBe(document.normalised.length);
  });
});

describe("required: the Chinese disclaimer", () => {
  it("accepts the prescribed form at the top", () => {
    expect(check(zhAnnouncement(ZH_DISCLAIMER)).findings).toEqual([]);
  });

  it("accepts 之 for 的, 依賴 for 倚賴 and 概不就 for 概不對", () => {
    const variant = ZH_DISCLAIMER.replace("公告的內容", "公告之內容")
      .replace("倚賴", "依賴")
      .replace("概不對", "概不就");
    expect(variant).not.toBe(ZH_DISCLAIMER);
    expect(check(zhAnnouncement(variant)).findings).toEqual([]);
  });

  it("accepts the statement broken across lines", () => {
    const broken = ZH_DISCLAIMER.replace("概不負責，", "概不負責，\n").replace(
      "並明確表示，",
      "並明確\n表示，",
    );
    expect(check(zhAnnouncement(broken)).findings).toEqual([]);
  });

  it("reports a missing Chinese disclaimer", () => {
    const { findings } = check(zhAnnouncement(""));
    expect(findings.map((f) => f.kind)).toEqual(["missing"]);
    expect(findings[0]?.expected).toBe(ZH_DISCLAIMER);
  });

  it("reports a truncated Chinese disclaimer as deviating, diffed by characters", () => {
    const truncated = "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責。";
    const { findings } = check(zhAnnouncement(truncated));
    expect(findings.map((f) => f.kind)).toEqual(["deviates"]);
    const [finding] = findings as [RawFinding];
    expect(finding.data?.similarity).toBeLessThan(50);
    expect(removedText(finding)).toContain("對其準確性或完整性亦不發表任何聲明");
  });

  it("reports nothing for a language the statement has no variant for", () => {
    const englishOnly: RequiredOptions = {
      statement: { en: { anchors: ["take no responsibility"], wording: [TWO_ENTITY] } },
    };
    expect(check(zhAnnouncement(""), englishOnly).findings).toEqual([]);
  });
});

describe("required: performance", () => {
  it("stays fast on a document repeating the anchor ten thousand times", () => {
    const text = `${ISSUER_BLOCK}\n${"We take no responsibility for the contents of this page. ".repeat(10_000)}`;
    const started = performance.now();
    const { findings } = check(text);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(findings.length).toBeGreaterThan(0);
  });
});
