/**
 * `disclint check`: collect the inputs, find each one's config, check each file, compare the
 * language versions that form pairs, report. Per-file problems (unreadable, bad encoding)
 * become file errors and the other files are still checked; the exit code says whether
 * anything at or above --fail-on was found. JSON and SARIF reports are written as the files are
 * checked (streamed-outputs.ts) unless a fix, a baseline or a Word copy needs every result.
 */
import { appendFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { packageVersion } from "../bundled/package-root.js";
import type { ProfileSettings } from "../domain/issuer.js";
import type { Severity } from "../domain/severity.js";
import { UsageError } from "../domain/usage-error.js";
import type { CheckReport, FileResult, RuleSummary } from "../engine/types.js";
import { renderJobSummary } from "../report/github.js";
import { REPORTERS } from "../report/reporters.js";
import { summariseRules } from "../report/sign-off.js";
import { checkAnnotateRequest, writeAnnotatedCopy } from "./annotate-output.js";
import { type FileCheckOptions, ruleSetFor } from "./check-file.js";
import { describeFsError } from "./check-input.js";
import { checkInputs } from "./check-inputs.js";
import { checkDocumentKind } from "./command-line-checks.js";
import { EXIT } from "./exit-codes.js";
import type { FixMode } from "./fix-command.js";
import { applyFixes, type LoadedBaseline, loadBaseline, saveBaseline } from "./fixes-and-baselines.js";
import { deliverPendingSignals, watchInterrupts } from "./interrupt.js";
import { ReportTally } from "./report-tally.js";
import { ResultCache } from "./result-cache.js";
import type { Shard } from "./shard.js";
import { RunStats } from "./stats.js";
import { OutputWriteError, StreamedOutputs, writeRenderedOutputs } from "./streamed-outputs.js";

/** One requested output: a format and where it goes (standard output when no path). */
export interface OutputSpec {
  format: string;
  path?: string;
}

export interface CheckCommandOptions {
  outputs: OutputSpec[];
  failOn: Severity;
  maxWarnings?: number;
  config?: string;
  quiet: boolean;
  color: boolean;
  stdin: boolean;
  stdinFilename?: string;
  encoding?: string;
  pack?: string[];
  /** The Chinese (or other) version to compare the single input with. */
  pair?: string;
  facts: boolean;
  /** Largest input accepted, in bytes. */
  maxInputBytes?: number;
  /** Apply the suggested fixes (write) or print them as a diff (dry-run). */
  fix?: FixMode;
  /** Waivers file for Word and PDF findings; `updateBaseline` rewrites it. */
  baseline?: string;
  updateBaseline?: boolean;
  /** Print where the time went to standard error. */
  stats?: boolean;
  profile: ProfileSettings;
  /** Files checked at once, in worker threads when more than 1 (--jobs); unset: by the number of files. */
  jobs?: number;
  /** A file taking longer is reported as not checked (--timeout). */
  timeoutSeconds?: number;
  /** Check only this part of the inputs (--shard i/n). */
  shard?: Shard;
  /** Reuse the results of unchanged files, kept in this file (--cache, --cache-location). */
  cache?: string;
  /** Write a copy of the single .docx input with the findings as Word comments (--annotate). */
  annotate?: string;
}

export interface CommandIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Uint8Array>;
  today: string;
  /** Standard error is a terminal: long batches show a progress line there. */
  isTTY?: boolean;
  /** Standard output is a terminal (colour); default: this process's. The daemon passes its client's. */
  stdoutIsTTY?: boolean;
}

