/**
 * `disclint daemon start|stop|status`: manages the resident process behind `check --daemon`.
 * `check --daemon` starts one by itself when none answers, so these are for scripts that want
 * it warm in advance, and for stopping it.
 */
import { connect } from "node:net";
import { join } from "node:path";
import { type Command, InvalidArgumentError } from "commander";
import { packageRoot, packageVersion } from "../bundled/package-root.js";
import type { CommandIo } from "./check-command.js";
import { isAnswering, launchDaemon, waitForDaemon } from "./daemon/launch.js";
import {
  buildId,
  type DaemonControl,
  type DaemonReply,
  DEFAULT_IDLE_SECONDS,
  daemonFolder,
  lineReader,
  socketPath,
} from "./daemon/protocol.js";
import { type RunCommand, serveDaemon } from "./daemon/server.js";
import { EXIT } from "./exit-codes.js";

function parseSeconds(value: string): number {
  const seconds = Number(value);
  if (!/^\d+$/.test(value) || seconds < 1)
    throw new InvalidArgumentError("give a whole number of seconds, 1 or more");
  return seconds;
}

export function registerDaemonCommand(
  program: Command,
  io: CommandIo,
  runCommand: RunCommand,
  setExitCode: (code: number) => void,
): void {
  const daemon = program
    .command("daemon")
    .description(
      "manage the resident process that `check --daemon` uses (one per user, private socket, exits when idle)",
    );
  daemon
    .command("start")
    .description("start the daemon in the background, if it is not running")
    .option(
      "--idle-timeout <seconds>",
      `exit after this long without a request (default ${DEFAULT_IDLE_SECONDS})`,
      parseSeconds,
    )
    .option("--foreground", "serve from this process until idle or stopped (what `check --daemon` launches)")
    .action(async (flags: { idleTimeout?: number; foreground?: boolean }) => {
      const idleSeconds = flags.idleTimeout ?? DEFAULT_IDLE_SECONDS;
      setExitCode(
        flags.foreground
          ? await serveHere(io, runCommand, idleSeconds)
          : await startInBackground(io, idleSeconds),
      );
    });
  daemon
    .command("stop")
    .description("stop the daemon (a running check finishes first)")
    .action(async () => {
      const reply = await control({ control: "stop" });
      io.stdout(reply ? "disclint daemon stopped\n" : "disclint daemon is not running\n");
      setExitCode(EXIT.ok);
    });
  daemon
    .command("status")
    .description("say whether the daemon is running, with its process id, build and requests served")
    .action(async () => {
      const reply = await control({ control: "status" });
      if (reply && "status" in reply) {
        const { pid, build, startedAt, requests } = reply.status;
        io.stdout(
          `disclint daemon running: pid ${pid}, build ${build}, since ${startedAt}, ${requests} request(s)\n`,
        );
        setExitCode(EXIT.ok);
      } else {
        io.stdout("disclint daemon is not running\n");
        setExitCode(EXIT.findings);
      }
    });
}

async function serveHere(io: CommandIo, runCommand: RunCommand, idleSeconds: number): Promise<number> {
  const bundle = join(packageRoot(), "dist", "disclint.cjs");
  const outcome = await serveDaemon({
    build: buildId(packageVersion(), bundle),
    idleSeconds,
    runCommand,
    onListening: (socket) => io.stderr(`disclint daemon listening on ${socket} (pid ${process.pid})\n`),
  });
  if (outcome === "already-running") io.stderr("disclint daemon is already running\n");
  return EXIT.ok;
}

async function startInBackground(io: CommandIo, idleSeconds: number): Promise<number> {
  const socket = socketPath(daemonFolder());
  if (await isAnswering(socket)) {
    io.stdout("disclint daemon is already running\n");
    return EXIT.ok;
  }
  launchDaemon(packageRoot(), ["--idle-timeout", String(idleSeconds)]);
  const connection = await waitForDaemon(socket);
  if (connection) {
    connection.destroy();
    io.stdout(`disclint daemon started (socket ${socket})\n`);
    return EXIT.ok;
  }
  io.stderr("disclint: the daemon did not start within 5 seconds\n");
  return EXIT.usage;
}

/** Sends a control request; undefined when no daemon answers. */
function control(request: DaemonControl): Promise<DaemonReply | undefined> {
  return new Promise((resolve) => {
    let socket: string;
    try {
      socket = socketPath(daemonFolder());
    } catch {
      return resolve(undefined);
    }
    const connection = connect(socket);
    let answer: DaemonReply | undefined;
    connection.on(
      "data",
      lineReader((line) => {
        answer = JSON.parse(line) as DaemonReply;
      }),
    );
    connection.once("connect", () => connection.write(`${JSON.stringify(request)}\n`));
    connection.once("error", () => resolve(undefined));
    connection.once("close", () => resolve(answer));
  });
}
