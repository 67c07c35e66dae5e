/**
 * Drafts of a fictional issuer for the CI-glue tests, and a `disclint` command that runs the
 * TypeScript sources (so the tests do not depend on a fresh build in dist/).
 */
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const REPOSITORY = join(import.meta.dirname, "..", "..");

export const CONFIG = [
  "issuer:",
  "  name: Lumen Harbour Biotech Limited",
  '  stockCode: "9876"',
  "  board: main",
  "  regimes: []",
  "",
].join("\n");

/** No finding at error severity. */
export const CLEAN_DRAFT = [
  "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility for the contents of this announcement, make no representation as to its accuracy or completeness and expressly disclaim any liability whatsoever for any loss howsoever arising from or in reliance upon the whole or any part of the contents of this announcement.",
  "",
  "Lumen Harbour Biotech Limited",
  "(Incorporated in the Cayman Islands with limited liability)",
  "(Stock Code: 9876)",
  "",
  "VOLUNTARY ANNOUNCEMENT",
  "CHANGE OF ADDRESS OF THE HONG KONG OFFICE",
  "",
  'This announcement is made by Lumen Harbour Biotech Limited (the "Company") on a voluntary basis.',
  "",
  'The board of directors of the Company (the "Board") announces that, with effect from Monday, 16 March 2026, the principal place of business of the Company in Hong Kong will be changed to Unit 12, 8th Floor, Harbour Lantern Tower, 3 Quarry Lane, Kowloon, Hong Kong.',
  "",
  "By order of the Board",
  "Lumen Harbour Biotech Limited",
  "Wen Kai-lok",
  "Chairman",
  "",
  "Hong Kong, 2 March 2026",
  "",
  "As at the date of this announcement, the Board comprises Dr. Wen Kai-lok and Ms. Fong Sze-wan as executive Directors, Mr. Lau Chun-hei as non-executive Director, and Ms. Ho Mei-ling, Mr. Tse Wing-kit and Dr. Kwan Po-yee as independent non-executive Directors.",
  "",
].join("\n");

/** Two independent non-executive directors out of six: Rule 3.10(1) requires three (an error). */
export const DEFECTIVE_DRAFT = CLEAN_DRAFT.replace(
  "Mr. Lau Chun-hei as non-executive Director, and Ms. Ho Mei-ling, Mr. Tse Wing-kit and Dr. Kwan Po-yee as independent",
  "Mr. Lau Chun-hei and Dr. Kwan Po-yee as non-executive Directors, and Ms. Ho Mei-ling and Mr. Tse Wing-kit as independent",
);

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `disclint-${prefix}-`));
}

/**
 * A folder holding `disclint` (a shell command for PATH) and `disclint.cjs` (for `node …`), both
 * running src/cli/entry.ts through tsx and passing its exit code on.
 */
export function disclintShim(): { binDir: string; script: string } {
  const binDir = join(tempDir("bin"), "bin");
  mkdirSync(binDir);
  const loader = pathToFileURL(join(REPOSITORY, "node_modules", "tsx", "dist", "loader.mjs")).href;
  const entry = join(REPOSITORY, "src", "cli", "entry.ts");
  const script = join(binDir, "disclint.cjs");
  writeFileSync(
    script,
    [
      'const { spawnSync } = require("node:child_process");',
      `const args = ["--import", ${JSON.stringify(loader)}, ${JSON.stringify(entry)}, ...process.argv.slice(2)];`,
      'const result = spawnSync(process.execPath, args, { stdio: "inherit" });',
      "process.exit(result.status ?? 2);",
      "",
    ].join("\n"),
  );
  const command = join(binDir, "disclint");
  writeFileSync(
    command,
    `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(script)} "$@"\n`,
  );
  chmodSync(command, 0o755);
  return { binDir, script };
}
