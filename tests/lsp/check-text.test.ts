/** checkText, the language server's door to the kernel: what a draft shows when it cannot be checked. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { clearConfigCache } from "../../src/config/load-config.js";
import { checkText } from "../../src/lsp/check-text.js";

const DRAFT = "Lumen Harbour Biotech Limited\n(Stock Code: 9876)\n\nThe record date is [TBD].\n";

function folderWithConfig(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), "disclint-lsp-config-"));
  writeFileSync(join(dir, ".disclint.yaml"), config);
  clearConfigCache();
  return dir;
}

describe("checkText with a broken .disclint.yaml", () => {
  it("gives the draft the reason and position the command line gives", async () => {
    const dir = folderWithConfig("rules:\n  hkex/weekday-date: loud\n");
    const outcome = await checkText(join(dir, "draft.txt"), DRAFT, "2026-03-18");
    expect(outcome.status).toBe("failed");
    if (outcome.status !== "failed") return;
    expect(outcome.message).toContain("invalid configuration");
    expect(outcome.message).toContain(
      `${join(dir, ".disclint.yaml")}:2:22: error[bad-value]: \`hkex/weekday-date\` in \`rules\` must be one of off, error, warning, info, not \`loud\``,
    );
  });

  it("names an unknown rule id with its position", async () => {
    const dir = folderWithConfig("rules:\n  hkex/no-such-rule: off\n");
    const outcome = await checkText(join(dir, "draft.txt"), DRAFT, "2026-03-18");
    expect(outcome.status).toBe("failed");
    if (outcome.status !== "failed") return;
    expect(outcome.message).toContain(`${join(dir, ".disclint.yaml")}:2:3: error[unknown-rule-id]`);
  });
});

describe("checkText on an empty buffer", () => {
  it("shows nothing: a new, empty draft is not an announcement missing every statement", async () => {
    const dir = mkdtempSync(join(tmpdir(), "disclint-lsp-empty-"));
    clearConfigCache();
    for (const text of ["", "\n\n  \n"]) {
      const outcome = await checkText(join(dir, "new.txt"), text, "2026-03-18");
      expect(outcome.status).toBe("checked");
      if (outcome.status === "checked") expect(outcome.findings).toEqual([]);
    }
  });
});
