import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createIssuerRegistry, parseIssuerRegistry } from "../../src/profile/issuer-registry.js";
import { readShortNameMarker } from "../../src/profile/short-name.js";

const root = join(import.meta.dirname, "..", "..");

describe("issuer registry lookups", () => {
  const registry = createIssuerRegistry("test list", "2026-08-13", [
    { code: "09871", shortName: "DRIFTWOOD-W", board: "main", rmbCounter: "89871" },
    { code: "89871", shortName: "DRIFTWOOD-WR", board: "main" },
    { code: "08976", shortName: "CRESCENT TIDE", board: "gem" },
  ]);

  it("finds a code with or without leading zeros, in full-width digits too", () => {
    for (const code of ["9871", "09871", "００９８７１"])
      expect(registry.lookup(code)?.entry.shortName).toBe("DRIFTWOOD-W");
    expect(registry.lookup("8976")?.entry.board).toBe("gem");
  });

  it("finds an RMB counter's issuer through its HKD line", () => {
    const match = registry.lookup("89871");
    expect(match?.entry.code).toBe("09871");
    expect(match?.counter?.shortName).toBe("DRIFTWOOD-WR");
  });

  it("has nothing for a code it does not list", () => {
    expect(registry.lookup("9999")).toBeUndefined();
  });

  it("rejects a malformed file", () => {
    expect(() => parseIssuerRegistry({ source: "x", snapshot: "2026-08-13", rows: [] })).toThrow(/malformed/);
    const columns = ["code", "shortName", "board", "rmbCounter"];
    expect(() =>
      parseIssuerRegistry({
        source: "x",
        snapshot: "2026-08-13",
        columns,
        rows: [["9871", "A", "main", ""]],
      }),
    ).toThrow(/row 1/);
    expect(() =>
      parseIssuerRegistry({
        source: "x",
        snapshot: "2026-08-13",
        columns,
        rows: [["09871", "A", "star", ""]],
      }),
    ).toThrow(/row 1/);
  });
});

describe("the bundled registry (data/hkex-issuers.json)", () => {
  const data = JSON.parse(readFileSync(join(root, "data", "hkex-issuers.json"), "utf8")) as {
    source: string;
    snapshot: string;
    rows: string[][];
  };
  const registry = parseIssuerRegistry(data);

  it("records its source and its snapshot date, and the data README gives the same date", () => {
    expect(data.source).toMatch(/HKEX List of Securities/);
    expect(registry.snapshot).toMatch(/^2026-08-\d{2}$/);
    expect(readFileSync(join(root, "data", "README.md"), "utf8")).toContain(registry.snapshot);
  });

  it("lists each code once, in order, on the board its range implies", () => {
    const codes = data.rows.map((row) => row[0] ?? "");
    expect(codes.length).toBeGreaterThan(2500);
    expect([...codes].sort()).toEqual(codes);
    expect(new Set(codes).size).toBe(codes.length);
    for (const [code = "", , board] of data.rows) {
      const numeric = Number(code);
      const issuerCode = numeric >= 80000 ? numeric - 80000 : numeric;
      expect([code, board]).toEqual([code, issuerCode >= 8001 && issuerCode <= 8999 ? "gem" : "main"]);
    }
  });

  it("points every RMB counter at a listed line whose marker says RMB counter", () => {
    const counters = data.rows.filter((row) => (row[3] ?? "") !== "");
    expect(counters.length).toBeGreaterThan(0);
    for (const [code = "", , , counter = ""] of counters) {
      const match = registry.lookup(counter);
      expect(match?.entry.code).toBe(code);
      expect(readShortNameMarker(match?.counter?.shortName ?? "").rmbCounter).toBe(true);
    }
  });

  it("has short names carrying each regime's marker", () => {
    const regimes = new Set(data.rows.flatMap((row) => readShortNameMarker(row[1] ?? "").regimes));
    expect([...regimes].sort()).toEqual(["18A", "18C", "19C", "8A"]);
  });
});
