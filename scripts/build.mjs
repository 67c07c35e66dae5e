// Bundles the CLI into one CommonJS file: a bundled CLI starts about twice as fast as the
// unbundled ESM sources (measured in ../shared/reference/dependencies.md §8). pdf.js stays
// external because bundling it breaks its worker; mammoth stays external so it is only
// loaded when a .docx is checked (and jszip when a .docx is annotated).
import { build } from "esbuild";
import "./build-validators.mjs";

const shared = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  // Loaded only when needed (a legacy encoding, a user pack, a Word or PDF file, the language or
  // MCP server), so they are not parsed at every start-up.
  external: [
    "pdfjs-dist",
    "pdfjs-dist/*",
    "mammoth",
    "jszip",
    "iconv-lite",
    "ajv",
    "ajv/*",
    "ajv-formats",
    "vscode-languageserver",
    "vscode-languageserver/*",
    "vscode-languageserver-textdocument",
    "@modelcontextprotocol/sdk",
    "@modelcontextprotocol/sdk/*",
    "zod",
    "zod/*",
  ],
  // import.meta.url does not exist in CommonJS; give the bundle its own file URL instead.
  define: { "import.meta.url": "__disclintFileUrl" },
  banner: { js: 'const __disclintFileUrl = require("node:url").pathToFileURL(__filename).href;' },
  sourcemap: "linked",
  logLevel: "warning",
};
await build({ ...shared, entryPoints: ["src/cli/entry.ts"], outfile: "dist/disclint.cjs" });
// The small client behind `check --daemon`: node built-ins only, so it starts as fast as node.
await build({ ...shared, entryPoints: ["src/cli/daemon/client.ts"], outfile: "dist/daemon-client.cjs" });
// The worker thread behind --jobs and --timeout, loaded from beside dist/disclint.cjs.
await build({ ...shared, entryPoints: ["src/cli/check-worker.ts"], outfile: "dist/check-worker.cjs" });

// Save the YAML data files as JSON (src/bundled/reference-data.ts), so a run parses no YAML for them.
import { readFileSync, writeFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";

const DATA_FILES = ["hk-public-holidays.yaml", "rule-aliases.yaml"];
const referenceData = Object.fromEntries(
  DATA_FILES.map((name) => [name, parseYaml(readFileSync(`data/${name}`, "utf8"))]),
);
writeFileSync("dist/reference-data.json", JSON.stringify(referenceData));

// Save the validated bundled packs so a check starts without YAML parsing or schema compiling.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";

rmSync("dist/bundled-packs.json", { force: true });
try {
  execFileSync(process.execPath, ["dist/disclint.cjs", "__precompile-packs", "dist/bundled-packs.json"], {
    stdio: "inherit",
  });
} catch {
  // The bundled packs have problems (already printed); the CLI still validates them at run time.
  console.error("build: bundled packs not precompiled (see the problems above)");
  process.exitCode = 1;
}
// Prove patterns linear so they run as native RegExps (scripts/prove-patterns.mjs says how).
if (process.exitCode !== 1) {
  execFileSync(process.execPath, ["scripts/prove-patterns.mjs", "dist/bundled-packs.json"], {
    stdio: "inherit",
  });
}

// V8 code cache for the bundle, made after a representative check so it covers what a check runs.
rmSync("dist/disclint.cjs.cache", { force: true });
try {
  execFileSync(
    process.execPath,
    ["bin/disclint.cjs", "check", "examples", "--format", "json", "--output", "/dev/null"],
    {
      stdio: "ignore",
      env: { ...process.env, DISCLINT_WRITE_CODE_CACHE: "1" },
    },
  );
} catch {
  // Exit code 1 (the examples have findings) is expected; the cache is written on exit either way.
}
