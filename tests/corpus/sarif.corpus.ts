/**
 * Every SARIF log disclint writes validates against the official SARIF 2.1.0 JSON Schema
 * (../shared/schemas/sarif-2.1.0.json, from Microsoft's sarif-sdk): the examples, a report
 * with every optional part, and the real announcements (whose paths lie outside the working
 * directory, so they are absolute file URIs).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import * as formats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { sarifReporter } from "../../src/report/sarif.js";
import { startWebServer } from "../../src/web/server.js";
import { runCli } from "../helpers/run-cli.js";
import { CWD, hostileReport } from "../report/hostile-report.js";
import { kestrelDraft, SALTMARSH_EN, SALTMARSH_ZH } from "../web/drafts.js";
import { multipart, type Part, send } from "../web/http.js";
import { corpusDir, requireShared, sharedDir } from "./corpus.js";

type AddFormats = (ajv: Ajv2020) => Ajv2020;

let compiled: ReturnType<Ajv2020["compile"]> | undefined;

function sarifValidator(): ReturnType<Ajv2020["compile"]> {
  if (compiled) return compiled;
  requireShared();
  const schemaFile = join(sharedDir, "schemas", "sarif-2.1.0.json");
  if (!existsSync(schemaFile)) throw new Error(`the SARIF schema is missing: expected ${schemaFile}`);
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  // ajv-formats is CommonJS: under NodeNext its function is the default export's default.
  const module = formats as unknown as { default: AddFormats | { default: AddFormats } };
  const addFormats = typeof module.default === "function" ? module.default : module.default.default;
  addFormats(ajv);
  compiled = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));
  return compiled;
}

interface Log {
  runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
}

function expectValidSarif(text: string): Log {
  const validate = sarifValidator();
  const log: unknown = JSON.parse(text);
  const valid = validate(log);
  expect(validate.errors ?? [], "SARIF must match the official 2.1.0 schema").toEqual([]);
  expect(valid).toBe(true);
  return log as Log;
}

const examplesDir = join(import.meta.dirname, "..", "..", "examples");

describe("SARIF output against the official SARIF 2.1.0 schema", () => {
  it("the schema itself rejects a log it should reject (the validator is live)", () => {
    const validate = sarifValidator();
    expect(validate({ version: "2.1.0", runs: [{ tool: { driver: {} } }] })).toBe(false);
  });

  it("each example directory and all of them together", async () => {
    const dirs = readdirSync(examplesDir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    for (const dir of dirs) {
      const result = await runCli(["check", ".", "--format", "sarif"], { cwd: join(examplesDir, dir.name) });
      expectValidSarif(result.stdout);
    }
    const all = expectValidSarif(
      (await runCli(["check", ".", "--format", "sarif"], { cwd: examplesDir })).stdout,
    );
    expect(all.runs[0]?.results.length).toBeGreaterThan(5);
  });

  it("standard input and a missing file", async () => {
    const result = await runCli(["check", "--stdin", "missing.txt", "--format", "sarif"], {
      cwd: examplesDir,
      stdin: "Lumen Harbour Biotech Limited will announce its results on [●].",
    });
    expectValidSarif(result.stdout);
  });

  it("a report with suppressions, pages, paragraphs, fixes, related locations and a file error", () => {
    expectValidSarif(sarifReporter.render(hostileReport(), { color: false, cwd: CWD }));
  });

  it("the real announcements", async () => {
    requireShared();
    const files = readdirSync(corpusDir)
      .filter((name) => name.endsWith(".txt"))
      .map((name) => join(corpusDir, name));
    expect(files.length).toBeGreaterThan(10);
    const result = await runCli(["check", ...files, "--format", "sarif"], { cwd: examplesDir });
    const log = expectValidSarif(result.stdout);
    expect(log.runs[0]?.results.length).toBeGreaterThan(0);
    const uri = log.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri;
    expect(uri?.startsWith("file:///")).toBe(true);
  });

  it("the SARIF download of disclint serve: a text draft, a pair, a Word draft and real announcements", async () => {
    const server = await startWebServer({ cwd: examplesDir, today: () => "2026-11-25" });
    const download = async (filename: string, content: string | Uint8Array, other?: Part) => {
      const parts: Part[] = [
        { name: "draft", filename, content },
        ...(other ? [other] : []),
        { name: "output", content: "sarif" },
      ];
      const answer = await send(server.origin, {
        path: `/check?token=${server.token}`,
        body: multipart(parts),
      });
      expect(answer.status, filename).toBe(200);
      return expectValidSarif(answer.text);
    };
    try {
      const text = await download("saltmarsh.txt", SALTMARSH_EN);
      expect(text.runs[0]?.results.length).toBeGreaterThan(3);
      expect(text.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe(
        "saltmarsh.txt",
      );
      const pair = await download("saltmarsh.txt", SALTMARSH_EN, {
        name: "other",
        filename: "saltmarsh-zh.txt",
        content: SALTMARSH_ZH,
      });
      const uris = pair.runs[0]?.results.map(
        (result) => result.locations[0]?.physicalLocation.artifactLocation.uri,
      );
      expect(new Set(uris)).toEqual(new Set(["saltmarsh.txt", "saltmarsh-zh.txt"]));
      await download("kestrel-ridge.docx", await kestrelDraft());
      requireShared();
      const real = readdirSync(corpusDir)
        .filter((name) => name.endsWith(".txt"))
        .slice(0, 5);
      expect(real).toHaveLength(5);
      for (const name of real) await download(name, readFileSync(join(corpusDir, name)));
    } finally {
      await server.close();
    }
  });
});