export async function runCheckCommand(
  paths: readonly string[],
  options: CheckCommandOptions,
  io: CommandIo,
): Promise<number> {
  const outputs = options.outputs.map((output) => {
    const reporter = REPORTERS.get(output.format);
    if (!reporter)
      throw new UsageError(
        `unknown format "${output.format}" (choose one of ${[...REPORTERS.keys()].join(", ")})`,
      );
    return { ...output, reporter };
  });
  const toStdout = outputs.filter((output) => output.path === undefined).map((output) => output.format);
  if (toStdout.length > 1)
    throw new UsageError(
      `${toStdout.slice(0, -1).join(", ")} and ${toStdout.at(-1)} would both go to standard output, run together where no reader can parse them: give all but one its own file (--format ${toStdout[0]} --output <file>, or --format ${toStdout[0]}:<file>)`,
    );
  const useStdin = options.stdin || paths.includes("-");
  const filePaths = paths.filter((path) => path !== "-");
  if (!useStdin && filePaths.length === 0)
    throw new UsageError("no input: name files, directories or globs, or use --stdin");
  if (options.pair && filePaths.length + (useStdin ? 1 : 0) !== 1) {
    throw new UsageError("--pair compares one version with another: name exactly one input beside it");
  }
  const checklist = outputs.some((output) => output.reporter.needsChecklist === true);
  const stats = options.stats ? new RunStats() : undefined;
  const digests = new Map<string, string>();
  if (options.fix && useStdin)
    throw new UsageError("--fix writes files; it cannot fix standard input (use --fix-dry-run)");
  if (options.annotate !== undefined)
    await checkAnnotateRequest(options.annotate, filePaths, useStdin, io.cwd);
  if (options.updateBaseline && !options.baseline)
    throw new UsageError("--update-baseline needs --baseline <file>");
  if (options.profile.documentKind !== undefined)
    checkDocumentKind(options.profile.documentKind, () => [
      ruleSetFor(undefined, { cwd: io.cwd, ...options }),
    ]);
  if (options.shard && (useStdin || options.pair))
    throw new UsageError(
      "--shard splits files and directories; it cannot be used with standard input or --pair",
    );
  const baseline = options.baseline
    ? await loadBaseline(options.baseline, io.cwd, options.updateBaseline === true)
    : undefined;
  const cache =
    options.cache === undefined ? undefined : await ResultCache.open(resolve(io.cwd, options.cache));
  // The checked text is kept only for reports that quote it and for the cache (which reuses it).
  const keepText = cache !== undefined || outputs.some((output) => output.reporter.needsText === true);
  const fileOptions = { ...fileOptionsFor(options, checklist, stats, io, baseline), keepText };
  const interruption = watchInterrupts();
  const tool = { name: "disclint", version: packageVersion() };
  const renderOptionsFor = (output: { path?: string }) => ({
    color: options.color && !output.path,
    cwd: io.cwd,
    failOn: options.failOn,
  });
  // Fixes, baselines and Word copies need every result at the end; otherwise stream the report.
  const streamed =
    options.fix || options.updateBaseline || options.annotate !== undefined
      ? undefined
      : StreamedOutputs.for(outputs, renderOptionsFor, io.stdout);
  const tally = new ReportTally(options.failOn);
  const shown = (result: FileResult) => (options.quiet ? onlyErrors(result) : result);
  let rules: RuleSummary[] = [];
  let checked: Awaited<ReturnType<typeof checkInputs>>;
  try {
    checked = await checkInputs(filePaths, useStdin, {
      options,
      fileOptions,
      io,
      digests,
      interruption,
      ...(cache && { cache }),
      ...(stats && { stats }),
      onPlanned: (ruleSets) => {
        rules = summariseRules(ruleSets.flatMap((ruleSet) => ruleSet.packs));
        streamed?.start({ tool, rules });
      },
      onResult: (file) => {
        tally.add(file, shown(file.result));
        streamed?.add(shown(file.result));
      },
      keepResults: streamed === undefined,
    });
  } catch (error) {
    await streamed?.abort();
    throw error;
  } finally {
    await deliverPendingSignals();
    interruption.dispose();
  }
  if (options.fix) await applyFixes(checked, options.fix, fileOptions, io);
  if (baseline && options.updateBaseline && !interruption.requested) {
    const count = await saveBaseline(baseline, checked, options.profile.asOf ?? io.today);
    io.stderr(
      `disclint: baseline ${relative(io.cwd, baseline.path)} now waives ${count} finding${count === 1 ? "" : "s"}\n`,
    );
  }

  const report: CheckReport = {
    tool,
    files: checked.map((file) => shown(file.result)),
    summary: tally.summary,
    rules,
    signOff: tally.signOff(digests, io.cwd),
    ...(interruption.requested && { incomplete: true }),
  };
  try {
    if (streamed) await streamed.finish(report);
    // With --fix-dry-run standard output carries the diff (for `patch`); the report goes aside.
    else
      await writeRenderedOutputs(
        outputs,
        report,
        renderOptionsFor,
        options.fix === "dry-run" ? io.stderr : io.stdout,
      );
  } catch (error) {
    if (!(error instanceof OutputWriteError)) throw error;
    throw new UsageError(
      `cannot write the ${error.output.format} report to ${error.output.path} (${describeFsError(error.reason)})`,
    );
  }
  if (options.annotate !== undefined && !interruption.requested) {
    const input = filePaths[0] ?? "";
    // The report's view of the file (--quiet keeps errors only), so the copy says what the report says.
    const result = report.files.find((file) => resolve(io.cwd, file.path) === resolve(io.cwd, input));
    await writeAnnotatedCopy(options.annotate, input, result, result && digests.get(result.path), io);
  }
  if (cache) await saveCache(cache, io);
  if (stats) io.stderr(stats.render());
  if (stats && cache) io.stderr(`cache: ${cache.hits} reused, ${cache.misses} checked\n`);
  await appendJobSummary(report, outputs, io);
  if (interruption.requested)
    io.stderr(`disclint: interrupted; ${report.summary.files} file(s) checked, the report is incomplete\n`);
  const tooManyWarnings = options.maxWarnings !== undefined && report.summary.warnings > options.maxWarnings;
  if (tooManyWarnings && report.summary.fileErrors === 0 && !interruption.requested) {
    const count = report.summary.warnings;
    io.stderr(
      `disclint: ${count} warning${count === 1 ? "" : "s"}, more than --max-warnings ${options.maxWarnings} allows\n`,
    );
  }
  return interruption.exitCode() ?? exitCode(report, tally.failing, options);
}

