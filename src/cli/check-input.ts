/**
 * Checking one input of `disclint check`, or the two language versions of one announcement:
 * read its bytes (their digest kept for the sign-off), then reuse a cached result, check it in
 * a worker (--jobs, --timeout) or in the main thread, where the Document stays for pairs, fixes
 * and baselines.
 */
import { resolve } from "node:path";
import { InputError } from "../document/input-error.js";
import { UsageError } from "../domain/usage-error.js";
import { errorResult } from "../engine/error-result.js";
import type { FileResult } from "../engine/types.js";
import { sha256 } from "../report/sign-off.js";
import type { RuleSet } from "../rules/rule-sets.js";
import type { CheckCommandOptions, CommandIo } from "./check-command.js";
import { type CheckedFile, checkFile, checkFilePair, type FileCheckOptions } from "./check-file.js";
import type { WorkerReply, WorkerSetup, WorkerTask } from "./check-worker.js";
import type { ConfigForFile } from "./config-lookup.js";
import type { Interruption } from "./interrupt.js";
import { cacheKey, type ResultCache } from "./result-cache.js";
import type { RunStats } from "./stats.js";
import { timedOutResult } from "./timeout.js";
import { startCheckWorker, WorkerPool } from "./worker-pool.js";

export interface CheckedInput extends CheckedFile {
  /** The rules and config the file was checked with, however it was checked (report and sign-off). */
  rules?: { ruleSet: RuleSet; config: ConfigForFile | undefined };
}

/** One input to check: where its bytes come from and how it must be checked. */
export interface Input {
  path: string;
  configDir: string;
  config: ConfigForFile;
  ruleSet: RuleSet;
  read: () => Promise<Uint8Array>;
  /** Starts reading the file ahead of its turn (see prefetch.ts); absent for standard input. */
  prefetch?: () => void;
  /** Standard input has no path to key a cache entry by. */
  cacheable: boolean;
  /** Pairs, fixes and baselines need the Document, which cannot leave a worker (nor the cache). */
  needsDocument: boolean;
}

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
  /** Told the rule sets the inputs will be checked with, once they are known and before any check. */
  onPlanned?: (ruleSets: readonly RuleSet[]) => void;
  /** Told each result in report order, as soon as it and every result before it are known. */
  onResult?: (checked: CheckedInput) => void;
  /**
   * False when `onResult` takes care of every result (a streamed report): results are then
   * dropped once told, so a large batch does not hold them all, and none are returned.
   */
  keepResults?: boolean;
}

/** Both versions read, then checked together in the main thread (each keeps its Document). */
export async function checkInputPair(
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

/**
 * A result held until the report is written must not hold its document either: a quoted
 * `actual` or a message filled from the text is a slice of the document's text, and a slice
 * keeps all of that text alive (45 MB of a 1,000-file one-job run). A copy, as a worker's
 * result is, holds only what it says. A streamed report drops each result once written.
 */
function detached(checked: CheckedInput, context: CheckInputsContext): CheckedInput {
  if (checked.document || context.keepResults === false) return checked;
  return { ...checked, result: structuredClone(checked.result) };
}

export async function checkInput(
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
    const checked = detached(
      withRules(input, await checkFile(fileToCheck(input, read), context.fileOptions)),
      context,
    );
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

export function newPool(context: CheckInputsContext, jobs: number): WorkerPool<WorkerTask, WorkerReply> {
  const { stats: _stats, ...options } = context.fileOptions;
  const setup: WorkerSetup = {
    options,
    ...(context.options.config && { explicitConfig: resolve(context.io.cwd, context.options.config) }),
    stats: context.stats !== undefined,
  };
  const timeoutMs =
    context.options.timeoutSeconds === undefined ? undefined : context.options.timeoutSeconds * 1000;
  return new WorkerPool(() => startCheckWorker(setup), jobs, timeoutMs);
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
