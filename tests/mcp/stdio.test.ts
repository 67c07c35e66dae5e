/**
 * `disclint mcp` as a client starts it: `node bin/disclint.cjs mcp --root <dir>` over stdio.
 * First through the SDK's own client (StdioClientTransport), then byte for byte: every line the
 * process writes to standard output must be a JSON-RPC message, whatever it is asked — a Word
 * and a PDF draft (whose libraries might print), a refused path, a malformed line, a bad call.
 * Needs the bundle (`npm run build`, which `npm test` runs first).
 */
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CheckOutput } from "../../src/mcp/output-schemas.js";
import { docxFromText, pdfFromText } from "../document/readers/make-from-text.js";
import { textOf } from "./connect.js";
import { FERNCLIFF_CONFIG, FERNCLIFF_EN, positionOf } from "./fixture.js";

const CLI = join(import.meta.dirname, "..", "..", "bin", "disclint.cjs");

let base: string;
let root: string;
let placeholderPage: number;
beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), "disclint-mcp-stdio-"));
  root = join(base, "drafts");
  mkdirSync(root);
  writeFileSync(join(root, ".disclint.yaml"), FERNCLIFF_CONFIG);
  writeFileSync(join(root, "dosing-en.txt"), FERNCLIFF_EN);
  writeFileSync(join(root, "dosing-en.docx"), await docxFromText(FERNCLIFF_EN));
  const pdf = await pdfFromText(FERNCLIFF_EN, { header: "Ferncliff Biologics Limited", fontSize: 30 });
  writeFileSync(join(root, "dosing-en.pdf"), pdf.bytes);
  // The placeholder's paragraph (the fifth) starts on the page the generator says.
  placeholderPage = pdf.paragraphPages[4]?.[0] ?? 0;
  writeFileSync(join(base, "outside.txt"), FERNCLIFF_EN);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe("disclint mcp through the SDK's stdio client", () => {
  it("initializes, lists its tools, checks inside the root and refuses outside it", async () => {
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [CLI, "mcp", "--root", root],
      cwd: base,
      stderr: "pipe",
    });
    const client = new Client({ name: "disclint-stdio-test", version: "1.0.0" });
    await client.connect(transport);
    try {
      expect(client.getServerVersion()?.name).toBe("disclint");
      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name).sort()).toEqual([
        "check_file",
        "check_text",
        "explain_rule",
        "list_rules",
      ]);

      const inside = (await client.callTool({
        name: "check_file",
        arguments: { path: "dosing-en.txt" },
      })) as CallToolResult;
      expect(inside.isError, textOf(inside)).toBeFalsy();
      const output = inside.structuredContent as unknown as CheckOutput;
      const placeholder = output.findings.find((finding) => finding.ruleId === "hkex/placeholders");
      expect(placeholder?.location).toMatchObject(positionOf(FERNCLIFF_EN, "[●]"));
      expect(
        output.findings.some(
          (finding) => finding.ruleId === "hkex/18a-cautionary" && finding.kind === "missing",
        ),
      ).toBe(true);

      const pdf = (await client.callTool({
        name: "check_file",
        arguments: { path: "dosing-en.pdf" },
      })) as CallToolResult;
      const pdfOutput = pdf.structuredContent as unknown as CheckOutput;
      const onPage = pdfOutput.findings.find((finding) => finding.ruleId === "hkex/placeholders");
      expect(placeholderPage).toBeGreaterThan(1);
      expect(onPage?.location).toMatchObject({ page: placeholderPage, where: `page ${placeholderPage}` });

      const outside = (await client.callTool({
        name: "check_file",
        arguments: { path: join(base, "outside.txt") },
      })) as CallToolResult;
      expect(outside.isError).toBe(true);
      expect(textOf(outside)).toMatch(/outside the folders this server may read/);

      const malformed = (await client.callTool({
        name: "explain_rule",
        arguments: { ruleId: 7 },
      })) as CallToolResult;
      expect(malformed.isError).toBe(true);
      const after = (await client.callTool({
        name: "explain_rule",
        arguments: { ruleId: "hkex/disclaimer" },
      })) as CallToolResult;
      expect(after.isError).toBeFalsy();
    } finally {
      await client.close();
    }
  }, 30_000);
});

