import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomic } from "../../src/cli/write-output.js";

describe("writeFileAtomic", () => {
  it("replaces a file whole and leaves no temporary file behind", async () => {
    const dir = mkdtempSync(join(tmpdir(), "disclint-write-"));
    const target = join(dir, "report.json");
    writeFileSync(target, "old");
    await writeFileAtomic(target, "new report");
    expect(readFileSync(target, "utf8")).toBe("new report");
    expect(readdirSync(dir)).toEqual(["report.json"]);
  });

  it("writes to a device directly instead of renaming over it", async () => {
    await writeFileAtomic("/dev/null", "discarded");
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  it("fails, leaving nothing, when the folder does not exist", async () => {
    const dir = mkdtempSync(join(tmpdir(), "disclint-write-"));
    await expect(writeFileAtomic(join(dir, "missing", "report.json"), "x")).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});
