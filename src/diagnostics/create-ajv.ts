/** One ajv set-up for every JSON Schema that validates a user's file (rule packs, configs). */
import { createRequire } from "node:module";
import type { Ajv2020 } from "ajv/dist/2020.js";

/** The ajv settings every validator of user files shares. */
export function createAjv(): Ajv2020 {
  // ajv is loaded on first use: a check with bundled packs and a precompiled config validator
  // never needs it, and loading it costs start-up time.
  const { Ajv2020: AjvClass } = createRequire(import.meta.url)("ajv/dist/2020.js") as {
    Ajv2020: typeof Ajv2020;
  };
  // verbose: errors carry the failing schema and data, which the messages quote.
  return new AjvClass({ strict: true, allErrors: true, verbose: true, allowUnionTypes: true });
}