function fileOptionsFor(
  options: CheckCommandOptions,
  checklist: boolean,
  stats: RunStats | undefined,
  io: CommandIo,
  baseline: LoadedBaseline | undefined,
): FileCheckOptions {
  return {
    cwd: io.cwd,
    today: io.today,
    profile: options.profile,
    facts: options.facts,
    checklist,
    ...(options.maxInputBytes !== undefined && { maxInputBytes: options.maxInputBytes }),
    ...(stats && { stats }),
    ...(options.encoding && { encoding: options.encoding }),
    ...(options.pack && { pack: options.pack }),
    ...(baseline && { baseline: { data: baseline.data, dir: baseline.dir } }),
  };
}

function onlyErrors(file: FileResult): FileResult {
  return { ...file, findings: file.findings.filter((finding) => finding.severity === "error") };
}

function exitCode(report: CheckReport, failing: boolean, options: CheckCommandOptions): number {
  if (report.summary.fileErrors > 0) return EXIT.usage;
  if (failing) return EXIT.findings;
  if (options.maxWarnings !== undefined && report.summary.warnings > options.maxWarnings)
    return EXIT.findings;
  return EXIT.ok;
}

/** A cache that cannot be written costs the next run time, not this run its report. */
async function saveCache(cache: ResultCache, io: CommandIo): Promise<void> {
  try {
    await cache.save();
  } catch (error) {
    io.stderr(
      `disclint: cannot write the cache ${relative(io.cwd, cache.path)} (${describeFsError(error)})\n`,
    );
  }
}

/** Under GitHub Actions the github format also appends a Markdown job summary. */
async function appendJobSummary(
  report: CheckReport,
  outputs: readonly { format: string }[],
  io: CommandIo,
): Promise<void> {
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (!summaryFile || !outputs.some((output) => output.format === "github")) return;
  try {
    await appendFile(summaryFile, renderJobSummary(report, io.cwd));
  } catch (error) {
    io.stderr(`disclint: cannot append the job summary to ${summaryFile} (${describeFsError(error)})\n`);
  }
}
