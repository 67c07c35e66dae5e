/**
 * `check_file` reads drafts only inside the folders the server was started with: not through
 * `..`, not through a symbolic link that leads out, not a FIFO or a folder. Inside, each draft is
 * checked with the .disclint.yaml above it, as `disclint check` would, and a bad one is reported
 * with its reason and position.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CheckOutput } from "../../src/mcp/output-schemas.js";
import { docxFromText, splitParagraphs } from "../document/readers/make-from-text.js";
import { type Connected, call, connect, textOf } from "./connect.js";
import { FERNCLIFF_CONFIG, FERNCLIFF_EN, FERNCLIFF_ZH, positionOf } from "./fixture.js";

let base: string;
let root: string;
let connected: Connected;

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), "disclint-mcp-file-"));
  root = join(base, "drafts");
  const outside = join(base, "outside");
  mkdirSync(join(root, "ferncliff"), { recursive: true });
  mkdirSync(join(root, "broken"));
  mkdirSync(outside);
  writeFileSync(join(root, ".disclint.yaml"), FERNCLIFF_CONFIG);
  writeFileSync(join(root, "ferncliff", "dosing-en.txt"), FERNCLIFF_EN);
  writeFileSync(join(root, "ferncliff", "dosing-zh.txt"), FERNCLIFF_ZH);
  writeFileSync(join(root, "ferncliff", "dosing-en.docx"), await docxFromText(FERNCLIFF_EN));
  symlinkSync(join(root, "ferncliff", "dosing-en.txt"), join(root, "same-draft.txt"));
  writeFileSync(join(outside, "secret.txt"), FERNCLIFF_EN);
  symlinkSync(join(outside, "secret.txt"), join(root, "escape.txt"));
  symlinkSync(outside, join(root, "escape-folder"));
  execFileSync("mkfifo", [join(root, "pipe.txt")]);
  // Files a model must not get quoted back in findings: none is a draft.
  writeFileSync(join(root, ".env"), "SECRET_TOKEN=do-not-read\n");
  writeFileSync(join(root, "notes"), FERNCLIFF_EN);
  writeFileSync(join(root, "logo.png"), "not an image, but not a draft either");
  mkdirSync(join(root, ".private"));
  writeFileSync(join(root, ".private", "draft.txt"), FERNCLIFF_EN);
  symlinkSync(join(root, ".env"), join(root, "innocent.txt"));
  writeFileSync(join(root, "empty.txt"), "");
  // `board: moon` on line 3, column 10.
  writeFileSync(
    join(root, "broken", ".disclint.yaml"),
    "issuer:\n  name: Ferncliff Biologics Limited\n  board: moon\n",
  );
  writeFileSync(join(root, "broken", "draft.txt"), FERNCLIFF_EN);
  connected = await connect([root]);
});
afterAll(async () => {
  await connected.close();
  rmSync(base, { recursive: true, force: true });
});

async function checkFile(args: Record<string, unknown>): Promise<CheckOutput> {
  const result = await call(connected.client, "check_file", args);
  expect(result.isError, textOf(result)).toBeFalsy();
  return result.structuredContent as unknown as CheckOutput;
}

describe("check_file inside the allowed folder", () => {
  it("checks a draft with the .disclint.yaml above it (an 18A issuer: the cautionary statement is missing)", async () => {
    const output = await checkFile({ path: "ferncliff/dosing-en.txt" });
    expect(output.file).toBe("ferncliff/dosing-en.txt");
    expect(output.issuer.regimes).toMatchObject({ value: ["18A"], source: "config" });
    const ids = output.findings.map((finding) => `${finding.ruleId}:${finding.kind}`);
    expect(ids).toEqual(
      expect.arrayContaining([
        "hkex/disclaimer:deviates",
        "hkex/weekday-date:inconsistent",
        "hkex/placeholders:forbidden",
        "hkex/18a-cautionary:missing",
      ]),
    );
  });

  it("accepts an absolute path, and a link that stays inside", async () => {
    const absolute = await checkFile({ path: join(root, "ferncliff", "dosing-en.txt") });
    const linked = await checkFile({ path: "same-draft.txt" });
    expect(linked.findings).toEqual(absolute.findings);
  });

  it("lets the arguments win over the config, as the command line does", async () => {
    const output = await checkFile({ path: "ferncliff/dosing-en.txt", regimes: [] });
    expect(output.issuer.regimes?.value).toEqual([]);
    expect(output.findings.some((finding) => finding.ruleId === "hkex/18a-cautionary")).toBe(false);
  });

  it("compares the other language version given as pairPath", async () => {
    const output = await checkFile({ path: "ferncliff/dosing-en.txt", pairPath: "ferncliff/dosing-zh.txt" });
    expect(output.pair?.file).toBe("ferncliff/dosing-zh.txt");
    expect(output.findings.some((finding) => finding.ruleId === "hkex/bilingual-parity")).toBe(true);
    expect(output.pair?.findings.some((finding) => finding.ruleId === "hkex/bilingual-parity")).toBe(true);
  });

  it("locates a Word draft's findings by paragraph, as Word counts them", async () => {
    const output = await checkFile({ path: "ferncliff/dosing-en.docx" });
    expect(output.format).toBe("docx");
    const paragraph = splitParagraphs(FERNCLIFF_EN).findIndex((p) => p.lines.join(" ").includes("[●]")) + 1;
    const placeholder = output.findings.find((finding) => finding.ruleId === "hkex/placeholders");
    expect(placeholder?.location).toMatchObject({ paragraph, where: `paragraph ${paragraph}`, text: "[●]" });
  });

  it("gives the plain-text positions of the same draft as check_text does", async () => {
    const output = await checkFile({ path: "ferncliff/dosing-en.txt" });
    const placeholder = output.findings.find((finding) => finding.ruleId === "hkex/placeholders");
    expect(placeholder?.location).toMatchObject(positionOf(FERNCLIFF_EN, "[●]"));
  });
});

describe("check_file refuses, as tool errors", () => {
  const cases: [string, string, RegExp][] = [
    [
      "a path outside the folder",
      join(tmpdir(), "elsewhere.txt"),
      /outside the folders this server may read/,
    ],
    ["a path that climbs out with ..", "ferncliff/../../outside/secret.txt", /outside the folders/],
    ["a link that leads out", "escape.txt", /outside the folders/],
    ["a file inside a linked folder that leads out", "escape-folder/secret.txt", /outside the folders/],
    ["a FIFO (without waiting for a writer)", "pipe.txt", /not a regular file/],
    ["a folder", "ferncliff", /is a folder/],
    ["a file that does not exist", "ferncliff/missing.txt", /no such file/],
    ["a hidden file", ".env", /^\.env: a hidden file or folder, not a draft/],
    ["the configuration file", ".disclint.yaml", /hidden file or folder, not a draft/],
    ["a draft inside a hidden folder", ".private/draft.txt", /hidden file or folder, not a draft/],
    ["a draft-named link to a hidden file", "innocent.txt", /^innocent\.txt: a hidden file/],
    ["a file without an extension", "notes", /^notes: not a draft announcement; check_file reads \.txt/],
    ["a file of a type disclint does not read", "logo.png", /not a draft announcement/],
    ["an empty file", "empty.txt", /^empty\.txt: the file is empty/],
  ];
  for (const [what, path, message] of cases) {
    it(what, async () => {
      const result = await call(connected.client, "check_file", { path });
      expect(result.isError).toBe(true);
      expect(textOf(result)).toMatch(message);
      expect(textOf(result)).not.toContain("do-not-read");
      expect(result.structuredContent).toBeUndefined();
    });
  }

  it("a pair path outside the folder, though the draft is inside", async () => {
    const result = await call(connected.client, "check_file", {
      path: "ferncliff/dosing-en.txt",
      pairPath: "escape.txt",
    });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/escape\.txt: outside/);
  });

  it("a draft under an invalid .disclint.yaml, with the reason and its line and column", async () => {
    const result = await call(connected.client, "check_file", { path: "broken/draft.txt" });
    expect(result.isError).toBe(true);
    const text = textOf(result);
    expect(text).toContain(`invalid configuration in ${join(root, "broken", ".disclint.yaml")}`);
    expect(text).toMatch(/\.disclint\.yaml:3:10: .*board/);
  });
});
