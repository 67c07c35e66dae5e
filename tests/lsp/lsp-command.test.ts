/** `disclint lsp` (the command main.ts registers) serves LSP over stdio, with or without --stdio. */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { DRAFT, writeFixture } from "./fixture.js";
import { TestClient } from "./protocol-client.js";

const ENTRY = join(import.meta.dirname, "lsp-command-entry.ts");

describe("disclint lsp", () => {
  for (const args of [["lsp", "--stdio"], ["lsp"]]) {
    it(`answers an editor after \`${args.join(" ")}\` and exits cleanly`, async () => {
      const fixture = writeFixture();
      const client = await TestClient.start(fixture.dir, [ENTRY, ...args]);
      const uri = pathToFileURL(fixture.draftPath).href;
      await client.connection.sendNotification("textDocument/didOpen", {
        textDocument: { uri, languageId: "plaintext", version: 1, text: DRAFT },
      });
      const published = await client.waitFor((p) => p.uri === uri);
      expect(published.diagnostics.map((d) => d.code)).toContain("hkex/weekday-date");
      expect(await client.stop()).toBe(0);
    }, 30_000);
  }
});
