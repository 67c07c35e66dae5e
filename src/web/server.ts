/**
 * `disclint serve`: a page on this computer where a draft is dropped and its findings shown in
 * place, for reviewers who never open a terminal. Node's own http server, on a loopback address
 * only, behind an access token (src/web/request-guard.ts). Nothing is written to disk: uploads
 * live in a request's memory, within the same size limit as `disclint check --max-size`, and no
 * folder under src/web/ may import the file system (.dependency-cruiser.cjs).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { DEFAULT_MAX_INPUT_BYTES } from "../document/reader-limits.js";
import { UsageError } from "../domain/usage-error.js";
import { handleCheck } from "./check-route.js";
import { uploadPage, uploadPagePolicy } from "./pages.js";
import { loopbackAddress, newAccessToken, RequestGuard, urlHost } from "./request-guard.js";
import { sendMessage, sendPage, sendText } from "./responses.js";

export interface WebServerOptions {
  /** A loopback address or localhost (default 127.0.0.1); anything else is refused. */
  host?: string;
  /** 0 (the default) takes a free port. */
  port?: number;
  /** Largest file accepted, in bytes (default: the CLI's --max-size default, 50 MB). */
  maxInputBytes?: number;
  /** The date to judge by when neither the form nor the draft gives one; default: today (UTC). */
  today?: () => string;
  /** Report paths (and SARIF's %SRCROOT%) are relative to this directory. */
  cwd: string;
  /** Checks run at once; more uploads meanwhile are asked to wait (each holds its files in memory). */
  maxConcurrentChecks?: number;
  /** Told of each internal error (a defect, not the user's mistake); the page says only that one happened. */
  onInternalError?: (error: unknown) => void;
}

export interface WebServer {
  /** The address to open: the origin and the access token. */
  url: string;
  origin: string;
  token: string;
  /** Stops listening, lets the checks under way finish (at most `graceMs`), then closes. */
  close(graceMs?: number): Promise<void>;
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const address = loopbackAddress(options.host ?? "127.0.0.1");
  if (address === undefined)
    throw new UsageError(
      `--host ${options.host} is not this computer: disclint serve listens only on a loopback address (127.0.0.1, ::1 or localhost)`,
    );
  const token = newAccessToken();
  const server = createServer();
  const port = await listen(server, address, options.port ?? 0);
  const guard = new RequestGuard(address, port, token);
  const maxRunning = options.maxConcurrentChecks ?? 2;
  let running = 0;
  server.on("request", (request: IncomingMessage, response: ServerResponse) => {
    const verdict = guard.check(request);
    if (!verdict.allowed) {
      request.resume();
      return sendText(response, 403, `Forbidden: ${verdict.reason}.`, { Connection: "close" });
    }
    const checking = isCheck(request);
    if (checking && running >= maxRunning) {
      request.resume();
      return sendMessage(response, 503, "Busy", "Other drafts are being checked: try again in a moment.");
    }
    if (checking) running++;
    const limits = {
      maxInputBytes: options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES,
      today: options.today?.() ?? new Date().toISOString().slice(0, 10),
    };
    route(request, response, token, limits, options.cwd)
      .catch((error: unknown) => failed(response, error, options.onInternalError))
      .finally(() => {
        if (checking) running--;
      });
  });
  const origin = `http://${urlHost(address)}:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    close: (graceMs) => closeServer(server, graceMs),
  };
}

function isCheck(request: IncomingMessage): boolean {
  return request.method === "POST" && pathOf(request) === "/check";
}

async function route(
  request: IncomingMessage,
  response: ServerResponse,
  token: string,
  limits: { maxInputBytes: number; today: string },
  cwd: string,
): Promise<void> {
  const path = pathOf(request);
  const method = request.method ?? "";
  if (path === "/" && (method === "GET" || method === "HEAD"))
    return sendPage(response, 200, {
      html: uploadPage({ token, maxInputBytes: limits.maxInputBytes }),
      policy: uploadPagePolicy(),
      framing: "DENY",
    });
  if (path === "/check" && method === "POST") return handleCheck(request, response, { limits, cwd });
  request.resume();
  if (path === "/" || path === "/check") return sendText(response, 405, "Method not allowed.");
  sendText(response, 404, "Not found.");
}

function pathOf(request: IncomingMessage): string {
  try {
    return new URL(request.url ?? "/", "http://localhost").pathname;
  } catch {
    return "";
  }
}

/** A defect of disclint's, not the user's: said plainly, without a stack or the draft's text. */
function failed(response: ServerResponse, error: unknown, report?: (error: unknown) => void): void {
  if (!(error instanceof UsageError)) report?.(error);
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const message =
    error instanceof UsageError
      ? error.message
      : "disclint could not check this draft (an internal error; please report it).";
  sendMessage(response, 500, "Nothing was checked", message);
}

async function listen(server: Server, host: string, port: number): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off("listening", onListening);
      reject(listenError(error, host, port));
    };
    const onListening = () => {
      server.off("error", onError);
      resolve();
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen({ host, port, exclusive: true });
  });
  return (server.address() as AddressInfo).port;
}

function listenError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  if (error.code === "EADDRINUSE")
    return new UsageError(
      `port ${port} is already in use: choose another --port, or leave it out to take a free one`,
    );
  if (error.code === "EADDRNOTAVAIL" || error.code === "EAFNOSUPPORT")
    return new UsageError(`cannot listen on ${host} on this computer: try --host 127.0.0.1`);
  if (error.code === "EACCES")
    return new UsageError(`port ${port} needs special permission: choose a port above 1023`);
  return error;
}

async function closeServer(server: Server, graceMs = 5000): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), graceMs);
  try {
    await closed;
  } finally {
    clearTimeout(timer);
  }
}
