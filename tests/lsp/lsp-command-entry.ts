/** A program with only `disclint lsp` registered, as main.ts registers it, for the command's test. */
import { Command } from "commander";
import { registerLspCommand } from "../../src/cli/lsp-command.js";

const program = new Command("disclint");
registerLspCommand(program, {
  cwd: process.cwd(),
  stdout: (text) => process.stderr.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: async () => new Uint8Array(),
  today: new Date().toISOString().slice(0, 10),
});
await program.parseAsync(process.argv.slice(2), { from: "user" });
