/**
 * Checking the inputs of `disclint check`, one by one or in bulk: collect them (and keep this
 * shard's), find each one's config and rules, then check each file in the main thread, in a
 * worker (--jobs, --timeout) or not at all (--cache hit). Results come back in input order
 * whatever finished first, so the report is the same with any --jobs.
 */
import { readFile, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { dirname, resolve } from "node:path";
import { packageVersion } from "../bundled/package-root.js";
import { isIgnored } from "../config/ignore.js";
import { checkInputSize } from "../document/reader-limits.js";
import { errorResult } from "../engine/error-result.js";
import type { RuleSet } from "../rules/rule-sets.js";
import type { CheckCommandOptions } from "./check-command.js";
import { type FileCheckOptions, ruleSetFor } from "./check-file.js";
import {
  type CheckedInput,
  type CheckInputsContext,
  checkInput,
  checkInputPair,
  type Input,
  newPool,
} from "./check-input.js";
import { collectFiles } from "./collect-files.js";
import { configErrorReporter } from "./config-file-error.js";
import { type ConfigForFile, configForDirectory, loadExplicitConfig } from "./config-lookup.js";
import { InOrder } from "./in-order.js";
import { pairByName } from "./pairing.js";
import { prefetchingRead, READ_AHEAD } from "./prefetch.js";
import { ProgressLine, wantsProgress } from "./progress.js";
import { refuseNonRegularFile } from "./regular-file.js";
import { optionsDigest } from "./result-cache.js";
import { selectShard } from "./shard.js";
import { SharedValues } from "./shared-values.js";

type Planned = { done: CheckedInput } | { input: Input };

/** What one lane takes at a time: an input, or the two language versions of an announcement. */
type Job = { input: Input; index: number } | { pair: [Input, Input]; indexes: [number, number] };

export async function checkInputs(
  filePaths: readonly string[],
  useStdin: boolean,
  context: CheckInputsContext,
): Promise<CheckedInput[]> {
  const { options, io } = context;
  const planned = await plan(filePaths, useStdin, context);
  const inputs = planned.flatMap((item) => ("input" in item ? [item.input] : []));
  context.onPlanned?.([...new Set(inputs.map((input) => input.ruleSet))]);
  const pairs = pairsAmong(inputs, options, io.cwd);
  const paired = new Set(pairs.flat());
  const documentsNeeded = options.fix !== undefined || options.updateBaseline === true;
  for (const input of inputs) input.needsDocument = documentsNeeded || paired.has(input);
  const inMain = inputs.filter((input) => input.needsDocument).length;
  const jobs = options.jobs ?? automaticJobs(inputs.length - inMain);
  const useWorkers = jobs > 1 || options.timeoutSeconds !== undefined;
  if (options.timeoutSeconds !== undefined && inMain > 0)
    io.stderr(
      `disclint: --timeout does not apply to ${inMain} file${inMain === 1 ? "" : "s"} checked in the main thread (pairs, --pair, --fix, --update-baseline)\n`,
    );

  const pool = useWorkers ? newPool(context, jobs) : undefined;
  const progress = wantsProgress(io.isTTY, options.quiet, inputs.length)
    ? new ProgressLine(inputs.length, io.stderr)
    : undefined;
  const results = new Array<CheckedInput | undefined>(planned.length);
  const queue = jobsOf(planned, pairs, results);
  const inOrder = new InOrder(results, context.onResult, context.keepResults !== false);
  inOrder.flush();
  // Results held until the report (a format that is not streamed) keep their repeated values once.
  const shared = context.keepResults === false ? undefined : new SharedValues();
  const kept = (checked: CheckedInput): CheckedInput =>
    shared ? { ...checked, result: shared.share(checked.result) } : checked;
  const optionsKey = optionsDigest(packageVersion(), context.fileOptions);
  const lane = async (): Promise<void> => {
    try {
      for (let next = queue.shift(); next; next = queue.shift()) {
        readAhead(queue);
        if (context.interruption?.requested) {
          queue.length = 0;
          break;
        }
        if ("pair" in next) {
          const [first, second] = await checkInputPair(next.pair, context);
          results[next.indexes[0]] = kept(first);
          results[next.indexes[1]] = kept(second);
          progress?.advance();
        } else results[next.index] = kept(await checkInput(next.input, context, pool, optionsKey));
        progress?.advance();
        inOrder.flush();
      }
    } catch (error) {
      queue.length = 0; // the run stops: the other lanes take nothing more
      throw error;
    }
  };
  try {
    await Promise.all(Array.from({ length: useWorkers ? jobs : 1 }, lane));
  } finally {
    progress?.finish();
    await pool?.close();
  }
  // After an interruption the files never started have no result; the report says it is incomplete.
  return inOrder.finish();
}

/**
 * Files that keep one worker busy enough to repay starting it (a worker loads the bundle and the
 * packs again): below that, one thread is faster. Chosen on the safe side on a loaded 2-core
 * machine, where 16 files took as long with 2 workers as in one thread.
 */
const FILES_PER_WORKER = 16;

/** Without --jobs: one worker per CPU, as many as the files repay, none for a few files. */
function automaticJobs(files: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(files / FILES_PER_WORKER)));
}

