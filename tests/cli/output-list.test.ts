import { describe, expect, it } from "vitest";
import { OutputList } from "../../src/cli/output-list.js";

describe("OutputList", () => {
  it("defaults to stylish on standard output", () => {
    expect(new OutputList().list()).toEqual([{ format: "stylish" }]);
  });

  it("binds each --output to the --format before it, and reads format:file", () => {
    const outputs = new OutputList();
    outputs.add("json");
    outputs.direct("out.json");
    outputs.add("stylish");
    outputs.add("sarif:report.sarif");
    expect(outputs.list()).toEqual([
      { format: "json", path: "out.json" },
      { format: "stylish" },
      { format: "sarif", path: "report.sarif" },
    ]);
  });

  it("gives an --output before any --format to the first format, or to the default", () => {
    const before = new OutputList();
    before.direct("out.json");
    before.add("json");
    expect(before.list()).toEqual([{ format: "json", path: "out.json" }]);
    const alone = new OutputList();
    alone.direct("report.txt");
    expect(alone.list()).toEqual([{ format: "stylish", path: "report.txt" }]);
  });

  it("refuses two outputs for one format", () => {
    const outputs = new OutputList();
    outputs.add("json");
    outputs.direct("a.json");
    expect(() => outputs.direct("b.json")).toThrow(/already goes to a.json/);
  });
});
