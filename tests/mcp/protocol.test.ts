/**
 * What a client sees on connecting: the server's name and instructions, and four tools, each
 * with a description, a strict input schema and an output schema. A call the server cannot
 * serve is a tool error with a plain message, and the server goes on serving.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Connected, call, connect, textOf } from "./connect.js";

let root: string;
let connected: Connected;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "disclint-mcp-protocol-"));
  connected = await connect([root]);
});
afterAll(async () => {
  await connected.close();
  rmSync(root, { recursive: true, force: true });
});

describe("on connecting", () => {
  it("names itself and tells the assistant how to use it", () => {
    expect(connected.client.getServerVersion()?.name).toBe("disclint");
    expect(connected.client.getInstructions()).toMatch(/check_text[\s\S]*check_file[\s\S]*explain_rule/);
  });

  it("lists the four tools with descriptions, strict input schemas and output schemas", async () => {
    const { tools } = await connected.client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual([
      "check_file",
      "check_text",
      "explain_rule",
      "list_rules",
    ]);
    const required: Record<string, string[]> = {
      check_text: ["text"],
      check_file: ["path"],
      explain_rule: ["ruleId"],
      list_rules: [],
    };
    for (const tool of tools) {
      expect(tool.description?.length, tool.name).toBeGreaterThan(80);
      expect(tool.inputSchema).toMatchObject({ type: "object", additionalProperties: false });
      expect(tool.inputSchema.required ?? [], tool.name).toEqual(required[tool.name]);
      expect(tool.outputSchema?.type, tool.name).toBe("object");
      expect(tool.annotations?.readOnlyHint, tool.name).toBe(true);
    }
  });

  it("describes each issuer setting a check accepts, with its allowed values", async () => {
    const { tools } = await connected.client.listTools();
    const checkText = tools.find((tool) => tool.name === "check_text");
    const properties = (checkText?.inputSchema.properties ?? {}) as Record<string, Record<string, unknown>>;
    for (const name of [
      "text",
      "format",
      "fileName",
      "pairText",
      "stockCode",
      "board",
      "regimes",
      "asOf",
      "documentKind",
    ])
      expect(properties[name]?.description, name).toEqual(expect.any(String));
    expect(properties.board?.enum).toEqual(["main", "gem"]);
    expect(properties.stockCode?.pattern).toBe("^\\d{1,5}$");
    expect(properties.regimes).toMatchObject({
      type: "array",
      items: { enum: ["18A", "18C", "8A", "19A", "19C"] },
    });
  });
});

describe("calls it cannot serve", () => {
  it("an unknown tool is a tool error, and the server goes on", async () => {
    const result = await call(connected.client, "check_announcement", { text: "x" });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/check_announcement not found/);
    expect((await connected.client.listTools()).tools).toHaveLength(4);
  });

  it("a call without its required argument is a tool error naming it", async () => {
    const result = await call(connected.client, "check_file", {});
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/at path/);
    expect(connected.logged).toEqual([]);
  });
});
