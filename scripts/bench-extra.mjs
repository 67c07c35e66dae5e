// The measurements of issue 7 beyond cold start and batch throughput, each a function that
// scripts/bench.mjs calls: 1 MB vs 2 MB document time, a textlint comparison, peak RSS over
// 1,000 files, and `--stats` of a run (to say which stage or rule costs the time on a miss).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const cli = join(root, "bin", "disclint.cjs");

function run(args, options = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 30, ...options });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`node ${args.join(" ")} failed (${result.status}): ${result.stderr}`);
  return { ms, ...result };
}

const fastest = (runs, work) => Math.min(...Array.from({ length: runs }, work));

/** Time of a check of a `bytes`-long document, fastest of `runs`. */
function checkTime(file, runs) {
  return fastest(runs, () => run([cli, "check", file, "--format", "json", "--no-regime"]).ms);
}

/** 1 MB vs 2 MB: the same announcement repeated to each size; start-up is subtracted from both. */
export function sizeRatio(work, announcement, runs = 3) {
  const make = (bytes) => {
    const file = join(work, `size-${bytes}.txt`);
    writeFileSync(
      file,
      announcement.repeat(Math.ceil(bytes / Buffer.byteLength(announcement))).slice(0, bytes),
    );
    return file;
  };
  const startup = checkTime(make(2_000), runs);
  const one = checkTime(make(1024 * 1024), runs) - startup;
  const two = checkTime(make(2 * 1024 * 1024), runs) - startup;
  return { oneMs: one, twoMs: two, ratio: two / one, file: join(work, `size-${2 * 1024 * 1024}.txt`) };
}

/** `--stats` of one check, to name the stages and rules that cost the time. */
export function statsOf(args) {
  const result = run([cli, ...args, "--stats"]);
  return result.stderr.trim();
}

/** Peak resident memory of `disclint check` over a directory (maxRSS, read at exit in the child). */
export function peakRss(work, dir, format = "json", extraArgs = []) {
  const report = join(work, "rss.txt");
  const preload = join(work, "rss-preload.cjs");
  writeFileSync(
    preload,
    `process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(report)}, String(process.resourceUsage().maxRSS)));`,
  );
  const { ms } = run([
    "--require",
    preload,
    cli,
    "check",
    dir,
    "--format",
    format,
    "--output",
    join(work, `rss.${format}`),
    ...extraArgs,
  ]);
  return { mb: Number(readFileSync(report, "utf8")) / 1024, ms };
}

/** textlint with a single rule (prh) on the same draft, if textlint is installed. */
export function textlintRatio(work, draftText) {
  const require = createRequire(join(root, "package.json"));
  let textlintBin;
  try {
    textlintBin = require.resolve("textlint/bin/textlint.js");
    require.resolve("textlint-rule-prh");
  } catch {
    return {
      skipped:
        "textlint and textlint-rule-prh are not installed (npm install --save-dev textlint@15 textlint-rule-prh)",
    };
  }
  const dir = join(work, "textlint");
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "prh.yml"),
    "version: 1\nrules:\n  - expected: Stock Exchange\n    pattern: stock exchange\n",
  );
  writeFileSync(
    join(dir, ".textlintrc.json"),
    JSON.stringify({ rules: { prh: { rulePaths: ["./prh.yml"] } } }),
  );
  const draft = join(dir, "draft.txt");
  writeFileSync(draft, draftText);
  const textlint = fastest(3, () => run([textlintBin, "--format", "json", "draft.txt"], { cwd: dir }).ms);
  const disclint = fastest(
    3,
    () => run([cli, "check", "draft.txt", "--format", "json", "--no-regime"], { cwd: dir }).ms,
  );
  return { textlint, disclint, ratio: textlint / disclint };
}

export function hasTextlint() {
  return existsSync(join(root, "node_modules", "textlint"));
}
