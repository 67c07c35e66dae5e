/**
 * The language server as a separate process, driven over JSON-RPC: diagnostics on open,
 * debounced re-checks, quick fixes, hover, and configuration reloads.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CodeAction, Hover, MarkupContent } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { loadRuleSet, resolvePackFiles } from "../../src/rules/rule-sets.js";
import {
  CONFIG,
  DRAFT,
  type FixtureFolder,
  WEEKDAY_LINE,
  WRONG_WEEKDAY,
  weekdayCharacter,
  writeFixture,
} from "./fixture.js";
import { type Published, TestClient } from "./protocol-client.js";

const weekdayRule = loadRuleSet(resolvePackFiles(["hkex"], process.cwd())).rules.find(
  (compiled) => compiled.rule.id === "hkex/weekday-date",
)?.rule;

function open(client: TestClient, uri: string, text: string, version = 1): Promise<void> {
  return client.connection.sendNotification("textDocument/didOpen", {
    textDocument: { uri, languageId: "plaintext", version, text },
  });
}

function weekdayDiagnostic(published: Published) {
  return published.diagnostics.find((diagnostic) => diagnostic.code === "hkex/weekday-date");
}

describe("disclint language server over stdio", () => {
  let fixture: FixtureFolder;
  let client: TestClient;

  beforeAll(async () => {
    fixture = writeFixture();
    client = await TestClient.start(fixture.dir);
  }, 30_000);
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
  });

  it("publishes a finding as a diagnostic with the rule id, severity, source and citation link", async () => {
    const uri = pathToFileURL(fixture.draftPath).href;
    await open(client, uri, DRAFT);
    const published = await client.waitFor((p) => p.uri === uri);
    const diagnostic = weekdayDiagnostic(published);
    const start = weekdayCharacter();
    expect(diagnostic).toMatchObject({
      source: "disclint",
      severity: 2,
      range: {
        start: { line: WEEKDAY_LINE, character: start },
        end: { line: WEEKDAY_LINE, character: start + "Tuesday, 16 March 2026".length },
      },
      codeDescription: { href: weekdayRule?.citation.url },
    });
    expect(diagnostic?.message).toContain("is a Monday, not a Tuesday");
    expect(published.diagnostics.map((d) => d.code)).toContain("hkex/disclaimer");
  });

  it("offers a quick fix whose edit turns the wrong weekday into the right one", async () => {
    const uri = pathToFileURL(fixture.draftPath).href;
    const diagnostic = weekdayDiagnostic(await client.waitFor((p) => p.uri === uri));
    const actions = (await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: diagnostic?.range,
      context: { diagnostics: diagnostic ? [diagnostic] : [] },
    })) as CodeAction[];
    expect(actions).toHaveLength(1);
    const [action] = actions;
    expect(action?.kind).toBe("quickfix");
    expect(action?.title).toContain('"Monday"');
    const edits = action?.edit?.changes?.[uri] ?? [];
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, "plaintext", 1, DRAFT), edits);
    expect(fixed.split("\n")[WEEKDAY_LINE]).toContain("on Monday, 16 March 2026.");
    expect(fixed.replace("on Monday,", `on ${WRONG_WEEKDAY},`)).toBe(DRAFT);
  });

  it("offers no quick fix where there is no finding", async () => {
    const uri = pathToFileURL(fixture.draftPath).href;
    await client.waitFor((p) => p.uri === uri);
    const actions = await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: { start: { line: 6, character: 2 }, end: { line: 6, character: 2 } },
      context: { diagnostics: [] },
    });
    expect(actions).toEqual([]);
  });

  it("shows the rule's title and citation on hover", async () => {
    const uri = pathToFileURL(fixture.draftPath).href;
    await client.waitFor((p) => p.uri === uri);
    const hover = (await client.connection.sendRequest("textDocument/hover", {
      textDocument: { uri },
      position: { line: WEEKDAY_LINE, character: weekdayCharacter() + 3 },
    })) as Hover;
    const text = (hover.contents as MarkupContent).value;
    expect(text).toContain(`**${weekdayRule?.title}**`);
    expect(text).toContain(`[${weekdayRule?.citation.source}](${weekdayRule?.citation.url})`);
    expect(text).toContain("(not verified)");
    expect(text).toContain("is a Monday, not a Tuesday");
    const nothing = await client.connection.sendRequest("textDocument/hover", {
      textDocument: { uri },
      position: { line: 6, character: 2 },
    });
    expect(nothing).toBeNull();
  });

  it("publishes only the latest text's diagnostics after a burst of edits", async () => {
    const uri = pathToFileURL(join(fixture.dir, "burst-en.txt")).href;
    await open(client, uri, DRAFT);
    await client.waitFor((p) => p.uri === uri && p.version === 1);
    const character = weekdayCharacter();
    const range = {
      start: { line: WEEKDAY_LINE, character },
      end: { line: WEEKDAY_LINE, character: character + WRONG_WEEKDAY.length },
    };
    const texts = ["Friday", "Sunday", "Monday"];
    for (const [index, text] of texts.entries()) {
      const previous = index === 0 ? WRONG_WEEKDAY : (texts[index - 1] ?? "");
      await client.connection.sendNotification("textDocument/didChange", {
        textDocument: { uri, version: index + 2 },
        contentChanges: [
          { range: { ...range, end: { line: WEEKDAY_LINE, character: character + previous.length } }, text },
        ],
      });
    }
    const latest = await client.waitFor((p) => p.uri === uri && p.version === 4);
    expect(weekdayDiagnostic(latest)).toBeUndefined();
    expect(latest.diagnostics.map((d) => d.code)).toContain("hkex/disclaimer");
    const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version);
    expect(versions).toEqual([1, 4]);
  });

  it("leaves files the configuration ignores alone", async () => {
    const folder = join(fixture.dir, "with-notes");
    mkdirSync(folder);
    writeFileSync(join(folder, ".disclint.yaml"), `${CONFIG}ignore:\n  - notes-en.txt\n`);
    const notes = pathToFileURL(join(folder, "notes-en.txt")).href;
    const draft = pathToFileURL(join(folder, "draft-en.txt")).href;
    await open(client, notes, DRAFT);
    await open(client, draft, DRAFT);
    expect((await client.waitFor((p) => p.uri === notes)).diagnostics).toEqual([]);
    expect(weekdayDiagnostic(await client.waitFor((p) => p.uri === draft))).toBeDefined();
  });

  it("leaves Word and PDF buffers alone and clears diagnostics on close", async () => {
    const docx = pathToFileURL(join(fixture.dir, "board-en.docx")).href;
    await open(client, docx, DRAFT);
    expect((await client.waitFor((p) => p.uri === docx)).diagnostics).toEqual([]);
    const uri = pathToFileURL(join(fixture.dir, "closing-en.txt")).href;
    await open(client, uri, DRAFT);
    expect((await client.waitFor((p) => p.uri === uri)).diagnostics.length).toBeGreaterThan(0);
    await client.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
    const cleared = await client.waitFor((p) => p.uri === uri && p.diagnostics.length === 0);
    expect(cleared.version).toBeUndefined();
  });
});

describe("configuration reload", () => {
  let fixture: FixtureFolder;
  let client: TestClient;

  beforeAll(async () => {
    fixture = writeFixture();
    client = await TestClient.start(fixture.dir);
  }, 30_000);
  afterAll(async () => {
    await client.stop();
  });

  async function changeConfig(text: string): Promise<Published> {
    const before = client.published.length;
    writeFileSync(fixture.configPath, text);
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", {
      changes: [{ uri: pathToFileURL(fixture.configPath).href, type: 2 }],
    });
    const uri = pathToFileURL(fixture.draftPath).href;
    return client.waitFor((p) => p.uri === uri && client.published.indexOf(p) >= before);
  }

  it("applies an edited .disclint.yaml to open drafts, and reports a broken one in both files", async () => {
    const uri = pathToFileURL(fixture.draftPath).href;
    await open(client, uri, DRAFT);
    expect(weekdayDiagnostic(await client.waitFor((p) => p.uri === uri))?.severity).toBe(2);

    const stricter = await changeConfig(`${CONFIG}rules:\n  hkex/weekday-date: error\n`);
    expect(weekdayDiagnostic(stricter)?.severity).toBe(1);

    const configUri = pathToFileURL(fixture.configPath).href;
    const broken = await changeConfig(`${CONFIG}rules:\n  hkex/weekday-date: loud\n`);
    expect(broken.diagnostics).toHaveLength(1);
    expect(broken.diagnostics[0]?.message).toContain("invalid configuration");
    // The draft says why and where, as the command line does: an editor may not show the
    // config file's own diagnostics until it is opened.
    const brokenLine = `${CONFIG}rules:\n`.split("\n").length;
    expect(broken.diagnostics[0]?.message).toContain(`.disclint.yaml:${brokenLine}:22:`);
    expect(broken.diagnostics[0]?.message).toContain("must be one of off, error, warning, info, not `loud`");
    const problems = await client.waitFor((p) => p.uri === configUri && p.diagnostics.length > 0);
    expect(problems.diagnostics[0]?.range.start.line).toBe(CONFIG.split("\n").length);

    const fixed = await changeConfig(CONFIG);
    expect(weekdayDiagnostic(fixed)?.severity).toBe(2);
    await client.waitFor((p) => p.uri === configUri && p.diagnostics.length === 0);
  });
});
