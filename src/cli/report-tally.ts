/**
 * What the end of a `disclint check` report needs from every file — the summary counts, whether
 * anything fails the run, the sign-off's inputs, packs and configs — kept as the files go by,
 * so a streamed report (streamed-outputs.ts) can end without holding the files' results.
 */
import { readFileSync } from "node:fs";
import { relative, sep } from "node:path";
import { packageRoot, packageVersion } from "../bundled/package-root.js";
import { SEVERITY_RANK, type Severity } from "../domain/severity.js";
import { summarise } from "../engine/summarise.js";
import type { FileResult, SignOff, Summary } from "../engine/types.js";
import { displayPath } from "../report/display-path.js";
import { buildSignOff } from "../report/sign-off.js";
import type { Pack } from "../rules/types.js";
import type { CheckedInput } from "./check-input.js";

export class ReportTally {
  readonly summary: Summary = summarise([]);
  /** A finding at or above --fail-on in the report as shown (--quiet keeps errors only). */
  failing = false;
  private readonly packs = new Set<Pack>();
  private readonly configs = new Map<string, string>();
  private readonly inputs: { path: string; asOf?: string }[] = [];

  constructor(private readonly failOn: Severity) {}

  /** One file: `shown` is its result as the report shows it. */
  add(checked: CheckedInput, shown: FileResult): void {
    const counts = summarise([checked.result]);
    for (const key of Object.keys(counts) as (keyof Summary)[]) this.summary[key] += counts[key];
    const threshold = SEVERITY_RANK[this.failOn];
    this.failing ||= shown.findings.some(
      (finding) => !finding.suppressed && SEVERITY_RANK[finding.severity] <= threshold,
    );
    for (const pack of checked.rules?.ruleSet.packs ?? []) this.packs.add(pack);
    const config = checked.rules?.config;
    if (config?.file && config.text !== undefined) this.configs.set(config.file, config.text);
    const asOf = checked.result.profile.asOf?.value;
    this.inputs.push({ path: checked.result.path, ...(typeof asOf === "string" && { asOf }) });
  }

  /** Tool, packs, configs and inputs with their hashes (reading the pack files is I/O, so here). */
  signOff(digests: ReadonlyMap<string, string>, cwd: string): SignOff {
    const root = packageRoot();
    // Bundled packs are named as in the package ("rules/hkex/core.yaml"), other files from the cwd.
    const name = (file: string): string => {
      const inPackage = relative(root, file).split(sep).join("/");
      return inPackage.startsWith("rules/") ? inPackage : displayPath(file, cwd);
    };
    return buildSignOff({
      tool: { name: "disclint", version: packageVersion() },
      packs: [...this.packs],
      configs: [...this.configs].map(([file, text]) => ({ file, text })),
      inputs: this.inputs.flatMap(({ path, asOf }) => {
        const digest = digests.get(path);
        return digest ? [{ path, sha256: digest, ...(asOf && { asOf }) }] : [];
      }),
      readPack: (file) => readFileSync(file),
      name,
    });
  }
}
