/** Copies an example issuer's config into a temporary folder and checks drafts written there. */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type FixMode, type FixOutcome, fixCheckedFile } from "../../src/cli/fix-command.js";
import type { WriteBytes } from "../../src/fix/write-atomic-preserving.js";
import { lintAt } from "../engine/lint.js";

export const EXAMPLES = join(import.meta.dirname, "../../examples");
export const DEFECTIVE = readFileSync(join(EXAMPLES, "silverpine-bay/defective-en.txt"), "utf8");

export function workspace(issuer: "silverpine-bay" | "lumen-harbour"): string {
  const dir = mkdtempSync(join(tmpdir(), "disclint-fix-"));
  copyFileSync(join(EXAMPLES, issuer, ".disclint.yaml"), join(dir, ".disclint.yaml"));
  return dir;
}

export async function checkAt(path: string, bytes: Uint8Array) {
  return lintAt(path, bytes);
}

export async function fixAt(
  dir: string,
  name: string,
  content: string | Uint8Array,
  mode: FixMode,
  writeBytes?: WriteBytes,
): Promise<FixOutcome> {
  const path = join(dir, name);
  writeFileSync(path, content);
  const checked = await checkAt(path, readFileSync(path));
  if (!checked.document) throw new Error(`not checked: ${JSON.stringify(checked.result.errors)}`);
  return fixCheckedFile(
    { path, displayPath: name, document: checked.document, result: checked.result },
    mode,
    { recheck: async (bytes) => (await checkAt(path, bytes)).result, ...(writeBytes && { writeBytes }) },
  );
}

/** Rule ids of the unsuppressed findings, sorted. */
export const ruleIds = (findings: readonly { ruleId: string; suppressed?: unknown }[]): string[] =>
  findings
    .filter((finding) => !finding.suppressed)
    .map((finding) => finding.ruleId)
    .sort();
