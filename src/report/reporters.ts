import { compactReporter } from "./compact.js";
import { jsonReporter } from "./json.js";
import { stylishReporter } from "./stylish.js";
import type { Reporter } from "./types.js";

export const REPORTERS: ReadonlyMap<string, Reporter> = new Map(
  [stylishReporter, compactReporter, jsonReporter].map((reporter) => [reporter.name, reporter]),
);
