import { describe, expect, it } from "vitest";
import {
  deadlineOf,
  type ReportingDeadlineOptions,
  reportingDeadline,
} from "../../src/checks/reporting-deadline.js";
import type { Profile } from "../../src/profile/types.js";
import { emptyProfile, runKind } from "./kind-tester.js";

const mainBoard: ReportingDeadlineOptions = {
  deadlines: { annual: { months: 3 }, "half-year": { months: 2 } },
};
const gem: ReportingDeadlineOptions = {
  deadlines: { annual: { months: 3 }, "half-year": { days: 45 }, quarterly: { days: 45 } },
};

const english = (title: string, signed: string) =>
  [
    title,
    "",
    "The Board announces the results of the Group.",
    "",
    "By order of the Board",
    `Hong Kong, ${signed}`,
  ].join("\n");

describe("reporting-deadline: the last day allowed", () => {
  it("counts months to the month's last day when the period ends on one", () => {
    expect(deadlineOf("2024-12-31", { months: 3 })).toBe("2025-03-31");
    expect(deadlineOf("2025-06-30", { months: 2 })).toBe("2025-08-31");
    expect(deadlineOf("2024-09-30", { months: 3 })).toBe("2024-12-31");
    expect(deadlineOf("2024-11-30", { months: 3 })).toBe("2025-02-28");
    expect(deadlineOf("2025-03-15", { months: 2 })).toBe("2025-05-15");
  });

  it("counts days as calendar days", () => {
    expect(deadlineOf("2025-03-31", { days: 45 })).toBe("2025-05-15");
    expect(deadlineOf("2025-06-30", { days: 45 })).toBe("2025-08-14");
    expect(deadlineOf("2025-09-30", { days: 45 })).toBe("2025-11-14");
  });
});

describe("reporting-deadline: results judged at their date", () => {
  it("reports annual results published after three months, with the dates", () => {
    const late = runKind(
      reportingDeadline,
      mainBoard,
      english("ANNUAL RESULTS ANNOUNCEMENT FOR THE YEAR ENDED 31 DECEMBER 2024", "2 April 2025"),
    ).findings;
    expect(late).toHaveLength(1);
    expect(late[0]?.data).toMatchObject({
      period: "annual",
      periodEnd: "2024-12-31",
      deadline: "2025-03-31",
      published: "2025-04-02",
      source: "the document's date",
    });
    const onTime = english(
      "ANNUAL RESULTS ANNOUNCEMENT FOR THE YEAR ENDED 31 DECEMBER 2024",
      "31 March 2025",
    );
    expect(runKind(reportingDeadline, mainBoard, onTime).findings).toEqual([]);
  });

  it("reads Chinese titles and quarters", () => {
    const zh = ["截至二零二五年六月三十日止六個月之中期業績公告", "", "香港，二零二五年九月一日"].join("\n");
    expect(runKind(reportingDeadline, mainBoard, zh).findings[0]?.data).toMatchObject({
      period: "half-year",
      deadline: "2025-08-31",
    });
    const quarter = english(
      "THIRD QUARTERLY RESULTS FOR THE NINE MONTHS ENDED 30 SEPTEMBER 2025",
      "17 November 2025",
    );
    expect(runKind(reportingDeadline, gem, quarter).findings[0]?.data).toMatchObject({
      period: "quarterly",
      deadline: "2025-11-14",
    });
    // The Main Board options name no quarterly deadline: not judged.
    expect(runKind(reportingDeadline, mainBoard, quarter).findings).toEqual([]);
  });

  it("judges at the date given with --as-of before the document's date, and not at today's", () => {
    const text = english("INTERIM RESULTS FOR THE SIX MONTHS ENDED 30 JUNE 2025", "29 August 2025");
    const givenLate: Profile = { asOf: { value: "2025-09-05", source: "cli" } };
    expect(
      runKind(reportingDeadline, mainBoard, text, { profile: givenLate }).findings[0]?.data,
    ).toMatchObject({
      published: "2025-09-05",
      source: "the date given with --as-of",
    });
    const undated =
      "INTERIM RESULTS FOR THE SIX MONTHS ENDED 30 JUNE 2020\n\nThe Board announces the results.";
    const today: Profile = { asOf: { value: "2026-11-25", source: "default" } };
    expect(runKind(reportingDeadline, mainBoard, undated, { profile: today }).findings).toEqual([]);
    expect(runKind(reportingDeadline, mainBoard, undated, { profile: emptyProfile }).findings).toEqual([]);
  });

  it("does not classify other period lengths", () => {
    const text = english("FINAL RESULTS FOR THE FIFTEEN MONTHS ENDED 31 MARCH 2025", "31 July 2025");
    expect(runKind(reportingDeadline, mainBoard, text).findings).toEqual([]);
  });
});
