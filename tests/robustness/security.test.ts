/**
 * Security (issue 7, item 6):
 *   - no network access in any run: the CLI runs in a child process with a preload
 *     (no-network.cjs) that makes every socket, DNS lookup, HTTP request and fetch throw and
 *     records it; the examples go through every output format and the log must stay empty;
 *   - rule packs and config are data only: template syntax, JavaScript in strings and YAML
 *     tags that some loaders execute are plain text here;
 *   - packs are local files or bundled names, never URLs (there is no `extends`; see
 *     bad-input.test.ts);
 *   - the HTML report stays inert for hostile text.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPORTERS } from "../../src/report/reporters.js";
import { runCli } from "../helpers/run-cli.js";

const ROOT = join(import.meta.dirname, "..", "..");
const CLI = join(ROOT, "bin", "disclint.cjs");
const PRELOAD = join(import.meta.dirname, "no-network.cjs");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "disclint-security-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runIsolated(args: string[], cwd: string) {
  const log = join(dir, `network-${Math.random().toString(36).slice(2)}.log`);
  const result = spawnSync(process.execPath, ["--require", PRELOAD, CLI, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, DISCLINT_NETWORK_LOG: log, GITHUB_STEP_SUMMARY: "" },
    maxBuffer: 1 << 28,
  });
  const attempts = existsSync(log) ? readFileSync(log, "utf8") : "";
  return { ...result, attempts };
}

describe("no network access", () => {
  it("the preload really blocks and records a connection (so an empty log means something)", () => {
    const log = join(dir, "probe.log");
    const probe = spawnSync(
      process.execPath,
      ["--require", PRELOAD, "-e", "try { require('node:https').get('https://example.com') } catch {}"],
      { encoding: "utf8", env: { ...process.env, DISCLINT_NETWORK_LOG: log } },
    );
    expect(probe.status).toBe(0);
    expect(readFileSync(log, "utf8")).toBe("https.request\n");
  });

  const formats = [...REPORTERS.keys()];
  it(`checking the examples in every format (${formats.join(", ")}) opens no connection`, () => {
    const examples = join(ROOT, "examples");
    for (const format of formats) {
      const out = join(dir, `report-${format}`);
      const result = runIsolated(
        ["check", examples, "--format", format, "--output", out, "--jobs", "2", "--facts"],
        ROOT,
      );
      expect(result.stderr, format).not.toContain("internal error");
      expect([0, 1], `${format}: ${result.stderr}`).toContain(result.status);
      expect(readFileSync(out, "utf8").length, format).toBeGreaterThan(0);
      expect(result.attempts, format).toBe("");
    }
  }, 120_000);

  it("rules, rules explain and the other commands open no connection", () => {
    for (const args of [["rules", "list"], ["rules", "explain", "hkex/disclaimer"], ["--version"]]) {
      const result = runIsolated(args, ROOT);
      expect(result.status, args.join(" ")).toBe(0);
      expect(result.attempts, args.join(" ")).toBe("");
    }
  });
});

const DRAFT = "Lumen Harbour Biotech Limited\n(Stock Code: 9876)\n\nThe record date is TBD.\n";

function hostilePack(message: string, extra = ""): string {
  return `name: house
title: Fictional house style
version: 1.0.0
rules:
  - id: house/no-tbd
    title: No TBD
    severity: error
    message: ${message}
    citation:
      source: House style guide of a fictional secretary
      url: https://example.com/house-style
      verified: true
    check:
      kind: forbidden
      patterns: ['\\bTBD\\b']
${extra}    examples:
      valid:
        - text: The meeting will be held on 3 June 2026.
      invalid:
        - text: The meeting will be held on TBD.
          kind: forbidden
`;
}

describe("packs and config are data only", () => {
  // The payloads are strings that other tools would evaluate; they are the point of the test.
  const PAYLOADS = [
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template payload, on purpose
    "'${process.exit(7)}'",
    "'{{constructor.constructor(\"return process\")().exit(7)}}'",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template payload, on purpose
    "'{{match}} #{process.exit(7)} <%= process.exit(7) %> `${process.exit(7)}`'",
  ];
  for (const payload of PAYLOADS) {
    it(`a message written as ${payload} is printed as text, never run`, () => {
      writeFileSync(join(dir, "draft.txt"), DRAFT);
      writeFileSync(join(dir, "hostile.yaml"), hostilePack(payload));
      const result = runIsolated(
        ["check", "draft.txt", "--pack", "hostile.yaml", "--format", "compact"],
        dir,
      );
      expect(result.status, result.stderr).not.toBe(7);
      expect(result.status).toBe(1);
      const literal = payload.slice(1, -1).replace("{{match}}", "TBD");
      expect(result.stdout).toContain(
        literal.includes("{{constructor") ? "constructor.constructor" : literal,
      );
      expect(result.stdout).toContain("[house/no-tbd]");
    });
  }

  it("a YAML tag that other loaders execute (!!js/function) is refused or kept as text", () => {
    writeFileSync(join(dir, "draft.txt"), DRAFT);
    writeFileSync(
      join(dir, "tagged.yaml"),
      hostilePack('!!js/function \'function () { require("node:fs").writeFileSync("pwned", "x") }\''),
    );
    const result = runIsolated(["check", "draft.txt", "--pack", "tagged.yaml", "--format", "compact"], dir);
    expect(existsSync(join(dir, "pwned"))).toBe(false);
    expect(result.stderr).not.toContain("internal error");
    if (result.status === 2) expect(result.stderr).toContain("tagged.yaml");
    else expect(result.stdout).toContain("function () {");
  });

  it("a config's strings are data too: an issuer name with code in it is only text", () => {
    writeFileSync(join(dir, "draft.txt"), DRAFT);
    writeFileSync(
      join(dir, "code.yaml"),
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a template payload, on purpose
      "issuer:\n  name: \"${process.exit(7)} {{constructor.constructor('return process')().exit(7)}}\"\n  stockCode: '9876'\n",
    );
    const result = runIsolated(["check", "draft.txt", "--config", "code.yaml", "--format", "json"], dir);
    expect(result.status, result.stderr).not.toBe(7);
    expect([0, 1, 2]).toContain(result.status);
    expect(result.attempts).toBe("");
  });

  it("a pack given as a URL is not fetched: it is a missing local file", async () => {
    writeFileSync(join(dir, "draft.txt"), DRAFT);
    const result = runIsolated(
      ["check", "draft.txt", "--pack", "https://example.com/pack.yaml", "--format", "compact"],
      dir,
    );
    expect(result.status).toBe(2);
    expect(result.attempts).toBe("");
    expect(result.stderr).toContain("example.com/pack.yaml:1:1: error[file-unreadable]");
  });
});

describe("the HTML report stays inert for hostile text", () => {
  it("markup from a draft and from a pack's message appears only escaped", async () => {
    const hostile =
      "Lumen Harbour Biotech Limited\n(Stock Code: 9876)\n\nThe date is <script>alert(1)</script> and " +
      '<img src=x onerror=alert(2)> and <a href="javascript:alert(3)">here</a>.\n';
    writeFileSync(join(dir, "hostile.txt"), hostile);
    writeFileSync(join(dir, "clean.txt"), DRAFT);
    writeFileSync(
      join(dir, "markup.yaml"),
      hostilePack("'Remove {{match}} <svg onload=alert(4)></svg>'", "").replace(
        "patterns: ['\\bTBD\\b']",
        "patterns: ['<script>[^<]*</script>|<img [^>]*>|<a [^>]*>|\\bTBD\\b']",
      ),
    );
    const args = (file: string) => ["check", file, "--pack", "markup.yaml", "--format", "html"];
    const html = (await runCli(args("hostile.txt"), { cwd: dir })).stdout;
    const clean = (await runCli(args("clean.txt"), { cwd: dir })).stdout;
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;svg onload=alert(4)&gt;");
    expect(html).not.toContain("<script>alert(1)");
    expect(html).not.toMatch(/<img[^>]*onerror/i);
    expect(html).not.toMatch(/<svg[^>]*onload/i);
    expect(html).not.toMatch(/<a[^>]*href="javascript:/i);
    // The report's own scripts and handlers are no more with hostile text than without.
    // Quoted attribute values are text (the escaped markup sits in title="…"), so drop them first.
    const count = (text: string, pattern: RegExp) =>
      (text.replace(/="[^"]*"/g, '=""').match(pattern) ?? []).length;
    expect(count(html, /<script/gi)).toBeLessThanOrEqual(count(clean, /<script/gi));
    expect(count(html, /<[^>]*\son[a-z]+=/gi)).toBeLessThanOrEqual(count(clean, /<[^>]*\son[a-z]+=/gi));
  });
});
