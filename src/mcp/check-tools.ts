/**
 * `check_text` and `check_file`: a draft handed to the kernel (src/engine/lint-file.ts) with the
 * rules and config that govern it and the issuer settings the caller states, which win over the
 * config as the command line's do. A text has no folder of its own, so it is governed like an
 * editor's unsaved buffer: as a file of its name in the server's first folder.
 */
import { basename, extname, join } from "node:path";
import { bundledReferenceData } from "../bundled/reference-data.js";
import type { ProfileSettings } from "../domain/issuer.js";
import { UsageError } from "../domain/usage-error.js";
import { type LintInput, type LintSettings, lintFile, lintPair } from "../engine/lint-file.js";
import type { FileResult } from "../engine/types.js";
import { type AllowedFile, type AllowedRoot, readAllowedFile } from "./allowed-files.js";
import { documentContent, summaryText } from "./finding-content.js";
import { governingRules } from "./governing-rules.js";
import type { CheckFileInput, CheckTextInput, IssuerSettingsInput } from "./input-schemas.js";
import type { CheckOutput } from "./output-schemas.js";
import type { ToolAnswer } from "./tool-result.js";

export interface CheckContext {
  roots: readonly AllowedRoot[];
  today: () => string;
}

const TEXT_EXTENSIONS: Readonly<Record<string, string>> = {
  ".txt": "text",
  ".text": "text",
  "": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
};
const EXTENSION_OF_FORMAT: Readonly<Record<string, string>> = {
  text: ".txt",
  markdown: ".md",
  html: ".html",
};

/** One draft to check: what the kernel reads, where its config is looked for, and its name in the results. */
interface Draft {
  input: LintInput;
  configPath: string;
  displayPath: string;
}

export async function checkText(args: CheckTextInput, context: CheckContext): Promise<ToolAnswer> {
  if (args.text.trim() === "") throw new UsageError("the text is empty: pass the whole draft announcement");
  const name = draftName(args.fileName ?? "draft", args.format);
  const root = context.roots[0]?.given ?? ".";
  const draft = {
    input: { path: name, content: args.text },
    configPath: join(root, name),
    displayPath: name,
  };
  const pair =
    args.pairText === undefined
      ? undefined
      : {
          input: { path: `pair-${name}`, content: args.pairText },
          configPath: join(root, name),
          displayPath: `pair-${name}`,
        };
  return check(draft, pair, args, context);
}

export async function checkFile(args: CheckFileInput, context: CheckContext): Promise<ToolAnswer> {
  const draft = await allowedDraft(args.path, context);
  if (args.pairPath === undefined) return check(draft, undefined, args, context);
  return check(draft, await allowedDraft(args.pairPath, context), args, context);
}

/** A file inside the roots, read and refused when empty, as the kernel takes it. */
async function allowedDraft(path: string, context: CheckContext) {
  const file = await readAllowedFile(path, context.roots);
  refuseEmpty(file);
  return {
    input: { path: file.path, content: file.bytes },
    configPath: file.path,
    displayPath: file.displayPath,
  };
}

/** An empty file is no draft: checked, it would only list every statement as missing. */
function refuseEmpty(file: AllowedFile): void {
  if (file.bytes.length === 0)
    throw new UsageError(`${file.displayPath}: the file is empty; save the draft before checking it`);
}

/** The name the text is read under: its extension picks the reader, so it must be a text format. */
function draftName(fileName: string, format: string | undefined): string {
  const name = basename(fileName);
  const extension = extname(name).toLowerCase();
  if (format !== undefined) {
    const wanted = EXTENSION_OF_FORMAT[format] ?? ".txt";
    return TEXT_EXTENSIONS[extension] === format
      ? name
      : `${name.slice(0, name.length - extension.length)}${wanted}`;
  }
  if (extension === ".docx" || extension === ".pdf")
    throw new UsageError(
      `${name}: check_text reads text, Markdown or HTML; give a Word or PDF draft's path to check_file`,
    );
  if (TEXT_EXTENSIONS[extension] === undefined)
    throw new UsageError(`${name}: say how to read the text with "format" (text, markdown or html)`);
  return extension === "" ? `${name}.txt` : name;
}

async function check(
  draft: Draft,
  pair: Draft | undefined,
  args: IssuerSettingsInput,
  context: CheckContext,
): Promise<ToolAnswer> {
  const stated = statedSettings(args);
  const settingsOf = (which: Draft): LintSettings => {
    const { config, ruleSet } = governingRules(which.configPath);
    return {
      rules: ruleSet.rules,
      config: config.config,
      stated,
      today: context.today(),
      include: { text: true },
    };
  };
  const data = bundledReferenceData();
  if (!pair) {
    const { result } = await lintFile(draft.input, settingsOf(draft), data);
    return answerFor(checkedContent(result, draft.displayPath));
  }
  const [first, second] = await lintPair(
    { input: draft.input, settings: settingsOf(draft) },
    { input: pair.input, settings: settingsOf(pair) },
    data,
  );
  return answerFor({
    ...checkedContent(first.result, draft.displayPath),
    pair: checkedContent(second.result, pair.displayPath),
  });
}

/** A draft the readers could not take (not UTF-8, a scanned PDF, …) is the caller's to fix. */
function checkedContent(result: FileResult, displayPath: string): CheckOutput {
  const error = result.errors[0];
  if (error) throw new UsageError(`${displayPath}: ${error.message.replace(`${result.path}: `, "")}`);
  return documentContent(result, displayPath);
}

function answerFor(content: CheckOutput): ToolAnswer {
  return { summary: summaryText(content), content };
}

function statedSettings(args: IssuerSettingsInput): ProfileSettings {
  const issuer = {
    ...(args.stockCode !== undefined && { stockCode: args.stockCode }),
    ...(args.issuerName !== undefined && { name: args.issuerName }),
    ...(args.shortName !== undefined && { shortName: args.shortName }),
    ...(args.board !== undefined && { board: args.board }),
    ...(args.regimes !== undefined && { regimes: args.regimes }),
  };
  return {
    issuer,
    ...(args.asOf !== undefined && { asOf: args.asOf }),
    ...(args.documentKind !== undefined && { documentKind: args.documentKind }),
  };
}
