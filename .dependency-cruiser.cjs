/**
 * How the folders of src/ may depend on each other (CONTRIBUTING.md, "How the code is laid out").
 * `npm run depcruise` checks it and CI runs it. The `allowed` list is the whole picture: it is a
 * layering with no way back up, so no two folders can import each other, and nothing below the
 * front ends (cli/, lsp/, web/, mcp/) can import one. An import that no line allows is an error.
 */
const folder = (name) => `^src/${name}/`;
const anyOf = (...names) => `^src/(${names.join("|")})/`;

/** What each folder may import besides itself, npm packages and Node's modules. */
const layers = {
  domain: [],
  patterns: [],
  diagnostics: ["domain"],
  document: ["domain"],
  facts: ["document", "domain"],
  profile: ["document", "facts", "domain"],
  checks: ["document", "facts", "profile", "patterns", "domain"],
  config: ["diagnostics", "domain"],
  bundled: ["checks", "facts", "profile"],
  rules: ["checks", "patterns", "diagnostics", "bundled", "document", "domain"],
  engine: ["checks", "rules", "profile", "facts", "document", "config", "domain"],
  fix: ["engine", "document"],
  annotate: ["document", "domain"],
  report: ["engine", "rules", "document", "domain"],
  lsp: ["engine", "rules", "config", "bundled", "diagnostics", "document", "domain"],
  web: ["engine", "rules", "bundled", "report", "annotate", "document", "domain"],
  mcp: ["engine", "rules", "config", "bundled", "checks", "facts", "diagnostics", "document", "domain"],
  cli: ["engine", "rules", "config", "bundled", "checks", "facts", "profile", "patterns", "diagnostics", "document", "domain", "fix", "report", "annotate"],
};

module.exports = {
  forbidden: [
    {
      name: "no-import-of-front-ends",
      comment: "Front ends (cli/, lsp/, web/, mcp/) call the kernel; nothing below them imports them.",
      severity: "error",
      from: { pathNot: anyOf("cli", "lsp", "web", "mcp") },
      to: { path: anyOf("cli", "lsp", "web", "mcp") },
    },
    {
      name: "front-ends-apart",
      comment:
        "A front end never imports another; the exceptions are the disclint binary launching its language server (`disclint lsp`), its web app (`disclint serve`) and its MCP server (`disclint mcp`).",
      severity: "error",
      from: { path: anyOf("cli", "lsp", "web", "mcp"), pathNot: "^src/cli/(lsp|serve|mcp)-command\\.ts$" },
      to: { path: anyOf("cli", "lsp", "web", "mcp"), pathNot: "$1" },
    },
    {
      name: "kernel-does-no-file-io",
      comment: "The kernel and everything it runs get bytes and data as values (textlint's model).",
      severity: "error",
      from: { path: anyOf("engine", "checks", "facts", "profile", "document", "patterns", "domain", "annotate") },
      to: { path: "^(node:)?(fs|fs/promises|child_process|worker_threads|net|http|https|readline)$" },
    },
    {
      name: "web-keeps-no-files",
      comment:
        "disclint serve holds uploads in memory only: the web app never touches the file system or starts processes (--open is the CLI's).",
      severity: "error",
      from: { path: folder("web") },
      to: { path: "^(node:)?(fs|fs/promises|child_process|worker_threads)$" },
    },
    {
      name: "no-circular",
      comment: "Modules that import each other (not only for types), even within a folder, cannot be read one at a time.",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
  ],
  allowed: [
    { comment: "npm packages, Node's modules and JSON schemas", from: {}, to: { dependencyTypesNot: ["local"] } },
    { comment: "the JSON schemas compiled in", from: {}, to: { path: "^schemas/" } },
    ...Object.entries(layers).map(([name, below]) => ({
      comment: `${name}/ imports itself${below.length > 0 ? ` and ${below.join(", ")}` : ""}`,
      from: { path: folder(name) },
      to: { path: below.length > 0 ? anyOf(name, ...below) : folder(name) },
    })),
    {
      comment: "the disclint binary launches its language server (`disclint lsp`)",
      from: { path: "^src/cli/lsp-command\\.ts$" },
      to: { path: "^src/lsp/server\\.ts$" },
    },
    {
      comment: "the disclint binary starts its web app (`disclint serve`)",
      from: { path: "^src/cli/serve-command\\.ts$" },
      to: { path: "^src/web/server\\.ts$" },
    },
    {
      comment: "the disclint binary launches its MCP server (`disclint mcp`)",
      from: { path: "^src/cli/mcp-command\\.ts$" },
      to: { path: "^src/mcp/server\\.ts$" },
    },
  ],
  allowedSeverity: "error",
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(tests|scripts|dist)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".js", ".json"] },
  },
};
