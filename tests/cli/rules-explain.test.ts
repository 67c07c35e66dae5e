/**
 * `rules explain` tells a company secretary what a rule rests on: the provision's own words when
 * they were read, with the text and version read, and plainly when it is practice, not a rule.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { edit, SAMPLE_PACK } from "../rules/sample-pack.js";

const QUOTED = edit(
  `    citation:
      source: Market practice
      url: https://example.com/practice
      verified: false
    check:
      kind: forbidden`,
  `    citation:
      source: Demo Rule 1.01
      url: https://example.com/rule-1-01
      verified: true
      quote: An announcement must not contain unfinished drafting marks.
      edition: Demo Rulebook, English text as published online
      effective: 2025-07-01
    check:
      kind: forbidden`,
);

function packAt(text: string): { dir: string; pack: string } {
  const dir = mkdtempSync(join(tmpdir(), "disclint-explain-"));
  writeFileSync(join(dir, "demo.yaml"), text);
  return { dir, pack: join(dir, "demo.yaml") };
}

describe("rules explain", () => {
  it("quotes the provision with the text and version read, and says it is a Listing Rule", async () => {
    const { dir, pack } = packAt(QUOTED);
    const result = await runCli(["rules", "explain", "demo/placeholder-left", "--pack", pack], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Rests on:  a Listing Rule whose text was read");
    expect(result.stdout).toContain("“An announcement must not contain unfinished drafting marks.”");
    expect(result.stdout).toContain(
      "(Demo Rulebook, English text as published online, in force from 2025-07-01)",
    );
  });

  it("does not claim the text was read when a Listing Rule citation is not verified", async () => {
    const unread = QUOTED.replace("verified: true", "verified: false\n      basis: listing-rule");
    const { dir, pack } = packAt(unread);
    const result = await runCli(["rules", "explain", "demo/placeholder-left", "--pack", pack], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Rests on:  a Listing Rule whose text was not read");
    expect(result.stdout).not.toContain("whose text was read");
  });

  it("says plainly when a rule rests on practice", async () => {
    const { dir, pack } = packAt(SAMPLE_PACK);
    const result = await runCli(["rules", "explain", "demo/stock-code", "--pack", pack], { cwd: dir });
    expect(result.stdout).toContain("Rests on:  market practice, not a Listing Rule");
    expect(result.stdout).not.toContain("The provision says");
  });

  it("rejects a quote's date that is not YYYY-MM-DD as a pack error", async () => {
    const { dir, pack } = packAt(QUOTED.replace("effective: 2025-07-01", "effective: 1 July 2025"));
    const result = await runCli(["rules", "validate", pack], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).toMatch(/effective/);
  });
});

describe("rules explain, for a company secretary", () => {
  it("speaks of the announcement, not of the engine that checks it", async () => {
    const result = await runCli(["rules", "explain", "hkex/18a-cautionary"], { cwd: tmpdir() });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Looks at:  a statement that must be present");
    expect(result.stdout).toContain("cannot guarantee");
    for (const internal of [/minSimilarity/, /\banchors?\b/, /the profile decides/, /Check:\s+required/])
      expect(result.stdout).not.toMatch(internal);
  });

  it("keeps the notes for rule authors behind --notes", async () => {
    const result = await runCli(["rules", "explain", "hkex/18a-cautionary", "--notes"], { cwd: tmpdir() });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Notes for rule authors:");
    expect(result.stdout).toContain("18A.08(3)");
  });

  it.each([
    ["18a-cautionary", "a bare id"],
    ["hkex/18a-cautionry", "a typo"],
  ])("suggests the rule meant by %s (%s)", async (id) => {
    const result = await runCli(["rules", "explain", id], { cwd: tmpdir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`no rule "${id}"; did you mean \`hkex/18a-cautionary\`?`);
  });

  it("points to the rule list when nothing is close", async () => {
    const result = await runCli(["rules", "explain", "board-lunch-menu"], { cwd: tmpdir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("see `disclint rules list`");
  });
});
