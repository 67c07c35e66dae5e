/**
 * An MCP client talking to the server in the same process over the SDK's in-memory transport:
 * the same protocol messages as over stdio, without spawning a process.
 */
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { allowedRoots } from "../../src/mcp/allowed-files.js";
import { createMcpServer } from "../../src/mcp/server.js";

export interface Connected {
  client: Client;
  /** Lines the server logged (to standard error, in the real process). */
  logged: string[];
  close: () => Promise<void>;
}

export async function connect(roots: string[], cwd = process.cwd()): Promise<Connected> {
  const logged: string[] = [];
  const server = createMcpServer({
    roots: allowedRoots(roots, cwd),
    today: () => "2026-11-25",
    log: (line) => logged.push(line),
  });
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: "disclint-test", version: "1.0.0" });
  await Promise.all([server.connect(serverTransport), client.connect(clientTransport)]);
  return {
    client,
    logged,
    close: async () => {
      await client.close();
      await server.close();
    },
  };
}

/** Calls a tool; the result as the protocol carries it (CallToolResult, never a thrown error). */
export async function call(
  client: Client,
  name: string,
  args: Record<string, unknown>,
): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}

/** The text of a tool error (or of a result's first text block). */
export function textOf(result: CallToolResult): string {
  const first = result.content[0];
  return first?.type === "text" ? first.text : "";
}
