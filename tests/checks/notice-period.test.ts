import { describe, expect, it } from "vitest";
import { type NoticePeriodOptions, noticePeriod } from "../../src/checks/notice-period.js";
import { runKind } from "./kind-tester.js";

const options: NoticePeriodOptions = { anchors: ["meeting of the (?:board|directors)", "董事會會議"] };

function english(meeting: string, signed: string): string {
  return [
    "Lumen Harbour Biotech Limited",
    "(Stock Code: 9876)",
    "DATE OF BOARD MEETING",
    `The board of directors (the "Board") of Lumen Harbour Biotech Limited (the "Company") announces that a meeting of the Board will be held on ${meeting} for the purposes of, among other things, approving the annual results of the Company for the year ended 31 December 2024 and considering the payment of a final dividend, if any.`,
    "By order of the Board",
    "Lumen Harbour Biotech Limited",
    "Chan Tai Man",
    "Chairman",
    `Hong Kong, ${signed}`,
  ].join("\n");
}

function chinese(meeting: string, signed: string): string {
  return [
    "朗港生物科技有限公司",
    "（股份代號：9876）",
    "董事會會議日期",
    `朗港生物科技有限公司（「本公司」）董事會（「董事會」）宣佈，本公司將於${meeting}舉行董事會會議，藉以（其中包括）批准本公司截至2024年12月31日止年度之全年業績，以及考慮派發末期股息（如有）。`,
    "承董事會命",
    "朗港生物科技有限公司",
    "主席",
    "陳大文",
    `香港，${signed}`,
  ].join("\n");
}

describe("notice-period", () => {
  it("accepts seven clear business days (English)", () => {
    const { findings } = runKind(noticePeriod, options, english("Thursday, 20 March 2025", "10 March 2025"));
    expect(findings).toEqual([]);
  });

  it("reports six clear business days as inconsistent, with the numbers", () => {
    const { findings, document } = runKind(
      noticePeriod,
      options,
      english("Wednesday, 19 March 2025", "10 March 2025"),
    );
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.kind).toBe("inconsistent");
    expect(finding?.data).toMatchObject({
      clearDays: 6,
      minimumDays: 7,
      meetingDate: "2025-03-19",
      documentDate: "2025-03-10",
    });
    expect(document.normalised.slice(finding?.start, finding?.end)).toBe("Wednesday, 19 March 2025");
  });

  it("counts Hong Kong holidays as non-business days", () => {
    // Mon 14 Apr → Thu 24 Apr 2025: seven weekdays, of which Good Friday and Easter Monday.
    const { findings } = runKind(noticePeriod, options, english("Thursday, 24 April 2025", "14 April 2025"));
    expect(findings[0]?.data?.clearDays).toBe(5);
  });

  it("honours closures listed by the rule", () => {
    const closed = { ...options, closures: ["2025-03-12"] };
    const { findings } = runKind(noticePeriod, closed, english("Thursday, 20 March 2025", "10 March 2025"));
    expect(findings[0]?.data?.clearDays).toBe(6);
  });

  it("works on Traditional Chinese", () => {
    expect(
      runKind(noticePeriod, options, chinese("2025年3月20日（星期四）", "2025年3月10日")).findings,
    ).toEqual([]);
    const { findings } = runKind(noticePeriod, options, chinese("2025年3月19日（星期三）", "2025年3月10日"));
    expect(findings.map((finding) => finding.kind)).toEqual(["inconsistent"]);
    expect(findings[0]?.data?.clearDays).toBe(6);
  });

  it("finds a date inside an anchor, where Chinese puts it before 舉行董事會會議", () => {
    const withDate: NoticePeriodOptions = {
      anchors: ["(?:將|謹訂|謹定)於[^。]{0,40}?舉行董事會會議"],
    };
    // Without the heading, the first date after 「董事會會議」 is the period end, which is past.
    const body = (meeting: string) => chinese(meeting, "2025年3月10日").replace("董事會會議日期\n", "");
    expect(runKind(noticePeriod, withDate, body("2025年3月20日（星期四）")).findings).toEqual([]);
    const { findings } = runKind(noticePeriod, withDate, body("2025年3月19日（星期三）"));
    expect(findings.map((finding) => finding.data?.meetingDate)).toEqual(["2025-03-19"]);
  });

  it("judges nothing when an `unless` pattern matches (a postponement names the old date first)", () => {
    const postponed = english("Wednesday, 12 March 2025", "10 March 2025").replace(
      "will be held on Wednesday, 12 March 2025",
      "originally scheduled to be held on Wednesday, 12 March 2025 has been postponed to Thursday, 27 March 2025",
    );
    expect(runKind(noticePeriod, options, postponed).findings.map((finding) => finding.kind)).toEqual([
      "inconsistent",
    ]);
    const withUnless: NoticePeriodOptions = { ...options, unless: ["\\bpostpone"] };
    expect(runKind(noticePeriod, withUnless, postponed).findings).toEqual([]);
  });

  it("says it cannot tell when the calendar does not cover the year", () => {
    const { findings } = runKind(noticePeriod, options, english("Thursday, 20 March 2031", "10 March 2031"));
    expect(findings.map((finding) => finding.kind)).toEqual(["undetermined"]);
  });

  it("ignores a meeting already held and a document without a date", () => {
    expect(runKind(noticePeriod, options, english("Monday, 3 March 2025", "10 March 2025")).findings).toEqual(
      [],
    );
    const undated = english("Wednesday, 19 March 2025", "10 March 2025").replace(
      /Hong Kong, 10 March 2025/,
      "",
    );
    expect(runKind(noticePeriod, options, undated).findings).toEqual([]);
  });
});
