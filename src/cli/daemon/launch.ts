/**
 * Reaching and starting the daemon, shared by the client (`check --daemon`), the `daemon`
 * command and the daemon itself. Only node: built-ins, like protocol.ts: the client loads it.
 */
import { spawn } from "node:child_process";
import { connect, type Socket } from "node:net";
import { join } from "node:path";

export const START_TIMEOUT_MS = 5000;
const POLL_MS = 15;

/** A connection to the daemon on `socket`, or undefined when none answers. */
export function tryConnect(socket: string): Promise<Socket | undefined> {
  return new Promise((resolve) => {
    const connection = connect(socket);
    connection.once("connect", () => resolve(connection));
    connection.once("error", () => resolve(undefined));
  });
}

/** Whether a daemon answers on `socket` (a leftover socket file of a dead one does not). */
export async function isAnswering(socket: string): Promise<boolean> {
  const connection = await tryConnect(socket);
  connection?.destroy();
  return connection !== undefined;
}

/** Starts `disclint daemon start --foreground` detached from this process. */
export function launchDaemon(root: string, extraArgs: readonly string[] = []): void {
  const bin = join(root, "bin", "disclint.cjs");
  spawn(process.execPath, [bin, "daemon", "start", "--foreground", ...extraArgs], {
    detached: true,
    stdio: "ignore",
  }).unref();
}

/** Polls until the daemon answers (its connection) or the start-up time is over (undefined). */
export async function waitForDaemon(socket: string): Promise<Socket | undefined> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const connection = await tryConnect(socket);
    if (connection) return connection;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return undefined;
}

/** Polls until no daemon answers on `socket` (one that was told to stop has gone). */
export async function waitUntilGone(socket: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline && (await isAnswering(socket))) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
