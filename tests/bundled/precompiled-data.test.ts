import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../src/bundled/package-root.js";
import { isNewerThanSources } from "../../src/bundled/precompiled-files.js";
import { bundledReferenceData, PRECOMPILED_DATA_FILES } from "../../src/bundled/reference-data.js";
import { parseCalendar } from "../../src/facts/holiday-calendar.js";
import { parseAliases } from "../../src/facts/rule-aliases.js";

function dataText(name: string): string {
  return readFileSync(join(packageRoot(), "data", name), "utf8");
}

describe("the data files saved as JSON by the build", () => {
  it("hold the same calendar and aliases as the YAML sources", () => {
    // The test run follows a build, so the data comes from dist/reference-data.json.
    const saved = JSON.parse(readFileSync(join(packageRoot(), "dist", "reference-data.json"), "utf8"));
    expect(Object.keys(saved).sort()).toEqual([...PRECOMPILED_DATA_FILES].sort());
    const data = bundledReferenceData();
    const calendar = parseCalendar(dataText("hk-public-holidays.yaml"));
    expect([...data.calendar.holidays].sort()).toEqual([...calendar.holidays].sort());
    expect([data.calendar.firstYear, data.calendar.lastYear]).toEqual([
      calendar.firstYear,
      calendar.lastYear,
    ]);
    expect(data.ruleAliases).toEqual(parseAliases(dataText("rule-aliases.yaml")));
  });
});

describe("isNewerThanSources", () => {
  const dir = mkdtempSync(join(tmpdir(), "disclint-precompiled-"));
  const source = join(dir, "source.yaml");
  const derived = join(dir, "derived.json");
  writeFileSync(source, "a: 1\n");
  writeFileSync(derived, "{}");

  it("trusts a derived file made after its sources", () => {
    utimesSync(source, 1000, 1000);
    utimesSync(derived, 2000, 2000);
    expect(isNewerThanSources(derived, [source])).toBe(true);
  });
  it("distrusts it when a source was edited after the build", () => {
    utimesSync(source, 3000, 3000);
    expect(isNewerThanSources(derived, [source])).toBe(false);
  });
  it("distrusts it when it or a source is missing", () => {
    expect(isNewerThanSources(join(dir, "none.json"), [source])).toBe(false);
    expect(isNewerThanSources(derived, [join(dir, "none.yaml")])).toBe(false);
  });
});
