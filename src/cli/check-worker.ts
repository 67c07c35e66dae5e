/**
 * The worker thread behind --jobs and --timeout: checks one file per message with the same
 * `checkFile` the main thread uses, and replies with the FileResult (plain data, so it crosses
 * threads unchanged). Documents stay here; work that needs them (pairs, fixes, baselines) is
 * done in the main thread instead.
 */
import { parentPort, workerData } from "node:worker_threads";
import { UsageError } from "../domain/usage-error.js";
import type { FileResult } from "../engine/types.js";
import { checkFile, type FileCheckOptions } from "./check-file.js";
import { configForDirectory, loadExplicitConfig } from "./config-lookup.js";
import { RunStats } from "./stats.js";
import { WORKER_READY } from "./worker-pool.js";

/** What every task of a run shares, given once when the worker starts. */
export interface WorkerSetup {
  options: Omit<FileCheckOptions, "stats">;
  /** --config, as an absolute path. */
  explicitConfig?: string;
  stats: boolean;
}

export interface WorkerTask {
  path: string;
  bytes: Uint8Array;
  /** Where to look for .disclint.yaml when there is no --config. */
  configDir: string;
}

export type WorkerReply =
  | {
      result: FileResult;
      /** The reader accepted the file (false: the result is a file error). */
      readable: boolean;
      stats?: { stages: [string, number][]; rules: [string, number][] };
    }
  | { usage: { message: string; details: string[] } }
  | { internal: string };

async function check(setup: WorkerSetup, task: WorkerTask): Promise<WorkerReply> {
  try {
    const config = setup.explicitConfig
      ? loadExplicitConfig(setup.explicitConfig)
      : configForDirectory(task.configDir);
    const stats = setup.stats ? new RunStats() : undefined;
    // The main thread reads files as Buffers; give the readers the same type here.
    const bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
    const checked = await checkFile(
      { path: task.path, bytes, config },
      { ...setup.options, ...(stats && { stats }) },
    );
    return {
      result: checked.result,
      readable: checked.document !== undefined,
      ...(stats && { stats: { stages: [...stats.stages], rules: [...stats.rules] } }),
    };
  } catch (error) {
    if (error instanceof UsageError)
      return { usage: { message: error.message, details: [...error.details] } };
    return { internal: error instanceof Error ? error.message : String(error) };
  }
}

const port = parentPort;
if (port) {
  const setup = workerData as WorkerSetup;
  port.on("message", (task: WorkerTask) => {
    void check(setup, task).then((reply) => port.postMessage(reply));
  });
  port.postMessage(WORKER_READY);
}
