/**
 * `disclint mcp`: the Model Context Protocol server for AI drafting assistants. Its module (and
 * the MCP SDK) is imported only when this command runs, so `disclint check` does not pay for it.
 */
import type { Command } from "commander";
import type { CommandIo } from "./check-command.js";

const CLIENT_CONFIG = `
The server speaks MCP over standard input and output (its log goes to standard error) and
offers four tools: check_text, check_file, explain_rule and list_rules. check_file reads only
drafts (.txt .md .html .docx .pdf, not hidden) inside the --root folders (default: the current
folder), also through symbolic links; each is checked with the .disclint.yaml above it.

Register it in an MCP client, e.g. (Claude Desktop, Cursor and others use this shape):
  { "mcpServers": { "disclint": { "command": "disclint", "args": ["mcp", "--root", "/path/to/drafts"] } } }`;

export function registerMcpCommand(program: Command, io: CommandIo): void {
  program
    .command("mcp")
    .description(
      "run the MCP server for AI drafting assistants (Model Context Protocol over standard input and output)",
    )
    .option(
      "--root <dir>",
      "a folder whose drafts check_file may read (repeatable; default: the current folder)",
      (dir: string, previous: string[] = []) => [...previous, dir],
    )
    .addHelpText("after", CLIENT_CONFIG)
    .action(async (flags: { root?: string[] }) => {
      const { runStdioMcpServer } = await import("../mcp/server.js");
      // The process stays alive on stdin; it ends when the client closes the pipe.
      await runStdioMcpServer({ roots: flags.root ?? [], cwd: io.cwd });
    });
}
