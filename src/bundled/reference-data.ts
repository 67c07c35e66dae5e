/**
 * The data files shipped in data/ — the holiday calendar, the rule aliases and the issuer
 * registry — read once per process by a front end and handed to the kernel, which never looks
 * for files itself. A malformed file is a packaging defect, so it throws.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ReferenceData } from "../checks/types.js";
import { parseCalendar } from "../facts/holiday-calendar.js";
import { parseAliases } from "../facts/rule-aliases.js";
import { parseIssuerRegistry } from "../profile/issuer-registry.js";
import { packageRoot } from "./package-root.js";

let loaded: ReferenceData | undefined;

export function bundledReferenceData(): ReferenceData {
  loaded ??= {
    calendar: parseCalendar(readData("hk-public-holidays.yaml")),
    ruleAliases: parseAliases(readData("rule-aliases.yaml")),
    issuerRegistry: parseIssuerRegistry(JSON.parse(readData("hkex-issuers.json"))),
  };
  return loaded;
}

function readData(name: string): string {
  return readFileSync(join(packageRoot(), "data", name), "utf8");
}
