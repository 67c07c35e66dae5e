/**
 * `--annotate reviewed.docx`: after the check, a copy of the single .docx input with each finding
 * as a Word review comment. The input is never written: the copy goes to another path, atomically.
 */
import { readFile, realpath, stat } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { InputError } from "../document/input-error.js";
import { UsageError } from "../domain/usage-error.js";
import type { FileResult } from "../engine/types.js";
import { sha256 } from "../report/sign-off.js";
import { describeFsError } from "./check-input.js";
import { writeFileAtomic } from "./write-output.js";

/** Refuses, before anything is checked, an --annotate that could not be carried out. */
export async function checkAnnotateRequest(
  output: string,
  paths: readonly string[],
  useStdin: boolean,
  cwd: string,
): Promise<void> {
  const [input, ...others] = paths;
  if (useStdin || input === undefined || others.length > 0)
    throw new UsageError("--annotate writes a reviewed copy of one Word draft: name exactly one .docx file");
  if (extname(input).toLowerCase() !== ".docx")
    throw new UsageError(`--annotate needs a .docx draft; ${input} is not one`);
  const found = await stat(resolve(cwd, input)).catch(() => undefined);
  if (found ? !found.isFile() : /[*?[\]{}]/.test(input))
    throw new UsageError("--annotate needs the .docx file itself, not a folder or a pattern");
  if (extname(output).toLowerCase() !== ".docx")
    throw new UsageError(`--annotate writes a .docx file: give the copy a .docx name (not ${output})`);
  if (await sameFile(resolve(cwd, input), resolve(cwd, output)))
    throw new UsageError("--annotate must write to another file than the draft, which is never changed");
}

/** Writes the annotated copy; says on standard error what was written and what could not be placed. */
export async function writeAnnotatedCopy(
  output: string,
  input: string,
  result: FileResult | undefined,
  digest: string | undefined,
  io: { cwd: string; stderr: (text: string) => void },
): Promise<void> {
  if (!result || result.errors.length > 0) {
    io.stderr(`disclint: no annotated copy written: ${input} could not be checked\n`);
    return;
  }
  const path = resolve(io.cwd, input);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new UsageError(`cannot read ${input} again to annotate it (${describeFsError(error)})`);
  }
  if (digest !== undefined && sha256(bytes) !== digest)
    throw new UsageError(`${input} changed while it was being checked: run the check again`);
  const { annotateDocx } = await import("../annotate/annotate-docx.js");
  const findings = result.findings.filter((finding) => !finding.suppressed);
  let annotated: Awaited<ReturnType<typeof annotateDocx>>;
  try {
    annotated = await annotateDocx(input, bytes, findings);
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(`cannot annotate ${error.message}`);
    throw error;
  }
  try {
    await writeFileAtomic(resolve(io.cwd, output), annotated.bytes);
  } catch (error) {
    throw new UsageError(`cannot write the annotated copy to ${output} (${describeFsError(error)})`);
  }
  const count = (kind: string) => annotated.placements.filter((placement) => placement.kind === kind).length;
  const comments = findings.length - count("unplaced");
  const notes = [
    count("paragraph") > 0 && `${count("paragraph")} on whole paragraphs`,
    count("note") > 0 && `${count("note")} on footnote marks`,
    count("widened") > 0 && `${count("widened")} widened to content controls`,
    count("unplaced") > 0 && `${count("unplaced")} could not be placed (see the report)`,
  ].filter(Boolean);
  io.stderr(
    `disclint: wrote ${output} with ${comments} comment${comments === 1 ? "" : "s"}${notes.length > 0 ? ` (${notes.join("; ")})` : ""}\n`,
  );
}

/** Same path, or the same file reached another way (a link, another spelling). */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (a === b) return true;
  const [first, second] = await Promise.all([identity(a), identity(b)]);
  return first !== undefined && first === second;
}

async function identity(path: string): Promise<string | undefined> {
  try {
    const info = await stat(await realpath(path));
    return `${info.dev}:${info.ino}`;
  } catch {
    return undefined;
  }
}
