import { describe, expect, it } from "vitest";
import { classification } from "../../src/checks/classification.js";
import { extractClassStatements } from "../../src/facts/class-statements.js";
import { extractRatioStatements, overlaps } from "../../src/facts/percentage-ratios.js";
import { documentOf, runKind, textOf } from "./kind-tester.js";

const kinds = (text: string, subject?: "notifiable" | "connected") =>
  runKind(classification, subject ? { subject } : {}, text).findings.map((finding) => finding.kind);

describe("extractRatioStatements", () => {
  it("reads a range with a rule number inside the clause", () => {
    const text =
      "As the highest applicable percentage ratio (as defined under Rule 14.07 of the Listing Rules) in respect of the Acquisition exceeds 5% but is less than 25%, the Acquisition constitutes a discloseable transaction.";
    const [ratio] = extractRatioStatements(documentOf(text).normalised);
    expect(ratio?.range).toEqual({ low: 5, lowInclusive: false, high: 25, highInclusive: false });
  });

  it("reads an exact ratio and an all-below statement", () => {
    const exact = extractRatioStatements("The highest applicable percentage ratio is approximately 27.36%.");
    expect(exact[0]?.range).toEqual({ low: 27.36, lowInclusive: true, high: 27.36, highInclusive: true });
    const below = extractRatioStatements(
      "As all of the applicable percentage ratios are less than 5%, the transaction is exempt.",
    );
    expect(below[0]?.range).toEqual({ low: 0, lowInclusive: true, high: 5, highInclusive: false });
  });

  it("reads Chinese statements", () => {
    const text = documentOf(
      "由於出售事項的一項或多項適用百分比率超過25%但全部低於75%，出售事項構成本公司一項主要交易。",
    ).normalised;
    expect(extractRatioStatements(text)[0]?.range).toEqual({
      low: 25,
      lowInclusive: false,
      high: 75,
      highInclusive: false,
    });
    expect(extractClassStatements(text).map((statement) => statement.stated)).toEqual(["major disposal"]);
  });
});

describe("overlaps", () => {
  it("treats touching bounds by their inclusiveness", () => {
    const below5 = { low: 0, lowInclusive: true, high: 5, highInclusive: false };
    expect(overlaps(below5, { low: 5, lowInclusive: true, high: 25, highInclusive: false })).toBe(false);
    expect(overlaps(below5, { low: 4.99, lowInclusive: true, high: 4.99, highInclusive: true })).toBe(true);
  });
});

describe("classification (notifiable)", () => {
  it("accepts a class that matches the ratios", () => {
    expect(
      kinds(
        "As one or more of the applicable percentage ratios in respect of the Disposal exceed 5% but all are less than 25%, the Disposal constitutes a discloseable transaction of the Company.",
      ),
    ).toEqual([]);
    expect(
      kinds(
        "As the highest applicable percentage ratio is 112%, the Acquisition constitutes a very substantial acquisition.",
      ),
    ).toEqual([]);
  });

  it("reports a discloseable transaction with a 27% ratio", () => {
    const text =
      "As the highest applicable percentage ratio in respect of the Acquisition is approximately 27.3%, the Acquisition constitutes a discloseable transaction of the Company.";
    const { findings, document } = runKind(classification, {}, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.kind).toBe("inconsistent");
    expect(findings[0]?.data).toMatchObject({ stated: "discloseable transaction", ratio: "27.3%" });
    expect(textOf(document, findings[0] as { start: number; end: number })).toBe(
      "constitutes a discloseable transaction",
    );
  });

  it("reports a major disposal stated with ratios of 75% or more", () => {
    expect(
      kinds(
        "As the highest applicable percentage ratio exceeds 75%, the Disposal constitutes a major transaction in respect of the disposal of the Target.",
      ),
    ).toEqual(["inconsistent"]);
  });

  it("reports a Chinese 須予披露交易 with ratios above 25%", () => {
    expect(
      kinds("由於收購事項的最高適用百分比率超過25%但低於100%，收購事項構成本公司一項須予披露交易。"),
    ).toEqual(["inconsistent"]);
    expect(
      kinds("由於收購事項的最高適用百分比率超過25%但低於100%，收購事項構成本公司一項主要交易。"),
    ).toEqual([]);
  });

  it("ignores negated classes and classes without a nearby ratio", () => {
    expect(
      kinds(
        "As the highest applicable percentage ratio is 3%, the Subscription does not constitute a discloseable transaction.",
      ),
    ).toEqual([]);
    expect(kinds("The Acquisition constitutes a major transaction of the Company.")).toEqual([]);
  });
});

