/**
 * `disclint serve`: the local web app (src/web/) for reviewers who never open a terminal. It
 * prints the page's address with its access token, opens a browser only when --open asks, and
 * stops cleanly on Ctrl-C or SIGTERM: it takes no new connection, lets checks under way finish,
 * and exits 0. The web module is imported only when this command runs.
 */
import { spawn } from "node:child_process";
import { type Command, InvalidArgumentError } from "commander";
import type { CommandIo } from "./check-command.js";
import type { InterruptSignal, SignalSource } from "./interrupt.js";

const SERVE_HELP = `
The page answers only on this computer (a loopback address) and only requests that carry the
access token printed with its address. Drafts are held in memory while they are checked and
never written to disk. Ctrl-C or SIGTERM stops the server once checks under way finish.

Example:
  $ disclint serve --open      then drop a draft on the page that opens`;

export interface ServeParsers {
  /** The same reading of --max-size as `disclint check`. */
  megabytes: (value: string) => number;
}

export function registerServeCommand(program: Command, io: CommandIo, parsers: ServeParsers): void {
  program
    .command("serve")
    .description("open a page in your browser where drafts are dropped and their findings shown in place")
    .option("--port <port>", "the port to listen on (default: a free one)", parsePort)
    .option(
      "--host <address>",
      "the loopback address to listen on: 127.0.0.1 (default), ::1 or localhost; no other is accepted",
    )
    .option(
      "--max-size <MB>",
      "refuse uploads larger than this many megabytes (default 50)",
      parsers.megabytes,
    )
    .option("--open", "open the page in the default browser")
    .addHelpText("after", SERVE_HELP)
    .action(async (flags: { port?: number; host?: string; maxSize?: number; open?: boolean }) => {
      const { startWebServer } = await import("../web/server.js");
      const server = await startWebServer({
        ...(flags.host !== undefined && { host: flags.host }),
        ...(flags.port !== undefined && { port: flags.port }),
        cwd: io.cwd,
        ...(flags.maxSize !== undefined && { maxInputBytes: flags.maxSize }),
        onInternalError: (error) => reportInternalError(error, io),
      });
      const stop = watchStopSignals(process);
      io.stdout(
        `disclint serve: open this address in your browser (Ctrl-C stops the server):\n${server.url}\n`,
      );
      if (flags.open === true)
        await openInBrowser(server.url).catch(() => {
          io.stderr("disclint serve: could not open a browser; open the address above yourself\n");
        });
      const signal = await stop.received;
      io.stderr(`disclint serve: ${signal} received, stopping\n`);
      try {
        await server.close();
      } finally {
        stop.dispose();
      }
    });
}

/** As the CLI reports its own defects: one line, the stack only with DISCLINT_DEBUG set. */
function reportInternalError(error: unknown, io: CommandIo): void {
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(
    `disclint serve: internal error: ${message}\n(please report this; set DISCLINT_DEBUG=1 for details)\n`,
  );
  if (process.env.DISCLINT_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535)
    throw new InvalidArgumentError("must be a port number from 1 to 65535 (or 0 for a free one)");
  return port;
}

interface StopWatch {
  /** The first SIGINT or SIGTERM. */
  received: Promise<InterruptSignal>;
  /** Gives the signals back their default behaviour. */
  dispose(): void;
}

/** The first SIGINT or SIGTERM stops the server; a second one, while it stops, ends the process. */
function watchStopSignals(source: SignalSource): StopWatch {
  let first: InterruptSignal | undefined;
  let resolveReceived: (signal: InterruptSignal) => void = () => {};
  const received = new Promise<InterruptSignal>((resolve) => {
    resolveReceived = resolve;
  });
  const listeners = (["SIGINT", "SIGTERM"] as const).map((name) => {
    const listener = () => {
      if (first !== undefined) process.exit(name === "SIGINT" ? 130 : 143);
      first = name;
      resolveReceived(name);
    };
    source.on(name, listener);
    return [name, listener] as const;
  });
  return {
    received,
    dispose: () => {
      for (const [name, listener] of listeners) source.off(name, listener);
    },
  };
}

/** The platform's own opener, with the address as one argument (never through a shell). */
function openInBrowser(url: string): Promise<void> {
  const [command, args] =
    process.platform === "darwin"
      ? ["open", [url]]
      : process.platform === "win32"
        ? ["rundll32", ["url.dll,FileProtocolHandler", url]]
        : ["xdg-open", [url]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "ignore", detached: true });
    child.once("error", reject);
    child.once("spawn", () => {
      child.unref();
      resolve();
    });
  });
}
