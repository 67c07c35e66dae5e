import { describe, expect, it } from "vitest";
import { readShortNameMarker, regimesFromShortName, shortNameStem } from "../../src/profile/short-name.js";

describe("short-name markers", () => {
  it.each([
    ["LUMEN HARBOUR-B", ["18A"]],
    ["DRIFTWOOD-W", ["8A"]],
    ["DRIFTWOOD-S", ["19C"]],
    ["DRIFTWOOD-SW", ["19C", "8A"]],
    ["DRIFTWOOD-SB", ["19C", "18A"]],
    ["DRIFTWOOD-P", ["18C"]],
    ["lumen harbour-b", ["18A"]],
    ["LUMEN HARBOUR - B", ["18A"]],
  ])("%s states %j", (shortName, regimes) => {
    expect(regimesFromShortName(shortName)).toEqual(regimes);
  });

  it("reads full-width names: a full-width hyphen and letter after a Chinese short name", () => {
    expect(readShortNameMarker("朗港生物－Ｂ")).toEqual({ marker: "B", regimes: ["18A"], rmbCounter: false });
    expect(regimesFromShortName("ＤＲＩＦＴＷＯＯＤ－ＳＷ")).toEqual(["19C", "8A"]);
  });

  it("reads an RMB counter's R as a counter, keeping the regimes of the letters before it", () => {
    expect(readShortNameMarker("DRIFTWOOD-R")).toEqual({ marker: "R", regimes: [], rmbCounter: true });
    expect(readShortNameMarker("DRIFTWOOD-WR")).toEqual({ marker: "WR", regimes: ["8A"], rmbCounter: true });
    expect(readShortNameMarker("DRIFTWOOD-SWR")).toEqual({
      marker: "SWR",
      regimes: ["19C", "8A"],
      rmbCounter: true,
    });
  });

  it("reads -PF as the public-float marker, not Chapter 18C", () => {
    expect(readShortNameMarker("SILVERPINE-PF")).toEqual({ marker: "PF", regimes: [], rmbCounter: false });
  });

  it.each(["CRESCENT TIDE-NEW", "CRESCENT TIDE-OLD", "HARBOUR REIT-SS", "HARBOUR-DRS", "HARBOUR-T"])(
    "%s carries a marker that states no regime",
    (shortName) => {
      const read = readShortNameMarker(shortName);
      expect(read.marker).toBeDefined();
      expect(read.regimes).toEqual([]);
    },
  );

  it.each([
    "HARBOUR TELE-NET",
    "CRESCENT NEXT-GEN",
    "SILVER M-FIN",
    "PEAK IN-V",
    "CRESCENT BIO-TEC",
    "LUMEN HARBOUR",
  ])("%s: the tail of a name is not a marker", (shortName) => {
    expect(readShortNameMarker(shortName)).toEqual({ regimes: [], rmbCounter: false });
  });

  it("strips only a real marker from the stem", () => {
    expect(shortNameStem("LUMEN HARBOUR-B")).toBe("LUMEN HARBOUR");
    expect(shortNameStem("朗港生物－Ｂ")).toBe("朗港生物");
    expect(shortNameStem("HARBOUR TELE-NET")).toBe("HARBOUR TELE-NET");
  });
});
