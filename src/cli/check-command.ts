/**
 * `disclint check`: collect the inputs, find each one's config, read it, check it, report.
 * Per-file problems (unreadable, bad encoding) become file errors and the other files are
 * still checked; the exit code says whether anything at or above --fail-on was found.
 */
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { InputError } from "../document/input-error.js";
import { checkDocument } from "../engine/check-document.js";
import { summarise } from "../engine/summarise.js";
import type { CheckReport, FileResult } from "../engine/types.js";
import { extractFacts } from "../facts/extract-facts.js";
import { type ProfileSettings, resolveProfile } from "../profile/resolve-profile.js";
import { REPORTERS } from "../report/reporters.js";
import type { Severity } from "../rules/types.js";
import { collectFiles } from "./collect-files.js";
import {
  assertKnownRuleIds,
  type ConfigForFile,
  configForDirectory,
  loadExplicitConfig,
} from "./config-lookup.js";
import { isIgnored } from "./ignore.js";
import { packageVersion } from "./package-root.js";
import { readInput } from "./read-input.js";
import { loadRuleSet, resolvePackFiles } from "./rule-sets.js";
import { EXIT, UsageError } from "./usage-error.js";
import { writeFileAtomic } from "./write-output.js";

export interface CheckCommandOptions {
  format: string;
  output?: string;
  failOn: Severity;
  maxWarnings?: number;
  config?: string;
  quiet: boolean;
  color: boolean;
  stdin: boolean;
  stdinFilename?: string;
  encoding?: string;
  pack?: string[];
  profile: ProfileSettings;
}

export interface CommandIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Uint8Array>;
  today: string;
}

export async function runCheckCommand(
  paths: readonly string[],
  options: CheckCommandOptions,
  io: CommandIo,
): Promise<number> {
  const reporter = REPORTERS.get(options.format);
  if (!reporter)
    throw new UsageError(
      `unknown format "${options.format}" (choose one of ${[...REPORTERS.keys()].join(", ")})`,
    );
  const explicitConfig = options.config ? loadExplicitConfig(resolve(io.cwd, options.config)) : undefined;
  const useStdin = options.stdin || paths.includes("-");
  const filePaths = paths.filter((path) => path !== "-");
  if (!useStdin && filePaths.length === 0)
    throw new UsageError("no input: name files, directories or globs, or use --stdin");

  const results: FileResult[] = [];
  if (useStdin) {
    const name = options.stdinFilename ?? "-";
    const bytes = await io.readStdin();
    const baseDir = options.stdinFilename ? dirname(resolve(io.cwd, options.stdinFilename)) : io.cwd;
    results.push(await checkOne(name, bytes, explicitConfig ?? configForDirectory(baseDir), options, io));
  }
  if (filePaths.length > 0) {
    const collected = await collectFiles(filePaths, io.cwd);
    for (const arg of collected.unmatched) {
      results.push(errorResult(arg, "no-match", `${arg}: no file matches this path or pattern`));
    }
    for (const file of collected.files) {
      const config = explicitConfig ?? configForDirectory(dirname(file));
      if (!collected.explicit.has(file) && isIgnored(file, config)) continue;
      let bytes: Uint8Array;
      try {
        bytes = await readFile(file);
      } catch (error) {
        results.push(errorResult(file, "unreadable", `${file}: cannot be read (${describeFsError(error)})`));
        continue;
      }
      results.push(await checkOne(file, bytes, config, options, io));
    }
  }

  const report: CheckReport = {
    tool: { name: "disclint", version: packageVersion() },
    files: options.quiet ? results.map(onlyErrors) : results,
    summary: summarise(results),
  };
  const rendered = reporter.render(report, { color: options.color && !options.output, cwd: io.cwd });
  if (options.output) {
    try {
      await writeFileAtomic(resolve(io.cwd, options.output), rendered);
    } catch (error) {
      throw new UsageError(`cannot write the report to ${options.output} (${describeFsError(error)})`);
    }
  } else io.stdout(rendered);
  return exitCode(report, options);
}

async function checkOne(
  path: string,
  bytes: Uint8Array,
  config: ConfigForFile | undefined,
  options: CheckCommandOptions,
  io: CommandIo,
): Promise<FileResult> {
  const settings = config?.config;
  const ruleSet = loadRuleSet(
    resolvePackFiles([...(settings?.packs ?? []), ...(options.pack ?? [])], config?.dir ?? io.cwd),
  );
  if (config)
    assertKnownRuleIds(
      config,
      ruleSet.rules.map((compiled) => compiled.rule.id),
    );
  let document;
  try {
    document = await readInput(path, bytes, { ...(options.encoding && { encoding: options.encoding }) });
  } catch (error) {
    if (error instanceof InputError) return errorResult(path, error.code, error.message);
    throw error;
  }
  const date = extractFacts(document).documentDate?.iso;
  const profile = resolveProfile({
    document,
    today: io.today,
    cli: options.profile,
    ...(settings && {
      config: {
        ...(settings.issuer && { issuer: settings.issuer }),
        ...(settings.asOf && { asOf: settings.asOf }),
        ...(settings.documentKind && { documentKind: settings.documentKind }),
      },
    }),
    ...(date && { documentDate: date }),
  });
  const result = checkDocument(document, ruleSet.rules, profile, {
    ...(settings?.rules && { ruleSettings: settings.rules }),
  });
  result.checkedText = document.original;
  return result;
}

function errorResult(path: string, code: string, message: string): FileResult {
  // The path is shown beside the message in every format, so the message need not repeat it.
  const withoutPath = message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
  return { path, profile: {}, findings: [], errors: [{ code, message: withoutPath }] };
}

function onlyErrors(file: FileResult): FileResult {
  return { ...file, findings: file.findings.filter((finding) => finding.severity === "error") };
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function exitCode(report: CheckReport, options: CheckCommandOptions): number {
  if (report.summary.fileErrors > 0) return EXIT.usage;
  const threshold = RANK[options.failOn];
  const failing = report.files.some((file) =>
    file.findings.some((finding) => !finding.suppressed && RANK[finding.severity] <= threshold),
  );
  if (failing) return EXIT.findings;
  if (options.maxWarnings !== undefined && report.summary.warnings > options.maxWarnings)
    return EXIT.findings;
  return EXIT.ok;
}

function describeFsError(error: unknown): string {
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
