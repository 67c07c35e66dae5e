import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { packageVersion } from "../bundled/package-root.js";
import type { Regime } from "../domain/issuer.js";
import type { Severity } from "../domain/severity.js";
import { UsageError } from "../domain/usage-error.js";
import { REPORTERS } from "../report/reporters.js";
import { type CommandIo, runCheckCommand } from "./check-command.js";
import { misspeltCommand, parseDate } from "./command-line-checks.js";
import { registerDaemonCommand } from "./daemon-command.js";
import { EXIT } from "./exit-codes.js";
import { registerLspCommand } from "./lsp-command.js";
import { registerMcpCommand } from "./mcp-command.js";
import {
  parseCount,
  parseJobs,
  parseMegabytes,
  parseRegimes,
  parseSeverity,
  parseShardOption,
  parseStockCode,
  parseTimeout,
} from "./option-parsers.js";
import { OutputList } from "./output-list.js";
import { DEFAULT_CACHE_FILE } from "./result-cache.js";
import { registerRulesCommands } from "./rules-command.js";
import { registerServeCommand } from "./serve-command.js";
import type { Shard } from "./shard.js";

const EXAMPLES = `
Examples:
  $ disclint check draft.txt                      check one draft (stylish output)
  $ disclint check drafts/ --format compact       a directory, one finding per line
  $ disclint check "drafts/**/*.md" --fail-on warning
  $ cat draft.txt | disclint check --stdin --stdin-filename draft.txt --format json
  $ disclint check draft.txt --regime 18A --stock-code 9876 --as-of 2026-03-18
  $ disclint check a.docx --annotate b.docx      b.docx: a copy with the findings as comments
  $ disclint check draft.txt --daemon             the same, from a resident process (fast repeat calls)
  $ disclint serve --open                         a page in the browser: drop a draft, see its findings
  $ disclint mcp --root drafts                    an MCP server for AI drafting assistants
  $ disclint rules list                           what is checked, with citations
  $ disclint rules explain hkex/disclaimer        why a rule exists, with examples

Exit codes: 0 no finding at or above --fail-on (and no more warnings than --max-warnings),
            1 findings at or above it, or too many warnings (the reason is printed),
            2 a usage, config, rule-pack or input error (some input was not checked),
            130 / 143 interrupted by Ctrl-C / SIGTERM (the report covers the files checked).
            Without arguments disclint prints this help and exits 2: nothing was checked.
Config: .disclint.yaml, found upward from each checked file (or --config).`;

