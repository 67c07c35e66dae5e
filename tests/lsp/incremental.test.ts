/**
 * The language server re-checks an edited draft with what its previous check computed (one
 * CheckMemo per open draft). Whatever the edits, the diagnostics must be those of a fresh check
 * of the same text: here the fresh check is the same server opening the final text as a new
 * draft, which starts with nothing to reuse.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TextDocument } from "vscode-languageserver-textdocument";
import { DRAFT, type FixtureFolder, WRONG_WEEKDAY, writeFixture } from "./fixture.js";
import { TestClient } from "./protocol-client.js";

const ROOT = join(import.meta.dirname, "..", "..");
const EXAMPLE = readFileSync(join(ROOT, "examples/lumen-harbour/18a-voluntary-clean-en.txt"), "utf8");

function open(client: TestClient, uri: string, text: string): Promise<void> {
  return client.connection.sendNotification("textDocument/didOpen", {
    textDocument: { uri, languageId: "plaintext", version: 1, text },
  });
}

/** A drafter's edit, as the editor sends it: the range replaced, in the text as it was. */
interface Edit {
  at: (text: string) => number;
  remove: number;
  insert: string;
}

const EDITS: Edit[] = [
  // Breaks the weekday in the middle of the draft, then puts the right one in.
  { at: (text) => text.indexOf(WRONG_WEEKDAY), remove: WRONG_WEEKDAY.length, insert: "Monday" },
  // Types into the disclaimer at the top.
  { at: (text) => text.indexOf("take no responsibility"), remove: 0, insert: "do " },
  // Deletes a paragraph of the second copy of the example.
  {
    at: (text) => text.indexOf("This announcement is made by", text.length / 2),
    remove: 200,
    insert: "",
  },
  // Pastes a placeholder and a cautionary sentence near the end.
  {
    at: (text) => text.lastIndexOf("By order of the Board"),
    remove: 0,
    insert: "The record date is [TBD]. The Company may not ultimately develop LH-101 successfully.\n\n",
  },
  // Undoes the disclaimer edit.
  { at: (text) => text.indexOf("do take no responsibility"), remove: 3, insert: "" },
];

describe("re-checks that reuse the previous check", () => {
  let fixture: FixtureFolder;
  let client: TestClient;

  beforeAll(async () => {
    fixture = writeFixture();
    client = await TestClient.start(fixture.dir);
  }, 30_000);
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
  });

  it("publish, after each edit, the diagnostics a fresh check of that text publishes", async () => {
    const uri = pathToFileURL(join(fixture.dir, "edited-en.txt")).href;
    let document = TextDocument.create(uri, "plaintext", 1, `${DRAFT}\n${EXAMPLE}\n${EXAMPLE}`);
    await open(client, uri, document.getText());
    await client.waitFor((p) => p.uri === uri && p.version === 1);
    for (const [index, edit] of EDITS.entries()) {
      const text = document.getText();
      const at = edit.at(text);
      expect(at, `edit ${index} finds its place`).toBeGreaterThanOrEqual(0);
      const range = { start: document.positionAt(at), end: document.positionAt(at + edit.remove) };
      const version = document.version + 1;
      document = TextDocument.update(document, [{ range, text: edit.insert }], version);
      await client.connection.sendNotification("textDocument/didChange", {
        textDocument: { uri, version },
        contentChanges: [{ range, text: edit.insert }],
      });
      const reused = await client.waitFor((p) => p.uri === uri && p.version === version);
      const freshUri = pathToFileURL(join(fixture.dir, `fresh-${index}-en.txt`)).href;
      await open(client, freshUri, document.getText());
      const fresh = await client.waitFor((p) => p.uri === freshUri);
      expect(reused.diagnostics.length).toBeGreaterThan(0);
      expect(reused.diagnostics).toEqual(fresh.diagnostics);
    }
    const codes = (client.published.at(-1)?.diagnostics ?? []).map((d) => d.code);
    expect(codes).toContain("hkex/placeholders");
  }, 60_000);
});

describe("stage times for the re-check bench", () => {
  let fixture: FixtureFolder;
  let client: TestClient;
  const stats: { uri: string; version: number; cpu: number; stages: Record<string, number> }[] = [];

  beforeAll(async () => {
    fixture = writeFixture();
    client = await TestClient.start(fixture.dir, undefined, { stats: true });
    client.connection.onNotification("disclint/stats", (params: (typeof stats)[number]) => {
      stats.push(params);
    });
  }, 30_000);
  afterAll(async () => {
    await client.stop();
  });

  it("are sent after each check when the client asks for them", async () => {
    const uri = pathToFileURL(fixture.draftPath).href;
    await open(client, uri, DRAFT);
    await client.waitFor((p) => p.uri === uri);
    await expect.poll(() => stats.find((s) => s.uri === uri)).toBeDefined();
    const sent = stats.find((s) => s.uri === uri);
    expect(sent?.version).toBe(1);
    expect(Object.keys(sent?.stages ?? {})).toEqual([
      "configuration and rule set",
      "read and normalise",
      "extract facts",
      "run rules",
      "diagnostics",
    ]);
    for (const ms of Object.values(sent?.stages ?? {})) expect(ms).toBeGreaterThanOrEqual(0);
    expect(sent?.cpu).toBeGreaterThan(0);
  });
});
