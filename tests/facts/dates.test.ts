import { describe, expect, it } from "vitest";
import { extractDates, weekdayOf } from "../../src/facts/dates.js";
import { parseChineseNumber, parseChineseYear, parseCount } from "../../src/facts/numbers.js";

describe("extractDates", () => {
  it("reads English day-first, month-first and ordinal dates with weekdays", () => {
    const text =
      "on Tuesday, 12 December 2023 and on December 13, 2023 and the 14th December 2023 and 15 Dec. 2023 (Friday)";
    const dates = extractDates(text);
    expect(dates.map((date) => date.iso)).toEqual(["2023-12-12", "2023-12-13", "2023-12-14", "2023-12-15"]);
    expect(dates[0]?.weekday?.index).toBe(2);
    expect(dates[3]?.weekday?.index).toBe(5);
    const first = dates[0];
    expect(first && text.slice(first.start, first.end)).toBe("Tuesday, 12 December 2023");
  });

  it("reads Chinese dates in digits and in numerals, with 星期", () => {
    const dates = extractDates("於2023年12月12日（星期二）及二零二三年十二月三十一日");
    expect(dates.map((date) => date.iso)).toEqual(["2023-12-12", "2023-12-31"]);
    expect(dates[0]?.weekday?.index).toBe(2);
  });

  it("skips impossible dates", () => {
    expect(extractDates("on 31 June 2023")).toEqual([]);
  });

  it("computes weekdays", () => {
    expect(weekdayOf("2023-12-12")).toBe(2);
    expect(weekdayOf("2024-02-29")).toBe(4);
  });
});

describe("numbers", () => {
  it("parses number words and Chinese numerals", () => {
    expect(parseCount("nine")).toBe(9);
    expect(parseCount("12")).toBe(12);
    expect(parseChineseNumber("十二")).toBe(12);
    expect(parseChineseNumber("二十一")).toBe(21);
    expect(parseChineseNumber("三十")).toBe(30);
    expect(parseChineseYear("二零二三")).toBe(2023);
  });
});