describe("classification (notifiable): real wordings that agree", () => {
  it("ignores classes denied in other ways", () => {
    const ratio = "As the highest applicable percentage ratio is 3%, the Subscription";
    for (const denial of [
      "will not, on its own, constitute a discloseable transaction.",
      "no longer constitutes a discloseable transaction.",
    ]) {
      expect(kinds(`${ratio} ${denial}`)).toEqual([]);
    }
    expect(kinds("由於最高適用百分比率低於5%，認購事項不會構成本公司的須予披露交易。")).toEqual([]);
    expect(kinds("由於最高適用百分比率低於5%，認購事項並未構成須予披露交易。")).toEqual([]);
  });

  it("accepts the aggregated figure given after a standalone one", () => {
    const text =
      "As the highest applicable percentage ratio in respect of the Acquisition on a standalone basis is less than 5%, but when aggregated with the Previous Acquisition under Rule 14.22 of the Listing Rules exceeds 5% but is less than 25%, the Acquisition constitutes a discloseable transaction of the Company.";
    expect(kinds(text)).toEqual([]);
    const chinese =
      "由於收購事項按單獨基準計算的最高適用百分比率低於5%，但與先前收購事項合併計算時超過5%但低於25%，收購事項構成本公司一項須予披露交易。";
    expect(kinds(chinese)).toEqual([]);
  });

  it("accepts a class when any ratio of its sentence allows it", () => {
    const text =
      "As the highest applicable percentage ratio is approximately 3.2%, and the highest applicable percentage ratio of the Transactions when aggregated is 6.8%, the Transactions constitute a discloseable transaction of the Company.";
    expect(kinds(text)).toEqual([]);
  });

  it("reads 'is higher than' and 'below' bounds", () => {
    expect(
      kinds(
        "As the highest applicable percentage ratio is higher than 25% but below 100%, the Acquisition constitutes a major transaction.",
      ),
    ).toEqual([]);
    expect(
      kinds(
        "As the highest applicable percentage ratio is higher than 25% but below 100%, the Acquisition constitutes a discloseable transaction.",
      ),
    ).toEqual(["inconsistent"]);
  });

  it("does not pair a class with another transaction's ratio two sentences away", () => {
    const text =
      "The highest applicable percentage ratio in respect of the Lease is 2.1%. The Lease is on normal commercial terms. The Disposal, described in the section above, constitutes a major transaction of the Company.";
    expect(kinds(text)).toEqual([]);
  });

  it("still pairs a ratio with the class in the next sentence", () => {
    const text =
      "The highest applicable percentage ratio in respect of the Acquisition is approximately 27.3%. Accordingly, the Acquisition constitutes a discloseable transaction of the Company.";
    expect(kinds(text)).toEqual(["inconsistent"]);
  });
});

describe("classification (connected exemption)", () => {
  it("does not judge an exemption on other grounds by the 14A.76 ratios", () => {
    const subsidiary =
      "As the Vendor is a connected person at the subsidiary level and one or more of the applicable percentage ratios exceed 25%, pursuant to Rule 14A.101 the Acquisition is only subject to the reporting and announcement requirements and is exempt from the circular, independent financial advice and independent shareholders' approval requirements.";
    expect(kinds(subsidiary, "connected")).toEqual([]);
    const assistance =
      "As the highest applicable percentage ratio exceeds 25%, the Acquisition constitutes a major transaction. The guarantee provided by Mr. Chan constitutes financial assistance which is fully exempt under Rule 14A.90 from the reporting, announcement and independent shareholders' approval requirements.";
    expect(kinds(assistance, "connected")).toEqual([]);
    const chinese =
      "由於賣方為附屬公司層面的關連人士，且最高適用百分比率超過25%，根據上市規則第14A.101條，收購事項獲豁免遵守通函、獨立財務意見及獨立股東批准規定。";
    expect(kinds(chinese, "connected")).toEqual([]);
  });

  it("does not judge a route by a ratio in another sentence", () => {
    const text =
      "As the highest applicable percentage ratio in respect of the Acquisition exceeds 25%, the Acquisition constitutes a major transaction. The Services Agreement is a de minimis transaction that is fully exempt from the reporting, announcement and independent shareholders' approval requirements.";
    expect(kinds(text, "connected")).toEqual([]);
  });

  it("compares the consideration only when the document states one", () => {
    const two =
      "The consideration of HK$12,500,000 for the Acquisition was agreed after arm's length negotiations. The consideration of HK$4,000,000 for the Lease was agreed separately. As one or more of the applicable percentage ratios in respect of the Lease exceed 5% but all are less than 25%, the Lease is exempt from the circular and independent shareholders' approval requirements.";
    expect(kinds(two, "connected")).toEqual([]);
  });

  it("accepts an approval exemption with ratios below 5%", () => {
    const text =
      "As one or more of the applicable percentage ratios in respect of the Lease exceed 0.1% but all are less than 5%, the Lease is subject to the reporting and announcement requirements but exempt from the circular, independent financial advice and independent shareholders' approval requirements.";
    expect(kinds(text, "connected")).toEqual([]);
  });

  it("reports a full exemption claimed with ratios above 5%", () => {
    const text =
      "As the highest applicable percentage ratio exceeds 5%, the Transaction is fully exempt from the reporting, announcement and independent shareholders' approval requirements.";
    expect(kinds(text, "connected")).toEqual(["inconsistent"]);
  });

  it("reports an approval exemption when ratios of 5% or more meet a consideration of HK$10 million or more", () => {
    const text =
      "The consideration of HK$12,500,000 was agreed after arm's length negotiations. As one or more of the applicable percentage ratios exceed 5% but all are less than 25%, the Acquisition is exempt from the circular and independent shareholders' approval requirements.";
    expect(kinds(text, "connected")).toEqual(["inconsistent"]);
    expect(kinds(text.replace("HK$12,500,000", "HK$8,000,000"), "connected")).toEqual([]);
  });

  it("works on Chinese", () => {
    const text = "由於最高適用百分比率超過5%，該交易全面豁免遵守申報、公告及獨立股東批准規定。";
    expect(kinds(text, "connected")).toEqual(["inconsistent"]);
  });
});
