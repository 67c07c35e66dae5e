// npm run bench: speed targets measured side by side in one run and reported as ratios, so
// the numbers mean the same on any machine. Targets (issue 13): cold check of a ~20 KB
// announcement <= 2.5x `node -e 0` (<= 1.3x through the resident mode, `check --daemon`); batch
// within 20x of the floor (reading the same files and scanning them with one regular
// expression in one Node process) and >= 4 MB/s per core on copies of real announcements (the
// texts of ../shared/corpus/hkex when present, never committed); textlint (one rule) >= 3x
// disclint (all rules) on a 300 KB draft; peak RSS <= 150 MB over 1,000 files with JSON output;
// language-server re-check of a 50 KB draft <= 30 ms at p95. Issue 7's 2 MB / 1 MB <= 2.1x stays.
// A missed target prints the `--stats` of a run: which stage or rule costs the time.
// BENCH_MB sets the batch size (default 50); docs/benchmark.md has the last numbers.
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { peakRss, sizeRatio, statsOf, textlintRatio } from "./bench-extra.mjs";
import { benchLsp, renderStages } from "./bench-lsp.mjs";
import { profileOf } from "./bench-profile.mjs";
import { benchReaders } from "./bench-readers.mjs";

const root = join(import.meta.dirname, "..");
const cli = join(root, "bin", "disclint.cjs");
const targetMb = Number(process.env.BENCH_MB ?? 50);
const coldRuns = Number(process.env.BENCH_COLD_RUNS ?? 15);

function examples() {
  const found = [];
  for (const dir of readdirSync(join(root, "examples"), { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const name of readdirSync(join(root, "examples", dir.name))) {
      if (name.endsWith(".txt")) found.push(readFileSync(join(root, "examples", dir.name, name), "utf8"));
    }
  }
  return found;
}

/** A ~20 KB (or `target`) announcement: an example with its body paragraphs repeated, numbers varied. */
function announcement(template, seed, target = 20_000) {
  const paragraphs = template.split(/\n\s*\n/);
  const head = paragraphs.slice(0, 6);
  const body = paragraphs.slice(6, -4);
  const tail = paragraphs.slice(-4);
  const out = [...head];
  let size = head.join("\n\n").length + tail.join("\n\n").length;
  let i = 0;
  while (size < target && body.length > 0) {
    const paragraph = body[i % body.length].replace(/\d+(\.\d+)?%/g, `${(seed * 7 + i) % 100}.${i % 10}%`);
    out.push(paragraph);
    size += paragraph.length + 2;
    i++;
  }
  return [...out, ...tail].join("\n\n");
}

function generate(dir) {
  const templates = examples();
  let bytes = 0;
  let count = 0;
  while (bytes < targetMb * 1024 * 1024) {
    const text = announcement(templates[count % templates.length], count);
    const sub = join(dir, `batch-${Math.floor(count / 500)}`);
    if (count % 500 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `announcement-${count}.txt`), text);
    bytes += Buffer.byteLength(text);
    count++;
  }
  return { bytes, count };
}

const TARGET = {
  resident: 1.3,
  cold: 2.5,
  batch: 20,
  realMbPerCore: 4,
  textlint: 3,
  rssMb: 150,
  lspP95: 30,
  size: 2.1,
};
const realCorpus = process.env.BENCH_REAL_CORPUS ?? join(root, "..", "shared", "corpus", "hkex");

/** Copies of the real announcements, about `targetMb` in all, or undefined when they are absent. */
function copyRealAnnouncements(dir, targetMb) {
  if (!existsSync(realCorpus)) return undefined;
  const texts = readdirSync(realCorpus).filter((name) => name.endsWith(".txt"));
  if (texts.length === 0) return undefined;
  let bytes = 0;
  let count = 0;
  for (let round = 0; bytes < targetMb * 1024 * 1024; round++) {
    const sub = join(dir, `copy-${round}`);
    mkdirSync(sub, { recursive: true });
    for (const name of texts) {
      copyFileSync(join(realCorpus, name), join(sub, name));
      bytes += statSync(join(sub, name)).size;
      count++;
    }
  }
  return { bytes, count };
}

