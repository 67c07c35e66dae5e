/**
 * Streamed reports: with JSON or SARIF as the only formats, `disclint check` writes each file's
 * part of the report as soon as it and the files before it are checked, and keeps no results.
 * The text must be the one a report rendered at the end gives (that path is still taken when a
 * format cannot stream, here compact, or when every result is needed, e.g. --fix-dry-run).
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InOrder } from "../../src/cli/in-order.js";
import { StreamedOutputs } from "../../src/cli/streamed-outputs.js";
import { jsonReporter } from "../../src/report/json.js";
import { draftArchive } from "../helpers/draft-archive.js";
import { expectValidReport } from "../helpers/report-schema.js";
import { runCli } from "../helpers/run-cli.js";

const archive = (): string => draftArchive("disclint-streamed-", 12);

describe("streamed reports", () => {
  it.each([["json"], ["sarif"]])(
    "write the same %s as a report rendered at the end, with 1 and 2 jobs",
    async (format) => {
      const dir = archive();
      const out = mkdtempSync(join(tmpdir(), "disclint-streamed-out-"));
      const rendered = await runCli(
        [
          "check",
          ".",
          "--format",
          `${format}:${join(out, "rendered")}`,
          "--format",
          "compact",
          "--jobs",
          "1",
        ],
        { cwd: dir },
      );
      for (const jobs of ["1", "2"]) {
        const streamedFile = await runCli(
          ["check", ".", "--format", format, "--output", join(out, `streamed-${jobs}`), "--jobs", jobs],
          { cwd: dir },
        );
        const streamedOut = await runCli(["check", ".", "--format", format, "--jobs", jobs], { cwd: dir });
        expect(streamedFile.code).toBe(rendered.code);
        expect(readFileSync(join(out, `streamed-${jobs}`), "utf8")).toBe(
          readFileSync(join(out, "rendered"), "utf8"),
        );
        expect(streamedOut.stdout).toBe(readFileSync(join(out, "rendered"), "utf8"));
      }
      expect(rendered.code).toBe(2); // the broken Word file was not checked: a real mixed report
      if (format === "json") {
        const report = expectValidReport(readFileSync(join(out, "rendered"), "utf8")) as { files: unknown[] };
        expect(report.files).toHaveLength(15);
      }
    },
  );

  it("keeps --quiet's view and the exit code of --fail-on when streamed", async () => {
    const dir = archive();
    const out = join(mkdtempSync(join(tmpdir(), "disclint-streamed-out-")), "rendered.json");
    const args = ["check", ".", "--quiet", "--fail-on", "warning", "--format"];
    const streamed = await runCli([...args, "json"], { cwd: dir });
    const rendered = await runCli([...args, `json:${out}`, "--format", "compact"], { cwd: dir });
    expect(streamed.stdout).toBe(readFileSync(out, "utf8"));
    expect(streamed.code).toBe(rendered.code);
  });
});

describe("InOrder", () => {
  it("tells each result once all before it are known, in order, and drops it unless kept", () => {
    const results: (string | undefined)[] = new Array(5);
    const told: string[] = [];
    const inOrder = new InOrder(results, (result) => told.push(result), false);
    results[1] = "b";
    inOrder.flush();
    expect(told).toEqual([]);
    results[0] = "a";
    inOrder.flush();
    expect(told).toEqual(["a", "b"]);
    expect(results.slice(0, 2)).toEqual([undefined, undefined]);
    results[4] = "e"; // 2 and 3 never started (Ctrl-C): told at the end, after the gap
    expect(inOrder.finish()).toEqual([]);
    expect(told).toEqual(["a", "b", "e"]);
  });

  it("returns the kept results in order, without the never-started ones", () => {
    const results: (string | undefined)[] = ["a", undefined, "c"];
    const told: string[] = [];
    const inOrder = new InOrder(results, (result) => told.push(result), true);
    inOrder.flush();
    expect(inOrder.finish()).toEqual(["a", "c"]);
    expect(told).toEqual(["a", "c"]);
  });
});

describe("a streamed report when the check stops", () => {
  it("leaves neither the report nor a temporary copy of it", async () => {
    const out = mkdtempSync(join(tmpdir(), "disclint-streamed-abort-"));
    const streamed = StreamedOutputs.for(
      [{ format: "json", path: "report.json", reporter: jsonReporter }],
      () => ({ color: false, cwd: out }),
      () => undefined,
    );
    streamed?.start({ tool: { name: "disclint", version: "0.0.0-test" }, rules: [] });
    await streamed?.abort();
    expect(streamed).toBeDefined();
    expect(readdirSync(out)).toEqual([]);
  });
});
