/**
 * `check --daemon`: the same output and exit code as a check in a new process, through a
 * resident daemon on a private socket that re-reads configs, starts when needed, refuses an
 * unsafe folder (checking in-process instead), replaces itself for another build and exits
 * when idle. Runs the real binary (npm test builds first) with XDG_RUNTIME_DIR in a scratch
 * folder, so it never meets the user's own daemon.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const REPOSITORY = join(import.meta.dirname, "..", "..");
const BIN = join(REPOSITORY, "bin", "disclint.cjs");
const UID = process.getuid?.() ?? 0;

const DRAFT = [
  "Lumen Harbour Biotech Limited",
  "(Stock Code: 9876)",
  "",
  "VOLUNTARY ANNOUNCEMENT",
  "",
  "The Board expects to complete the trial in 2027. TBD",
  "",
].join("\n");

let runtime: string;
let work: string;

function disclint(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: work,
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...process.env, XDG_RUNTIME_DIR: runtime, NO_COLOR: "1", ...options.env },
    timeout: 20_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const socketFile = () => join(runtime, `disclint-${UID}`, "daemon.sock");

beforeAll(() => {
  if (!existsSync(join(REPOSITORY, "dist", "daemon-client.cjs"))) {
    execFileSync(process.execPath, [join(REPOSITORY, "scripts", "build.mjs")], { cwd: REPOSITORY });
  }
  runtime = mkdtempSync(join(tmpdir(), "disclint-run-"));
  chmodSync(runtime, 0o700);
  work = mkdtempSync(join(tmpdir(), "disclint-daemon-"));
  writeFileSync(join(work, "draft.txt"), DRAFT);
});

afterAll(() => {
  disclint(["daemon", "stop"]);
  rmSync(runtime, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe("check --daemon", () => {
  it("gives the same report and exit code as a check in a new process, and keeps the daemon", () => {
    const direct = disclint(["check", "draft.txt", "--format", "json"]);
    const first = disclint(["check", "draft.txt", "--format", "json", "--daemon"]);
    const second = disclint(["check", "draft.txt", "--daemon", "--format", "json"]);
    expect(JSON.parse(direct.stdout).files[0].findings.length).toBeGreaterThan(0);
    for (const result of [first, second]) {
      expect(result.stdout).toBe(direct.stdout);
      expect(result.code).toBe(direct.code);
      expect(result.stderr).toBe("");
    }
    const status = disclint(["daemon", "status"]);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/running: pid \d+, .* 2 request\(s\)/);
  });

  it("reads standard input and relays standard error", () => {
    const direct = disclint(["check", "--stdin", "--stdin-filename", "in.txt", "--format", "compact"], {
      input: DRAFT,
    });
    const resident = disclint(
      ["check", "--stdin", "--stdin-filename", "in.txt", "--format", "compact", "--daemon"],
      {
        input: DRAFT,
      },
    );
    expect(resident.stdout).toBe(direct.stdout);
    expect(resident.stdout).toContain("in.txt:");
    const mistake = disclint(["check", "draft.txt", "--format", "nosuch", "--daemon"]);
    expect(mistake.code).toBe(2);
    expect(mistake.stderr).toMatch(/unknown format "nosuch"/);
  });

  it("sees an edited config on the next call", () => {
    const folder = join(work, "configured");
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "draft.txt"), DRAFT);
    writeFileSync(join(folder, ".disclint.yaml"), "rules:\n  hkex/forward-looking: off\n");
    const ruleIds = () =>
      (
        JSON.parse(disclint(["check", "configured/draft.txt", "--format", "json", "--daemon"]).stdout)
          .files[0].findings as { ruleId: string }[]
      ).map((finding) => finding.ruleId);
    expect(ruleIds()).not.toContain("hkex/forward-looking");
    writeFileSync(join(folder, ".disclint.yaml"), "rules:\n  hkex/forward-looking: warning\n");
    expect(ruleIds()).toContain("hkex/forward-looking");
  });

  it("stops on request and removes its socket", () => {
    expect(disclint(["daemon", "stop"]).stdout).toBe("disclint daemon stopped\n");
    expect(disclint(["daemon", "status"]).stdout).toBe("disclint daemon is not running\n");
    expect(existsSync(socketFile())).toBe(false);
  });

  it("starts over a leftover socket file of a dead daemon", () => {
    mkdirSync(join(runtime, `disclint-${UID}`), { recursive: true, mode: 0o700 });
    writeFileSync(socketFile(), "");
    const result = disclint(["check", "draft.txt", "--format", "compact", "--daemon"]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("draft.txt:");
    expect(disclint(["daemon", "status"]).code).toBe(0);
  });

  it("stops when a client of another build asks, so an upgrade replaces it", async () => {
    expect(disclint(["daemon", "start"]).code).toBe(0);
    const reply = await new Promise<string>((resolve, reject) => {
      const connection = connect(socketFile());
      let text = "";
      connection.on("data", (chunk) => {
        text += chunk.toString();
      });
      connection.on("close", () => resolve(text));
      connection.on("error", reject);
      const request = {
        build: "0.0.0:other",
        cwd: work,
        argv: ["check", "draft.txt"],
        today: "2026-12-01",
        env: {},
      };
      connection.write(`${JSON.stringify({ ...request, stdoutIsTTY: false, stderrIsTTY: false })}\n`);
    });
    expect(JSON.parse(reply)).toEqual({ stale: true });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(disclint(["daemon", "status"]).stdout).toBe("disclint daemon is not running\n");
  });

  it("exits by itself after the idle timeout", async () => {
    expect(disclint(["daemon", "start", "--idle-timeout", "1"]).code).toBe(0);
    expect(disclint(["daemon", "status"]).code).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(disclint(["daemon", "status"]).stdout).toBe("disclint daemon is not running\n");
  });

  it("refuses a socket folder other users can enter, and checks in this process instead", () => {
    const open = mkdtempSync(join(tmpdir(), "disclint-open-"));
    mkdirSync(join(open, `disclint-${UID}`), { mode: 0o777 });
    chmodSync(join(open, `disclint-${UID}`), 0o777);
    try {
      const direct = disclint(["check", "draft.txt", "--format", "compact"]);
      const result = disclint(["check", "draft.txt", "--format", "compact", "--daemon"], {
        env: { XDG_RUNTIME_DIR: open },
      });
      expect(result.stderr).toMatch(
        /resident mode unavailable \(.*can be entered by other users\); checking in this process/,
      );
      expect(result.stdout).toBe(direct.stdout);
      expect(result.code).toBe(direct.code);
      expect(existsSync(join(open, `disclint-${UID}`, "daemon.sock"))).toBe(false);
    } finally {
      rmSync(open, { recursive: true, force: true });
    }
  });
});
