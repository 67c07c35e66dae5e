/**
 * One finding a line: `path:line:col: severity: message [rule-id]` (editors and grep read it).
 * A Word or PDF draft has no lines to go to: `path (page 2): severity: message [rule-id]`.
 */
import { displayPath } from "./display-path.js";
import { placeInDocument } from "./document-place.js";
import type { Reporter } from "./types.js";

export const compactReporter: Reporter = {
  name: "compact",
  render(report, options) {
    const lines: string[] = [];
    for (const file of report.files) {
      const path = displayPath(file.path, options.cwd);
      for (const error of file.errors) {
        lines.push(
          `${path}:${error.line ?? 1}:${error.column ?? 1}: error: ${error.message} [${error.code}]`,
        );
      }
      for (const finding of file.findings) {
        if (finding.suppressed) continue;
        const { line, column } = finding.span.start;
        const place = placeInDocument(file, finding.span);
        const where = place ? `${path} (${place})` : `${path}:${line}:${column}`;
        lines.push(`${where}: ${finding.severity}: ${oneLine(finding.message)} [${finding.ruleId}]`);
      }
    }
    return lines.length > 0 ? `${lines.join("\n")}\n` : "";
  },
};

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ");
}
