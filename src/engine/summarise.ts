import type { FileResult, Summary } from "./types.js";

export function summarise(files: readonly FileResult[]): Summary {
  const summary: Summary = {
    files: files.length,
    filesWithErrors: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
    suppressed: 0,
    fileErrors: 0,
  };
  for (const file of files) {
    let hasError = false;
    for (const finding of file.findings) {
      if (finding.suppressed) {
        summary.suppressed++;
        continue;
      }
      if (finding.severity === "error") {
        summary.errors++;
        hasError = true;
      } else if (finding.severity === "warning") summary.warnings++;
      else summary.infos++;
    }
    if (file.errors.length > 0) {
      summary.fileErrors += file.errors.length;
      hasError = true;
    }
    if (hasError) summary.filesWithErrors++;
  }
  return summary;
}
