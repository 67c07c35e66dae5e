/**
 * A pool of worker threads, each checking one file at a time (--jobs, --timeout). A check runs
 * synchronously, so the only way to stop one that takes too long is to terminate its thread:
 * a task over time ends the worker and a fresh one takes its place for the tasks still waiting.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

export type PoolOutcome<Reply> = { kind: "done"; reply: Reply } | { kind: "timeout" };

/** The first message a worker sends once its modules are loaded. */
export const WORKER_READY = "disclint-worker-ready";

export class WorkerPool<Task, Reply> {
  private readonly idle: Worker[] = [];
  private readonly waiting: ((worker: Promise<Worker>) => void)[] = [];
  private readonly busy = new Set<Worker>();
  private live = 0;
  private closed = false;

  constructor(
    private readonly start: () => Promise<Worker>,
    private readonly size: number,
    private readonly timeoutMs?: number,
  ) {}

  /** Runs one task on the next free worker; the clock starts when the worker receives it. */
  async run(task: Task): Promise<PoolOutcome<Reply>> {
    const worker = await this.acquire();
    this.busy.add(worker);
    return new Promise((resolveOutcome, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const settle = (keep: boolean): void => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
        this.busy.delete(worker);
        if (keep) this.release(worker);
        else this.replace();
      };
      const onMessage = (reply: Reply): void => {
        settle(true);
        resolveOutcome({ kind: "done", reply });
      };
      const onError = (error: Error): void => {
        settle(false);
        reject(error);
      };
      const onExit = (code: number): void => {
        settle(false);
        reject(new Error(`a check worker stopped unexpectedly (exit code ${code})`));
      };
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      if (this.timeoutMs !== undefined) {
        timer = setTimeout(() => {
          settle(false);
          void worker.terminate();
          resolveOutcome({ kind: "timeout" });
        }, this.timeoutMs);
      }
      worker.postMessage(task);
    });
  }

  /** Ends every worker (idle ones, and busy ones left behind when a run stops early). */
  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.idle, ...this.busy];
    this.idle.length = 0;
    this.busy.clear();
    await Promise.all(all.map((worker) => worker.terminate()));
  }

  private acquire(): Promise<Worker> {
    if (this.closed) return Promise.reject(new Error("the worker pool is closed"));
    const worker = this.idle.pop();
    if (worker) return Promise.resolve(worker);
    if (this.live < this.size) return this.startOne();
    return new Promise((resolveWorker) => this.waiting.push(resolveWorker));
  }

  private startOne(): Promise<Worker> {
    this.live += 1;
    return this.start().catch((error: unknown) => {
      this.live -= 1;
      throw error;
    });
  }

  private release(worker: Worker): void {
    const next = this.waiting.shift();
    if (next) next(Promise.resolve(worker));
    else this.idle.push(worker);
  }

  /** A worker was lost (terminated or crashed): start another only if a task is waiting. */
  private replace(): void {
    this.live -= 1;
    const next = this.waiting.shift();
    if (next) next(this.startOne());
  }
}

/**
 * Starts the check worker and resolves once it is ready. The bundle ships it as
 * dist/check-worker.cjs beside dist/disclint.cjs; from the TypeScript sources (tests, `tsx`)
 * the worker registers tsx first so it can load check-worker.ts.
 */
export function startCheckWorker(workerData: unknown): Promise<Worker> {
  const worker = import.meta.url.endsWith(".ts")
    ? new Worker(sourceBootstrap(), { eval: true, workerData })
    : new Worker(bundledWorkerFile(), { workerData });
  return new Promise((resolveWorker, reject) => {
    const onMessage = (message: unknown): void => {
      if (message !== WORKER_READY) return;
      worker.off("message", onMessage);
      worker.off("error", reject);
      resolveWorker(worker);
    };
    worker.on("message", onMessage);
    worker.once("error", reject);
  });
}

function bundledWorkerFile(): URL {
  const file = new URL("./check-worker.cjs", import.meta.url);
  if (!existsSync(fileURLToPath(file)))
    throw new Error(`the check worker ${fileURLToPath(file)} is missing (rebuild with npm run build)`);
  return file;
}

function sourceBootstrap(): string {
  // tsx's ESM entry, found through its exports map (require.resolve would give the CommonJS one).
  const manifestPath = createRequire(import.meta.url).resolve("tsx/package.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const esmApi = manifest.exports["./esm/api"]?.import.default ?? "./dist/esm/api/index.mjs";
  const tsxApi = pathToFileURL(join(dirname(manifestPath), esmApi)).href;
  const entry = new URL("./check-worker.ts", import.meta.url).href;
  return `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
}
