/**
 * Checking the inputs of `disclint check`, one by one or in bulk: collect them (and keep this
 * shard's), find each one's config and rules, then check each file in the main thread, in a
 * worker (--jobs, --timeout) or not at all (--cache hit). Results come back in input order
 * whatever finished first, so the report is the same with any --jobs.
 */
import { readFile, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { packageVersion } from "../bundled/package-root.js";
import { isIgnored } from "../config/ignore.js";
import { InputError } from "../document/input-error.js";
import { checkInputSize } from "../document/reader-limits.js";
import { UsageError } from "../domain/usage-error.js";
import { errorResult } from "../engine/error-result.js";
import type { FileResult } from "../engine/types.js";
import { sha256 } from "../report/sign-off.js";
import type { RuleSet } from "../rules/rule-sets.js";
import type { CheckCommandOptions, CommandIo } from "./check-command.js";
import {
  type CheckedFile,
  checkFile,
  checkFilePair,
  type FileCheckOptions,
  ruleSetFor,
} from "./check-file.js";
import type { WorkerReply, WorkerSetup, WorkerTask } from "./check-worker.js";
import { collectFiles } from "./collect-files.js";
import { type ConfigForFile, configForDirectory, loadExplicitConfig } from "./config-lookup.js";
import type { Interruption } from "./interrupt.js";
import { pairByName } from "./pairing.js";
import { ProgressLine, wantsProgress } from "./progress.js";
import { cacheKey, optionsDigest, type ResultCache } from "./result-cache.js";
import { selectShard } from "./shard.js";
import type { RunStats } from "./stats.js";
import { timedOutResult } from "./timeout.js";
import { startCheckWorker, WorkerPool } from "./worker-pool.js";

export interface CheckedInput extends CheckedFile {
  /** The rules and config the file was checked with, however it was checked (report and sign-off). */
  rules?: { ruleSet: RuleSet; config: ConfigForFile | undefined };
}

/** One input to check: where its bytes come from and how it must be checked. */
interface Input {
  path: string;
  configDir: string;
  config: ConfigForFile;
  ruleSet: RuleSet;
  read: () => Promise<Uint8Array>;
  /** Standard input has no path to key a cache entry by. */
  cacheable: boolean;
  /** Pairs, fixes and baselines need the Document, which cannot leave a worker (nor the cache). */
  needsDocument: boolean;
}

type Planned = { done: CheckedInput } | { input: Input };

/** What one lane takes at a time: an input, or the two language versions of an announcement. */
type Job = { input: Input; index: number } | { pair: [Input, Input]; indexes: [number, number] };

export interface CheckInputsContext {
  options: CheckCommandOptions;
  fileOptions: FileCheckOptions;
  io: CommandIo;
  /** sha256 of every input read, for the sign-off. */
  digests: Map<string, string>;
  cache?: ResultCache;
  stats?: RunStats;
  /** Ctrl-C: once requested, no new file is started. */
  interruption?: Interruption;
}

export async function checkInputs(
  filePaths: readonly string[],
  useStdin: boolean,
  context: CheckInputsContext,
): Promise<CheckedInput[]> {
  const { options, io } = context;
  const planned = await plan(filePaths, useStdin, context);
  const inputs = planned.flatMap((item) => ("input" in item ? [item.input] : []));
  const pairs = pairsAmong(inputs, options, io.cwd);
  const paired = new Set(pairs.flat());
  const documentsNeeded = options.fix !== undefined || options.updateBaseline === true;
  for (const input of inputs) input.needsDocument = documentsNeeded || paired.has(input);
  const useWorkers = options.jobs > 1 || options.timeoutSeconds !== undefined;
  const inMain = inputs.filter((input) => input.needsDocument).length;
  if (options.timeoutSeconds !== undefined && inMain > 0)
    io.stderr(
      `disclint: --timeout does not apply to ${inMain} file${inMain === 1 ? "" : "s"} checked in the main thread (pairs, --pair, --fix, --update-baseline)\n`,
    );

  const pool = useWorkers ? newPool(context) : undefined;
  const progress = wantsProgress(io.isTTY, options.quiet, inputs.length)
    ? new ProgressLine(inputs.length, io.stderr)
    : undefined;
  const results = new Array<CheckedInput>(planned.length);
  const queue = jobsOf(planned, pairs, results);
  const optionsKey = optionsDigest(packageVersion(), context.fileOptions);
  const lane = async (): Promise<void> => {
    try {
      for (let next = queue.shift(); next; next = queue.shift()) {
        if (context.interruption?.requested) {
          queue.length = 0;
          break;
        }
        if ("pair" in next) {
          const checked = await checkInputPair(next.pair, context);
          [results[next.indexes[0]], results[next.indexes[1]]] = checked;
          progress?.advance();
        } else results[next.index] = await checkInput(next.input, context, pool, optionsKey);
        progress?.advance();
      }
    } catch (error) {
      queue.length = 0; // the run stops: the other lanes take nothing more
      throw error;
    }
  };
  try {
    await Promise.all(Array.from({ length: useWorkers ? options.jobs : 1 }, lane));
  } finally {
    progress?.finish();
    await pool?.close();
  }
  // After an interruption the files never started have no result; the report says it is incomplete.
  return results.filter((result) => result !== undefined);
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
  if (useStdin) {
    const bytes = await io.readStdin();
    const configDir = options.stdinFilename ? dirname(resolve(io.cwd, options.stdinFilename)) : io.cwd;
    planned.push({ input: inputFor(options.stdinFilename ?? "-", configDir, async () => bytes, false) });
  }
  const collected = await collectFiles(options.pair ? [...filePaths, options.pair] : filePaths, io.cwd);
  for (const arg of collected.unmatched) {
    planned.push({
      done: { result: errorResult(arg, "no-match", `${arg}: no file matches this path or pattern`) },
    });
  }
  const files = options.shard ? selectShard(collected.files, io.cwd, options.shard) : collected.files;
  for (const file of files) {
    const config = explicitConfig ?? configForDirectory(dirname(file));
    if (!collected.explicit.has(file) && isIgnored(file, config)) continue;
    planned.push({ input: inputFor(file, dirname(file), () => readInputFile(file, options.maxInputBytes)) });
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

/** The work in report order, each pair as one job where its first version stands. */
function jobsOf(
  planned: readonly Planned[],
  pairs: readonly [Input, Input][],
  results: CheckedInput[],
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
  // Refuse an oversized file before reading it into memory, with the readers' own message.
  checkInputSize(file, (await stat(file)).size, maxInputBytes);
  return readFile(file);
}

/** Both versions read, then checked together in the main thread (each keeps its Document). */
async function checkInputPair(
  pair: [Input, Input],
  context: CheckInputsContext,
): Promise<[CheckedInput, CheckedInput]> {
  const [first, second] = [await readBytes(pair[0], context), await readBytes(pair[1], context)];
  if ("result" in first || "result" in second) {
    // One version cannot be read: the other is checked alone.
    const alone = async (input: Input, read: Read): Promise<CheckedInput> =>
      "result" in read
        ? read
        : withRules(input, await checkFile(fileToCheck(input, read), context.fileOptions));
    return [await alone(pair[0], first), await alone(pair[1], second)];
  }
  const [a, b] = await checkFilePair(
    fileToCheck(pair[0], first),
    fileToCheck(pair[1], second),
    context.fileOptions,
  );
  return [withRules(pair[0], a), withRules(pair[1], b)];
}

type Read = { bytes: Uint8Array; digest: string } | { result: FileResult };

/** The input's bytes (their digest kept for the sign-off), or the file error that stops it. */
async function readBytes(input: Input, context: CheckInputsContext): Promise<Read> {
  let bytes: Uint8Array;
  try {
    bytes = await input.read();
  } catch (error) {
    if (error instanceof InputError) return { result: errorResult(input.path, error.code, error.message) };
    return { result: errorResult(input.path, "unreadable", `cannot be read (${describeFsError(error)})`) };
  }
  const digest = sha256(bytes);
  context.digests.set(input.path, digest);
  return { bytes, digest };
}

function fileToCheck(input: Input, read: { bytes: Uint8Array }) {
  return { path: input.path, bytes: read.bytes, config: input.config };
}

/** A checked file with the rules it was checked by; an unreadable one has none. */
function withRules(input: Input, checked: CheckedFile): CheckedInput {
  if (!checked.document) return { result: checked.result };
  const rules = { ruleSet: input.ruleSet, config: input.config };
  // Keep the Document only where fixes or a baseline need it: holding every document of a
  // large batch would cost memory for nothing.
  return input.needsDocument ? { ...checked, rules } : { result: checked.result, rules };
}

async function checkInput(
  input: Input,
  context: CheckInputsContext,
  pool: WorkerPool<WorkerTask, WorkerReply> | undefined,
  optionsKey: string,
): Promise<CheckedInput> {
  const read = await readBytes(input, context);
  if ("result" in read) return read;
  const rules = { ruleSet: input.ruleSet, config: input.config };
  const cache = input.cacheable && !input.needsDocument ? context.cache : undefined;
  const key =
    cache &&
    cacheKey({ content: read.digest, ruleSet: input.ruleSet, config: input.config, options: optionsKey });
  const cached = key ? cache?.lookup(input.path, key, context.io.today) : undefined;
  if (cached) return { result: cached, rules };
  const store = (result: FileResult): void => {
    if (key && result.errors.length === 0) cache?.store(input.path, key, result, context.io.today);
  };
  if (input.needsDocument || !pool) {
    const checked = withRules(input, await checkFile(fileToCheck(input, read), context.fileOptions));
    if (checked.rules) store(checked.result);
    return checked;
  }
  const checked = await checkInWorker(pool, input, read.bytes, context);
  if (!checked.readable) return { result: checked.result };
  store(checked.result);
  return { result: checked.result, rules };
}

async function checkInWorker(
  pool: WorkerPool<WorkerTask, WorkerReply>,
  input: Input,
  bytes: Uint8Array,
  context: CheckInputsContext,
): Promise<{ result: FileResult; readable: boolean }> {
  const outcome = await pool.run({ path: input.path, bytes, configDir: input.configDir });
  if (outcome.kind === "timeout") {
    return { result: timedOutResult(input.path, context.options.timeoutSeconds ?? 0), readable: false };
  }
  const reply = outcome.reply;
  if ("usage" in reply) throw new UsageError(reply.usage.message, reply.usage.details);
  if ("internal" in reply) throw new Error(reply.internal);
  if (reply.stats && context.stats) {
    for (const [stage, ms] of reply.stats.stages)
      context.stats.stages.set(stage, (context.stats.stages.get(stage) ?? 0) + ms);
    for (const [rule, ms] of reply.stats.rules)
      context.stats.rules.set(rule, (context.stats.rules.get(rule) ?? 0) + ms);
  }
  return { result: reply.result, readable: reply.readable };
}

function newPool(context: CheckInputsContext): WorkerPool<WorkerTask, WorkerReply> {
  const { stats: _stats, ...options } = context.fileOptions;
  const setup: WorkerSetup = {
    options,
    ...(context.options.config && { explicitConfig: resolve(context.io.cwd, context.options.config) }),
    stats: context.stats !== undefined,
  };
  const timeoutMs =
    context.options.timeoutSeconds === undefined ? undefined : context.options.timeoutSeconds * 1000;
  return new WorkerPool(() => startCheckWorker(setup), context.options.jobs, timeoutMs);
}

export function describeFsError(error: unknown): string {
  if (error && typeof error === "object" && "code" in error) {
    const code = String((error as { code: unknown }).code);
    const reasons: Record<string, string> = {
      ENOENT: "no such file or directory",
      EACCES: "permission denied",
      EISDIR: "it is a directory",
      ENOSPC: "no space left on the device",
      ELOOP: "too many symbolic links",
    };
    return reasons[code] ?? code;
  }
  return error instanceof Error ? error.message : String(error);
}
