/** One contract for every output format: a report in, text out. */
import type { Severity } from "../domain/severity.js";
import type { CheckReport, FileResult } from "../engine/types.js";

export interface RenderOptions {
  /** Colour only when writing to a terminal (and not disabled). */
  color: boolean;
  /** Paths are shown relative to this directory. */
  cwd: string;
  /** The lowest severity that fails the run (--fail-on), for formats with a pass/fail per test; default error. */
  failOn?: Severity;
}

export interface Reporter {
  name: string;
  /** The report must carry each file's checklist (every rule's outcome). */
  needsChecklist?: boolean;
  /** The report must carry each file's checked text (code frames, quotes, fingerprints). */
  needsText?: boolean;
  render(report: CheckReport, options: RenderOptions): string;
  /**
   * The same text as `render`, in pieces, for formats whose reports grow large (JSON, SARIF):
   * the caller writes each piece as it comes, so the whole report is never one string.
   */
  renderChunks?(report: CheckReport, options: RenderOptions): Iterable<string>;
  /**
   * The same text again, made as the files arrive, so a batch need not keep every file's result
   * until the end: `disclint check` writes the head, each file's piece as soon as it and the
   * files before it are checked, then the tail (src/cli/streamed-outputs.ts).
   */
  stream?(options: RenderOptions): ReportStream;
}

/** What the head of a streamed report may use: known before any file is checked. */
export type ReportHead = Pick<CheckReport, "tool" | "rules">;

export interface ReportStream {
  head(report: ReportHead): string;
  file(file: FileResult): string;
  /** Everything but the files, known once all are checked. */
  tail(report: Omit<CheckReport, "files">): string;
}

/** A reporter's chunks by way of its stream: the same pieces whether streamed or not. */
export function* chunksOfStream(stream: ReportStream, report: CheckReport): Generator<string> {
  yield stream.head(report);
  for (const file of report.files) yield stream.file(file);
  yield stream.tail(report);
}
