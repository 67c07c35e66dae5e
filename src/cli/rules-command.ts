/**
 * `disclint rules …`: list what is checked, explain one rule, run every rule's examples,
 * validate a pack file. Validation problems print as file:line:col with a code frame.
 */
import { join, resolve } from "node:path";
import type { Command } from "commander";
import { packageRoot } from "../bundled/package-root.js";
import { bundledReferenceData } from "../bundled/reference-data.js";
import { CHECK_KINDS } from "../checks/registry.js";
import { formatDiagnostic, hasErrors } from "../diagnostics/diagnostics.js";
import { UsageError } from "../domain/usage-error.js";
import { runExamples } from "../engine/run-examples.js";
import { aliasHint } from "../facts/rule-aliases.js";
import { type NativeSource, nativeCandidate } from "../patterns/native-patterns.js";
import { exportShapes } from "../patterns/pattern-shapes.js";
import { compileRules } from "../rules/compile-rules.js";
import { loadPacks } from "../rules/load-pack.js";
import { buildPrecompiled } from "../rules/precompiled-packs.js";
import { bundledPackFiles, loadRuleSet, resolvePackFiles } from "../rules/rule-sets.js";
import type { Pack, Rule } from "../rules/types.js";
import type { CommandIo } from "./check-command.js";
import { EXIT } from "./exit-codes.js";
import { closestRuleId, explainRule } from "./explain-rule.js";
import { renderKindList } from "./kind-list.js";
import { renderRuleList } from "./rule-list.js";
import { writeFileAtomic } from "./write-output.js";

export function registerRulesCommands(
  program: Command,
  io: CommandIo,
  setExitCode: (code: number) => void,
): void {
  const rules = program.command("rules").description("list, explain, test and validate rules");

  rules
    .command("list")
    .description("list the rules of the bundled packs (or of --pack files)")
    .option("--pack <file...>", "list these packs instead")
    .option("--format <format>", "text, json or markdown", "text")
    .action((flags: { pack?: string[]; format: string }) => {
      const { packs } = loadRuleSet(resolvePackFiles(flags.pack, io.cwd));
      io.stdout(renderRuleList(packs, flags.format));
    });

  rules
    .command("kinds")
    .description("list the check kinds a rule can use, with their options")
    .option("--format <format>", "text or markdown", "text")
    .action((flags: { format: string }) => {
      io.stdout(renderKindList(CHECK_KINDS.values(), flags.format));
    });

  rules
    .command("explain")
    .description("show a rule's citation, purpose and examples")
    .argument("<id>", "rule id, e.g. hkex/disclaimer")
    .option("--pack <file...>", "look in these packs too")
    .option("--notes", "also show the notes for rule authors (what was not verified, how it is tuned)")
    .action((id: string, flags: { pack?: string[]; notes?: boolean }) => {
      const { packs } = loadRuleSet(resolvePackFiles(flags.pack, io.cwd));
      const allRules = packs.flatMap((pack) => pack.rules);
      const rule = allRules.find((candidate) => candidate.id === id);
      if (!rule) {
        // "Appendix 14" and other renumbered provisions: say what they are called now.
        const hint = aliasHint(id, bundledReferenceData().ruleAliases);
        if (hint) {
          io.stdout(`${hint}.\n`);
          return;
        }
        const closest = closestRuleId(
          id,
          allRules.map((candidate) => candidate.id),
        );
        const guess = closest ? `; did you mean \`${closest}\`?` : " (see `disclint rules list`)";
        throw new UsageError(`no rule "${id}"${guess}`);
      }
      io.stdout(explainRule(rule, { notes: flags.notes }));
    });

  rules
    .command("test")
    .description("run every rule's valid and invalid examples")
    .argument("[packs...]", "pack files or bundled pack names (default: all bundled packs)")
    .action((specs: string[]) => {
      const { packs } = loadRuleSet(resolvePackFiles(specs, io.cwd));
      const outcomes = runExamples(compileRules(packs, CHECK_KINDS), io.today, bundledReferenceData());
      const failed = outcomes.filter((outcome) => !outcome.passed);
      for (const outcome of failed) {
        io.stdout(
          `✖ ${outcome.ruleId} ${outcome.expectation} example #${outcome.index + 1}: ${outcome.reason}\n`,
        );
      }
      const rulesWithoutExamples = packs.flatMap((pack) => pack.rules).filter(lacksExamples);
      for (const rule of rulesWithoutExamples)
        io.stdout(`✖ ${rule.id}: needs at least one valid and one invalid example\n`);
      io.stdout(
        `${outcomes.length - failed.length} passed, ${failed.length + rulesWithoutExamples.length} failed\n`,
      );
      setExitCode(failed.length + rulesWithoutExamples.length > 0 ? EXIT.findings : EXIT.ok);
    });

  // Used by the build (scripts/build.mjs) to save the validated bundled packs.
  program
    .command("__precompile-packs", { hidden: true })
    .argument("<out>")
    .action(async (out: string) => {
      const loaded = loadPacks(bundledPackFiles(), CHECK_KINDS);
      if (hasErrors(loaded.problems)) {
        const details = loaded.problems.map((problem) =>
          formatDiagnostic(problem, loaded.texts.get(problem.file)),
        );
        throw new UsageError("the bundled rule packs have problems", details);
      }
      const rulesDir = join(packageRoot(), "rules");
      const shapes = shapesOf(loaded.packs);
      await writeFileAtomic(
        resolve(io.cwd, out),
        `${JSON.stringify(buildPrecompiled(loaded.packs, rulesDir, shapes, nativeCandidatesOf(shapes)))}\n`,
      );
    });

  rules
    .command("validate")
    .description("validate rule pack files; problems print as file:line:col")
    .argument("<files...>", "YAML rule packs")
    .action((files: string[]) => {
      const loaded = loadPacks(
        files.map((file) => resolve(io.cwd, file)),
        CHECK_KINDS,
      );
      for (const problem of loaded.problems)
        io.stderr(`${formatDiagnostic(problem, loaded.texts.get(problem.file))}\n`);
      const ruleCount = loaded.packs.reduce((sum, pack: Pack) => sum + pack.rules.length, 0);
      if (hasErrors(loaded.problems)) {
        const count = loaded.problems.filter((problem) => problem.severity === "error").length;
        io.stderr(
          `✖ ${count} problem${count === 1 ? "" : "s"} in ${files.length} file${files.length === 1 ? "" : "s"}\n`,
        );
        setExitCode(EXIT.usage);
      } else {
        io.stdout(`✔ ${files.length} pack file${files.length === 1 ? "" : "s"} valid (${ruleCount} rules)\n`);
      }
    });
}

function lacksExamples(rule: Rule): boolean {
  return rule.examples.valid.length === 0 || rule.examples.invalid.length === 0;
}

/** The patterns the build's prover (scripts/prove-patterns.mjs) may prove linear. */
function nativeCandidatesOf(shapes: Record<string, unknown>): Record<string, NativeSource> {
  const candidates: Record<string, NativeSource> = {};
  for (const source of Object.keys(shapes)) {
    const native = nativeCandidate(source);
    if (native) candidates[source] = native;
  }
  return candidates;
}

/** Compiling the packs analyses every pattern they hold; the build saves those shapes. */
function shapesOf(packs: readonly Pack[]): Record<string, unknown> {
  compileRules(packs, CHECK_KINDS);
  return exportShapes();
}
