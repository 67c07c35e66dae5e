/**
 * A reader that stops early (`disclint check … | head`) closes standard output under a long
 * report: disclint stops quietly instead of crashing with an unhandled EPIPE.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { expect, it } from "vitest";

const REPOSITORY = join(import.meta.dirname, "..", "..");

it("stops quietly when standard output is closed early", async () => {
  const child = spawn(
    process.execPath,
    [join(REPOSITORY, "bin", "disclint.cjs"), "check", "examples", "--format", "json", "--facts"],
    { cwd: REPOSITORY, stdio: ["ignore", "pipe", "pipe"] },
  );
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr += chunk.toString();
  });
  // Hang up before the report is written, as a reader that has already had enough does.
  child.stdout.destroy();
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  expect(stderr).not.toMatch(/EPIPE|Unhandled|at .*\(node:/);
  expect(code === 0 || code === 1).toBe(true);
});
