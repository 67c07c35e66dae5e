// Where a missed target's time goes, function by function: runs a check under `--cpu-prof`
// and lists the functions with the most self time, mapped through the bundle's source map to
// their place in src/ (so "tokenize src/checks/support/word-diff.ts:27", not a bundle line).
// `--stats` names the stage and the rule; this names the code inside them.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative } from "node:path";
import { SourceMapConsumer } from "source-map-js";

const root = join(import.meta.dirname, "..");
const bundle = join(root, "dist", "disclint.cjs");
let sourceMap;

/** The `top` functions by self time of `node <cli> <args>` (worker threads included). */
export function profileOf(cli, args, top = 10) {
  const dir = mkdtempSync(join(tmpdir(), "disclint-profile-"));
  try {
    spawnSync(
      process.execPath,
      ["--cpu-prof", "--cpu-prof-dir", dir, "--cpu-prof-interval", "250", cli, ...args],
      {
        encoding: "utf8",
        maxBuffer: 1 << 30,
      },
    );
    const selfMs = new Map();
    for (const file of readdirSync(dir))
      addSelfTimes(JSON.parse(readFileSync(join(dir, file), "utf8")), selfMs);
    const total = [...selfMs.values()].reduce((sum, ms) => sum + ms, 0);
    return [...selfMs]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(
        ([where, ms]) =>
          `${ms.toFixed(1).padStart(9)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${where}`,
      )
      .join("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function addSelfTimes(profile, selfMs) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  profile.samples.forEach((id, index) => {
    const where = placeOf(byId.get(id).callFrame);
    selfMs.set(where, (selfMs.get(where) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
}

/** "name src/…/file.ts:line" for bundle code, "name file:line" for Node's own, "(gc)" as is. */
function placeOf(frame) {
  const name = frame.functionName || "(anonymous)";
  if (!frame.url) return name;
  if (frame.url.endsWith(basename(bundle))) {
    const original = bundleMap().originalPositionFor({
      line: frame.lineNumber + 1,
      column: frame.columnNumber,
    });
    if (original.source)
      return `${original.name ?? name} ${relative(root, join(root, "dist", original.source))}:${original.line}`;
  }
  return `${name} ${basename(frame.url)}:${frame.lineNumber + 1}`;
}

function bundleMap() {
  sourceMap ??= new SourceMapConsumer(JSON.parse(readFileSync(`${bundle}.map`, "utf8")));
  return sourceMap;
}
