import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadBundledPacks, loadPack } from "../../src/rules/load-pack.js";
import { fakeKinds } from "./fake-kinds.js";
import { edit, SAMPLE_PACK } from "./sample-pack.js";

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "disclint-packs-"));
}

describe("loadPack", () => {
  it("reads and validates a pack file", () => {
    const file = join(tempDir(), "demo.yaml");
    writeFileSync(file, SAMPLE_PACK);
    const loaded = loadPack(file, fakeKinds);
    expect(loaded.problems).toEqual([]);
    expect(loaded.pack?.file).toBe(file);
    expect(loaded.text).toBe(SAMPLE_PACK);
  });

  it("reports an unreadable file as a diagnostic instead of throwing", () => {
    const file = join(tempDir(), "absent.yaml");
    const loaded = loadPack(file, fakeKinds);
    expect(loaded.pack).toBeUndefined();
    expect(loaded.problems.map((p) => [p.code, p.file, p.line, p.column])).toEqual([
      ["file-unreadable", file, 1, 1],
    ]);
  });
});

describe("loadBundledPacks", () => {
  it("loads every YAML file under the directory and reports ids defined twice across packs", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "nested"));
    writeFileSync(join(dir, "demo.yaml"), SAMPLE_PACK);
    const second = edit("id: demo/stock-code", "id: demo/other-rule");
    writeFileSync(join(dir, "nested", "again.yaml"), second);
    writeFileSync(join(dir, "notes.txt"), "not a pack");
    const loaded = loadBundledPacks(dir, fakeKinds);
    expect(loaded.packs).toHaveLength(2);
    expect(loaded.problems.map((p) => [p.code, p.file, p.line, p.column])).toEqual([
      ["duplicate-id", join(dir, "nested", "again.yaml"), 5, 9],
    ]);
    expect(loaded.problems[0]?.message).toContain(`already defined in ${join(dir, "demo.yaml")}:5`);
    expect(loaded.texts.get(join(dir, "demo.yaml"))).toBe(SAMPLE_PACK);
  });
});
