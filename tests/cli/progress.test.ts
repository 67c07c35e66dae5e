/**
 * The progress line: on a terminal, for batches of more than 20 files, rewritten in place on
 * standard error; never when standard error is piped, with --quiet, or for a few files.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ProgressLine, wantsProgress } from "../../src/cli/progress.js";
import { runCli } from "../helpers/run-cli.js";
import { CLEAN_DRAFT, CONFIG } from "../integration/drafts.js";

describe("ProgressLine", () => {
  it("shows files done, the rate and the time left, then clears itself", () => {
    let clock = 0;
    const written: string[] = [];
    const line = new ProgressLine(
      40,
      (text) => written.push(text),
      () => clock,
    );
    clock = 1000;
    line.advance(); // 1 file in 1 s: 39 s left
    expect(written).toEqual(["\rdisclint: 1/40 files, 1.0 files/s, 39s left"]);
    clock = 1050;
    for (let i = 0; i < 18; i += 1) line.advance(); // files 2 to 19: too soon to redraw
    expect(written).toHaveLength(1);
    clock = 4000;
    line.advance(); // 20 files in 4 s: 5 files/s, 20 left, 4 s
    expect(written.at(-1)).toBe("\rdisclint: 20/40 files, 5.0 files/s, 4s left");
    line.finish();
    const width = "disclint: 20/40 files, 5.0 files/s, 4s left".length;
    expect(written.at(-1)).toBe(`\r${" ".repeat(width)}\r`);
  });

  it("always draws the last file at once", () => {
    let clock = 0;
    const written: string[] = [];
    const line = new ProgressLine(
      2,
      (text) => written.push(text),
      () => clock,
    );
    clock = 500;
    line.advance(); // 1 file in 0.5 s: 2 files/s, 1 left → 0.5 s, shown as 1s
    clock = 520;
    line.advance(); // only 20 ms later, but the last file: 2 in 0.52 s
    expect(written).toEqual([
      "\rdisclint: 1/2 files, 2.0 files/s, 1s left",
      "\rdisclint: 2/2 files, 3.8 files/s, 0s left",
    ]);
  });

  it("pads over the tail of a longer previous line", () => {
    let clock = 0;
    const written: string[] = [];
    const line = new ProgressLine(
      100,
      (text) => written.push(text),
      () => clock,
    );
    clock = 100_000;
    line.advance(); // 1 file in 100 s: 99 left → 9900 s
    clock = 100_200;
    line.advance(); // 2 files in 100.2 s: 98 left → 4909.8 s
    expect(written).toEqual([
      "\rdisclint: 1/100 files, 0.0 files/s, 165m00s left",
      "\rdisclint: 2/100 files, 0.0 files/s, 81m50s left ",
    ]);
  });

  it("writes minutes for long batches", () => {
    let clock = 0;
    const written: string[] = [];
    const line = new ProgressLine(
      1000,
      (text) => written.push(text),
      () => clock,
    );
    clock = 2000;
    line.advance(); // 0.5 files/s, 999 left: 1998 s = 33 min 18 s
    expect(written).toEqual(["\rdisclint: 1/1000 files, 0.5 files/s, 33m18s left"]);
  });
});

describe("wantsProgress", () => {
  it("is on only for a terminal, without --quiet, for more than 20 files", () => {
    expect(wantsProgress(true, false, 21)).toBe(true);
    expect(wantsProgress(false, false, 500)).toBe(false);
    expect(wantsProgress(undefined, false, 500)).toBe(false);
    expect(wantsProgress(true, true, 500)).toBe(false);
    expect(wantsProgress(true, false, 20)).toBe(false);
  });
});

describe("progress on the command line", () => {
  function batch(count: number): string {
    const dir = mkdtempSync(join(tmpdir(), "disclint-progress-"));
    writeFileSync(join(dir, ".disclint.yaml"), CONFIG);
    for (let i = 0; i < count; i += 1) writeFileSync(join(dir, `notice-${i}.txt`), CLEAN_DRAFT);
    return dir;
  }

  it("prints nothing on standard error when it is not a terminal", async () => {
    const result = await runCli(["check", ".", "--format", "compact"], { cwd: batch(22), isTTY: false });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
  });

  it("prints the line on a terminal, ending with every file done and the line cleared", async () => {
    const dir = batch(22);
    const result = await runCli(["check", ".", "--format", "compact"], { cwd: dir, isTTY: true });
    expect(result.stderr).toMatch(/^\rdisclint: \d+\/22 files, /);
    expect(result.stderr).toContain("disclint: 22/22 files, ");
    expect(result.stderr).toMatch(/\r {20,}\r$/);
    // The report itself is unchanged.
    const piped = await runCli(["check", ".", "--format", "compact"], { cwd: dir, isTTY: false });
    expect(result.stdout).toBe(piped.stdout);
  });

  it("stays quiet with --quiet or for a short batch, even on a terminal", async () => {
    const quiet = await runCli(["check", ".", "--format", "compact", "--quiet"], {
      cwd: batch(22),
      isTTY: true,
    });
    expect(quiet.stderr).toBe("");
    const short = await runCli(["check", ".", "--format", "compact"], { cwd: batch(20), isTTY: true });
    expect(short.stderr).toBe("");
  });
});
