/**
 * Runs the CLI in-process with captured output, as a user would from `cwd`. The kernel never
 * touches the console, so the same `run` serves the binary and the tests.
 */
import { run } from "../../src/cli/main.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(
  args: readonly string[],
  options: { cwd: string; stdin?: string | Uint8Array; today?: string; isTTY?: boolean },
): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, {
    cwd: options.cwd,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readStdin: async () =>
      typeof options.stdin === "string"
        ? new TextEncoder().encode(options.stdin)
        : (options.stdin ?? new Uint8Array()),
    today: options.today ?? "2026-11-25",
    isTTY: options.isTTY ?? false,
  });
  return { code, stdout, stderr };
}
