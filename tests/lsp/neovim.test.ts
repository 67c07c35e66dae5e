/**
 * A real editor as the client: Neovim (Debian's 0.7.2, headless) starts the language server as
 * a separate process, receives its diagnostics, converts UTF-16 ranges to byte columns, and
 * applies a quick fix. Skipped only outside CI when nvim is not installed; in CI it must run.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DRAFT, WEEKDAY_LINE, weekdayCharacter, writeFixture } from "./fixture.js";
import { TSX_LOADER } from "./protocol-client.js";

function nvimAvailable(): boolean {
  return spawnSync("nvim", ["--version"], { stdio: "ignore" }).status === 0;
}

const inCi = process.env.CI === "true";
const hasNvim = nvimAvailable();

describe("Neovim as the language client", () => {
  it.skipIf(!hasNvim && !inCi)(
    "shows disclint's diagnostics and applies its quick fix",
    () => {
      if (!hasNvim) {
        throw new Error(
          "nvim is not installed: CI needs Debian's neovim package (apt-get install -y neovim)",
        );
      }
      const fixture = writeFixture();
      const outFile = join(fixture.dir, "nvim-out.txt");
      const server = [
        process.execPath,
        "--import",
        TSX_LOADER,
        join(import.meta.dirname, "../../src/lsp/main.ts"),
        "--stdio",
      ];
      execFileSync(
        "nvim",
        [
          "--headless",
          "--clean",
          "-u",
          "NONE",
          "-c",
          `luafile ${join(import.meta.dirname, "neovim-client.lua")}`,
        ],
        {
          cwd: fixture.dir,
          timeout: 60_000,
          env: {
            ...process.env,
            DISCLINT_NVIM_OUT: outFile,
            DISCLINT_NVIM_DRAFT: fixture.draftPath,
            DISCLINT_NVIM_CMD: JSON.stringify(server),
            DISCLINT_NVIM_LINE: String(WEEKDAY_LINE),
          },
          stdio: ["ignore", "ignore", "pipe"],
        },
      );
      const seen = readFileSync(outFile, "utf8").split("\n");
      expect(seen.filter((line) => line.startsWith("error"))).toEqual([]);

      // Neovim counts columns in UTF-8 bytes: the Chinese name before the weekday takes 3 bytes a character.
      const line = DRAFT.split("\n")[WEEKDAY_LINE] ?? "";
      const startByte = Buffer.byteLength(line.slice(0, weekdayCharacter()));
      const endByte = startByte + "Tuesday, 16 March 2026".length;
      const weekday = seen.find((entry) => entry.startsWith("diagnostic hkex/weekday-date "));
      // vim.diagnostic.severity.WARN is 2.
      expect(weekday).toBe(
        `diagnostic hkex/weekday-date ${WEEKDAY_LINE}:${startByte}-${WEEKDAY_LINE}:${endByte} 2 Tuesday, 16 March 2026 is a Monday, not a Tuesday.`,
      );
      expect(seen.some((entry) => entry.startsWith("diagnostic hkex/disclaimer "))).toBe(true);
      const actions = seen.filter((entry) => entry.startsWith("action "));
      expect(actions).toHaveLength(1);
      expect(actions[0]).toMatch(/: "Monday" \(hkex\/weekday-date\)$/);
      expect(seen).toContain(`fixed ${line.replace("Tuesday,", "Monday,")}`);
    },
    90_000,
  );
});
