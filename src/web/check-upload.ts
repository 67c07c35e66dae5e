/**
 * An upload checked through the kernel (src/engine/lint-file.ts), like `disclint check` with the
 * bundled rule packs: the draft alone, or with its other language version as a pair. Bytes come
 * from memory and the report goes back to memory; nothing here reads or writes a file of the
 * user's.
 */
import { packageVersion } from "../bundled/package-root.js";
import { bundledReferenceData } from "../bundled/reference-data.js";
import { SUPPORTED_EXTENSIONS } from "../document/read-input.js";
import { formatBytes } from "../document/reader-limits.js";
import { type LintSettings, lintFile, lintPair } from "../engine/lint-file.js";
import { summarise } from "../engine/summarise.js";
import type { CheckReport, FileResult } from "../engine/types.js";
import { summariseRules } from "../report/sign-off.js";
import { loadRuleSet, resolvePackFiles } from "../rules/rule-sets.js";
import { contentMismatch } from "./content-sniff.js";
import { extensionOf } from "./file-names.js";
import type { Upload, UploadedFile } from "./upload-form.js";

export interface CheckLimits {
  /** Largest file accepted, in bytes (the CLI's --max-size). */
  maxInputBytes: number;
  /** The date to judge by when neither the form nor the draft gives one (YYYY-MM-DD). */
  today: string;
}

/** Why a file cannot be checked at all, with the HTTP status that says so. */
export interface Refusal {
  status: 413 | 415 | 422;
  message: string;
}

/** The first file of the upload that cannot be checked: empty, too large, of a kind not read, misnamed. */
export function refusalOf(upload: Upload, limits: CheckLimits): Refusal | undefined {
  for (const file of [upload.draft, upload.other]) {
    if (!file) continue;
    // An empty file has nothing to check; linted, it would fail every required statement.
    if (file.bytes.length === 0)
      return { status: 422, message: `${file.name} is empty: there is nothing in it to check.` };
    if (file.bytes.length > limits.maxInputBytes)
      return {
        status: 413,
        message: `${file.name} is ${formatBytes(file.bytes.length)}, over the ${formatBytes(limits.maxInputBytes)} limit of this server (disclint serve --max-size).`,
      };
    const extension = extensionOf(file.name);
    if (!SUPPORTED_EXTENSIONS.includes(extension) || extension === "")
      return {
        status: 415,
        message: `${file.name} is not a kind of file disclint reads: choose a .docx, .pdf, .txt, .html or .md draft.`,
      };
    const mismatch = contentMismatch(file.name, file.bytes);
    if (mismatch) return { status: 415, message: mismatch };
  }
  return undefined;
}

/** The report `disclint check` would give for these files, with the checklist and the text. */
export async function checkUpload(upload: Upload, limits: CheckLimits): Promise<CheckReport> {
  const ruleSet = loadRuleSet(resolvePackFiles(undefined, "."));
  const settings: LintSettings = {
    rules: ruleSet.rules,
    stated: upload.stated,
    today: limits.today,
    read: { maxInputBytes: limits.maxInputBytes },
    include: { checklist: true, text: true },
  };
  const data = bundledReferenceData();
  const input = (file: UploadedFile) => ({ path: file.name, content: file.bytes });
  const results: FileResult[] = upload.other
    ? (
        await lintPair(
          { input: input(upload.draft), settings },
          { input: input(upload.other), settings },
          data,
        )
      ).map((linted) => linted.result)
    : [(await lintFile(input(upload.draft), settings, data)).result];
  return {
    tool: { name: "disclint", version: packageVersion() },
    files: results,
    summary: summarise(results),
    rules: summariseRules(ruleSet.packs),
  };
}
