// Regenerates data/hkex-issuers.json, the bundled issuer registry, from the shared transcription
// of HKEX's List of Securities (../shared/reference/hkex-equity-issuers.tsv; its .md says how it
// was made and dates the snapshot). The project ships the JSON so `npm test` and the CLI never
// need ../shared. Usage:
//   node scripts/build-issuer-registry.mjs [path/to/hkex-equity-issuers.tsv] [snapshot YYYY-MM-DD]
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const tsvPath = process.argv[2] ?? join(root, "..", "shared", "reference", "hkex-equity-issuers.tsv");
// The shared notes bound the snapshot to about 12–14 August 2026; the middle of that is recorded.
const snapshot = process.argv[3] ?? "2026-08-13";
const SOURCE =
  "HKEX List of Securities, Category Equity (Main Board, GEM, investment companies, depositary receipts), " +
  "as transcribed in hkex-equity-issuers.tsv from the CSV copy mdwaleedibrahim/Global-Compliance-Engine " +
  "HK-ListOfSecurities.csv at commit 356fbe708f2621835084e0520f2beaa9e623baf6";

const [header, ...lines] = readFileSync(tsvPath, "utf8")
  .split(/\r?\n/)
  .filter((line) => line.trim() !== "");
const columns = header.split("\t");
const column = (name) => {
  const index = columns.indexOf(name);
  if (index < 0) throw new Error(`${tsvPath}: no ${name} column`);
  return index;
};
const [code, shortName, board, rmbCounter] = ["stock_code", "short_name", "board", "rmb_counter"].map(column);

const rows = [];
let tradingOnly = 0;
for (const [number, line] of lines.entries()) {
  const cells = line.split("\t");
  // Trading-only securities (US stocks traded in Hong Kong) are on neither board: not issuers here.
  if (cells[board] === "trading_only") {
    tradingOnly += 1;
    continue;
  }
  if (!/^\d{5}$/.test(cells[code]) || !cells[shortName] || !["main", "gem"].includes(cells[board]))
    throw new Error(`${tsvPath}:${number + 2}: unexpected row ${JSON.stringify(line)}`);
  rows.push([cells[code], cells[shortName], cells[board], cells[rmbCounter] ?? ""]);
}

// One row per line keeps a refresh's diff readable.
const json = [
  "{",
  `  "description": ${JSON.stringify("Listed equity securities by stock code, for the profile's issuer lookup; see data/README.md")},`,
  `  "source": ${JSON.stringify(SOURCE)},`,
  `  "snapshot": ${JSON.stringify(snapshot)},`,
  `  "snapshotNote": ${JSON.stringify("estimated: the list holds listings of early July 2026 and notes issued in early August 2026, and no instrument maturing before 14 August 2026")},`,
  `  "columns": ["code", "shortName", "board", "rmbCounter"],`,
  '  "rows": [',
  rows.map((row) => `    ${JSON.stringify(row)}`).join(",\n"),
  "  ]",
  "}",
  "",
].join("\n");
writeFileSync(join(root, "data", "hkex-issuers.json"), json);
console.log(
  `data/hkex-issuers.json: ${rows.length} lines (${tradingOnly} trading-only left out), snapshot ${snapshot}`,
);
