import { describe, expect, it } from "vitest";
import { type DatesOptions, dates } from "../../src/checks/dates.js";
import { runKind } from "./kind-tester.js";

const run = (require: DatesOptions["require"], text: string) => runKind(dates, { require }, text).findings;

describe("dates: weekday", () => {
  it("reports a weekday that does not match, with the right one (English)", () => {
    expect(run("weekday", "The EGM will be held on Tuesday, 12 December 2023.")).toEqual([]);
    expect(run("weekday", "The EGM will be held on 12 December 2023 (Tuesday).")).toEqual([]);
    const [finding] = run("weekday", "The EGM will be held on Wednesday, December 12, 2023.");
    expect(finding?.data).toMatchObject({ stated: "Wednesday", weekday: "Tuesday", iso: "2023-12-12" });
    expect(finding?.suggestion?.text).toBe("Tuesday");
  });

  it("reads 星期 in Chinese", () => {
    expect(run("weekday", "股東特別大會將於2023年12月12日（星期二）舉行。")).toEqual([]);
    const [finding] = run("weekday", "股東特別大會將於2023年12月12日（星期三）舉行。");
    expect(finding?.data).toMatchObject({ stated: "星期三", weekday: "星期二" });
  });
});

const SIGNED =
  "By order of the Board\nLumen Harbour Biotech Limited\nChan Tai Man\nChairman\n\nHong Kong, 12 December 2023";
const SIGNED_ZH = "承董事會命\n璐明海港生物科技有限公司\n主席\n陳大文\n\n香港，2023年12月12日";

describe("dates: cut-off and the date of the announcement", () => {
  it("reports a data cut-off after the document date", () => {
    expect(
      run("cutoff-before-document", `As of July 17, 2023, 30 patients were dosed.\n\n${SIGNED}`),
    ).toEqual([]);
    const [finding] = run(
      "cutoff-before-document",
      `As at 31 December 2023, 30 patients were dosed.\n\n${SIGNED}`,
    );
    expect(finding?.data).toMatchObject({ date: "31 December 2023", documentDate: "12 December 2023" });
    expect(run("cutoff-before-document", `截至2023年12月31日，共有30名患者。\n\n${SIGNED_ZH}`)).toHaveLength(
      1,
    );
    expect(run("cutoff-before-document", `截至2023年7月17日，共有30名患者。\n\n${SIGNED_ZH}`)).toEqual([]);
  });

  it("compares 'being the date of this announcement' with the signature date", () => {
    const good = `As at 12 December 2023, being the date of this announcement, the Company had 1,000 Shares in issue.\n\n${SIGNED}`;
    expect(run("as-at-date", good)).toEqual([]);
    const [finding] = run("as-at-date", good.replace("As at 12 December", "As at 11 December"));
    expect(finding?.data).toMatchObject({ date: "11 December 2023", documentDate: "12 December 2023" });
    expect(
      run(
        "as-at-date",
        `As at the date of this announcement, i.e. December 11, 2023, the Board …\n\n${SIGNED}`,
      ),
    ).toHaveLength(1);
    expect(
      run("as-at-date", `於2023年12月11日（即本公告日期），本公司已發行1,000股。\n\n${SIGNED_ZH}`),
    ).toHaveLength(1);
    expect(
      run("as-at-date", `於2023年12月12日（即本公告日期），本公司已發行1,000股。\n\n${SIGNED_ZH}`),
    ).toEqual([]);
  });
});

describe("dates: timetable", () => {
  const timetable = (second: string) =>
    `${SIGNED}\n\nEXPECTED TIMETABLE\n\nLatest time for lodging transfers ... 4:30 p.m. on Monday, 18 December 2023\nRecord date ... ${second}\nDespatch of certificates ... Friday, 29 December 2023\n\nNotes:\n1. All times refer to Hong Kong time; see also 1 December 2023.`;
  it("accepts events in order and after the document date", () => {
    expect(run("timetable-order", timetable("Wednesday, 20 December 2023"))).toEqual([]);
  });
  it("reports an event out of order and one before the document date", () => {
    expect(run("timetable-order", timetable("Friday, 15 December 2023"))[0]?.data).toMatchObject({
      date: "Friday, 15 December 2023",
    });
    expect(run("timetable-order", timetable("Monday, 11 December 2023"))[0]?.data).toMatchObject({
      problem: "before the document date",
    });
  });
  it("reads a Chinese timetable", () => {
    const zh = `${SIGNED_ZH}\n\n預期時間表\n\n遞交過戶文件的最後時限 2023年12月18日（星期一）\n記錄日期 2023年12月15日（星期五）\n\n附註`;
    expect(run("timetable-order", zh)).toHaveLength(1);
  });
});