/** The server process with its raw standard output, answering JSON-RPC lines one at a time. */
class RawServer {
  readonly stdout: string[] = [];
  stderr = "";
  private buffer = "";
  private waiting = new Map<number, (message: Record<string, unknown>) => void>();
  readonly exited: Promise<number | null>;

  constructor(private readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => this.read(chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      this.stderr += chunk;
    });
    this.exited = new Promise((resolve) => child.on("exit", (code) => resolve(code)));
  }

  private read(chunk: string): void {
    this.buffer += chunk;
    for (let end = this.buffer.indexOf("\n"); end >= 0; end = this.buffer.indexOf("\n")) {
      const line = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 1);
      this.stdout.push(line);
      try {
        const message = JSON.parse(line) as Record<string, unknown>;
        if (typeof message.id === "number") this.waiting.get(message.id)?.(message);
      } catch {
        // Not JSON: kept in `stdout`, where the test finds it.
      }
    }
  }

  send(line: string): void {
    this.child.stdin.write(`${line}\n`);
  }

  request(id: number, method: string, params: Record<string, unknown>): Promise<Record<string, unknown>> {
    const answered = new Promise<Record<string, unknown>>((resolve) => this.waiting.set(id, resolve));
    this.send(JSON.stringify({ jsonrpc: "2.0", id, method, params }));
    return answered;
  }

  end(): void {
    this.child.stdin.end();
  }

  /** What is left unread: a line without its newline is not a protocol message either. */
  get rest(): string {
    return this.buffer;
  }
}

describe("disclint mcp's standard output", () => {
  it("carries nothing but JSON-RPC messages, and the process ends when the client hangs up", async () => {
    const server = new RawServer(spawn(process.execPath, [CLI, "mcp", "--root", root], { cwd: base }));
    const initialized = await server.request(1, "initialize", {
      protocolVersion: "2025-06-18",
      capabilities: {},
      clientInfo: { name: "raw", version: "1" },
    });
    expect(initialized.result).toMatchObject({ serverInfo: { name: "disclint" } });
    server.send(JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" }));
    server.send("this line is not JSON-RPC");
    const calls: [string, Record<string, unknown>][] = [
      ["check_file", { path: "dosing-en.docx" }],
      ["check_file", { path: "dosing-en.pdf" }],
      ["check_file", { path: "../outside.txt" }],
      ["check_text", { text: FERNCLIFF_EN, asOf: "yesterday" }],
      ["explain_rule", { ruleId: "18a-cautionary" }],
      ["list_rules", { regime: "18A" }],
      ["no_such_tool", {}],
    ];
    const answers = await Promise.all(
      calls.map(([name, args], index) => server.request(index + 2, "tools/call", { name, arguments: args })),
    );
    const errors = answers.map(
      (answer) => (answer.result as { isError?: boolean } | undefined)?.isError === true,
    );
    expect(errors).toEqual([false, false, true, true, true, false, true]);
    const docx = (answers[0]?.result as { structuredContent: CheckOutput } | undefined)?.structuredContent;
    expect(docx?.findings.find((finding) => finding.ruleId === "hkex/placeholders")?.location.where).toMatch(
      /^paragraph \d+$/,
    );

    server.end();
    expect(await server.exited).toBe(0);
    expect(server.rest).toBe("");
    for (const line of server.stdout) {
      const message = JSON.parse(line) as Record<string, unknown>;
      expect(message.jsonrpc).toBe("2.0");
    }
    expect(server.stdout).toHaveLength(1 + calls.length);
    expect(server.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);

  it("warns on standard error when, without --root, it was started in the file system's root", async () => {
    const started = async (cwd: string) => {
      const server = new RawServer(spawn(process.execPath, [CLI, "mcp"], { cwd }));
      server.end();
      expect(await server.exited).toBe(0);
      expect(server.stdout).toEqual([]);
      return server.stderr;
    };
    expect(await started("/")).toContain("check_file may read drafts anywhere under /; pass --root");
    expect(await started(root)).not.toContain("anywhere under");
  });

  it("refuses to start on a root that is not a folder, on standard error, with exit code 2", async () => {
    const server = new RawServer(
      spawn(process.execPath, [CLI, "mcp", "--root", join(base, "no-such-folder")], { cwd: base }),
    );
    server.end();
    expect(await server.exited).toBe(2);
    expect(server.stdout).toEqual([]);
    expect(server.stderr).toMatch(/--root .*no-such-folder: no such folder/);
  });
});
