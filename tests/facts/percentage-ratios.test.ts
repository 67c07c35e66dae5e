import { describe, expect, it } from "vitest";
import {
  describeRange,
  extractRatioStatements,
  sentenceAround,
  sentenceEnds,
  sentencesApart,
} from "../../src/facts/percentage-ratios.js";

describe("extractRatioStatements: further wordings", () => {
  it("reads an aggregated figure on its own", () => {
    const [ratio] = extractRatioStatements(
      "When aggregated with the Previous Subscriptions, the applicable percentage ratio exceeds 5% but is less than 25%.",
    );
    expect(ratio && describeRange(ratio.range)).toBe("more than 5% and less than 25%");
  });

  it("reads 5% or more but less than 25%", () => {
    const [ratio] = extractRatioStatements(
      "As the highest applicable percentage ratio is 5% or more but less than 25%, the Disposal is discloseable.",
    );
    expect(ratio?.range).toEqual({ low: 5, lowInclusive: true, high: 25, highInclusive: false });
  });

  it("reads a Chinese aggregated figure", () => {
    const [ratio] = extractRatioStatements("與先前交易合併計算時，適用百分比率超過5%但低於25%。");
    expect(ratio && describeRange(ratio.range)).toBe("more than 5% and less than 25%");
  });
});

describe("sentences", () => {
  const text =
    "As the ratio is 3.2% under Rule 14.07, the Lease is exempt. The Board approved it. 董事會已批准。Done.";
  const ends = sentenceEnds(text);

  it("ends sentences at full stops before capitals and at Chinese terminators, not inside rule numbers", () => {
    expect(ends.map((end) => text[end])).toEqual([".", ".", "。", "."]);
  });

  it("counts the sentence ends between two statements", () => {
    const at = (word: string) => {
      const start = text.indexOf(word);
      return { start, end: start + word.length, text: word };
    };
    expect(sentencesApart(ends, at("3.2%"), at("exempt"))).toBe(0);
    expect(sentencesApart(ends, at("3.2%"), at("approved"))).toBe(1);
    expect(sentencesApart(ends, at("approved"), at("3.2%"))).toBe(1);
    expect(sentencesApart(ends, at("3.2%"), at("批准"))).toBe(2);
  });

  it("gives the sentence around a statement with the one before it", () => {
    const start = text.indexOf("approved");
    expect(sentenceAround(text, ends, { start, end: start + 8, text: "approved" }).trim()).toBe(
      "As the ratio is 3.2% under Rule 14.07, the Lease is exempt. The Board approved it.",
    );
  });
});
