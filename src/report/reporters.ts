import { checklistReporter } from "./checklist.js";
import { compactReporter } from "./compact.js";
import { githubReporter } from "./github.js";
import { htmlReporter } from "./html.js";
import { jsonReporter } from "./json.js";
import { junitReporter } from "./junit.js";
import { sarifReporter } from "./sarif.js";
import { stylishReporter } from "./stylish.js";
import type { Reporter } from "./types.js";

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
