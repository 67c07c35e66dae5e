/**
 * `disclint check … --daemon`: hands the command line to the user's resident daemon (starting
 * it when none answers) and relays its output and exit code, so a check costs little more than
 * starting `node`. bin/disclint.cjs loads this small bundle instead of the CLI when it sees
 * --daemon. Whenever the daemon cannot be used (an unsafe socket folder, a daemon that does not
 * come up) the command runs in this process as usual, after one line on standard error.
 */
import { readFileSync } from "node:fs";
import type { Socket } from "node:net";
import { join } from "node:path";
import { exitQuietlyWhenReaderHangsUp } from "../closed-pipe.js";
import { launchDaemon, tryConnect, waitForDaemon, waitUntilGone } from "./launch.js";
import {
  buildId,
  type DaemonReply,
  type DaemonRequest,
  daemonFolder,
  FORWARDED_ENV,
  lineReader,
  socketPath,
} from "./protocol.js";

export interface ClientOptions {
  /** The package folder (holds package.json, bin/ and dist/). */
  root: string;
  /** The command line without --daemon. */
  argv: string[];
  /** Runs the command in this process instead. */
  runHere: () => void;
}

export async function runThroughDaemon(options: ClientOptions): Promise<void> {
  exitQuietlyWhenReaderHangsUp();
  let socket: string;
  let request: DaemonRequest;
  try {
    socket = socketPath(daemonFolder());
    request = await requestFor(options);
  } catch (error) {
    return fallBack(options, error);
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    const connection = await connectOrStart(socket, options.root);
    if (!connection) return fallBack(options, new Error("the daemon did not start"));
    const outcome = await relay(connection, request);
    if (outcome === "done") return;
    if (outcome === "lost") {
      process.stderr.write("disclint: the daemon stopped before the check ended\n");
      process.exitCode = 2;
      return;
    }
    // "stale": a daemon of another build is stopping; start ours.
    await waitUntilGone(socket);
  }
  fallBack(options, new Error("the daemon kept answering for another build"));
}

async function requestFor(options: ClientOptions): Promise<DaemonRequest> {
  const version = (
    JSON.parse(readFileSync(join(options.root, "package.json"), "utf8")) as { version: string }
  ).version;
  const env: Record<string, string> = {};
  for (const name of FORWARDED_ENV) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  const readsStdin = options.argv.includes("--stdin") || options.argv.includes("-");
  return {
    build: buildId(version, join(options.root, "dist", "disclint.cjs")),
    cwd: process.cwd(),
    argv: options.argv,
    today: new Date().toISOString().slice(0, 10),
    env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    ...(readsStdin && { stdin: (await readAll(process.stdin)).toString("base64") }),
  };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

function fallBack(options: ClientOptions, reason: unknown): void {
  const why = reason instanceof Error ? reason.message : String(reason);
  process.stderr.write(`disclint: resident mode unavailable (${why}); checking in this process\n`);
  options.runHere();
}

/** The running daemon, or a new one started for this call. */
async function connectOrStart(socket: string, root: string): Promise<Socket | undefined> {
  const running = await tryConnect(socket);
  if (running) return running;
  launchDaemon(root);
  return waitForDaemon(socket);
}

/** Sends the request and writes the replies out; "lost" when the daemon hung up mid-way. */
function relay(connection: Socket, request: DaemonRequest): Promise<"done" | "stale" | "lost"> {
  return new Promise((resolve) => {
    let outcome: "done" | "stale" | "lost" = "lost";
    connection.on(
      "data",
      lineReader((line) => {
        const reply = JSON.parse(line) as DaemonReply;
        if ("stdout" in reply) process.stdout.write(reply.stdout);
        else if ("stderr" in reply) process.stderr.write(reply.stderr);
        else if ("exit" in reply) {
          process.exitCode = reply.exit;
          outcome = "done";
        } else if ("stale" in reply) outcome = "stale";
      }),
    );
    connection.once("close", () => resolve(outcome));
    connection.once("error", () => resolve(outcome));
    connection.write(`${JSON.stringify(request)}\n`);
  });
}
