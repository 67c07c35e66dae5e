/**
 * A minimal LSP client for tests: spawns the server from the sources as a separate process,
 * speaks JSON-RPC over its stdio, and collects the diagnostics it publishes.
 */
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  createProtocolConnection,
  type Diagnostic,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-languageserver/node";

const REPOSITORY = join(import.meta.dirname, "..", "..");
const SERVER_ENTRY = join(REPOSITORY, "src", "lsp", "main.ts");
/** tsx's loader by absolute URL: the server runs with the draft's folder as its working directory. */
export const TSX_LOADER = pathToFileURL(join(REPOSITORY, "node_modules", "tsx", "dist", "loader.mjs")).href;

export interface Published {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

export class TestClient {
  readonly published: Published[] = [];
  private waiters: { test: (p: Published) => boolean; resolve: (p: Published) => void }[] = [];

  private constructor(
    readonly connection: ProtocolConnection,
    private readonly child: ChildProcessWithoutNullStreams,
  ) {
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      this.waiters = this.waiters.filter((waiter) => {
        if (!waiter.test(params)) return true;
        waiter.resolve(params);
        return false;
      });
    });
  }

  /**
   * Starts the server (by default src/lsp/main.ts; or another entry with its arguments).
   * `initializationOptions` go with the initialize request (`{ stats: true }` asks for stage times).
   */
  static async start(
    rootDir: string,
    entry: string[] = [SERVER_ENTRY, "--stdio"],
    initializationOptions?: Record<string, unknown>,
  ): Promise<TestClient> {
    const child = spawn(process.execPath, ["--import", TSX_LOADER, ...entry], {
      cwd: rootDir,
      stdio: "pipe",
    });
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    connection.listen();
    const client = new TestClient(connection, child);
    await connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri: pathToFileURL(rootDir).href,
      capabilities: {},
      ...(initializationOptions && { initializationOptions }),
    });
    await connection.sendNotification("initialized", {});
    return client;
  }

  /** Resolves with the first publication (already received or coming) that passes the test. */
  waitFor(test: (p: Published) => boolean, timeoutMs = 15_000): Promise<Published> {
    const already = this.published.find(test);
    if (already) return Promise.resolve(already);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("no matching publishDiagnostics")), timeoutMs);
      this.waiters.push({
        test,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once("exit", resolve));
    await this.connection.sendRequest("shutdown");
    await this.connection.sendNotification("exit");
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
