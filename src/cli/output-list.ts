/**
 * Several reports in one run: `--format json --output out.json --format stylish`, or
 * `--format json:out.json`. Commander calls option parsers in command-line order, so an
 * --output binds to the --format before it.
 */

import { UsageError } from "../domain/usage-error.js";
import type { OutputSpec } from "./check-command.js";

export class OutputList {
  private readonly outputs: OutputSpec[] = [];
  private pendingPath: string | undefined;

  add(value: string): string {
    // "json:out.json" — but not a Windows drive letter ("c:\\…") or a bare format.
    const match = /^([a-z]+):(.+)$/.exec(value);
    const output: OutputSpec = match
      ? { format: match[1] as string, path: match[2] as string }
      : { format: value };
    // "-o out.json -f json": an --output before the first --format belongs to it.
    if (this.outputs.length === 0 && this.pendingPath !== undefined && output.path === undefined) {
      output.path = this.pendingPath;
      this.pendingPath = undefined;
    }
    this.outputs.push(output);
    return value;
  }

  direct(path: string): string {
    const last = this.outputs.at(-1);
    if (!last) {
      // --output before any --format applies to the default format.
      if (this.pendingPath !== undefined)
        throw new UsageError("--output given twice without a --format between them");
      this.pendingPath = path;
    } else {
      if (last.path !== undefined)
        throw new UsageError(`the ${last.format} report already goes to ${last.path}`);
      last.path = path;
    }
    return path;
  }

  list(): OutputSpec[] {
    if (this.outputs.length === 0) {
      return [{ format: "stylish", ...(this.pendingPath !== undefined && { path: this.pendingPath }) }];
    }
    return this.outputs;
  }
}
