import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import {
  checkConfigPackNames,
  checkConfigRuleIds,
  clearConfigCache,
  configFor,
  findConfigFile,
  loadConfigFile,
  packReference,
  validateConfig,
} from "../../src/config/load-config.js";

const CONFIG = `packs: [hkex, ./local/extra.yaml]
issuer:
  name: Lumen Harbour Biotech Limited
  stockCode: "9876"
  shortName: LUMEN HARBOUR-B
  board: main
  regimes: [18A]
rules:
  hkex/disclaimer: warning
  hkex/placeholder: off
ignore: ["drafts/**"]
asOf: 2025-03-31
documentKind: announcement
failOn: warning
`;

function project(): string {
  const root = mkdtempSync(join(tmpdir(), "disclint-config-"));
  mkdirSync(join(root, "announcements", "2025"), { recursive: true });
  writeFileSync(join(root, ".disclint.yaml"), CONFIG);
  return root;
}

beforeEach(() => clearConfigCache());

describe("validateConfig", () => {
  it("accepts a full configuration, keeping dates and stock codes as text", () => {
    const result = validateConfig(CONFIG, ".disclint.yaml");
    expect(result.problems).toEqual([]);
    expect(result.config.asOf).toBe("2025-03-31");
    expect(result.config.issuer?.stockCode).toBe("9876");
    expect(result.config.rules).toEqual({ "hkex/disclaimer": "warning", "hkex/placeholder": "off" });
  });

  it("treats an empty file as an empty configuration", () => {
    expect(validateConfig("", ".disclint.yaml")).toMatchObject({ config: {}, problems: [] });
  });

  it("reports an unquoted stock code as the wrong type, at the value", () => {
    const result = validateConfig(CONFIG.replace('stockCode: "9876"', "stockCode: 9876"), ".disclint.yaml");
    expect(result.problems.map((p) => [p.code, p.line, p.column, p.message])).toEqual([
      ["wrong-type", 4, 14, "`stockCode` in `issuer` must be text, not the number `9876`; put it in quotes"],
    ]);
    expect(result.config).toEqual({});
  });

  it("reports a misspelt key, a bad severity and a bad date with positions", () => {
    const text = CONFIG.replace("failOn:", "failon:")
      .replace(": warning\n  hkex/placeholder", ": fatal\n  hkex/placeholder")
      .replace("2025-03-31", "31/03/2025");
    const result = validateConfig(text, ".disclint.yaml");
    expect(result.problems.map((p) => [p.code, p.line, p.column])).toEqual([
      ["bad-value", 9, 20],
      ["bad-value", 12, 7],
      ["unknown-key", 14, 1],
    ]);
    expect(result.problems[2]?.message).toBe(
      "unknown key `failon` in the configuration; did you mean `failOn`?",
    );
    expect(result.problems[1]?.message).toBe(
      "`asOf` in the configuration must be a date written YYYY-MM-DD, not `31/03/2025`",
    );
  });

  it("rejects an unknown regime", () => {
    const result = validateConfig(CONFIG.replace("regimes: [18A]", "regimes: [18X]"), ".disclint.yaml");
    expect(result.problems.map((p) => [p.code, p.line, p.column])).toEqual([["bad-value", 7, 13]]);
  });
});

describe("finding the config", () => {
  it("finds .disclint.yaml above a checked file and caches it per directory", () => {
    const root = project();
    const checked = join(root, "announcements", "2025", "results.txt");
    const loaded = configFor(checked);
    expect(loaded.file).toBe(join(root, ".disclint.yaml"));
    expect(loaded.dir).toBe(root);
    expect(loaded.config.issuer?.name).toBe("Lumen Harbour Biotech Limited");
    expect(configFor(join(root, "announcements", "2025", "other.txt"))).toBe(loaded);
  });

  it("prefers the nearest config and accepts the .yml spelling", () => {
    const root = project();
    writeFileSync(join(root, "announcements", ".disclint.yml"), "asOf: 2024-12-31\n");
    expect(findConfigFile(join(root, "announcements", "2025"))).toBe(
      join(root, "announcements", ".disclint.yml"),
    );
    expect(configFor(join(root, "announcements", "2025", "a.txt")).config.asOf).toBe("2024-12-31");
  });

  it("returns an empty configuration when none exists up to the root", () => {
    const dir = mkdtempSync(join(tmpdir(), "disclint-none-"));
    // The temp directory's ancestors might hold a config on some machines; only assert when they do not.
    const found = findConfigFile(dir);
    const loaded = configFor(join(dir, "a.txt"));
    expect(loaded.file).toBe(found);
    if (found === undefined) expect(loaded).toMatchObject({ config: {}, problems: [] });
  });

  it("reports an unreadable explicit path as a diagnostic", () => {
    const loaded = loadConfigFile(join(tmpdir(), "no-such-dir-disclint", ".disclint.yaml"));
    expect(loaded.problems.map((p) => p.code)).toEqual(["file-unreadable"]);
  });
});

describe("checks that need the loaded packs", () => {
  it("reports unknown rule ids at their key with a suggestion", () => {
    const loaded = loadConfigFile(join(project(), ".disclint.yaml"));
    const problems = checkConfigRuleIds(loaded, ["hkex/disclaimer", "hkex/placeholders"]);
    expect(problems.map((p) => [p.code, p.line, p.column, p.message])).toEqual([
      [
        "unknown-rule-id",
        10,
        3,
        "unknown rule id `hkex/placeholder` in `rules`; did you mean `hkex/placeholders`?",
      ],
    ]);
  });

  it("tells bundled names from paths and reports unknown bundled packs", () => {
    const root = project();
    const loaded = loadConfigFile(join(root, ".disclint.yaml"));
    expect(packReference(loaded, "hkex")).toEqual({ kind: "bundled", name: "hkex" });
    expect(packReference(loaded, "./local/extra.yaml")).toEqual({
      kind: "file",
      path: join(root, "local", "extra.yaml"),
    });
    expect(checkConfigPackNames(loaded, ["hkex"])).toEqual([]);
    expect(checkConfigPackNames(loaded, ["hkex-gem"]).map((p) => [p.code, p.line, p.column])).toEqual([
      ["unknown-pack", 1, 9],
    ]);
  });
});
