/**
 * A fictional issuer's draft with two defects that carry suggestions (a shortened disclaimer
 * and a wrong weekday), written to a temporary folder with its own .disclint.yaml.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * 16 March 2026 is a Monday; the draft calls it a Tuesday (line 13), after a Chinese name, so
 * UTF-16 characters and UTF-8 bytes differ on that line.
 */
export const WEEKDAY_LINE = 12;
export const WRONG_WEEKDAY = "Tuesday";

export const DRAFT = [
  "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility for the contents of this announcement and make no representation as to its accuracy or completeness.",
  "",
  "Lumen Harbour Biotech Limited",
  "(Incorporated in the Cayman Islands with limited liability)",
  "(Stock Code: 9876)",
  "",
  "VOLUNTARY ANNOUNCEMENT",
  "COMPLETION OF ENROLMENT IN THE PHASE I TRIAL OF LHB-310",
  "",
  'This announcement is made by Lumen Harbour Biotech Limited (the "Company") on a voluntary basis.',
  "",
  'The board of directors of the Company (the "Board") is pleased to announce the following.',
  `The Company (明港生物科技有限公司) completed the enrolment of the Phase I trial of LHB-310 on ${WRONG_WEEKDAY}, 16 March 2026.`,
  "",
  "By order of the Board",
  "Lumen Harbour Biotech Limited",
  "Wen Kai-lok",
  "Chairman",
  "",
  "Hong Kong, 18 March 2026",
  "",
].join("\n");

// The same fictional issuer as the CI-glue drafts.
import { CONFIG } from "../integration/drafts.js";

export { CONFIG };

export interface FixtureFolder {
  dir: string;
  draftPath: string;
  configPath: string;
}

export function writeFixture(): FixtureFolder {
  const dir = mkdtempSync(join(tmpdir(), "disclint-lsp-"));
  const draftPath = join(dir, "enrolment-en.txt");
  const configPath = join(dir, ".disclint.yaml");
  writeFileSync(draftPath, DRAFT);
  writeFileSync(configPath, CONFIG);
  return { dir, draftPath, configPath };
}

/** The 0-based character where the wrong weekday starts on its line. */
export function weekdayCharacter(): number {
  const line = DRAFT.split("\n")[WEEKDAY_LINE] ?? "";
  return line.indexOf(WRONG_WEEKDAY);
}
