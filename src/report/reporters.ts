import { checklistReporter } from "./checklist.js";
import { compactReporter } from "./compact.js";
import { githubReporter } from "./github.js";
import { htmlReporter } from "./html.js";
import { jsonReporter } from "./json.js";
import { junitReporter } from "./junit.js";
import { sarifReporter } from "./sarif.js";
import { stylishReporter } from "./stylish.js";
import type { Reporter } from "./types.js";

/**
 * Every output format, by the name `--format` takes. A new format is its own file under
 * src/report/ (see CONTRIBUTING.md) and one line in this list: `--format`, `--help` and the
 * golden-output test all read it from here.
 */
export const REPORTERS: ReadonlyMap<string, Reporter> = new Map(
  [
    stylishReporter,
    compactReporter,
    jsonReporter,
    sarifReporter,
    junitReporter,
    githubReporter,
    checklistReporter,
    htmlReporter,
  ].map((reporter) => [reporter.name, reporter]),
);
