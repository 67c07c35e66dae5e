/**
 * How every tool answers: structured content with a short text for the model, or an MCP tool
 * error with a plain message. A user's mistake (a path outside the allowed folders, a bad
 * .disclint.yaml, an unknown rule) is said in its own words; anything else is an internal error,
 * whose stack goes to standard error — never to standard output, which carries the protocol.
 */
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { InputError } from "../document/input-error.js";
import { UsageError } from "../domain/usage-error.js";

export interface ToolAnswer {
  /** A few lines for clients that show the model only text. */
  summary: string;
  content: Record<string, unknown>;
}

export type Log = (line: string) => void;

/**
 * The summary, then the same content as JSON text, as the MCP specification asks of tools with
 * structured content so that clients which read only text blocks still get every field.
 */
export function structuredResult({ summary, content }: ToolAnswer): CallToolResult {
  return {
    content: [
      { type: "text", text: summary },
      { type: "text", text: JSON.stringify(content) },
    ],
    structuredContent: content,
  };
}

export function toolError(message: string): CallToolResult {
  return { content: [{ type: "text", text: message }], isError: true };
}

/** Runs a tool's work and turns what it throws into a tool error. */
export async function answer(
  work: () => Promise<ToolAnswer> | ToolAnswer,
  log: Log,
): Promise<CallToolResult> {
  try {
    return structuredResult(await work());
  } catch (error) {
    if (error instanceof UsageError) return toolError([error.message, ...error.details].join("\n"));
    if (error instanceof InputError) return toolError(error.message);
    log(
      `disclint mcp: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    const message = error instanceof Error ? error.message : String(error);
    return toolError(`disclint: internal error: ${message} (please report this)`);
  }
}
