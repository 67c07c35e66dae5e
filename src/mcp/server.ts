/**
 * `disclint mcp`: a Model Context Protocol server, so that an AI drafting assistant can check
 * its own draft of an HKEX announcement, read why a rule exists and what it rests on, and list
 * the rules. Four tools (check_text, check_file, explain_rule, list_rules), each a thin door to
 * the kernel and the rule packs; standard output carries only protocol messages.
 */

import { dirname } from "node:path";
import { format } from "node:util";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { packageVersion } from "../bundled/package-root.js";
import { type AllowedRoot, allowedRoots } from "./allowed-files.js";
import { checkFile, checkText } from "./check-tools.js";
import { checkFileInput, checkTextInput, explainRuleInput, listRulesInput } from "./input-schemas.js";
import { checkOutput, explainRuleOutput, listRulesOutput } from "./output-schemas.js";
import { registerRuleResources } from "./rule-resources.js";
import { explainRuleTool, listRulesTool } from "./rule-tools.js";
import { answer, type Log } from "./tool-result.js";

export interface McpServerOptions {
  /** The folders check_file may read, already resolved (allowedRoots). */
  roots: readonly AllowedRoot[];
  /** The date to judge by when neither the caller nor the draft gives one (YYYY-MM-DD). */
  today?: () => string;
  /** Where diagnostics go: standard error, never standard output. */
  log?: Log;
}

const INSTRUCTIONS = `disclint checks drafts of Hong Kong Stock Exchange (HKEX) announcements, in English and Traditional Chinese, against the Listing Rules and market practice.
Check a draft with check_text (the text itself) or check_file (a .docx, .pdf, .txt, .md or .html file in the folders the user allowed), fix what the findings say, and check again. State the issuer's stock code, board and regimes when you know them: some requirements depend on them.
A finding of severity "error" is a breach of a Listing Rule whose text was read; "warning" and "info" rest on guidance or market practice. Use the prescribed wording in "expected" or "suggestion" rather than paraphrasing it. explain_rule tells why a rule exists and quotes its source; list_rules lists what is checked.`;

const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };

export function createMcpServer(options: McpServerOptions): McpServer {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));
  const context = { roots: options.roots, today };
  const server = new McpServer(
    { name: "disclint", title: "disclint — HKEX announcement checker", version: packageVersion() },
    { instructions: INSTRUCTIONS },
  );

  server.registerTool(
    "check_text",
    {
      title: "Check a draft announcement's text",
      description:
        "Checks the full text of a draft HKEX announcement (plain text, Markdown or HTML) and returns each finding with its rule, severity, location (line and column), the words concerned, the prescribed wording and a word diff where the rule has one, a suggested fix, and the citation with the provision's words. Pass the other language version as pairText to compare the facts both state. The issuer settings you give win over the project's .disclint.yaml.",
      inputSchema: checkTextInput,
      outputSchema: checkOutput,
      annotations: { title: "Check draft text", ...READ_ONLY },
    },
    (args) => answer(() => checkText(args, context), log),
  );

  server.registerTool(
    "check_file",
    {
      title: "Check a draft announcement file",
      description: `Checks a draft HKEX announcement file (.docx, .pdf, .txt, .md, .html) inside the folders the user allowed (${options.roots.map((root) => root.given).join(", ")}), with the .disclint.yaml that governs it, and returns findings as check_text does; Word and PDF findings give the paragraph (as Word counts them) or the page. Paths outside those folders (also through symbolic links), hidden files and files of other types are refused.`,
      inputSchema: checkFileInput,
      outputSchema: checkOutput,
      annotations: { title: "Check draft file", ...READ_ONLY },
    },
    (args) => answer(() => checkFile(args, context), log),
  );

  server.registerTool(
    "explain_rule",
    {
      title: "Explain a rule",
      description:
        "Explains one rule by its id (as findings give it, e.g. hkex/disclaimer): what it checks and why, what it rests on (a Listing Rule whose text was read, HKEX guidance or market practice) with the provision's own words, where it applies, the essential parts of a prescribed statement, and wordings that pass and fail. An id that is not a rule gets the nearest ones.",
      inputSchema: explainRuleInput,
      outputSchema: explainRuleOutput,
      annotations: { title: "Explain rule", ...READ_ONLY },
    },
    (args) => answer(() => explainRuleTool(args.ruleId, options.roots), log),
  );

  server.registerTool(
    "list_rules",
    {
      title: "List the rules",
      description:
        "Lists the rules disclint checks, with severity, source and where each applies; filter by pack, severity, board, regime, document kind, language or words in the id or title.",
      inputSchema: listRulesInput,
      outputSchema: listRulesOutput,
      annotations: { title: "List rules", ...READ_ONLY },
    },
    (args) => answer(() => listRulesTool(args, options.roots), log),
  );

  registerRuleResources(server, options.roots, log);
  server.server.onerror = (error) => log(`disclint mcp: ${error.message}`);
  return server;
}

/** Serves over this process's standard input and output, which then carries nothing else. */
export async function runStdioMcpServer(options: { roots: readonly string[]; cwd: string }): Promise<void> {
  const roots = allowedRoots(options.roots.length > 0 ? options.roots : ["."], options.cwd);
  routeConsoleToStderr();
  // Some clients start servers in the file system's root: without --root, every draft on the
  // machine would be readable. Allowed, as asked, but said where the user's client logs it.
  if (options.roots.length === 0 && roots.some((root) => dirname(root.real) === root.real))
    process.stderr.write(
      `disclint mcp: check_file may read drafts anywhere under ${roots[0]?.given}; pass --root <folder> to confine it\n`,
    );
  // A client that goes away closes the pipe: end quietly instead of crashing on the next write.
  process.stdout.on("error", () => process.exit(0));
  const server = createMcpServer({ roots });
  await server.connect(new StdioServerTransport());
}

/**
 * Anything a library prints with console.* goes to standard error, where MCP clients keep a
 * server's log: on standard output it would corrupt the protocol.
 */
export function routeConsoleToStderr(): void {
  const toStderr = (...args: unknown[]) => {
    process.stderr.write(`${format(...args)}\n`);
  };
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
  console.warn = toStderr;
  console.error = toStderr;
  console.trace = toStderr;
  console.dir = (item: unknown) => toStderr(item);
  console.table = (data: unknown) => toStderr(data);
}
