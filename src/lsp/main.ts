/** Starts the language server from the sources (`npx tsx src/lsp/main.ts --stdio`), as `disclint lsp` does. */
import { runStdioServer } from "./server.js";

runStdioServer({ fallbackRoot: process.cwd() });
