/**
 * `disclint lsp`: the language server for editors. Its module (and vscode-languageserver) is
 * imported only when this command runs, so `disclint check` does not pay for it at start-up.
 */
import type { Command } from "commander";
import type { CommandIo } from "./check-command.js";

export function registerLspCommand(program: Command, io: CommandIo): void {
  program
    .command("lsp")
    .description("run the language server for editors (LSP over standard input and output)")
    .option("--stdio", "talk over standard input and output (the default, accepted for editor clients)")
    .action(async () => {
      const { runStdioServer } = await import("../lsp/server.js");
      // The process stays alive on stdin; the server exits when the client says `exit` or hangs up.
      runStdioServer({ fallbackRoot: io.cwd });
    });
}
