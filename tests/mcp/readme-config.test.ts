/**
 * The client configuration the README tells users to paste must start a working server: the
 * JSON block of its MCP section is parsed, its placeholder paths filled in, and the command run
 * as a client would, through the SDK's stdio transport. Needs the bundle (`npm run build`).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CheckOutput } from "../../src/mcp/output-schemas.js";
import { textOf } from "./connect.js";
import { FERNCLIFF_EN } from "./fixture.js";

const REPO = join(import.meta.dirname, "..", "..");

interface ServerConfig {
  command: string;
  args: string[];
}

/** The `disclint` entry of the first JSON block after the README's MCP heading. */
function readmeServerConfig(): ServerConfig {
  const readme = readFileSync(join(REPO, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("### For AI drafting assistants (MCP)"));
  const block = /```json\n([\s\S]*?)```/.exec(section)?.[1];
  if (block === undefined) throw new Error("the README's MCP section has no JSON block");
  return (JSON.parse(block) as { mcpServers: { disclint: ServerConfig } }).mcpServers.disclint;
}

let drafts: string;
beforeAll(() => {
  drafts = mkdtempSync(join(tmpdir(), "disclint-mcp-readme-"));
  writeFileSync(join(drafts, "dosing-en.txt"), FERNCLIFF_EN);
});
afterAll(() => rmSync(drafts, { recursive: true, force: true }));

describe("the README's MCP client configuration", () => {
  it("starts a server that checks a draft in the configured folder", async () => {
    const config = readmeServerConfig();
    expect(config.command).toBe("node");
    const args = config.args.map((arg) =>
      arg.replace("/path/to/disclint", REPO).replace("/path/to/drafts", drafts),
    );
    expect(args).toEqual([join(REPO, "bin", "disclint.cjs"), "mcp", "--root", drafts]);
    const client = new Client({ name: "readme-config-test", version: "1.0.0" });
    // A client starts the server from a folder of its own, not from the drafts.
    await client.connect(
      new StdioClientTransport({ command: process.execPath, args, cwd: tmpdir(), stderr: "pipe" }),
    );
    try {
      const result = (await client.callTool({
        name: "check_file",
        arguments: { path: "dosing-en.txt" },
      })) as CallToolResult;
      expect(result.isError, textOf(result)).toBeFalsy();
      const output = result.structuredContent as unknown as CheckOutput;
      expect(output.file).toBe("dosing-en.txt");
      expect(output.findings.map((finding) => finding.ruleId)).toContain("hkex/placeholders");
    } finally {
      await client.close();
    }
  }, 30_000);
});
