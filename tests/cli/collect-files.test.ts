import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectFiles } from "../../src/cli/collect-files.js";

/** A folder as a secretary keeps it: drafts beside a README and notes in Markdown. */
function draftsFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "disclint-collect-"));
  mkdirSync(join(dir, "march"));
  writeFileSync(join(dir, "README.md"), "# Drafts\n\nWhere the team keeps its drafts.\n");
  writeFileSync(join(dir, "notes.markdown"), "Call the auditors on Friday.\n");
  writeFileSync(join(dir, "results.txt"), "Lumen Harbour Biotech Limited\n");
  writeFileSync(join(dir, "march", "notice.html"), "<p>Lumen Harbour Biotech Limited</p>\n");
  writeFileSync(join(dir, "march", "draft.md"), "Lumen Harbour Biotech Limited\n");
  return dir;
}

const names = (files: readonly string[]) => files.map((file) => basename(file)).sort();

describe("collectFiles", () => {
  it("walks a folder for drafts but leaves its README and other Markdown out", async () => {
    const dir = draftsFolder();
    const collected = await collectFiles(["."], dir);
    expect(names(collected.files)).toEqual(["notice.html", "results.txt"]);
    expect(collected.unmatched).toEqual([]);
  });

  it("checks a Markdown file named on the command line", async () => {
    const dir = draftsFolder();
    const collected = await collectFiles(["README.md", "march/draft.md"], dir);
    expect(names(collected.files)).toEqual(["README.md", "draft.md"]);
    expect(collected.explicit.size).toBe(2);
  });

  it("checks Markdown files a glob asks for", async () => {
    const dir = draftsFolder();
    const collected = await collectFiles(["**/*.md"], dir);
    expect(names(collected.files)).toEqual(["README.md", "draft.md"]);
  });
});
