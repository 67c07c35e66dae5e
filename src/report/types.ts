/** One contract for every output format: a report in, text out. */
import type { Severity } from "../domain/severity.js";
import type { CheckReport } from "../engine/types.js";

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
}
