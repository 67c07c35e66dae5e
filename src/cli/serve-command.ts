/**
 * `disclint serve`: the local web app (src/web/) for reviewers who never open a terminal. It
 * prints the page's address with its access token, opens a browser only when --open asks, and
 * stops cleanly on Ctrl-C or SIGTERM: it takes no new connection, lets checks under way finish,
 * and exits 0. The web module is imported only when this command runs.
 */
import { spawn } from "node:child_process";
import { type Command, InvalidArgumentError } from "commander";
import type { CommandIo } from "./check-command.js";
import { type Interruption, type InterruptSignal, watchInterrupts } from "./interrupt.js";

const SERVE_HELP = `
How to use it:
  1. Run disclint serve. It prints an address such as
       http://127.0.0.1:54321/?token=Xk3…
     Open that address (with its token) in your browser, or add --open. Keep this window
     open: the page works while the server runs, and Ctrl-C stops it.
  2. Drop a draft on the page, or choose one: .docx, .pdf, .txt, .html or .md. The draft is
     shown with each finding marked where it stands; tick error, warning or info to filter
     them, and open the checklist to see every requirement checked and its result.
  3. Optional: under "Issuer, other language version, date", state what the draft cannot
     tell (stock code, board, special regimes, the date to judge by, as check's --stock-code,
     --board, --regime and --as-of do), or add the other language version to compare.
  4. Download the Word copy with each finding as a review comment (Word drafts only), or
     the findings as SARIF or JSON.

What stays private: the server listens on this computer only (a loopback address) and
answers only requests carrying the token of the address it printed, from its own page.
The page fetches nothing from the internet. Drafts are held in memory while they are checked
and never written to disk; nothing is kept after each answer.

Examples:
  $ disclint serve --open                 open the page in your browser at once
  $ disclint serve --port 8765            a fixed port, e.g. for a bookmark (the token changes)
  $ disclint serve --max-size 100         accept drafts of up to 100 MB`;

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
      const stop = stopSignal();
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
        stop.interruption.dispose();
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

/** The first SIGINT or SIGTERM stops the server; a second one, while it stops, ends the process. */
function stopSignal(): { received: Promise<InterruptSignal>; interruption: Interruption } {
  let tell: (signal: InterruptSignal) => void = () => {};
  const received = new Promise<InterruptSignal>((resolve) => {
    tell = resolve;
  });
  const interruption = watchInterrupts(process, undefined, (signal) => tell(signal));
  return { received, interruption };
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
