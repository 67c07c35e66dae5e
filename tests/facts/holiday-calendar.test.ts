import { describe, expect, it } from "vitest";
import { bundledReferenceData } from "../../src/bundled/reference-data.js";
import { clearBusinessDays, parseCalendar } from "../../src/facts/holiday-calendar.js";

describe("clearBusinessDays", () => {
  const none = () => false;
  it("excludes both end dates and the weekend", () => {
    // Mon 10 Mar 2025 → Thu 20 Mar 2025: 11–14 and 17–19 March.
    expect(clearBusinessDays("2025-03-10", "2025-03-20", none)).toBe(7);
  });
  it("excludes holidays it is told about", () => {
    // Tue 23 Dec → Mon 29 Dec 2025: 24, 25, 26 December; 25 and 26 are holidays.
    expect(clearBusinessDays("2025-12-23", "2025-12-29", none)).toBe(3);
    const calendar = bundledReferenceData().calendar;
    expect(clearBusinessDays("2025-12-23", "2025-12-29", (iso) => calendar.holidays.has(iso))).toBe(1);
  });
  it("is zero when the second date is not later", () => {
    expect(clearBusinessDays("2025-03-10", "2025-03-10", none)).toBe(0);
    expect(clearBusinessDays("2025-03-10", "2025-03-01", none)).toBe(0);
  });
});

describe("the bundled Hong Kong calendar", () => {
  const calendar = bundledReferenceData().calendar;
  it("covers 2018 to 2027", () => {
    expect([calendar.firstYear, calendar.lastYear]).toEqual([2018, 2027]);
  });
  it("holds the gazetted holidays, including substitute days", () => {
    // Good Friday and Easter Monday 2025; 2 January 2023 (1 January was a Sunday).
    for (const day of ["2025-04-18", "2025-04-21", "2023-01-02", "2024-02-13", "2026-02-17"]) {
      expect(calendar.holidays.has(day)).toBe(true);
    }
    expect(calendar.holidays.has("2025-04-22")).toBe(false);
  });
  it("lists 17 general holidays a year besides Sundays", () => {
    for (let year = 2018; year <= 2027; year++) {
      const inYear = [...calendar.holidays].filter((day) => day.startsWith(`${year}-`));
      expect(inYear, String(year)).toHaveLength(17);
    }
  });
  it("rejects a date filed under the wrong year", () => {
    expect(() =>
      parseCalendar('years:\n  - year: 2025\n    dates:\n      - { date: "2024-01-01" }\n'),
    ).toThrow(/2025/);
  });
});
