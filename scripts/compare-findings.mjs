// Proves that a speed change leaves the findings alone: records the reports of a set of files
// (JSON and SARIF, with one job and with several) and later compares a new build's reports with
// them byte for byte. The reports stay outside the repository (the corpus is not ours to commit).
//
//   node scripts/compare-findings.mjs record <dir> <files...>    (on the build before the change)
//   node scripts/compare-findings.mjs compare <dir> <files...>   (on the build after it)
//
// Pass the same --as-of both times if the runs fall on different days (a report names the date).
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const cli = join(import.meta.dirname, "..", "bin", "disclint.cjs");
const [mode, dir, ...inputs] = process.argv.slice(2);
if (!["record", "compare"].includes(mode) || !dir || inputs.length === 0) {
  console.error("usage: compare-findings.mjs record|compare <dir> <files or options...>");
  process.exit(2);
}

const RUNS = [
  { name: "json-1.json", args: ["--format", "json", "--jobs", "1"] },
  { name: "json-auto.json", args: ["--format", "json", "--jobs", "2"] },
  { name: "sarif-1.sarif", args: ["--format", "sarif", "--jobs", "1"] },
  { name: "compact-1.txt", args: ["--format", "compact", "--jobs", "1"] },
];

function report(args) {
  const result = spawnSync(process.execPath, [cli, "check", ...inputs, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`disclint exited ${result.status}: ${result.stderr}`);
  }
  return result.stdout;
}

/** The first line where two reports part, for a reader to start from. */
function firstDifference(before, after) {
  const a = before.split("\n");
  const b = after.split("\n");
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}:\n  before: ${a[i]}\n  after:  ${b[i]}`;
  }
  return "same lines, different bytes";
}

mkdirSync(dir, { recursive: true });
let differing = 0;
for (const run of RUNS) {
  const text = report(run.args);
  const file = join(dir, run.name);
  if (mode === "record") {
    writeFileSync(file, text);
    console.log(`recorded ${file} (${text.length} bytes)`);
    continue;
  }
  const before = readFileSync(file, "utf8");
  if (before === text) {
    console.log(`identical ${run.name} (${text.length} bytes)`);
  } else {
    differing++;
    console.log(`DIFFERENT ${run.name}: ${firstDifference(before, text)}`);
  }
}
process.exitCode = differing === 0 ? 0 : 1;
