import { describe, expect, it } from "vitest";
import { shortNameFits } from "../../src/profile/name-fit.js";

describe("a short name fits the issuer's English name", () => {
  it.each([
    ["LUMEN HARBOUR-B", "Lumen Harbour Biotech Limited"],
    ["LUMENHARBOUR-B", "Lumen Harbour Biotech Limited"],
    ["LHB-B", "Lumen Harbour Biotech Limited"],
    ["LUMEN HBR BIO", "Lumen Harbour Biotech Limited"],
    ["CRESCENT TIDE", "The Crescent Tide Holdings Limited"],
    ["CRESCENT T HLDGS", "Crescent Tide Holdings Limited"],
    ["DRIFTWOOD PK ROBO", "Driftwood Peak Robotics Co., Ltd."],
    ["SILVERPINE THER", "Silverpine Bay Therapeutics Limited"],
    ["SILVERPINE BAY GP", "Silverpine Bay Therapeutics Inc."],
  ])("%s fits %s", (shortName, name) => {
    expect(shortNameFits(shortName, name)).toBe(true);
  });

  it.each([
    ["OCEAN MIST HLDG", "Lumen Harbour Biotech Limited"],
    ["CRESCENT TIDE", "Lumen Harbour Biotech Limited"],
    ["LH GLOWDOC", "Lumen Harbour Biotech Limited"],
    ["LUMEN HARBOUR-B", "朗港生物科技有限公司"],
    ["LUMEN HARBOUR-B", ""],
  ])("%s does not fit %s", (shortName, name) => {
    expect(shortNameFits(shortName, name)).toBe(false);
  });

  it("stays fast on a hostile name", () => {
    const started = performance.now();
    expect(shortNameFits("AAAAAAAAAAAAAAA AAAAAAAAAAAAAAB", "A".repeat(40).split("").join("A "))).toBe(true);
    expect(shortNameFits("AAAAAAAAAAAAAAB", `${"AAAAAAAAAA ".repeat(30)}Limited`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
