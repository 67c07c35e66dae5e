// Proves bundled patterns linear so they can run as native V8 RegExps (src/patterns/native-patterns.ts).
//
// The build's `__precompile-packs` step writes, into dist/bundled-packs.json, each pattern that has
// an exact JS translation (`nativeCandidates`). Here the `recheck` ReDoS analyser's automaton
// checker — a proof, not fuzzing — judges each translation; only those it calls safe (constant or
// linear time) are saved as `native`. Proving takes 0–10 s a pattern, so verdicts are kept in
// data/pattern-proofs.json (committed; keyed by the JS source and flags) and only new patterns are
// analysed. Without recheck (a production install) unproven candidates simply stay on re2js.
import { readFileSync, renameSync, writeFileSync } from "node:fs";

const PACKS_FILE = process.argv[2] ?? "dist/bundled-packs.json";
const PROOFS_FILE = "data/pattern-proofs.json";
/** Per pattern; a timeout is recorded as "unknown" and the pattern stays on re2js. */
const PROOF_TIMEOUT_MS = 15000;

const precompiled = JSON.parse(readFileSync(PACKS_FILE, "utf8"));
// Run again on a file it has already done, the proven set stands in for the candidates.
const candidates = precompiled.nativeCandidates ?? precompiled.native ?? {};
const proofs = readProofs();
const missing = Object.values(candidates).filter((native) => !(keyOf(native) in proofs.verdicts));
// Verdicts of patterns no pack has any more are dropped (only when the candidates are all there:
// on a second run they are the proven ones alone).
const current = new Set(Object.values(candidates).map(keyOf));
const stale = precompiled.nativeCandidates
  ? Object.keys(proofs.verdicts).filter((key) => !current.has(key))
  : [];
for (const key of stale) delete proofs.verdicts[key];

if (missing.length > 0) {
  const checkSync = await loadRecheck();
  if (checkSync) {
    console.error(`build: proving ${missing.length} new pattern(s) linear with recheck …`);
    try {
      for (const native of missing) proofs.verdicts[keyOf(native)] = verdictOf(checkSync, native);
    } catch (error) {
      // recheck installed without a runnable backend (no native binary for this platform, no
      // Java): the unproven patterns stay on re2js; the build goes on.
      console.error(
        `build: recheck failed (${error instanceof Error ? error.message : error}); unproven patterns stay on re2js`,
      );
    }
    writeAtomically(PROOFS_FILE, `${JSON.stringify(sortedProofs(proofs), null, 1)}\n`);
  } else {
    console.error(`build: recheck is not installed; ${missing.length} unproven pattern(s) stay on re2js`);
  }
}
if (stale.length > 0 && missing.length === 0) {
  writeAtomically(PROOFS_FILE, `${JSON.stringify(sortedProofs(proofs), null, 1)}\n`);
  console.error(`build: dropped ${stale.length} proof(s) of patterns no pack has any more`);
}

const native = Object.fromEntries(
  Object.entries(candidates).filter(([, translation]) => proofs.verdicts[keyOf(translation)] === "linear"),
);
delete precompiled.nativeCandidates;
precompiled.native = native;
writeAtomically(PACKS_FILE, `${JSON.stringify(precompiled)}\n`);
console.error(
  `build: ${Object.keys(native).length} of ${Object.keys(precompiled.shapes ?? {}).length} patterns run natively`,
);

function keyOf(translation) {
  return `/${translation.source}/${translation.flags}`;
}

function readProofs() {
  try {
    return JSON.parse(readFileSync(PROOFS_FILE, "utf8"));
  } catch {
    return { tool: "recheck 4.5.0, automaton checker", verdicts: {} };
  }
}

async function loadRecheck() {
  try {
    return (await import("recheck")).checkSync;
  } catch {
    return undefined;
  }
}

function verdictOf(checkSync, translation) {
  const result = checkSync(translation.source, translation.flags, {
    checker: "automaton",
    timeout: PROOF_TIMEOUT_MS,
  });
  if (result.status === "safe") return "linear";
  return result.status === "vulnerable" ? `vulnerable (${result.complexity.summary})` : "unknown";
}

function sortedProofs(value) {
  return {
    ...value,
    verdicts: Object.fromEntries(Object.entries(value.verdicts).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
}

function writeAtomically(file, text) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
