// Bundles the CLI into one CommonJS file: a bundled CLI starts about twice as fast as the
// unbundled ESM sources (measured in ../shared/reference/dependencies.md §8). pdf.js stays
// external because bundling it breaks its worker; mammoth stays external so it is only
// loaded when a .docx is checked.
import { build } from "esbuild";

await build({
  entryPoints: ["src/cli/entry.ts"],
  outfile: "dist/disclint.cjs",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["pdfjs-dist", "pdfjs-dist/*", "mammoth"],
  // import.meta.url does not exist in CommonJS; give the bundle its own file URL instead.
  define: { "import.meta.url": "__disclintFileUrl" },
  banner: { js: 'const __disclintFileUrl = require("node:url").pathToFileURL(__filename).href;' },
  sourcemap: "linked",
  logLevel: "warning",
});
