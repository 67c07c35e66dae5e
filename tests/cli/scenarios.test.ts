/**
 * CLI scenarios as folders that read like documentation: each has a README saying what it
 * shows, the input files, `args.txt` (one argument a line), optional `stdin.txt`, and the
 * expected standard output, exit code and (optionally) standard error or lines it contains.
 * The expected files were written by hand from the inputs, not copied from a run.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const scenariosDir = join(import.meta.dirname, "scenarios");
const scenarios = readdirSync(scenariosDir).sort();

function read(dir: string, name: string): string | undefined {
  const path = join(dir, name);
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
}

describe("CLI scenarios", () => {
  it.each(scenarios)("%s", async (name) => {
    const dir = join(scenariosDir, name);
    expect(read(dir, "README.md"), "every scenario explains itself").toBeTruthy();
    const args = (read(dir, "args.txt") ?? "").split("\n").filter((line) => line !== "");
    const stdin = read(dir, "stdin.txt");
    const result = await runCli(args, { cwd: dir, ...(stdin !== undefined && { stdin }) });
    expect(result.stdout).toBe(read(dir, "expected-stdout.txt") ?? "");
    const stderr = read(dir, "expected-stderr.txt");
    if (stderr !== undefined) expect(result.stderr).toBe(stderr);
    for (const line of (read(dir, "expected-stderr-contains.txt") ?? "").split("\n").filter(Boolean)) {
      expect(result.stderr).toContain(line);
    }
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // never a stack trace
    expect(result.code).toBe(Number(read(dir, "expected-exit.txt")));
  });
});
