/**
 * The daemon behind `disclint check --daemon`: one resident process per user that keeps the
 * compiled packs, the bundle and V8's optimised code warm, and runs each request's command line
 * exactly as `disclint` would in a new process. Requests run one at a time (they share
 * process.env for the forwarded variables); configs and user packs are read afresh for each, so
 * an edit is never missed. It exits after a quiet spell, on `disclint daemon stop`, on
 * SIGTERM/SIGINT, and when a client of another build asks (an upgrade replaces it).
 */
import { chmodSync, rmSync } from "node:fs";
import { createServer, type Socket } from "node:net";
import { clearConfigCache } from "../../config/load-config.js";
import { forgetUserPacks } from "../../rules/rule-sets.js";
import type { CommandIo } from "../check-command.js";
import { isAnswering } from "./launch.js";
import {
  type DaemonControl,
  type DaemonReply,
  type DaemonRequest,
  type DaemonStatus,
  daemonFolder,
  FORWARDED_ENV,
  lineReader,
  socketPath,
} from "./protocol.js";

export type RunCommand = (argv: readonly string[], io: CommandIo) => Promise<number>;

export interface DaemonOptions {
  build: string;
  idleSeconds: number;
  runCommand: RunCommand;
  /** Called once the socket is listening (the `start` command reports it). */
  onListening?: (socket: string) => void;
}

/** Serves until idle or stopped; resolves when the daemon has closed its socket. */
export async function serveDaemon(options: DaemonOptions): Promise<"stopped" | "already-running"> {
  const socket = socketPath(daemonFolder());
  if (await isAnswering(socket)) return "already-running";
  rmSync(socket, { force: true });
  const status: DaemonStatus = {
    pid: process.pid,
    build: options.build,
    startedAt: new Date().toISOString(),
    requests: 0,
  };
  let queue: Promise<void> = Promise.resolve();
  let idleTimer: NodeJS.Timeout | undefined;
  let closed = false;
  return new Promise((resolve, reject) => {
    const close = () => {
      if (closed) return;
      closed = true;
      if (idleTimer) clearTimeout(idleTimer);
      server.close();
      rmSync(socket, { force: true });
      process.off("SIGTERM", close);
      process.off("SIGINT", close);
      resolve("stopped");
    };
    const armIdleTimer = () => {
      if (idleTimer) clearTimeout(idleTimer);
      idleTimer = setTimeout(close, options.idleSeconds * 1000);
      idleTimer.unref();
    };
    const server = createServer((connection) => {
      connection.on("error", () => connection.destroy());
      connection.on(
        "data",
        lineReader((line) => {
          const message = parse(line);
          if (!message) return connection.destroy();
          if ("control" in message) return answerControl(message, connection, status, close);
          if (message.build !== options.build) {
            reply(connection, { stale: true });
            connection.end();
            return close();
          }
          if (idleTimer) clearTimeout(idleTimer);
          queue = queue.then(async () => {
            status.requests++;
            await serve(message, connection, options.runCommand);
            if (!closed) armIdleTimer();
          });
        }),
      );
    });
    server.once("error", reject);
    server.listen(socket, () => {
      chmodSync(socket, 0o600);
      process.on("SIGTERM", close);
      process.on("SIGINT", close);
      armIdleTimer();
      options.onListening?.(socket);
    });
  });
}

function parse(line: string): DaemonRequest | DaemonControl | undefined {
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value !== "object" || value === null) return undefined;
    if ("control" in value) return value as DaemonControl;
    return "argv" in value && Array.isArray(value.argv) ? (value as DaemonRequest) : undefined;
  } catch {
    return undefined;
  }
}

function reply(connection: Socket, message: DaemonReply): void {
  if (!connection.destroyed) connection.write(`${JSON.stringify(message)}\n`);
}

function answerControl(
  message: DaemonControl,
  connection: Socket,
  status: DaemonStatus,
  close: () => void,
): void {
  if (message.control === "status") {
    reply(connection, { status });
    connection.end();
    return;
  }
  reply(connection, { stopping: true });
  connection.end();
  close();
}

/** Runs one command line with the client's directory, date, terminal and variables. */
async function serve(request: DaemonRequest, connection: Socket, runCommand: RunCommand): Promise<void> {
  clearConfigCache();
  forgetUserPacks();
  const restoreEnv = forwardEnv(request.env);
  try {
    const stdin = Buffer.from(request.stdin ?? "", "base64");
    const code = await runCommand(request.argv, {
      cwd: request.cwd,
      today: request.today,
      stdout: (text) => reply(connection, { stdout: text }),
      stderr: (text) => reply(connection, { stderr: text }),
      readStdin: async () => stdin,
      isTTY: request.stderrIsTTY,
      stdoutIsTTY: request.stdoutIsTTY,
    });
    reply(connection, { exit: code });
  } catch (error) {
    reply(connection, { stderr: `disclint: internal error in the daemon: ${String(error)}\n` });
    reply(connection, { exit: 2 });
  } finally {
    restoreEnv();
    connection.end();
  }
}

/** Sets the client's values of the forwarded variables; returns how to put the daemon's back. */
function forwardEnv(env: Record<string, string>): () => void {
  const saved = FORWARDED_ENV.map((name) => [name, process.env[name]] as const);
  for (const name of FORWARDED_ENV) {
    const value = env[name];
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  return () => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}