/** Worker threads a run without --jobs uses (src/cli/check-inputs.ts: 16 files a worker). */
function automaticJobs(files) {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(files / 16)));
}

function time(command, args, options = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 1 << 30, ...options });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${command} ${args.join(" ")} failed (${result.status}): ${result.stderr}`);
  }
  return { ms, stdout: result.stdout };
}

/**
 * The same cold check through the resident daemon (`check --daemon`), in a private runtime
 * folder so the user's own daemon is never touched; the first call starts the daemon and is
 * not counted. The daemon's own stage times (`--stats` through it, warm) split the time into the
 * check itself and what surrounds it (node's start, the client, the socket, the output).
 */
function residentRatio(single, nodeCold) {
  const runtime = mkdtempSync(join(tmpdir(), "disclint-bench-run-"));
  const env = { ...process.env, XDG_RUNTIME_DIR: runtime };
  try {
    time(process.execPath, [cli, "check", single, "--format", "json", "--daemon"], { env });
    const runs = [];
    for (let i = 0; i < coldRuns; i++) {
      runs.push(time(process.execPath, [cli, "check", single, "--format", "json", "--daemon"], { env }).ms);
    }
    const stats = spawnSync(
      process.execPath,
      [cli, "check", single, "--format", "json", "--daemon", "--stats"],
      {
        env,
        encoding: "utf8",
      },
    ).stderr.trim();
    return { median: median(runs), ratio: median(runs) / median(nodeCold), stats };
  } finally {
    spawnSync(process.execPath, [cli, "daemon", "stop"], { env });
    rmSync(runtime, { recursive: true, force: true });
  }
}

/** The sum of the stage times in a `--stats` table (its first lines, "stage  12.3 ms  45%"). */
function stageTotal(stats) {
  let total = 0;
  for (const line of stats.split("\n")) {
    if (line.startsWith("Rule")) break;
    const ms = /\s([\d.]+) ms\s/.exec(line);
    if (ms) total += Number(ms[1]);
  }
  return total;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const work = mkdtempSync(join(tmpdir(), "disclint-bench-"));
try {
  const corpus = join(work, "corpus");
  const { bytes, count } = generate(corpus);
  const mb = bytes / 1024 / 1024;
  const single = join(corpus, "batch-0", "announcement-0.txt");
  const singleKb = statSync(single).size / 1024;

  // Floor: read every file and run one regular expression over it, in one Node process.
  const floorScript = `
    const fs = require("node:fs"), path = require("node:path");
    let hits = 0;
    const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p); else hits += (fs.readFileSync(p, "utf8").match(/take no responsibility/gi) || []).length;
    } };
    walk(${JSON.stringify(corpus)});
    console.log(hits);`;
  const floor = time(process.execPath, ["-e", floorScript]);
  const batch = time(process.execPath, [
    cli,
    "check",
    corpus,
    "--format",
    "json",
    "--output",
    join(work, "report.json"),
    "--no-regime",
  ]);
  const report = JSON.parse(readFileSync(join(work, "report.json"), "utf8"));

  const real = join(work, "real");
  const realCopies = copyRealAnnouncements(real, Math.min(targetMb, 20));
  const realBatch =
    realCopies &&
    time(process.execPath, [cli, "check", real, "--format", "json", "--output", join(work, "real.json")]);
  const realMbPerCore = realCopies
    ? realCopies.bytes / 1024 / 1024 / (realBatch.ms / 1000) / automaticJobs(realCopies.count)
    : undefined;

  const nodeCold = [];
  const disclintCold = [];
  time(process.execPath, [cli, "check", single, "--format", "json"]); // warm the file cache
  for (let i = 0; i < coldRuns; i++) {
    nodeCold.push(time(process.execPath, ["-e", "0"]).ms);
    disclintCold.push(time(process.execPath, [cli, "check", single, "--format", "json"]).ms);
  }
  const coldRatio = median(disclintCold) / median(nodeCold);
  const resident = residentRatio(single, nodeCold);
  const batchRatio = batch.ms / floor.ms;

  const rows = [
    ["corpus", `${count} documents, ${mb.toFixed(1)} MB (generated from examples/)`],
    ["floor (read + one regex)", `${floor.ms.toFixed(0)} ms, ${(mb / (floor.ms / 1000)).toFixed(1)} MB/s`],
    [
      "disclint check (batch)",
      `${batch.ms.toFixed(0)} ms, ${(count / (batch.ms / 1000)).toFixed(0)} documents/s, ${(mb / (batch.ms / 1000)).toFixed(2)} MB/s, ${report.summary.errors + report.summary.warnings + report.summary.infos} findings`,
    ],
    [
      "batch / floor",
      `${batchRatio.toFixed(1)}x (target <= ${TARGET.batch}x) ${batchRatio <= TARGET.batch ? "MET" : "MISSED"}`,
    ],
    realCopies
      ? [
          "real announcements (copies)",
          `${realCopies.count} documents, ${(realCopies.bytes / 1024 / 1024).toFixed(1)} MB in ${realBatch.ms.toFixed(0)} ms with ${automaticJobs(realCopies.count)} worker(s): ${realMbPerCore.toFixed(2)} MB/s per core (target >= ${TARGET.realMbPerCore}) ${realMbPerCore >= TARGET.realMbPerCore ? "MET" : "MISSED"}`,
        ]
      : ["real announcements (copies)", `not measured: ${realCorpus} is absent (BENCH_REAL_CORPUS)`],
    ["node -e 0 (median)", `${median(nodeCold).toFixed(1)} ms`],
    [`disclint check, ${singleKb.toFixed(0)} KB (median)`, `${median(disclintCold).toFixed(1)} ms`],
    [
      "cold / node",
      `${coldRatio.toFixed(2)}x (target <= ${TARGET.cold}x) ${coldRatio <= TARGET.cold ? "MET" : "MISSED"}`,
    ],
    [
      "resident mode / node",
      `${resident.ratio.toFixed(2)}x, ${resident.median.toFixed(1)} ms median through \`check --daemon\` (target <= ${TARGET.resident}x) ${resident.ratio <= TARGET.resident ? "MET" : "MISSED"}`,
    ],
  ];
  // Issue 7's further measurements, side by side with the ones above.
  const templates = examples();
  const size = sizeRatio(work, announcement(templates[0], 1));
  const textlint = textlintRatio(work, announcement(templates[0], 2, 300_000));
  const thousand = join(work, "thousand");
  for (let i = 0; i < 1000; i++) {
    const sub = join(thousand, `batch-${Math.floor(i / 250)}`);
    if (i % 250 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `announcement-${i}.txt`), announcement(templates[i % templates.length], i));
  }
  const rss = peakRss(work, thousand);
  const lsp = await benchLsp({
    text: announcement(templates[0], 3, 50_000),
    path: join(work, "lsp-draft.txt"),
  });
  rows.push(
    ["1 MB document", `${size.oneMs.toFixed(0)} ms (start-up subtracted)`],
    ["2 MB document", `${size.twoMs.toFixed(0)} ms`],
    [
      "2 MB / 1 MB",
      `${size.ratio.toFixed(2)}x (target <= ${TARGET.size}x) ${size.ratio <= TARGET.size ? "MET" : "MISSED"}`,
    ],
    textlint.skipped
      ? ["textlint / disclint (300 KB)", `not measured: ${textlint.skipped}`]
      : [
          "textlint / disclint (300 KB)",
          `${textlint.textlint.toFixed(0)} / ${textlint.disclint.toFixed(0)} ms = ${textlint.ratio.toFixed(1)}x (target >= ${TARGET.textlint}x) ${textlint.ratio >= TARGET.textlint ? "MET" : "MISSED"}`,
        ],
    [
      "peak RSS, 1,000 files",
      `${rss.mb.toFixed(0)} MB in ${rss.ms.toFixed(0)} ms (target <= ${TARGET.rssMb} MB) ${rss.mb <= TARGET.rssMb ? "MET" : "MISSED"}`,
    ],
    [
      "LSP re-check, 50 KB (p50/p95/max)",
      `${lsp.p50.toFixed(1)} / ${lsp.p95.toFixed(1)} / ${lsp.max.toFixed(1)} ms over ${lsp.edits} edits, after the 200 ms debounce (target p95 <= ${TARGET.lspP95} ms) ${lsp.p95 <= TARGET.lspP95 ? "MET" : "MISSED"}; the server's CPU time p50 ${lsp.cpu.p50.toFixed(1)} / p95 ${lsp.cpu.p95.toFixed(1)} ms`,
    ],
  );
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join("\n"));
  console.log("");
  // Where a target is missed, say which stage or rule costs the time.
  const misses = [
    [coldRatio > TARGET.cold, "cold start", ["check", single, "--format", "json"]],
    [
      batchRatio > TARGET.batch,
      "batch",
      ["check", join(corpus, "batch-0"), "--format", "json", "--no-regime"],
    ],
    [
      realMbPerCore !== undefined && realMbPerCore < TARGET.realMbPerCore,
      "real announcements (one copy of each, one job)",
      ["check", join(real, "copy-0"), "--format", "json", "--jobs", "1"],
    ],
    [size.ratio > TARGET.size, "2 MB document", ["check", size.file, "--format", "json", "--no-regime"]],
  ];
  // The daemon's own (warm) stage times, and what lies outside them.
  if (resident.ratio > TARGET.resident) {
    const check = stageTotal(resident.stats);
    console.log("MISSED resident mode: where the time goes (--stats through the daemon, warm)");
    console.log(resident.stats.split("\n").slice(0, 12).join("\n"));
    console.log(
      `${resident.median.toFixed(1)} ms through the daemon = node's start ${median(nodeCold).toFixed(1)} ms + the daemon's check ${check.toFixed(1)} ms + the client, the socket and the output ${(resident.median - median(nodeCold) - check).toFixed(1)} ms\n`,
    );
  }
  // The language server's own stage times: its re-check reuses work a cold CLI check redoes.
  if (lsp.p95 > TARGET.lspP95) {
    console.log("MISSED LSP re-check: where the time goes (the server's stage times)");
    console.log(`${renderStages(lsp.stages)}\n`);
  }
  if (!textlint.skipped && textlint.ratio < TARGET.textlint) {
    misses.push([
      true,
      "textlint comparison (disclint on the 300 KB draft)",
      ["check", join(work, "textlint", "draft.txt"), "--format", "json", "--no-regime"],
    ]);
  }
  if (rss.mb > TARGET.rssMb) {
    // Separate the report from the checking (one-line output), the workers from the main thread,
    // and what grows with the number of files.
    const compact = peakRss(work, thousand, "compact");
    const oneJob = peakRss(work, thousand, "json", ["--jobs", "1"]);
    const quarterOneJob = peakRss(work, join(thousand, "batch-0"), "json", ["--jobs", "1"]);
    console.log(
      [
        `MISSED peak RSS: ${rss.mb.toFixed(0)} MB with the JSON report, ${compact.mb.toFixed(0)} MB with compact output;`,
        `in one thread (--jobs 1) ${quarterOneJob.mb.toFixed(0)} MB for 250 files and ${oneJob.mb.toFixed(0)} MB for 1,000`,
        `(${(((oneJob.mb - quarterOneJob.mb) * 1024) / 750).toFixed(0)} KB more per file; a streamed report keeps no results, so this is the heap V8 lets itself grow to, not data kept);`,
        `each extra worker thread adds its own heap, bundle and compiled rules (${(rss.mb - oneJob.mb).toFixed(0)} MB here)\n`,
      ].join("\n"),
    );
  }
  for (const [missed, what, args] of misses) {
    if (!missed) continue;
    console.log(`MISSED ${what}: where the time goes (--stats)`);
    console.log(statsOf(args).split("\n").slice(0, 12).join("\n"));
    console.log("Functions with the most self time (CPU profile of the same run):");
    console.log(profileOf(cli, args, 10));
    console.log("");
  }
  await benchReaders();
} finally {
  rmSync(work, { recursive: true, force: true });
}
