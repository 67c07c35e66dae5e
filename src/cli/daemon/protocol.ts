/**
 * The resident mode's contract between `disclint check --daemon` (the client) and the daemon:
 * where the socket lives, what a request and the replies look like, and which build answers.
 * Only node: built-ins here, because the client loads this file on every call and must start as
 * fast as `node` itself.
 *
 * Safety: the socket lives in a folder only the user can enter (0700, owned by them, not a
 * symbolic link), under $XDG_RUNTIME_DIR when there is one, so no other user can reach the
 * daemon or plant a socket in its place.
 */
import { lstatSync, mkdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface DaemonRequest {
  /** The build the client belongs to; a daemon of another build stops instead of answering. */
  build: string;
  cwd: string;
  argv: string[];
  today: string;
  /** Environment variables that change a run's output (colour, CI summaries, debugging). */
  env: Record<string, string>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Standard input, base64, when the command reads it (--stdin or `-`). */
  stdin?: string;
}

/** Requests that manage the daemon rather than run a command. */
export interface DaemonControl {
  control: "status" | "stop";
}

export interface DaemonStatus {
  pid: number;
  build: string;
  startedAt: string;
  requests: number;
}

/** One line of the daemon's reply: output as the run writes it, then the exit code. */
export type DaemonReply =
  | { stdout: string }
  | { stderr: string }
  | { exit: number }
  | { stale: true }
  | { status: DaemonStatus }
  | { stopping: true };

/** The variables a request carries; everything else is the daemon's own. */
export const FORWARDED_ENV = [
  "NO_COLOR",
  "FORCE_COLOR",
  "CI",
  "GITHUB_ACTIONS",
  "GITHUB_STEP_SUMMARY",
  "DISCLINT_DEBUG",
] as const;

/** Seconds without a request after which the daemon exits. */
export const DEFAULT_IDLE_SECONDS = 15 * 60;

export class UnsafeDaemonFolder extends Error {}

/** The user's private folder for the socket, created if needed and refused if others could enter it. */
export function daemonFolder(env: NodeJS.ProcessEnv = process.env): string {
  const uid = process.getuid?.() ?? 0;
  const base = env.XDG_RUNTIME_DIR && env.XDG_RUNTIME_DIR !== "" ? env.XDG_RUNTIME_DIR : tmpdir();
  const folder = join(base, `disclint-${uid}`);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const stat = lstatSync(folder);
  if (!stat.isDirectory() || stat.isSymbolicLink()) throw new UnsafeDaemonFolder(`${folder} is not a folder`);
  if (stat.uid !== uid) throw new UnsafeDaemonFolder(`${folder} belongs to another user`);
  if ((stat.mode & 0o077) !== 0) throw new UnsafeDaemonFolder(`${folder} can be entered by other users`);
  return folder;
}

export function socketPath(folder: string): string {
  return join(folder, "daemon.sock");
}

/** The package version and the bundle's size and time: a rebuild or an upgrade is another build. */
export function buildId(version: string, bundle: string): string {
  const stat = statSync(bundle);
  return `${version}:${stat.size}:${Math.round(stat.mtimeMs)}`;
}

/** Splits newline-delimited JSON as it arrives. */
export function lineReader(onLine: (line: string) => void): (chunk: Buffer) => void {
  let pending = "";
  return (chunk) => {
    pending += chunk.toString("utf8");
    for (let end = pending.indexOf("\n"); end >= 0; end = pending.indexOf("\n")) {
      const line = pending.slice(0, end);
      pending = pending.slice(end + 1);
      if (line.trim() !== "") onLine(line);
    }
  };
}
