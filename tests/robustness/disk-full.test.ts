/**
 * Bad input, "the disk full while writing" (issue 7, item 5): the file system module is
 * replaced so that writing the temporary report file fails with ENOSPC, as a full disk does.
 * The previous report must stay intact, no temporary file may remain, and the CLI says so in
 * one line with exit 2.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";

vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs/promises")>();
  const open: typeof actual.open = async (...args: Parameters<typeof actual.open>) => {
    const handle = await actual.open(...args);
    if (String(args[0]).endsWith(".tmp")) {
      handle.writeFile = async () => {
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      };
    }
    return handle;
  };
  return { ...actual, open, default: { ...actual, open } };
});

const { writeFileAtomic } = await import("../../src/cli/write-output.js");
const { runCli } = await import("../helpers/run-cli.js");

describe("the disk fills up while the report is written", () => {
  it("writeFileAtomic fails with ENOSPC, leaving the previous file intact and no temporary file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "disclint-disk-full-"));
    writeFileSync(join(dir, "report.json"), "previous report");
    await expect(writeFileAtomic(join(dir, "report.json"), "new report")).rejects.toMatchObject({
      code: "ENOSPC",
    });
    expect(readFileSync(join(dir, "report.json"), "utf8")).toBe("previous report");
    expect(readdirSync(dir)).toEqual(["report.json"]);
  });

  it("the CLI reports it in one line, exit 2, and nothing half written", async () => {
    const dir = mkdtempSync(join(tmpdir(), "disclint-disk-full-"));
    writeFileSync(
      join(dir, "draft.txt"),
      "Lumen Harbour Biotech Limited\n(Stock Code: 9876)\n\nThe date is [TBD].\n",
    );
    writeFileSync(join(dir, "report.json"), "previous report");
    const result = await runCli(["check", "draft.txt", "--format", "json", "--output", "report.json"], {
      cwd: dir,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "disclint: cannot write the json report to report.json (no space left on the device)\n",
    );
    expect(readFileSync(join(dir, "report.json"), "utf8")).toBe("previous report");
    expect(readdirSync(dir).sort()).toEqual(["draft.txt", "report.json"]);
  });
});