export function buildProgram(io: CommandIo, setExitCode: (code: number) => void): Command {
  const outputs = new OutputList();
  const program = new Command("disclint")
    .description(
      "Compliance linter for HKEX announcements and other regulatory disclosures (English and Chinese).",
    )
    .version(packageVersion(), "-v, --version")
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();

  program
    .command("check", { isDefault: true })
    .description("check drafts and report what is missing, deviating or inconsistent")
    .argument("[paths...]", "files, directories or globs; - reads standard input")
    .option(
      "-f, --format <format>",
      `output format: ${[...REPORTERS.keys()].join(", ")} (default stylish); repeat it for several, each with its own --output or as format:file`,
      (value: string) => outputs.add(value),
    )
    .option(
      "-o, --output <file>",
      "write the preceding --format's report to this file, atomically",
      (value: string) => outputs.direct(value),
    )
    .option(
      "--fail-on <severity>",
      "lowest severity that makes the exit code 1",
      parseSeverity,
      "error" as Severity,
    )
    .option("--max-warnings <n>", "exit 1 when there are more warnings than this", parseCount)
    .option(
      "--as-of <date>",
      "judge by the rules in force on this date (YYYY-MM-DD); default: the document's date",
      parseDate,
    )
    .option("-c, --config <file>", "use this config file instead of looking for .disclint.yaml")
    .option("--pack <file...>", "add a rule pack (a YAML file or a bundled pack name)")
    .option("--quiet", "report errors only", false)
    .option("--no-color", "never colour the output")
    .option("--stdin", "read the draft from standard input", false)
    .option("--stdin-filename <name>", "the name (and type, by extension) to give standard input")
    .option(
      "--encoding <name>",
      "text encoding of .txt/.md/.html inputs (e.g. big5, gb18030); default: detected",
    )
    .option(
      "--stock-code <code>",
      "the issuer's stock code (default: the one on the cover), looked up in the bundled issuer registry",
      parseStockCode,
    )
    .option("--issuer-name <name>", "the issuer's name")
    .option(
      "--short-name <name>",
      "the stock short name (its -B/-W/-S/-P marker sets the regimes when the registry has no line for the code)",
    )
    .addOption(new Option("--board <board>", "the issuer's board").choices(["main", "gem"]))
    .option(
      "--regime <regimes>",
      "the issuer's regimes among 18A, 18C, 8A, 19A, 19C (comma-separated; repeatable)",
      parseRegimes,
    )
    .option("--no-regime", "the issuer is under none of the special regimes")
    .option("--pair <file>", "the other language version of the single input: compare the facts both state")
    .option("--facts", "include the facts extracted from each document in the JSON report", false)
    .option("--max-size <MB>", "refuse inputs larger than this many megabytes (default 50)", parseMegabytes)
    .option(
      "--fix",
      "apply the suggested fixes to .txt, .md and .html drafts, then report what remains (the diff of what changed goes to standard error)",
      false,
    )
    .option(
      "--fix-dry-run",
      "print the suggested fixes as a unified diff (the report goes to standard error)",
      false,
    )
    .option(
      "--annotate <file>",
      "write a copy of the single .docx draft to this file with each finding as a Word review comment",
    )
    .option("--baseline <file>", "waive the findings listed in this file (for Word and PDF drafts)")
    .option("--update-baseline", "write every current finding to the --baseline file", false)
    .option(
      "--daemon",
      "run in the resident process that stays warm between calls (started when needed; see `disclint daemon`): for editors and scripts that check often",
    )
    .option("--stats", "print the time taken by each stage and the slowest rules to standard error", false)
    .option("--kind <kind>", "the document kind (overrides detection), e.g. inside-information")
    .option(
      "-j, --jobs <n>",
      'check this many files at once in worker threads ("auto": one per CPU), with the same report as one at a time; English/Chinese pairs, and every file with --pair, --fix, --fix-dry-run or --update-baseline, are checked in the main thread (default: one worker per CPU when there are enough files to repay starting them, else 1)',
      parseJobs,
    )
    .option(
      "--shard <i/n>",
      "check only part i of n (e.g. 2/4), split by a hash of each path, pairs kept together: for CI matrices",
      parseShardOption,
    )
    .option(
      "--cache",
      "reuse the results of unchanged drafts (same content, packs, config, version and options)",
      false,
    )
    .option("--cache-location <file>", `where --cache keeps its results (default ${DEFAULT_CACHE_FILE})`)
    .option(
      "--timeout <seconds>",
      "report a file whose check takes longer as not checked (exit 2); checks run in worker threads",
      parseTimeout,
    )
    .addHelpText("after", EXAMPLES)
    .action(async (paths: string[], flags: Record<string, unknown>) => {
      const asOf = typeof flags.asOf === "string" ? flags.asOf : undefined;
      const regimes = flags.regime === false ? [] : (flags.regime as Regime[] | undefined);
      const issuer = {
        ...(flags.stockCode !== undefined && { stockCode: flags.stockCode as string }),
        ...(flags.issuerName !== undefined && { name: flags.issuerName as string }),
        ...(flags.shortName !== undefined && { shortName: flags.shortName as string }),
        ...(flags.board !== undefined && { board: flags.board as "main" | "gem" }),
        ...(regimes !== undefined && { regimes }),
      };
      const code = await runCheckCommand(
        paths,
        {
          outputs: outputs.list(),
          failOn: flags.failOn as Severity,
          ...(typeof flags.maxWarnings === "number" && { maxWarnings: flags.maxWarnings }),
          ...(typeof flags.config === "string" && { config: flags.config }),
          ...(Array.isArray(flags.pack) && { pack: flags.pack as string[] }),
          quiet: flags.quiet === true,
          facts: flags.facts === true,
          stats: flags.stats === true,
          ...(flags.fix === true && { fix: "write" as const }),
          ...(flags.fixDryRun === true && { fix: "dry-run" as const }),
          ...(typeof flags.baseline === "string" && { baseline: flags.baseline }),
          ...(typeof flags.annotate === "string" && { annotate: flags.annotate }),
          updateBaseline: flags.updateBaseline === true,
          ...(typeof flags.maxSize === "number" && { maxInputBytes: flags.maxSize }),
          ...(typeof flags.pair === "string" && { pair: flags.pair }),
          color:
            flags.color !== false &&
            (io.stdoutIsTTY ?? process.stdout.isTTY) === true &&
            !process.env.NO_COLOR,
          stdin: flags.stdin === true,
          ...(typeof flags.stdinFilename === "string" && { stdinFilename: flags.stdinFilename }),
          ...(typeof flags.encoding === "string" && { encoding: flags.encoding }),
          ...(flags.jobs !== undefined && { jobs: flags.jobs as number }),
          ...(typeof flags.timeout === "number" && { timeoutSeconds: flags.timeout }),
          ...(flags.shard !== undefined && { shard: flags.shard as Shard }),
          ...(flags.cache === true && {
            cache: typeof flags.cacheLocation === "string" ? flags.cacheLocation : DEFAULT_CACHE_FILE,
          }),
          profile: {
            issuer,
            ...(asOf && { asOf }),
            ...(typeof flags.kind === "string" && { documentKind: flags.kind }),
          },
        },
        io,
      );
      setExitCode(code);
    });

  registerRulesCommands(program, io, setExitCode);
  registerLspCommand(program, io);
  registerDaemonCommand(program, io, run, setExitCode);
  registerServeCommand(program, io, { megabytes: parseMegabytes });
  registerMcpCommand(program, io);
  program.addHelpText("after", EXAMPLES);
  return program;
}

/** Runs the program and returns the exit code; never throws for user mistakes. */
export async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  // Nothing to check is a usage error (exit 2, so an empty file list in CI never passes), and
  // what a user typing `disclint` alone needs is the help, not "no input".
  if (argv.length === 0) {
    program.outputHelp({ error: true });
    return EXIT.usage;
  }
  const misspelt = misspeltCommand(
    argv[0],
    [...program.commands.map((command) => command.name()), "help"],
    io.cwd,
  );
  if (misspelt) {
    io.stderr(`disclint: ${misspelt}\n(run disclint --help for the commands)\n`);
    return EXIT.usage;
  }
  try {
    await program.parseAsync(argv as string[], { from: "user" });
    return exitCode;
  } catch (error) {
    // Thrown by our own checks in an action (commander prints the ones it raises itself, and
    // ends with a plain CommanderError); InvalidArgumentError is a CommanderError, so first.
    if (error instanceof InvalidArgumentError) {
      io.stderr(`disclint: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.stderr(`disclint: ${error.message}\n`);
      for (const line of error.details) io.stderr(`${line}\n`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(
      `disclint: internal error: ${message}\n(please report this; set DISCLINT_DEBUG=1 for details)\n`,
    );
    if (process.env.DISCLINT_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
    return EXIT.usage;
  }
}
