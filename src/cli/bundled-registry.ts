/**
 * The issuer registry shipped in data/hkex-issuers.json, read once per process. The CLI (and
 * the language server through it) hands it to the profile; the kernel never reads files.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type IssuerRegistry, parseIssuerRegistry } from "../profile/issuer-registry.js";
import { packageRoot } from "./package-root.js";

let bundled: IssuerRegistry | undefined;

export function bundledIssuerRegistry(): IssuerRegistry {
  bundled ??= parseIssuerRegistry(
    JSON.parse(readFileSync(join(packageRoot(), "data", "hkex-issuers.json"), "utf8")),
  );
  return bundled;
}