/** The inputs in report order: standard input, paths that matched nothing, then the files. */
async function plan(
  filePaths: readonly string[],
  useStdin: boolean,
  context: CheckInputsContext,
): Promise<Planned[]> {
  const { options, io } = context;
  const explicitConfig = options.config ? loadExplicitConfig(resolve(io.cwd, options.config)) : undefined;
  const rulesFor = ruleSetLookup(context.fileOptions);
  const planned: Planned[] = [];
  const inputFor = (
    path: string,
    configDir: string,
    read: () => Promise<Uint8Array>,
    cacheable = true,
  ): Input => {
    const config = explicitConfig ?? configForDirectory(configDir);
    const ruleSet = rulesFor(config);
    return { path, configDir, config, ruleSet, read, cacheable, needsDocument: false };
  };
  const configErrors = configErrorReporter(io.cwd, io.stderr);
  // A broken .disclint.yaml beside some drafts stops those drafts only.
  const governed = (path: string, plan: () => Planned | undefined): void => {
    let item: Planned | undefined;
    try {
      item = plan();
    } catch (error) {
      // --config governs every file: its problems stop the run.
      if (explicitConfig) throw error;
      item = configErrors.resultFor(path, error);
    }
    if (item) planned.push(item);
  };
  if (useStdin) {
    const bytes = await io.readStdin();
    const configDir = options.stdinFilename ? dirname(resolve(io.cwd, options.stdinFilename)) : io.cwd;
    const name = options.stdinFilename ?? "-";
    governed(name, () => ({ input: inputFor(name, configDir, async () => bytes, false) }));
  }
  const collected = await collectFiles(options.pair ? [...filePaths, options.pair] : filePaths, io.cwd);
  for (const arg of collected.unmatched) {
    planned.push({
      done: { result: errorResult(arg, "no-match", `${arg}: no file matches this path or pattern`) },
    });
  }
  const files = options.shard ? selectShard(collected.files, io.cwd, options.shard) : collected.files;
  for (const file of files) {
    governed(file, () => {
      const config = explicitConfig ?? configForDirectory(dirname(file));
      if (!collected.explicit.has(file) && isIgnored(file, config)) return undefined;
      const { read, prefetch } = prefetchingRead(() => readInputFile(file, options.maxInputBytes));
      return { input: { ...inputFor(file, dirname(file), read), prefetch } };
    });
  }
  return planned;
}

/**
 * The rule set each config selects, loaded and validated before any file is checked, so a broken
 * pack or config stops the run the same way whichever worker would have met it first.
 */
function ruleSetLookup(fileOptions: FileCheckOptions): (config: ConfigForFile) => RuleSet {
  const known = new Map<ConfigForFile, RuleSet>();
  return (config) => {
    let ruleSet = known.get(config);
    if (!ruleSet) {
      ruleSet = ruleSetFor(config, fileOptions);
      known.set(config, ruleSet);
    }
    return ruleSet;
  };
}

/** The inputs that are two language versions of one announcement: named alike, or by --pair. */
function pairsAmong(inputs: readonly Input[], options: CheckCommandOptions, cwd: string): [Input, Input][] {
  const byPath = new Map(inputs.map((input) => [input.path, input]));
  const names = options.pair
    ? new Map([[inputs[0]?.path ?? "", resolve(cwd, options.pair)]])
    : pairByName([...byPath.keys()]);
  return [...names].flatMap(([english, chinese]) => {
    const [first, second] = [byPath.get(english), byPath.get(chinese)];
    return first && second && first !== second ? [[first, second] as [Input, Input]] : [];
  });
}

/** Starts reading the files of the next few jobs while this one is checked. */
function readAhead(queue: readonly Job[]): void {
  for (const job of queue.slice(0, READ_AHEAD)) {
    for (const input of "pair" in job ? job.pair : [job.input]) input.prefetch?.();
  }
}

/** The work in report order, each pair as one job where its first version stands. */
function jobsOf(
  planned: readonly Planned[],
  pairs: readonly [Input, Input][],
  results: (CheckedInput | undefined)[],
): Job[] {
  const indexOf = new Map<Input, number>();
  planned.forEach((item, index) => {
    if ("done" in item) results[index] = item.done;
    else indexOf.set(item.input, index);
  });
  const partner = new Map<Input, Input>();
  for (const [first, second] of pairs) {
    partner.set(first, second);
    partner.set(second, first);
  }
  const jobs: Job[] = [];
  const taken = new Set<Input>();
  for (const [input, index] of indexOf) {
    if (taken.has(input)) continue;
    const other = partner.get(input);
    if (other === undefined) {
      jobs.push({ input, index });
      continue;
    }
    taken.add(other);
    jobs.push({ pair: [input, other], indexes: [index, indexOf.get(other) ?? -1] });
  }
  return jobs;
}

async function readInputFile(file: string, maxInputBytes: number | undefined): Promise<Uint8Array> {
  const info = await stat(file);
  // A pipe would block the read for ever; refuse it (and devices, sockets) before reading.
  refuseNonRegularFile(file, info);
  // Refuse an oversized file before reading it into memory, with the readers' own message.
  checkInputSize(file, info.size, maxInputBytes);
  return readFile(file);
}
