/**
 * The data files shipped in data/ — the holiday calendar, the rule aliases and the issuer
 * registry — read once per process by a front end and handed to the kernel, which never looks
 * for files itself. The build saves the YAML ones as JSON (dist/reference-data.json), so a run
 * does not parse YAML at start-up; a data file edited since the build is read from its source.
 * A malformed file is a packaging defect, so it throws.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ReferenceData } from "../checks/types.js";
import { calendarFromData, parseCalendar } from "../facts/holiday-calendar.js";
import { aliasesFromData, parseAliases } from "../facts/rule-aliases.js";
import { parseIssuerRegistry } from "../profile/issuer-registry.js";
import { packageRoot } from "./package-root.js";
import { isNewerThanSources } from "./precompiled-files.js";

/** The YAML data files the build saves as JSON, by file name. */
export const PRECOMPILED_DATA_FILES = ["hk-public-holidays.yaml", "rule-aliases.yaml"] as const;

let loaded: ReferenceData | undefined;

export function bundledReferenceData(): ReferenceData {
  if (loaded) return loaded;
  const precompiled = precompiledData();
  const calendarData = precompiled?.["hk-public-holidays.yaml"];
  const aliasData = precompiled?.["rule-aliases.yaml"];
  loaded = {
    calendar: calendarData
      ? calendarFromData(calendarData)
      : parseCalendar(readData("hk-public-holidays.yaml")),
    ruleAliases: aliasData ? aliasesFromData(aliasData) : parseAliases(readData("rule-aliases.yaml")),
    issuerRegistry: parseIssuerRegistry(JSON.parse(readData("hkex-issuers.json"))),
  };
  return loaded;
}

/** The parsed YAML data files from the build, when it is newer than all of them. */
function precompiledData(): Record<string, unknown> | undefined {
  const file = join(packageRoot(), "dist", "reference-data.json");
  const sources = PRECOMPILED_DATA_FILES.map((name) => join(packageRoot(), "data", name));
  if (!isNewerThanSources(file, sources)) return undefined;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

function readData(name: string): string {
  return readFileSync(join(packageRoot(), "data", name), "utf8");
}
