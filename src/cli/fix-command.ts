/**
 * `--fix-dry-run` and `--fix` for one checked file: plan the edits its findings suggest, then
 * either show them as a unified diff or write them (atomically, byte-preserving) and check
 * the file again, so the report shows what remains. check-command.ts calls `fixCheckedFile`
 * once per file after checking it.
 */
import { readFile } from "node:fs/promises";
import type { Document } from "../document/types.js";
import type { FileResult } from "../engine/types.js";
import { type FilePlan, planFileFix } from "../fix/plan-file-fix.js";
import { unifiedDiff } from "../fix/unified-diff.js";
import { type WriteBytes, writeFilePreserving } from "../fix/write-atomic-preserving.js";

export type FixMode = "dry-run" | "write";

export interface FixTarget {
  /** Where the file is on disk. */
  path: string;
  /** How the file is named in output (the path in the diff headers). */
  displayPath: string;
  document: Document;
  result: FileResult;
}

export interface FixOutcome {
  path: string;
  status: "fixed" | "would-fix" | "nothing-to-fix" | "suggestions-only" | "failed";
  /** The unified diff of the change (dry run and write alike); "" when nothing changes. */
  diff: string;
  applied: number;
  skipped: { ruleId: string; reason: string }[];
  /** One line for standard error, when there is something to say. */
  note?: string;
  /** After a write: the file checked again. */
  result?: FileResult;
}

export interface FixDependencies {
  /** Checks the new bytes again (the same checkFile the command used). */
  recheck: (bytes: Uint8Array) => Promise<FileResult>;
  /** Replaced in tests to simulate a failing disk. */
  writeBytes?: WriteBytes;
}

export async function fixCheckedFile(
  target: FixTarget,
  mode: FixMode,
  dependencies: FixDependencies,
): Promise<FixOutcome> {
  const base = { path: target.displayPath, diff: "", applied: 0, skipped: [] };
  if (target.result.errors.length > 0) return { ...base, status: "nothing-to-fix" };
  const bytes = await readFile(target.path);
  const plan: FilePlan = planFileFix(target.document, target.result.findings, bytes);
  if (plan.status === "suggestions-only") {
    return {
      ...base,
      status: "suggestions-only",
      ...(plan.suggestions > 0 && {
        note: `${target.displayPath}: ${plan.suggestions} suggestion(s) only: ${plan.reason}`,
      }),
    };
  }
  if (plan.status === "nothing") return { ...base, status: "nothing-to-fix", skipped: plan.skipped };
  const diff = unifiedDiff(target.displayPath, plan.before, plan.after);
  const planned = { ...base, diff, applied: plan.applied, skipped: plan.skipped };
  if (mode === "dry-run") return { ...planned, status: "would-fix" };
  try {
    await writeFilePreserving(target.path, plan.bytes, dependencies.writeBytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ...planned,
      status: "failed",
      note: `${target.displayPath}: not fixed (${reason}); the file is unchanged`,
    };
  }
  const result = await dependencies.recheck(plan.bytes);
  return {
    ...planned,
    status: "fixed",
    result,
    note: `${target.displayPath}: applied ${plan.applied} fix(es)${plan.skipped.length > 0 ? `, ${plan.skipped.length} left for another run` : ""}`,
  };
}
